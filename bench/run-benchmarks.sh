#!/usr/bin/env bash
# Measures ClaimDesk's speed targets on this machine and prints the figures.
#   bench/run-benchmarks.sh [BUILD_DIR]      (default: build/release)
# Targets (issues 2 and 3): init --claims 1000000 <= 60 s; claims list --risk HIGH
# --limit 50 --json <= 150 ms on that database; >= 1,000,000 decisions/s per core in
# memory; decide >= 500,000 claims/s end to end; re-scoring 1M claims <= 30 s;
# (issue 6) a line-item check on a 10,000-clause policy library <= 20 ms;
# (issue 9) manager figures for 1M claims over 90 days <= 500 ms, charts <= 300 ms;
# (issue 8) Review open <= 1 s, filter or sort <= 200 ms, first document <= 300 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
if [ ! -x "$build/app/cli/claimdesk-cli" ]; then
    cmake --preset release -DCLAIMDESK_BUILD_BENCH=ON >/dev/null
    cmake --build --preset release --parallel "$(nproc)" >/dev/null
fi
cli="$build/app/cli/claimdesk-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
db="$work/million.sqlite"

seconds() { python3 -c 'import sys; print(f"{float(sys.argv[1]):.2f}")' "$1"; }
now() { date +%s.%N; }

echo "== engine in memory"
"$build/bench/bench_decisions" 20000000

echo "== policy line-item checks on a 10,000-clause library (target <= 20 ms per query)"
"$build/bench/bench_policy" 10000

echo "== chat intake: reading messages, and text replies stored (no OCR)"
"$build/bench/bench_intake" 20000

echo "== decide, JSON Lines end to end (1,000,000 records)"
"$build/bench/bench_jsonl_generate" 1000000 > "$work/claims.jsonl"
ls -l "$work/claims.jsonl" | awk '{print "input bytes:", $5}'
for run in 1 2 3; do
    t0=$(now); "$cli" decide --input "$work/claims.jsonl" --as-of 2026-11-21 > /dev/null; t1=$(now)
    python3 -c 'import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f"file to /dev/null, run {sys.argv[3]}: {t:.3f} s = {1e6/t:,.0f} claims/s")' "$t0" "$t1" "$run"
done
t0=$(now); "$cli" decide --input "$work/claims.jsonl" --as-of 2026-11-21 > "$work/out.jsonl"; t1=$(now)
python3 -c 'import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f"file to file (disk-bound): {t:.3f} s = {1e6/t:,.0f} claims/s")' "$t0" "$t1"
echo "output lines: $(wc -l < "$work/out.jsonl"), bytes: $(stat -c %s "$work/out.jsonl")"
t0=$(now); cat "$work/claims.jsonl" | "$cli" decide --input - --as-of 2026-11-21 > /dev/null; t1=$(now)
python3 -c 'import sys; t=float(sys.argv[2])-float(sys.argv[1]); print(f"stdin to /dev/null: {t:.3f} s = {1e6/t:,.0f} claims/s")' "$t0" "$t1"
/usr/bin/time -f "peak memory of decide: %M KB" "$cli" decide --input "$work/claims.jsonl" --as-of 2026-11-21 > /dev/null

echo "== init --claims 1000000"
t0=$(now); "$cli" --db "$db" init --claims 1000000; t1=$(now)
echo "wall: $(seconds "$(python3 -c "print($t1-$t0)")") s"
ls -l "$db" | awk '{print "database bytes:", $5}'

echo "== claims list --risk HIGH --limit 50 --json (process start to exit, 5 runs)"
for run in 1 2 3 4 5; do
    t0=$(now); "$cli" --db "$db" claims list --risk HIGH --limit 50 --json > /dev/null; t1=$(now)
    python3 -c 'import sys; print(f"{(float(sys.argv[2])-float(sys.argv[1]))*1000:.1f} ms")' "$t0" "$t1"
done

echo "== manager figures over 90 days and the five charts (targets <= 500 ms and <= 300 ms)"
if [ -x "$build/bench/bench_manager" ]; then
    QT_QPA_PLATFORM=offscreen "$build/bench/bench_manager" "$db" --days 90
fi
if [ -x "$build/bench/bench_review" ]; then
    echo "== Review area on 1,000,000 claims (open <= 1 s, filter/sort <= 200 ms, first document <= 300 ms)"
    QT_QPA_PLATFORM=offscreen "$build/bench/bench_review" "$db"
fi

echo "== re-score all 1,000,000 claims with a changed rule set (deductible 300, risk levels 45/20)"
printf '{"version": "bench-2", "coverage": {"deductible": "300.00"}, "levels": {"high_at_least": 45, "medium_at_least": 20}}' > "$work/rules.json"
# Put the rule set in force without the automatic re-score of open claims, so the
# timed run below is the whole book on new rules.
"$cli" --db "$db" rules set "$work/rules.json" --no-rescore
t0=$(now); "$cli" --db "$db" rules rescore --all; t1=$(now)
echo "wall: $(seconds "$(python3 -c "print($t1-$t0)")") s"

echo "== receipts: accuracy, stage times, tesseract CLI side by side, --jobs 1 vs 2"
receipts="${CLAIMDESK_RECEIPTS:-../shared/data/sroie-dev}"
if [ -d "$receipts/img" ]; then
    "$build/bench/bench_receipts" "$receipts" --lang eng --jobs 2
else
    echo "skipped: no receipts at $receipts (set CLAIMDESK_RECEIPTS)"
fi

echo "== synthetic Thai documents: accuracy per category, clean, scanned and photographed"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_synthetic" --per-category 10
