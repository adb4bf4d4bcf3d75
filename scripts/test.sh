#!/usr/bin/env bash
# Set up a fresh Debian 12 machine, build ClaimDesk and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
# Unformatted code fails CI (.clang-format at the root).
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
cmake --preset testing
cmake --build --preset testing --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --preset testing --parallel "$(nproc)"
