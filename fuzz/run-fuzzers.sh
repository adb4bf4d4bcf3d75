#!/usr/bin/env bash
# Runs every libFuzzer harness of the "sanitize" preset for SECONDS each (default 30),
# from its corpus in fuzz/corpus/NAME; new inputs that reach new code go to a
# scratch folder (add the interesting ones to the corpus by hand), findings to
# fuzz/findings/. Exit 1 when any harness found something.
#   fuzz/run-fuzzers.sh [SECONDS] [NAME...]
# FUZZ_SEED fixes libFuzzer's seed (CI sets it, so that a run there can be
# repeated exactly); without it each run explores afresh.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
build=build/sanitize/fuzz
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    names=(fuzz_jsonlines fuzz_ruleset fuzz_policyholders fuzz_sse fuzz_modelanswer fuzz_document
        fuzz_mailmessage fuzz_portalrecipe)
fi
mkdir -p fuzz/findings
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=0
for name in "${names[@]}"; do
    mkdir -p "$scratch/$name"
    log="$scratch/$name.log"
    if [ ! -x "$build/$name" ]; then
        echo "$name: not built (cmake --preset sanitize && cmake --build --preset sanitize)"
        failed=1
        continue
    fi
    # -timeout: one input may take at most 60 s (the PDF check alone may take 10)
    "$build/$name" "$scratch/$name" "fuzz/corpus/$name" -max_total_time="$seconds" \
        ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
        -timeout=60 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="fuzz/findings/$name-" >"$log" 2>&1
    code=$?
    runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
    if [ $code -eq 0 ]; then
        echo "$name: ${runs:-?} inputs in ${seconds} s, nothing found"
    else
        echo "$name: FOUND something (exit $code); see fuzz/findings/ and the log below"
        tail -40 "$log"
        failed=1
    fi
done
exit $failed
