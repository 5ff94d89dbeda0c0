#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command (2): set up everything, build, and run the whole test suite through CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/packaging/build.sh"
build="${PROVENA_BUILD_DIR:-$root/build}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
