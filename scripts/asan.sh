#!/usr/bin/env bash
# scripts/asan.sh [BUILD_DIR]: builds Mizan and its tests with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DMIZAN_SANITIZE=ON) and runs the whole ctest suite there; any sanitizer report fails (CI runs this
# after the normal build, see scripts/test.sh). Default BUILD_DIR: build-asan.
#
# Debug (-O0 -g): the quickest to compile on a cold CI cache, and the suite is small enough to run
# unoptimized (about 65 s of test time under ASan at -O0, against 10 s in the normal build). The
# benchmarks are not built (MIZAN_BENCH=OFF); bench.smoke runs in the normal build.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-asan}
T0=$(date +%s)
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DMIZAN_SANITIZE=ON -DMIZAN_BENCH=OFF -DMIZAN_FUZZ=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
T1=$(date +%s)
# halt_on_error: UBSan only prints by default. detect_leaks: LeakSanitizer reports fail too.
# Child processes (the mizan binary run by script tests) inherit these.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
(cd "$BUILD" && ctest --output-on-failure -j"$(nproc)" --timeout 900)
echo "asan.sh: build $((T1 - T0)) s, ctest $(($(date +%s) - T1)) s" >&2
