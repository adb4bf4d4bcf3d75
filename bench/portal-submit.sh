#!/usr/bin/env bash
# Portal filing time: approved claims, each with one receipt of the shared SROIE
# collection, filed on the fixture portal (tests/portal, on 127.0.0.1) by
# `claimdesk-cli portal submit` in an off-screen Qt WebEngine page: first one
# claim alone (the whole process: Chromium's start, login, two pages, upload,
# confirmation kept as PDF), then a batch of COUNT (default 50) in one run.
# Prints both times and checks what the portal received. Needs the testing build.
#   bench/portal-submit.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-50}
cli=build/testing/app/cli/claimdesk-cli
fixture=build/testing/tests/claimdesk-fixture-portal
receipts=${CLAIMDESK_RECEIPTS:-../shared/data/sroie-dev/img}
work=$(mktemp -d /tmp/claimdesk-portal-bench.XXXXXX)
fixture_pid=
trap '[ -n "$fixture_pid" ] && kill "$fixture_pid" 2>/dev/null; rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 CLAIMDESK_PORTAL_PASSWORD=s3cret
[ "$(id -u)" = 0 ] && export QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox

"$fixture" --status-file "$work/received.json" > "$work/fixture.out" &
fixture_pid=$!
for _ in $(seq 50); do grep -q FIXTURE_PORTAL_URL "$work/fixture.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^FIXTURE_PORTAL_URL //p' "$work/fixture.out")

book=(--db "$work/book.sqlite")
"$cli" "${book[@]}" init --demo >/dev/null
"$cli" "${book[@]}" portal add tests/data/portal/fixture-recipe.json --name Fixture --url "$url" \
    --user adjuster >/dev/null
ids=()
for file in $(find "$receipts" -maxdepth 1 -name '*.jpg' | sort | head -n $((count + 1))); do
    id=$("$cli" "${book[@]}" claims new --type H --amount 420.00 --national-id 3100701443816 \
        --name "Somchai Jaidee" --provider "Bangkok Hospital" --diagnosis J06.9 \
        --service-date 2026-11-20 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["claim_id"])')
    "$cli" "${book[@]}" import --claim "$id" "$file" >/dev/null
    "$cli" "${book[@]}" claims set-status "$id" Approved >/dev/null
    ids+=("$id")
done

submit() {
    local start end
    start=$(date +%s.%N)
    "$cli" "${book[@]}" portal submit "$@" --portal Fixture --json > "$work/out.jsonl" || true
    end=$(date +%s.%N)
    python3 - "$work/out.jsonl" "$start" "$end" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
filed = sum(1 for l in lines if l["status"] == "submitted")
seconds = float(sys.argv[3]) - float(sys.argv[2])
print("%d claim(s): %d filed, %.1f s in all, %.2f s per claim" % (len(lines), filed, seconds, seconds / max(1, len(lines))))
for l in lines:
    if l["status"] != "submitted":
        print("  not filed:", l["claim_id"], l["status"], l["step"], l["error"])
PY
}
echo "one claim, whole process:"
submit "${ids[0]}"
echo "a batch of $count in one run:"
submit "${ids[@]:1}"
python3 - "$work/received.json" "$((count + 1))" <<'PY'
import json, sys
got = json.load(open(sys.argv[1]))
refs = [g["our_ref"] for g in got]
assert len(refs) == len(set(refs)), "a claim was filed twice"
assert all(g["files"] and g["files"][0]["size"] > 0 for g in got), "a claim arrived without its bill"
print("the portal received %d claims (expected %s), each once, each with its bill" % (len(got), sys.argv[2]))
PY
