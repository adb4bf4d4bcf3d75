#!/usr/bin/env bash
# Mailbox throughput: COUNT receipts (default 200) of the shared SROIE collection
# mailed one per message to a throwaway Dovecot (tests/imap) and taken in by one
# `claimdesk-cli inbox imap URL --once` (fetch, store, read, decide, keep the
# message, mark it taken); prints messages per minute. Needs the testing build.
#   bench/mailbox-throughput.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
cli=build/testing/app/cli/claimdesk-cli
receipts=${CLAIMDESK_RECEIPTS:-../shared/data/sroie-dev/img}
work=$(mktemp -d /tmp/claimdesk-mailbox-bench.XXXXXX)
server="$work/imap"
chmod 711 "$work" # the server's own users reach its folder inside
trap 'tests/imap/throwaway-dovecot.sh stop "$server" || true; rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
tests/imap/throwaway-dovecot.sh start "$server"
maildir="$server/mail/adjuster/Maildir"
find "$receipts" -maxdepth 1 -name '*.jpg' | sort | head -n "$count" \
    | python3 -c '
import sys, os, email.message, email.policy
maildir = sys.argv[1]
for n, path in enumerate(line.strip() for line in sys.stdin):
    m = email.message.EmailMessage(policy=email.policy.SMTP)
    m["From"] = "customer%d@example.com" % n
    m["Subject"] = "receipt %d" % n
    m["Message-ID"] = "<bench-%d@example.com>" % n
    m.set_content("my receipt")
    m.add_attachment(open(path, "rb").read(), maintype="image", subtype="jpeg",
                     filename=os.path.basename(path))
    with open(os.path.join(maildir, "tmp", "%06d" % n), "wb") as f:
        f.write(bytes(m))
    os.rename(os.path.join(maildir, "tmp", "%06d" % n), os.path.join(maildir, "new", "%06d" % n))
' "$maildir"
chown -R --reference="$maildir" "$maildir"
messages=$(find "$maildir/new" -type f | wc -l)
"$cli" --db "$work/book.sqlite" init >/dev/null
start=$(date +%s.%N)
"$cli" --db "$work/book.sqlite" inbox imap "imaps://127.0.0.1:$(cat "$server/port")" \
    --user adjuster --password-file "$server/password" --ca-file "$server/cert.pem" \
    --once --json >"$work/items.jsonl" || true
end=$(date +%s.%N)
taken=$(grep -c '"error":null' "$work/items.jsonl" || true)
python3 - "$messages" "$taken" "$start" "$end" <<'PY'
import sys
messages, taken, start, end = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
seconds = end - start
print(f"mailbox: {messages} messages, {taken} taken without error, {seconds:.1f} s: "
      f"{taken / seconds * 60:.1f} messages per minute")
PY
