#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Test images with realistic provenance metadata, for tests/metadata, tests/session, tests/cli and
# tests/ui. The outputs are committed, so the tests need neither tool; re-run only to change them
# (then update the expectations in tests/metadata/tst_evidenceextraction.cpp).
# Needs ImageMagick 6 (/usr/bin/convert, not the /usr/local/bin stand-in) and exiftool
# (libimage-exiftool-perl); packaging/install-deps.sh installs both.
#
# provenance.jpg          640x427: EXIF, IPTC and XMP with creator, credit, source, rights,
#                         camera make/model/serial and lens, editing software, dates, GPS, an
#                         xmpMM:History of two events, document ids, digital source type, location
#                         shown; and an EXIF thumbnail of a DIFFERENT picture (ThumbnailMismatch).
# provenance-control.jpg  the same picture and metadata, with a thumbnail of itself (no mismatch).
# provenance-rotated.jpg  the picture stored turned 90° left, EXIF Orientation 6 (turn right to
#                         show), thumbnail of the stored pixels as cameras make it (no mismatch).
set -euo pipefail

CONVERT=${CONVERT:-/usr/bin/convert}
EXIFTOOL=${EXIFTOOL:-exiftool}
OUT=${1:-$(cd "$(dirname "$0")" && pwd)}
export MAGICK_THREAD_LIMIT=1 OMP_NUM_THREADS=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The photo: a sky gradient over dark "buildings", with a bright disc top left. Large, smooth
# shapes so that a small perceptual hash is stable across sizes and JPEG quality.
"$CONVERT" -size 640x427 gradient:'#9cc8f0-#f0e0c0' \
    -fill '#303a48' -draw 'rectangle 40,240 180,426' -draw 'rectangle 220,180 330,426' \
    -draw 'rectangle 380,280 600,426' -fill '#fff4c0' -draw 'circle 110,90 150,90' \
    -strip -quality 88 "$work/photo.jpg"
# Another picture for the mismatching thumbnail: a dark scene lit from the bottom right.
"$CONVERT" -size 640x427 gradient:'#101820-#c06030' -rotate 180 \
    -fill '#e8e8e8' -draw 'rectangle 60,60 300,200' -fill '#202020' -draw 'circle 480,300 560,300' \
    -strip "$work/other.png"
"$CONVERT" "$work/other.png" -resize 160x107! -strip -quality 80 "$work/thumb-other.jpg"
"$CONVERT" "$work/photo.jpg" -resize 160x107! -strip -quality 80 "$work/thumb-self.jpg"
"$CONVERT" "$work/photo.jpg" -rotate -90 -strip -quality 88 "$work/stored.jpg"
"$CONVERT" "$work/stored.jpg" -resize 107x160! -strip -quality 80 "$work/thumb-stored.jpg"

tag() {
    "$EXIFTOOL" -q -overwrite_original -charset iptc=UTF8 -codedcharacterset=utf8 \
        -EXIF:Artist='Kim Min-jun' \
        -EXIF:Copyright='© 2025 Example Photo Agency' \
        -EXIF:ImageDescription='A crane at the harbour, Nampo' \
        -EXIF:Make='Kestrel' -EXIF:Model='K-9 Mark II' -EXIF:SerialNumber='KS0012345' \
        -EXIF:LensModel='Kestrel 24-70mm F2.8' \
        -EXIF:Software='Adobe Photoshop 25.0 (Windows)' \
        -EXIF:DateTimeOriginal='2025:08:13 10:42:00' -EXIF:CreateDate='2025:08:13 10:42:00' \
        -EXIF:ModifyDate='2025:08:14 09:15:30' \
        -GPSLatitude=38.7375 -GPSLatitudeRef=N -GPSLongitude=125.4078 -GPSLongitudeRef=E \
        -GPSAltitude=12.5 -GPSAltitudeRef=0 \
        -IPTC:By-line='Kim Min-jun' -IPTC:Credit='KCNA via Example Photo Agency' \
        -IPTC:Source='Korean Central News Agency' \
        -IPTC:CopyrightNotice='© 2025 Example Photo Agency' \
        -IPTC:Caption-Abstract='A crane at the harbour, Nampo' \
        -IPTC:DateCreated=2025:08:13 -IPTC:TimeCreated=10:42:00+09:00 \
        -IPTC:City='Nampo' -IPTC:Country-PrimaryLocationName='North Korea' \
        -XMP-dc:Creator='Kim Min-jun' -XMP-dc:Description='A crane at the harbour, Nampo' \
        -XMP-dc:Rights='© 2025 Example Photo Agency' \
        -XMP-photoshop:Credit='KCNA via Example Photo Agency' \
        -XMP-photoshop:Source='Korean Central News Agency' \
        -XMP-xmpRights:UsageTerms='Editorial use only. No sales.' \
        -XMP-xmp:CreatorTool='Adobe Photoshop 25.0 (Windows)' \
        -XMP-xmp:CreateDate='2025-08-13T10:42:00+09:00' \
        -XMP-xmp:ModifyDate='2025-08-14T09:15:30+09:00' \
        -XMP-xmpMM:DocumentID='xmp.did:5c1f0a3e-8d2b-4e7a-9f10-2a4b6c8d0e12' \
        -XMP-xmpMM:InstanceID='xmp.iid:7e3a9b21-4c5d-4f6e-8a9b-0c1d2e3f4a5b' \
        -XMP-xmpMM:OriginalDocumentID='xmp.did:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' \
        -XMP-xmpMM:DerivedFromDocumentID='xmp.did:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' \
        -XMP-xmpMM:DerivedFromInstanceID='xmp.iid:11111111-2222-4333-8444-555555555555' \
        "-XMP-xmpMM:History=[{Action=created,When=2025-08-13T10:42:00+09:00,SoftwareAgent=Kestrel K-9 Firmware 1.02},{Action=saved,When=2025-08-14T09:15:30+09:00,SoftwareAgent=Adobe Photoshop 25.0 (Windows),Changed=/}]" \
        -XMP-iptcExt:DigitalSourceType='http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' \
        -XMP-iptcExt:LocationShownSublocation='West Sea Barrage' \
        -XMP-iptcExt:LocationShownCity='Nampo' \
        -XMP-iptcExt:LocationShownCountryName='North Korea' \
        "-ThumbnailImage<=$2" "$1"
}

cp "$work/photo.jpg" "$OUT/provenance.jpg"
tag "$OUT/provenance.jpg" "$work/thumb-other.jpg"
cp "$work/photo.jpg" "$OUT/provenance-control.jpg"
tag "$OUT/provenance-control.jpg" "$work/thumb-self.jpg"

cp "$work/stored.jpg" "$OUT/provenance-rotated.jpg"
tag "$OUT/provenance-rotated.jpg" "$work/thumb-stored.jpg"
"$EXIFTOOL" -q -overwrite_original -EXIF:Orientation#=6 "$OUT/provenance-rotated.jpg"

ls -l "$OUT/provenance.jpg" "$OUT/provenance-control.jpg" "$OUT/provenance-rotated.jpg"
