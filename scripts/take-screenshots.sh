#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Takes the User Guide's screenshots (docs/user-guide/NN-step.png, and docs/screenshot.png) from
# the real, built GUI under a private Xvfb display, walking through the guide's task on a fresh
# copy of resources/samples/harbour-crane.md:
#   01 the article opened      02 a rectangle drawn, label popup   03 labelled, text linked
#   04 provenance suggestions  05 assessment and verdict           06 the accepted claims
#   07 File › Export Bundle…   08 the bundle written               09 the bundle opened again
# Every step is done in the GUI with xdotool (keys, clicks and drags), as an analyst would.
# Positions on screen are fixed by the display (1400×900, no window manager), the default
# window layout and the fonts of packaging/install-deps.sh; after each part the script checks
# with provena-cli that the GUI really did it (a region labelled "person" linked to "Tal Orsen",
# the claims and the verdict, a bundle that verifies) and stops with an error when not, so a
# changed layout gives no wrong pictures. It prints `provena-cli verify`'s output at the end
# (the guide quotes it).
#
# Usage: scripts/take-screenshots.sh   (BUILD=build by default; DISPLAY_NUMBER=:71;
#        OUT=docs; KEEP=1 keeps the temporary folder; CONVERT=/usr/bin/convert)
# Needs Xvfb, xdotool and ImageMagick (import, convert, compare): packaging/install-deps.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
PROVENA=$BUILD/app/gui/provena
CLI=$BUILD/app/cli/provena-cli
DISPLAY_NUMBER=${DISPLAY_NUMBER:-:71}
OUT=${OUT:-$ROOT/docs}
TIMEOUT_S=${TIMEOUT_S:-60}

die() {
    echo "take-screenshots: $*" >&2
    exit 1
}

# ImageMagick's own convert (as resources/samples/generate-sample-images.sh), not whatever
# else is called convert on the PATH.
CONVERT=${CONVERT:-/usr/bin/convert}
for tool in Xvfb xdotool import "$CONVERT" compare; do
    command -v "$tool" >/dev/null || die "needs $tool (packaging/install-deps.sh installs it)"
done
[ -x "$PROVENA" ] && [ -x "$CLI" ] || die "build provena and provena-cli first (BUILD=$BUILD)"

WORK=$(mktemp -d /tmp/take-screenshots.XXXXXX)
XVFB_PID=
APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# A private home: no saved window layout, settings, recent files or recovery files of anyone's.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share \
    XDG_CACHE_HOME=$WORK/home/.cache XDG_RUNTIME_DIR=$WORK/run USER=analyst LANG=C.UTF-8 \
    LC_ALL=C.UTF-8 LANGUAGE=en
unset QT_QPA_PLATFORM QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" "$WORK/opened" "$WORK/shots"
chmod 700 "$XDG_RUNTIME_DIR"
cp -r "$ROOT/resources/samples" "$WORK/samples"
ARTICLE=$WORK/samples/harbour-crane.md
BUNDLE=$WORK/samples/harbour-crane-bundle.zip

Xvfb "$DISPLAY_NUMBER" -screen 0 1400x900x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=$DISPLAY_NUMBER
for _ in $(seq 1 100); do
    xdotool getdisplaygeometry >/dev/null 2>&1 && break
    kill -0 "$XVFB_PID" 2>/dev/null || die "Xvfb did not start on $DISPLAY ($(cat "$WORK/xvfb.log"))"
    sleep 0.1
done
[ "$(xdotool getdisplaygeometry)" = "1400 900" ] || die "the display is not 1400×900"

# The id of a visible window whose name matches the regular expression $1; fails after TIMEOUT_S.
wait_window() {
    local id
    for _ in $(seq 1 $((TIMEOUT_S * 10))); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        kill -0 "$APP_PID" 2>/dev/null || die "provena exited while waiting for a window “$1”"
        sleep 0.1
    done
    die "no window “$1” appeared within ${TIMEOUT_S}s"
}

# Waits until no visible window matches $1.
wait_no_window() {
    for _ in $(seq 1 $((TIMEOUT_S * 10))); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
        sleep 0.1
    done
    die "the window “$1” was still open after ${TIMEOUT_S}s"
}

# Waits until the screen stops changing: two grabs 0.3 s apart differ in fewer than 60 pixels
# (a blinking text cursor is about 20), so images decoded and docks laid out are on it.
settle() {
    local previous=$WORK/settle-a.png current=$WORK/settle-b.png diff
    import -window root "$previous"
    for _ in $(seq 1 $((TIMEOUT_S * 3))); do
        sleep 0.3
        import -window root "$current"
        # AE: the number of pixels that differ (large ones come as 1.2e+06).
        diff=$(compare -metric AE "$previous" "$current" null: 2>&1 | awk '{ print int($1 + 0) }' || true)
        [ -n "$diff" ] && [ "$diff" -lt 60 ] && return 0
        mv "$current" "$previous"
    done
    die "the screen did not settle within ${TIMEOUT_S}s"
}

# shot NAME: grabs the screen into docs/user-guide/NAME.png, without metadata, as a palette PNG
# (the window is flat colours and the sample photos are drawn: 128 colours keep it legible and
# each file near 120 KB).
shot() {
    settle
    import -window root "$WORK/shots/$1-raw.png"
    "$CONVERT" "$WORK/shots/$1-raw.png" -strip -dither None -colors 128 \
        -define png:compression-level=9 -define png:compression-filter=5 "PNG8:$WORK/shots/$1.png"
    echo "shot $1 ($(stat -c %s "$WORK/shots/$1.png") bytes)"
}

