#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# README command (1): set up everything, build, and open the GUI on the bundled sample article.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$root/packaging/build.sh"
build="${PROVENA_BUILD_DIR:-$root/build}"
exec "$build/app/gui/provena" "$root/resources/samples/harbour-crane.md" "$@"
