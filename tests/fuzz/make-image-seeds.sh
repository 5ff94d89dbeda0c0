#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Seed inputs for fuzz_imagedecoder and fuzz_metadatareader: small images of every format the
# readers meet, with EXIF, IPTC and XMP written by exiftool, a truncated JPEG, one header beyond
# the fuzz target's 4 MP pixel limit, and XMP packets. The outputs are committed; re-run only to
# change a seed (crash reproducers in the same folders are kept). Every seed stays under 20 KB.
# Needs ImageMagick 6 (/usr/bin/convert, not the /usr/local/bin stand-in) and exiftool.
#
# fuzz_metadatareader's first byte chooses the mode (tests/fuzz/fuzz_metadatareader.cpp): its
# image seeds start with 0x00, its sidecar seeds with 0x01.
set -euo pipefail

CONVERT=${CONVERT:-/usr/bin/convert}
EXIFTOOL=${EXIFTOOL:-exiftool}
here=$(cd "$(dirname "$0")" && pwd)
decoder="$here/corpus/fuzz_imagedecoder"
metadata="$here/corpus/fuzz_metadatareader"
images="$here/../data/images"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MAGICK_THREAD_LIMIT=1 OMP_NUM_THREADS=1
mkdir -p "$decoder" "$metadata"

# The same EXIF, IPTC and XMP in every format that can hold them (exiftool writes what fits).
tag() {
    "$EXIFTOOL" -q -q -overwrite_original -m \
        -EXIF:Make=Provena -EXIF:Model='Fuzz Seed' -EXIF:Artist='Kim Min-jun' \
        -EXIF:Orientation#=6 -EXIF:DateTimeOriginal='2024:05:01 12:30:00' \
        -EXIF:ImageDescription='Harbour crane at dusk' -EXIF:Copyright='© Provena' \
        -IPTC:By-line='Kim Min-jun' -IPTC:Caption-Abstract='Harbour crane at dusk' \
        -IPTC:City=Busan -IPTC:Country-PrimaryLocationName='South Korea' \
        -IPTC:DateCreated=20240501 -IPTC:TimeCreated=123000+0900 -IPTC:CodedCharacterSet=UTF8 \
        -XMP-dc:Creator='김민준' -XMP-dc:Description='항구의 크레인' \
        -XMP-photoshop:Credit='Provena Wire' -XMP-photoshop:DateCreated=2024-05-01T12:30:00+09:00 \
        -XMP-iptcExt:DigitalSourceType='http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' \
        "$@"
}

"$CONVERT" -size 32x24 plasma:fractal -seed 7 "$work/base.ppm"
"$CONVERT" "$work/base.ppm" -strip -quality 80 "$work/tagged.jpg"
"$CONVERT" "$work/base.ppm" -strip -interlace JPEG -quality 60 "$work/progressive.jpg"
"$CONVERT" "$work/base.ppm" -strip -define png:exclude-chunks=date,time "$work/tagged.png"
"$CONVERT" "$work/base.ppm" -strip -quality 70 "$work/tagged.webp"
"$CONVERT" "$work/base.ppm" -strip -compress lzw "$work/tagged.tif"
"$CONVERT" "$work/base.ppm" -strip -colors 16 "$work/tagged.gif"
"$CONVERT" "$work/base.ppm" -strip "$work/plain.bmp"
"$CONVERT" "$work/base.ppm" -strip "$work/tagged.psd"
"$CONVERT" "$work/base.ppm" -strip -quality 40 "$work/tagged.jp2"
for f in tagged.jpg tagged.png tagged.webp tagged.tif tagged.gif tagged.psd tagged.jp2; do
    tag "$work/$f"
done
# The first half of a tagged JPEG: the metadata is whole, the scan is cut off.
size=$(stat -c %s "$work/tagged.jpg")
head -c $((size / 2)) "$work/tagged.jpg" > "$work/truncated-scan.jpg"
# A 2100x2000 header (4.2 MP), just over the fuzz target's 4 MP limit: the guard must refuse it.
"$CONVERT" -size 2100x2000 xc:white -strip -define png:exclude-chunks=date,time \
    -define png:compression-level=9 "$work/over-limit.png"
# XMP packets: what exiftool writes as a sidecar, an HTML page saved with the wrong name, and a
# packet with the Iptc4xmpExt prefix that the reader renames.
"$EXIFTOOL" -q -q -o "$work/sidecar.xmp" "$work/tagged.jpg"
printf '<!DOCTYPE html>\n<html><head><title>Not XMP</title></head><body><p>Saved page</p></body></html>\n' \
    > "$work/html-page.xmp"
cat > "$work/iptc4xmpext.xmp" <<'XMP'
<?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
    xmlns:dc="http://purl.org/dc/elements/1.1/">
   <Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>
   <Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li rdf:parseType="Resource">
    <Iptc4xmpExt:City>Busan</Iptc4xmpExt:City></rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>
   <dc:title><rdf:Alt><rdf:li xml:lang="ko">제목</rdf:li><rdf:li xml:lang="en">Title</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>
XMP

for f in tagged.jpg progressive.jpg tagged.png tagged.webp tagged.tif tagged.gif plain.bmp \
    truncated-scan.jpg over-limit.png; do
    cp "$work/$f" "$decoder/$f"
done
for f in orientation6.jpg conflicts.jpg plain.png plain.gif truncated.jpg not-an-image.jpg; do
    cp "$images/$f" "$decoder/data-$f"
done
for f in tagged.jpg tagged.png tagged.webp tagged.tif tagged.gif tagged.psd tagged.jp2 \
    truncated-scan.jpg sidecar.xmp; do
    { printf '\0'; cat "$work/$f"; } > "$metadata/image-$f"
done
for f in conflicts.jpg orientation6.jpg; do
    { printf '\0'; cat "$images/$f"; } > "$metadata/image-data-$f"
done
for f in sidecar.xmp html-page.xmp iptc4xmpext.xmp; do
    { printf '\1'; cat "$work/$f"; } > "$metadata/sidecar-$f"
done
printf '\0' > "$metadata/image-empty"
printf '\1' > "$metadata/sidecar-empty"
