#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# clang-tidy (the repository's .clang-tidy) over app/ sources, against the compile database of a
# finished build, nproc files at a time. Fails on any warning.
#
#   .ci/check-tidy.sh            every app/ source: 219 files, ~20 min on 2 free cores the first time,
#                                ~2 min when the cache below knows them (what CI runs)
#   .ci/check-tidy.sh --changed  the app/ sources changed against the merge base with origin/main
#                                (or main), committed or not; a changed header brings in every
#                                app/ .cpp that includes it (seconds, for use before a commit)
#   .ci/check-tidy.sh FILE...    just these
#
# A file clang-tidy found clean is remembered by a key of everything its verdict depends on
# (clang-tidy's version, .clang-tidy, the compile command and the preprocessed text of the file:
# .ci/tidy-cache-keys.py) in ${PROVENA_TIDY_CACHE:-~/.cache/provena-tidy}, and not checked again
# while the key is the same — as ccache does for the compiler. PROVENA_TIDY_CACHE=off disables it.
#
# PROVENA_BUILD_DIR (default build/) must hold compile_commands.json (CMAKE_EXPORT_COMPILE_COMMANDS
# is on). Only app/*.cpp files are checked, so moc/rcc output (all under the build directory)
# never is. PROVENA_TIDY_BASE overrides the ref to compare with.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${PROVENA_BUILD_DIR:-build}"
tidy="${CLANG_TIDY:-clang-tidy-14}"
db="$build/compile_commands.json"
if [ ! -f "$db" ]; then
    echo "check-tidy: $db not found; build first (cmake -S . -B $build -G Ninja)" >&2
    exit 2
fi
command -v "$tidy" >/dev/null || { echo "check-tidy: $tidy not found (packaging/install-deps.sh)" >&2; exit 2; }

if [ $# -eq 0 ]; then
    mapfile -t candidates < <(git ls-files 'app/*.cpp')
    scope="all app/ sources"
elif [ "$1" != "--changed" ]; then
    candidates=("$@")
    scope="files given"
else
    base_ref="${PROVENA_TIDY_BASE:-}"
    if [ -z "$base_ref" ]; then
        for ref in origin/main main; do
            if git rev-parse -q --verify "$ref^{commit}" >/dev/null; then base_ref=$ref; break; fi
        done
    fi
    if [ -z "$base_ref" ]; then
        echo "check-tidy: no origin/main or main to compare with; run without --changed" >&2
        exit 2
    fi
    base=$(git merge-base HEAD "$base_ref")
    mapfile -t changed < <({ git diff --name-only --diff-filter=d "$base" -- 'app/*.cpp' 'app/*.h'
                             git ls-files --others --exclude-standard -- 'app/*.cpp' 'app/*.h'; } | sort -u)
    candidates=()
    for f in "${changed[@]}"; do
        case "$f" in
        *.cpp) candidates+=("$f") ;;
        *.h) mapfile -t -O "${#candidates[@]}" candidates < <(grep -rlF "#include \"${f#app/}\"" app --include='*.cpp' || true) ;;
        esac
    done
    scope="app/ sources changed since $base_ref ($(git rev-parse --short "$base"))"
fi

mapfile -t candidates < <(printf '%s\n' "${candidates[@]}" | sed '/^$/d' | sort -u)
# Keep the files the compile database knows (a .cpp not yet in a CMakeLists.txt cannot be checked).
files=()
for f in "${candidates[@]}"; do
    if grep -qF "\"$PWD/$f\"" "$db"; then
        files+=("$f")
    else
        echo "check-tidy: skipping $f (not in $db)"
    fi
done
if [ ${#files[@]} -eq 0 ]; then
    echo "check-tidy: nothing to check ($scope)"
    exit 0
fi

start=$SECONDS
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cache="${PROVENA_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/provena-tidy}"
declare -A keys=()
total=${#files[@]}
if [ "$cache" != off ]; then
    mkdir -p "$cache"
    salt="$("$tidy" --version | tr '\n' ' ')$(cat .clang-tidy)"
    unchecked=()
    while read -r f key; do
        if [ "$key" != - ] && [ -e "$cache/$key" ]; then
            continue
        fi
        keys[$f]=$key
        unchecked+=("$f")
    done < <(python3 .ci/tidy-cache-keys.py "$build" "$salt" "${files[@]}")
    files=("${unchecked[@]+"${unchecked[@]}"}")
    echo "check-tidy: $((total - ${#files[@]})) of $total files unchanged since found clean ($cache)"
    if [ ${#files[@]} -eq 0 ]; then
        echo "check-tidy: ok, $total files ($((SECONDS - start)) s)"
        exit 0
    fi
fi
echo "check-tidy: $("$tidy" --version | grep -o 'version [0-9.]*'), ${#files[@]} files ($scope), $(nproc) jobs"
# One log per file, printed whole at the end, so parallel output does not interleave. A file
# found clean is remembered at once (its key, when there is a cache), so an interrupted run
# still saves the next one its work.
export tidy build out cache
for f in "${files[@]}"; do printf '%s %s\n' "$f" "${keys[$f]:--}"; done | xargs -P "$(nproc)" -n 2 sh -c \
    'log="$out/$(echo "$1" | tr / _).log"
     if "$tidy" -p "$build" --quiet "$1" >"$log" 2>&1; then
         [ "$2" = - ] || [ "$cache" = off ] || : >"$cache/$2"
     else
         echo "$1" >>"$out/failed"
     fi' _

if [ -f "$out/failed" ]; then
    sort "$out/failed" | while read -r f; do
        grep -v ' warnings\? generated\.$' "$out/$(echo "$f" | tr / _).log" || true
    done
    echo "check-tidy: $(sort -u "$out/failed" | wc -l) of ${#files[@]} files have findings ($((SECONDS - start)) s)"
    exit 1
fi
echo "check-tidy: ok, ${#files[@]} files checked in $((SECONDS - start)) s"
