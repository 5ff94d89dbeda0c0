#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (clang, ASan + UBSan, -DPROVENA_FUZZ=ON) into their own build
# tree and runs each target, one after another in one process each, on a copy of its committed
# corpus (the committed one never grows). Prints a table of executions, exec/s, coverage and
# crashes per target, and exits non-zero when any target crashed. docs/fuzzing.md has the story.
#
#   tests/fuzz/run-campaign.sh [-t SECONDS] [-n RUNS] [-o DIR] [--no-build] [TARGET...]
#
#   -t SECONDS   stop each target after this long (libFuzzer -max_total_time); default 60
#   -n RUNS      stop each target after this many executions (-runs); with -t, whichever is first
#   -o DIR       where copies of the corpora, crash artifacts and logs go
#                (default build-fuzz/campaign-YYYYmmdd-HHMMSS)
#   --no-build   use the fuzz targets already in the build tree
#   TARGET...    some of: fuzz_articleparser fuzz_sidecarreader fuzz_metadatareader
#                fuzz_imagedecoder (default: all four)
#
# Environment: PROVENA_FUZZ_BUILD_DIR (default build-fuzz), PROVENA_FUZZ_BUILD_JOBS (default 2),
# PROVENA_FUZZ_NICE (niceness of the fuzzing runs, default 10, so builds beside them go first),
# PROVENA_FUZZ_ARGS (more libFuzzer flags, appended).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PROVENA_FUZZ_BUILD_DIR:-$root/build-fuzz}"
all_targets=(fuzz_articleparser fuzz_sidecarreader fuzz_metadatareader fuzz_imagedecoder)

# Per target: the longest input libFuzzer makes, in bytes. The image decoder keeps room for its
# largest seed (13 KB); the others are cut at 4 KB, which makes an execution about twice as cheap
# as at 16 KB (exec/s is what gets a campaign to 1 M).
max_len_of() {
    case "$1" in
    fuzz_imagedecoder) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

# libjpeg and libpng print every warning on stderr; only the decoder's stderr is closed too
# (-close_fd_mask=3), so the other targets' own "fuzz_…: what failed" lines reach the log.
fd_mask_of() {
    case "$1" in
    fuzz_imagedecoder) echo 3 ;;
    *) echo 1 ;;
    esac
}

seconds=""
runs=""
out=""
do_build=1
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    -t) seconds="$2"; shift 2 ;;
    -n) runs="$2"; shift 2 ;;
    -o) out="$2"; shift 2 ;;
    --no-build) do_build=0; shift ;;
    -h | --help) sed -n '3,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run-campaign: unknown option $1 (see --help)" >&2; exit 2 ;;
    *)
        case " ${all_targets[*]} " in
        *" $1 "*) ;;
        *)
            echo "run-campaign: no fuzz target $1; known: ${all_targets[*]}" >&2
            exit 2 ;;
        esac
        targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
[ -n "$seconds" ] || [ -n "$runs" ] || seconds=60
out="${out:-$build/campaign-$(date -u +%Y%m%d-%H%M%S)}"

if [ "$do_build" = 1 ]; then
    # Same ccache set-up as packaging/build.sh; clang objects never mix with a gcc build tree.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DPROVENA_FUZZ=ON \
        -DPROVENA_BENCHMARKS=OFF >/dev/null
    cmake --build "$build" -j "${PROVENA_FUZZ_BUILD_JOBS:-2}" --target "${targets[@]}"
fi

mkdir -p "$out"
# Sets children_cpu to the CPU seconds of all waited-for children so far (bash's `times`, second
# line); a target's CPU time is the difference around its run. `times` must run in this shell:
# in a $(…) subshell it would see no children.
children_cpu=0
read_children_cpu() {
    times >"$out/.times"
    children_cpu=$(sed -n 2p "$out/.times" | awk '{ t = 0; for (i = 1; i <= 2; i++) {
        split($i, a, "m"); t += a[1] * 60 + a[2] } printf "%.1f", t }')
}

declare -A execs rate cov ft corp crashes took cpu status
any_crash=0
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "run-campaign: $binary not built (drop --no-build)" >&2
        exit 2
    fi
    corpus="$out/corpus/$target"
    artifacts="$out/crashes/$target"
    log="$out/$target.log"
    rm -rf "$corpus" "$artifacts"
    mkdir -p "$corpus" "$artifacts"
    cp -a "$root/tests/fuzz/corpus/$target/." "$corpus/"
    limit=()
    [ -z "$seconds" ] || limit+=("-max_total_time=$seconds")
    [ -z "$runs" ] || limit+=("-runs=$runs")
    echo "== $target: ${limit[*]}, log $log"
    start=$(date +%s)
    read_children_cpu
    cpu_before=$children_cpu
    set +e
    # One process (no -jobs/-workers: one core). Allocation stacks of two frames and a 64 MB
    # quarantine make ASan about 20 % cheaper and halve the memory; a crash is replayed with the
    # defaults to see its full stacks.
    # shellcheck disable=SC2086
    OPENCV_LOG_LEVEL=SILENT QT_QPA_PLATFORM=offscreen \
        ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:malloc_context_size=2:quarantine_size_mb=64}" \
        UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
        nice -n "${PROVENA_FUZZ_NICE:-10}" "$binary" "${limit[@]}" \
        -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=512 \
        -print_final_stats=1 -close_fd_mask="$(fd_mask_of "$target")" -artifact_prefix="$artifacts/" \
        ${PROVENA_FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
    rc=$?
    set -e
    took[$target]=$(($(date +%s) - start))
    read_children_cpu
    cpu[$target]=$(awk -v a="$cpu_before" -v b="$children_cpu" 'BEGIN { printf "%.1f", b - a }')
    execs[$target]=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate[$target]=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -n 1 || true)
    cov[$target]=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft[$target]=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp[$target]=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
    crashes[$target]=$(find "$artifacts" -type f | wc -l)
    if [ "$rc" -ne 0 ] || [ "${crashes[$target]}" -ne 0 ]; then
        status[$target]="FAILED (exit $rc)"
        any_crash=1
        echo "   $target failed; artifacts in $artifacts, report in $log" >&2
        grep -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error:|fuzz_[a-z]+: ' \
            "$log" | head -n 5 >&2 || true
    else
        status[$target]=ok
    fi
done

echo
echo "Fuzz campaign, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), output $out"
# cpu s: CPU time the target used; under load it gets less than the wall-clock seconds, and
# ms/exec (CPU per execution) is what predicts a run on an idle core.
row='%-20s %11s %7s %6s %7s %13s %7s %7s %7s %8s  %s\n'
# shellcheck disable=SC2059
printf "$row" target executions exec/s cov ft corpus crashes seconds 'cpu s' ms/exec result
for target in "${targets[@]}"; do
    per_exec=$(awk -v c="${cpu[$target]}" -v n="${execs[$target]:-0}" \
        'BEGIN { if (n > 0) printf "%.3f", c * 1000 / n; else print "?" }')
    # shellcheck disable=SC2059
    printf "$row" "$target" "${execs[$target]:-?}" "${rate[$target]:-?}" "${cov[$target]:-?}" \
        "${ft[$target]:-?}" "${corp[$target]:-?}" "${crashes[$target]}" "${took[$target]}" \
        "${cpu[$target]}" "$per_exec" "${status[$target]}"
done
exit "$any_crash"
