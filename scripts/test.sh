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
# The reliability suite: the same tests under AddressSanitizer and UBSan (clang,
# the widgets left out to keep it short), then each fuzzer for a while on its
# corpus (fuzz/run-fuzzers.sh SECONDS runs them longer).
cmake --preset sanitize
cmake --build --preset sanitize --parallel "$(nproc)"
ctest --preset sanitize --parallel "$(nproc)"
FUZZ_SEED=1 fuzz/run-fuzzers.sh 20
