#!/usr/bin/env bash
# Inbox throughput: COUNT receipts (default 200) of the shared SROIE collection
# dropped into a watched folder (each its own file, so each opens a claim) and
# taken in by one `claimdesk-cli inbox folder DIR --once` (store, read, decide,
# move to processed/); prints files per minute. Needs the testing build.
#   bench/inbox-throughput.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
cli=build/testing/app/cli/claimdesk-cli
receipts=${CLAIMDESK_RECEIPTS:-../shared/data/sroie-dev/img}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    QT_QPA_PLATFORM=offscreen
mkdir -p "$work/inbox"
find "$receipts" -maxdepth 1 -name '*.jpg' | sort | head -n "$count" | while read -r f; do
    cp "$f" "$work/inbox/"
done
touch -d '1 hour ago' "$work/inbox"/*
files=$(find "$work/inbox" -maxdepth 1 -type f | wc -l)
"$cli" --db "$work/book.sqlite" init >/dev/null
start=$(date +%s.%N)
"$cli" --db "$work/book.sqlite" inbox folder "$work/inbox" --once --json >"$work/items.jsonl" || true
end=$(date +%s.%N)
taken=$(grep -c '"error":null' "$work/items.jsonl" || true)
processed=$(find "$work/inbox/processed" -type f 2>/dev/null | wc -l)
python3 - "$files" "$taken" "$processed" "$start" "$end" <<'PY'
import sys
files, taken, processed, start, end = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
seconds = end - start
print(f"inbox: {files} files, {taken} taken without error, {processed} in processed/, "
      f"{seconds:.1f} s: {processed / seconds * 60:.1f} files per minute (in processed/)")
PY
