#!/usr/bin/env bash
# Kills claimdesk-cli inbox --once at random moments KILLS times (default 20),
# runs it again each time, and checks every end state against one uninterrupted
# run; prints the figures. --mailbox: `inbox imap` on a throwaway Dovecot that
# this script starts (tests/imap), instead of `inbox folder`.
# Needs the testing build (cmake --preset testing).
#   tests/kill-inbox.sh [--mailbox] [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
test=tst_killinbox
if [[ ${1:-} == --mailbox ]]; then
    test=tst_killmailbox
    shift
    server=$(mktemp -d /tmp/claimdesk-kill-imap.XXXXXX)
    trap 'tests/imap/throwaway-dovecot.sh stop "$server"' EXIT
    tests/imap/throwaway-dovecot.sh start "$server"
    export CLAIMDESK_TEST_IMAP=$server
fi
CLAIMDESK_KILLS=${1:-20} QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 \
    "build/testing/tests/$test" 2>&1 | grep -E 'kill-(inbox|mailbox):|PASS|FAIL|Totals'
