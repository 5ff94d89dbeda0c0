#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the dependencies and builds Provena into build/ (Ninja, ccache when present).
# Extra CMake arguments can be passed in PROVENA_CMAKE_ARGS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/packaging/install-deps.sh"
build="${PROVENA_BUILD_DIR:-$root/build}"
# ccache hits across clones and build folders: paths below the checkout are hashed relative to it.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
# shellcheck disable=SC2086
cmake -S "$root" -B "$build" -G Ninja ${PROVENA_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j "$(nproc)"
