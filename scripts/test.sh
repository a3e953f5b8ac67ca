#!/usr/bin/env bash
# Sets up, builds and runs every test through ctest (this is what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 600
