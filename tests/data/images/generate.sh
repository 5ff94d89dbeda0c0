#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Small image fixtures for tests/media and tests/metadata. The outputs are committed; re-run only
# when a fixture has to change, then update hard-coded hashes in tests/media/tst_imagehasher.cpp.
# Needs ImageMagick 6 (/usr/bin/convert, not the /usr/local/bin stand-in) and exiftool.
set -euo pipefail

CONVERT=${CONVERT:-/usr/bin/convert}
EXIFTOOL=${EXIFTOOL:-exiftool}
OUT=${1:-$(cd "$(dirname "$0")" && pwd)}
export MAGICK_THREAD_LIMIT=1 OMP_NUM_THREADS=1

# orientation6.jpg: stored 300x200 with four flat quadrants, EXIF Orientation 6 ("rotate 90 CW to
# display"), so viewers show 200x300. Stored quadrants: top-left red, top-right green,
# bottom-left blue, bottom-right yellow. Displayed: top-left blue, top-right red,
# bottom-left yellow, bottom-right green.
"$CONVERT" -size 300x200 xc:'#ffff00' \
    -fill '#ff0000' -draw 'rectangle 0,0 149,99' \
    -fill '#00ff00' -draw 'rectangle 150,0 299,99' \
    -fill '#0000ff' -draw 'rectangle 0,100 149,199' \
    -strip -sampling-factor 1x1 -quality 95 "$OUT/orientation6.jpg"
"$EXIFTOOL" -q -overwrite_original -EXIF:Orientation#=6 "$OUT/orientation6.jpg"

# plain.png: 64x48, left half red, right half blue, no timestamps (so the hash is stable).
"$CONVERT" -size 64x48 xc:'#0000ff' -fill '#ff0000' -draw 'rectangle 0,0 31,47' \
    -strip -define png:exclude-chunks=date,time "$OUT/plain.png"

# plain.gif: 40x30, top half green, bottom half white (OpenCV cannot decode GIF; Qt does).
"$CONVERT" -size 40x30 xc:white -fill '#00ff00' -draw 'rectangle 0,0 39,14' -strip "$OUT/plain.gif"

# truncated.jpg: the first 40% of the bytes of a 320x240 noisy JPEG (no EOI, half the scan lost).
"$CONVERT" -size 320x240 -seed 4 plasma:fractal -strip -quality 90 "$OUT/.whole.jpg"
size=$(stat -c %s "$OUT/.whole.jpg")
head -c $((size * 40 / 100)) "$OUT/.whole.jpg" > "$OUT/truncated.jpg"
rm -f "$OUT/.whole.jpg"

# not-an-image.jpg: text with an image extension.
printf 'This is not a JPEG. It is a text file that someone saved with a .jpg extension.\n' \
    > "$OUT/not-an-image.jpg"

# conflicts.jpg: the same fields with different values in EXIF, IPTC and XMP, to test which one
# MetadataReader prefers (XMP > IPTC > EXIF). IPTC is written as Latin-1 without a coded
# character set, as old software does, and keeps date and time in separate datasets.
"$CONVERT" -size 48x32 xc:'#808080' -strip -quality 90 "$OUT/conflicts.jpg"
"$EXIFTOOL" -q -overwrite_original -charset iptc=Latin -charset exif=UTF8 \
    -EXIF:Artist='Exif Artist' -EXIF:ImageDescription='Exif description' \
    -EXIF:Copyright='Exif rights' -EXIF:DateTimeOriginal='2020:01:02 03:04:05' \
    -EXIF:Make='Exif Make' \
    -IPTC:By-line='Iptc Byline One' -IPTC:By-line='Iptc Byline Two' \
    -IPTC:Credit='Iptc Crédit' -IPTC:Headline='Iptc headline' \
    -IPTC:DateCreated=2024:05:01 -IPTC:TimeCreated=12:34:56+02:00 \
    -XMP-dc:Creator='Xmp Creator' -XMP-photoshop:Headline='Xmp headline' \
    -XMP-tiff:Make='Xmp Make' \
    "$OUT/conflicts.jpg"

ls -l "$OUT"/conflicts.jpg "$OUT"/orientation6.jpg "$OUT"/plain.png "$OUT"/plain.gif "$OUT"/truncated.jpg "$OUT"/not-an-image.jpg

# cmyk.jpg: 64x32 CMYK JPEG (as print workflows and some agencies send): left half red, right half
# blue. ImageMagick writes an Adobe APP14 marker with inverted CMYK, the common case.
"$CONVERT" -size 64x32 xc:'#0000ff' -fill '#ff0000' -draw 'rectangle 0,0 31,31' \
    -colorspace CMYK -strip -quality 95 "$OUT/cmyk.jpg"
