#!/usr/bin/env bash
# Kills claimdesk-cli inbox folder --once at random moments KILLS times (default
# 20), runs it again each time, and checks every end state (the book's claims and
# documents, the folder's files) against one uninterrupted run; prints the figures.
# Needs the testing build (cmake --preset testing).
#   tests/kill-inbox.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMDESK_KILLS=${1:-20} QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 \
    build/testing/tests/tst_killinbox 2>&1 | grep -E 'kill-inbox:|PASS|FAIL|Totals'
