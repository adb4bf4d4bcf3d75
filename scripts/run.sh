#!/usr/bin/env bash
# Set up a fresh Debian 12 machine, build ClaimDesk and open it on a demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh --run-only
cmake --preset release
cmake --build --preset release --parallel "$(nproc)"
demo_db="${CLAIMDESK_DEMO_DB:-$PWD/build/demo/claimdesk-demo.sqlite}"
mkdir -p "$(dirname "$demo_db")"
if [ -e "$demo_db" ]; then
    ./build/release/app/cli/claimdesk-cli --db "$demo_db" init --demo
else
    # A first run also gets three months of synthetic history for the queue and charts.
    ./build/release/app/cli/claimdesk-cli --db "$demo_db" init --demo --claims 3000
fi
exec ./build/release/app/gui/claimdesk --db "$demo_db" "$@"
