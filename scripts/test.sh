#!/usr/bin/env bash
# Sets up, builds and runs every test through ctest (this is what CI runs), then the same suite again
# under AddressSanitizer + UndefinedBehaviorSanitizer, then a short libFuzzer run of every fuzz target.
#
#   scripts/test.sh              all three
#   MIZAN_ASAN=0 scripts/test.sh    skip the sanitizer build (e.g. a quick local run)
#   MIZAN_FUZZ_SECONDS=0 scripts/test.sh   skip the libFuzzer runs (corpora are still replayed by ctest)
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
scripts/setup.sh build
(cd build && ctest --output-on-failure -j"$(nproc)" --timeout 600)
T1=$(date +%s)
echo "test.sh: build + ctest $((T1 - T0)) s" >&2

# Second build: the whole suite under ASan+UBSan (scripts/asan.sh); any report fails CI.
if [[ "${MIZAN_ASAN:-1}" != 0 ]]; then
  scripts/asan.sh build-asan
fi
T2=$(date +%s)
echo "test.sh: ASan+UBSan build + ctest $((T2 - T1)) s" >&2

# Short fuzz runs (docs/fuzzing.md): clang only; scripts/fuzz.sh says so and skips without it. The api
# target is left out here: it needs the whole library compiled a third time (clang, instrumented), which
# a cold CI cannot afford; its corpus is replayed by ctest (fuzz.replay.api), sanitized in build-asan.
if [[ "${MIZAN_FUZZ_SECONDS:-10}" != 0 ]]; then
  scripts/fuzz.sh --build build-fuzz-ci --time "${MIZAN_FUZZ_SECONDS:-10}" --jobs "$(nproc)" --exclude api
fi
T3=$(date +%s)
echo "test.sh: fuzz $((T3 - T2)) s; total $((T3 - T0)) s" >&2