click() {
    xdotool mousemove "$1" "$2" click 1
    sleep 0.2
}

# drag X1 Y1 X2 Y2 with the left button, through a few points as a hand would.
drag() {
    xdotool mousemove "$1" "$2" mousedown 1
    sleep 0.1
    for i in 1 2 3 4; do
        xdotool mousemove $(($1 + ($3 - $1) * i / 5)) $(($2 + ($4 - $2) * i / 5))
        sleep 0.05
    done
    xdotool mousemove "$3" "$4"
    sleep 0.1
    xdotool mouseup 1
    sleep 0.3
}

type_text() {
    xdotool type --delay 15 "$1"
    sleep 0.1
}

start_provena() {
    "$PROVENA" "$@" >>"$WORK/provena.log" 2>&1 &
    APP_PID=$!
}

# ---- 01 Open the sample article ----------------------------------------------------------
start_provena "$ARTICLE"
WINDOW=$(wait_window 'harbour-crane\.md')
shot 01-open

# ---- 02–03 Draw a region, label it, link it to the text ----------------------------------
# The canvas shows the photo at 42 %, its top left corner at (371, 284) on the screen.
click 500 820 # focus the canvas (the Select tool selects nothing there)
xdotool key r # Rectangle
drag 668 552 750 722 # around the premier in the dark coat
shot 02-draw
xdotool key Return # the label popup: Person, the toolbar's New: label
sleep 0.3
drag 156 461 222 461 # "Tal Orsen" in the first paragraph (the blanks around are trimmed)
xdotool key ctrl+l # Edit › Link Selected Text to Region
click 1265 497 # Properties › Entity
type_text "Premier Tal Orsen"
xdotool key Tab
xdotool key ctrl+s # File › Save
shot 03-link
regions=$("$CLI" region list "$ARTICLE" --json)
grep -q '"label": "person"' <<<"$regions" && grep -q '"text": "Tal Orsen"' <<<"$regions" \
    && grep -q '"entity": "Premier Tal Orsen"' <<<"$regions" \
    || die "the GUI did not save a person region linked to “Tal Orsen”: $regions"

# ---- 04–06 Provenance: suggestions, assessment and verdict, claims ---------------------------
xdotool key alt+3 # View › Show Provenance
sleep 0.5
click 152 658 # the Suggestions tab
shot 04-suggestions
click 255 857 # Accept All from the credit (the first suggestion is selected)
click 337 658 # the Assessment tab
click 353 709 # Source: who captured it?
xdotool key s Return # Supports
click 860 709
type_text "Caption, credit and the file's IPTC Credit all name NCNA"
xdotool key Tab
click 353 822 # Verdict
xdotool key c Return # Corroborated
click 820 822
type_text "Released by NCNA; when the crane was built is still open"
xdotool key Tab ctrl+a
type_text "70" # confidence, per cent
xdotool key Tab
shot 05-assessment
click 46 658 # the Claims tab
xdotool key ctrl+s
shot 06-claims
record=$("$CLI" provenance "$ARTICLE" --image 1)
grep -q 'verdict corroborated  confidence 0.7' <<<"$record" \
    && grep -q 'accepted  releasing-agency  Northern Coast News Agency' <<<"$record" \
    || die "the GUI did not save the claims and the verdict: $record"

# ---- 07–08 Export a bundle ---------------------------------------------------------------
xdotool key ctrl+shift+e # File › Export Bundle…
wait_window '^Export Bundle$' >/dev/null
click 755 549 # Source organization
type_text "Provena Sample Desk"
shot 07-export
xdotool key Return # OK
for _ in $(seq 1 $((TIMEOUT_S * 10))); do
    [ -f "$BUNDLE" ] && break
    sleep 0.1
done
[ -f "$BUNDLE" ] || die "no bundle was written within ${TIMEOUT_S}s"
wait_no_window '^Export Bundle$'
shot 08-exported

# ---- Verify (provena-cli), 09 open the bundle again -------------------------------------
"$CLI" verify "$BUNDLE" >"$WORK/verify.txt" || die "the bundle does not verify: $(cat "$WORK/verify.txt")"
click 300 611 # the Provenance dock's title: the main window takes the keys again
xdotool key ctrl+o # File › Open…
wait_window '^Open Article' >/dev/null
type_text "$BUNDLE"
xdotool key Return
wait_window '^Extract ' >/dev/null
type_text "$WORK/opened"
xdotool key Return
OPENED=$WORK/opened/harbour-crane-bundle/data/harbour-crane/harbour-crane.md
for _ in $(seq 1 $((TIMEOUT_S * 10))); do
    [ -f "$OPENED" ] && break
    sleep 0.1
done
[ -f "$OPENED" ] || die "the bundle was not extracted into $WORK/opened"
wait_no_window '^Open Bundle$'
"$CLI" region list "$OPENED" | grep -q person || die "the opened bundle's article has no region"
shot 09-reopened

kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=

mkdir -p "$OUT/user-guide"
rm -f "$OUT"/user-guide/[0-9][0-9]-*.png
for f in "$WORK"/shots/[0-9][0-9]-*.png; do
    case "$f" in *-raw.png) continue ;; esac
    cp "$f" "$OUT/user-guide/"
done
cp "$WORK/shots/03-link.png" "$OUT/screenshot.png"
echo "wrote $(ls "$OUT"/user-guide/*.png | wc -l) screenshots into $OUT/user-guide and $OUT/screenshot.png"
echo "provena-cli verify said:"
sed 's/^/    /' "$WORK/verify.txt"
