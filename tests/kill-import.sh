#!/usr/bin/env bash
# Kills claimdesk-cli import at random moments KILLS times (default 20), runs it
# again each time, and checks every end state against one uninterrupted import;
# prints the figures. Needs the testing build (cmake --preset testing).
#   tests/kill-import.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMDESK_KILLS=${1:-20} QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 \
    build/testing/tests/tst_killimport 2>&1 | grep -E 'kill-import:|PASS|FAIL|Totals'
