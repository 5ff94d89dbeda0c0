#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Launch → photo on screen, under Xvfb (issue 13; numbers in docs/imaging.md).
#
# Generates an article with a 24 MP JPEG (6000×4000, noisy magenta, ~q90) and 1,000 polygons
# (written as a labelme file, imported with `provena-cli regions import`, so both tools open the
# same annotations), then launches `provena ARTICLE` RUNS times and, when labelme is installed,
# `labelme photo.json` as often, alternating. Two measures per Provena launch:
#   - first paint: PROVENA_REPORT_FIRST_PAINT=1 makes the canvas print the time of its first
#     paint of the photo on stderr (exact, but only Provena has it);
#     and "provena: first frame flushed EPOCH_MS" once that frame has gone to the X server;
#   - on screen: the root window is read (scripts/wait-for-colour.py, Xlib in one process, a look
#     every ~10 ms) until 1.5 % of it is the photo's magenta (the same for both tools).
# labelme is Debian's `labelme` package (5.1.1 in Debian 12). It is not a Provena dependency:
# install it yourself, or run with INSTALL_LABELME=1 to let this script apt-get it. Both windows
# get most of the screen: labelme's default window is 600 × 500, where its fitted photo is about
# 2 % of the screen and hidden under the 1,000 outlines (so it never counted as "on screen"); its
# QSettings file in the private home gives it 1600 × 1000, like Provena's default 1400 × 900.
# The script ends with the median of each tool and their ratio.
#
# REGIONS=N (default 1000) sets the number of polygons (0: none). EXIF_THUMBNAIL=1 (default, needs
# exiftool) embeds a 160 × 107 EXIF thumbnail in the photo as cameras do; EXIF_THUMBNAIL=0 leaves
# the photo as ImageMagick wrote it (Provena then starts from the reduced decode). PROGRESSIVE=1
# writes a progressive JPEG, as many news sites serve (default 0: baseline).
#
# Usage: scripts/launch-to-photo.sh [RUNS]   (BUILD=build by default; needs Xvfb, ImageMagick, libX11)
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
PROVENA=$BUILD/app/gui/provena
CLI=$BUILD/app/cli/provena-cli
DISPLAY_NUMBER=${DISPLAY_NUMBER:-:97}
TIMEOUT_S=${TIMEOUT_S:-60}
REGIONS=${REGIONS:-1000}
EXIF_THUMBNAIL=${EXIF_THUMBNAIL:-1}
PROGRESSIVE=${PROGRESSIVE:-0}

for tool in Xvfb convert python3; do
    command -v "$tool" >/dev/null || { echo "launch-to-photo: needs $tool" >&2; exit 2; }
done
[ -x "$PROVENA" ] && [ -x "$CLI" ] || {
    echo "launch-to-photo: build provena and provena-cli first (BUILD=$BUILD)" >&2
    exit 2
}
if ! command -v labelme >/dev/null && [ "${INSTALL_LABELME:-0}" = 1 ]; then
    SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
    $SUDO apt-get install -y --no-install-recommends labelme
fi

WORK=$(mktemp -d /tmp/launch-to-photo.XXXXXX)
XVFB_PID=
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A clean, private home for both tools: no saved window state, no recovery files, no labelmerc.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_RUNTIME_DIR=$WORK/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME/labelme"
printf '[window]\nsize=@Size(1600 1000)\nposition=@Point(0 0)\n' \
    > "$XDG_CONFIG_HOME/labelme/labelme.conf"

echo "generating a 24 MP JPEG and $REGIONS polygons in $WORK ..."
MAGICK_THREAD_LIMIT=2 convert -size 600x400 xc:'#d828c8' -attenuate 0.6 +noise Gaussian \
    -resize '6000x4000!' -attenuate 0.3 +noise Gaussian -quality 90 -sampling-factor 2x2 \
    -interlace "$([ "$PROGRESSIVE" = 1 ] && echo JPEG || echo None)" "$WORK/photo.jpg"
if [ "$EXIF_THUMBNAIL" = 1 ]; then
    command -v exiftool >/dev/null || { echo "launch-to-photo: EXIF_THUMBNAIL=1 needs exiftool" >&2; exit 2; }
    convert "$WORK/photo.jpg" -resize 160x160 -quality 90 "$WORK/thumb.jpg"
    exiftool -q -overwrite_original "-ThumbnailImage<=$WORK/thumb.jpg" "$WORK/photo.jpg"
    [ "$(exiftool -q -q -b -ThumbnailImage "$WORK/photo.jpg" | wc -c)" -gt 100 ] \
        || { echo "launch-to-photo: the EXIF thumbnail was not written" >&2; exit 2; }
    echo "photo.jpg carries a 160-pixel EXIF thumbnail"
