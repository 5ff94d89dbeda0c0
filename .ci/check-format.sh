#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a tracked .cpp/.h differs from what clang-format-14 makes of it with the repository's
# .clang-format. Fix with: clang-format-14 -i FILE (or git clang-format-14 for staged changes).
set -euo pipefail
cd "$(dirname "$0")/.."
format="${CLANG_FORMAT:-clang-format-14}"
command -v "$format" >/dev/null || { echo "check-format: $format not found (packaging/install-deps.sh)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
# --dry-run -Werror prints each difference as an error with its line and exits non-zero.
# shellcheck disable=SC2016 # "$0" and "$f" are expanded by the inner sh
bad=$(printf '%s\0' "${files[@]}" | xargs -0 -n 20 -P "$(nproc)" sh -c \
      'for f; do "$0" --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"; done' "$format" | sort)
if [ -n "$bad" ]; then
    echo "check-format: $(echo "$bad" | wc -l) of ${#files[@]} files differ from .clang-format:"
    while read -r f; do echo "  $f"; done <<<"$bad"
    echo "First differences (- the file, + what clang-format makes of it):"
    for f in $(head -3 <<<"$bad"); do "$format" "$f" | diff -u "$f" - || true; done | head -60
    exit 1
fi
echo "check-format: ok, ${#files[@]} files"