fi
python3 - "$WORK/photo.json" "$REGIONS" <<'EOF'
import json, math, sys
shapes = []
for i in range(int(sys.argv[2])):
    cx, cy = 150 + (i % 40) * 145, 150 + (i // 40) * 150
    points = [[round(cx + 50 * math.cos(k * math.pi / 4), 1),
               round(cy + 50 * math.sin(k * math.pi / 4), 1)] for k in range(8)]
    shapes.append({"label": "other", "points": points, "group_id": None,
                   "shape_type": "polygon", "flags": {}})
json.dump({"version": "5.1.1", "flags": {}, "shapes": shapes, "imagePath": "photo.jpg",
           "imageData": None, "imageHeight": 4000, "imageWidth": 6000}, open(sys.argv[1], "w"))
EOF
printf '# Launch test\n\n![A generated photo. [TEST]](photo.jpg)\n\nA line of text.\n' \
    > "$WORK/article.md"
if [ "$REGIONS" -gt 0 ]; then
    "$CLI" regions import "$WORK/article.md" --image 1 --format labelme "$WORK/photo.json" \
        > "$WORK/import.log" || true  # exit 1 also for mere warnings (docs/cli.md)
    grep -q "^imported $REGIONS region" "$WORK/import.log" || { cat "$WORK/import.log" >&2; exit 2; }
    sed -n 1p "$WORK/import.log"
fi
ls -l "$WORK/photo.jpg" | awk '{printf "photo.jpg: %.1f MB\n", $5 / 1e6}'

Xvfb "$DISPLAY_NUMBER" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=$DISPLAY_NUMBER
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done 2>/dev/null || sleep 1

# Runs one launch: prints "ON_SCREEN_MS [FIRST_PAINT_MS [FLUSHED_MS]]" or "timeout".
# wait-for-colour.py launches the program and reads the root window in one process until 1.5 %
# of it has the photo's magenta (labelme's default window shows it at about 2 %; Provena's text
# view thumbnail alone is about 2 % too), the same test for both tools.
measure() {
    local log=$WORK/app.log seen launched painted flushed
    read -r seen launched < <(PROVENA_REPORT_FIRST_PAINT=1 \
        python3 "$ROOT/scripts/wait-for-colour.py" "$TIMEOUT_S" "$log" -- "$@")
    painted=$(sed -n 's/^provena: first paint \([0-9]*\)$/\1/p' "$log" | head -1)
    flushed=$(sed -n 's/^provena: first frame flushed \([0-9]*\)$/\1/p' "$log" | head -1)
    sleep 0.3
    if [ "$seen" = timeout ]; then echo timeout; return; fi
    echo "$seen ${painted:+$((painted - launched))} ${flushed:+$((flushed - launched))}"
}

HAS_LABELME=$(command -v labelme >/dev/null && echo 1 || echo 0)
[ "$HAS_LABELME" = 1 ] || echo "labelme is not installed: measuring Provena only" \
    "(INSTALL_LABELME=1 installs Debian's labelme)"
# One launch each first, not counted: the page cache then holds the libraries and the photo.
measure "$PROVENA" "$WORK/article.md" >/dev/null
[ "$HAS_LABELME" = 1 ] && (cd "$WORK" && measure labelme photo.json >/dev/null)
PROVENA_TIMES=()
PAINT_TIMES=()
LABELME_TIMES=()
for run in $(seq "$RUNS"); do
    read -r shown painted flushed < <(measure "$PROVENA" "$WORK/article.md")
    echo "run $run: provena: photo on screen ${shown} ms (first paint ${painted:-?} ms," \
        "frame flushed ${flushed:-?} ms)"
    [ "$shown" != timeout ] && PROVENA_TIMES+=("$shown")
    [ -n "${painted:-}" ] && PAINT_TIMES+=("$painted")
    if [ "$HAS_LABELME" = 1 ]; then
        read -r shown _ < <(cd "$WORK" && measure labelme photo.json)
        echo "run $run: labelme: photo on screen ${shown} ms"
        [ "$shown" != timeout ] && LABELME_TIMES+=("$shown")
    fi
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
P=$(median "${PROVENA_TIMES[@]}")
F=$(median "${PAINT_TIMES[@]}")
echo "median: provena: photo on screen ${P:-?} ms, first paint ${F:-?} ms"
if [ "$HAS_LABELME" = 1 ]; then
    L=$(median "${LABELME_TIMES[@]}")
    echo "median: labelme: photo on screen ${L:-?} ms"
    if [ -n "$P" ] && [ -n "$L" ] && [ "$P" -gt 0 ]; then
        awk -v l="$L" -v p="$P" 'BEGIN { printf "ratio labelme / provena (photo on screen) = %.1f\n", l / p }'
    fi
fi
