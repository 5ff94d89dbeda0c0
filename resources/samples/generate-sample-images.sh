#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Draws the two photos referenced by harbour-crane.md and embeds EXIF, IPTC IIM and XMP metadata,
# and the handout photo of ferry-talks.txt (saved from the web: no metadata).
# Everything shown (people, places, the agency, the camera) is fictional; see README.md.
#
# Usage: resources/samples/generate-sample-images.sh [OUTPUT_DIR]   (default: this script's folder)
# Needs ImageMagick 6 (/usr/bin/convert, not the /usr/local/bin stand-in) and exiftool.
# Re-running gives byte-identical files with the same ImageMagick/libjpeg/exiftool versions:
# the noise is seeded, ImageMagick runs on one thread and no timestamps are written.
set -euo pipefail

CONVERT=${CONVERT:-/usr/bin/convert}
EXIFTOOL=${EXIFTOOL:-exiftool}
OUT=${1:-$(cd "$(dirname "$0")" && pwd)}
FONT=DejaVu-Sans-Bold

command -v "$CONVERT" >/dev/null || { echo "error: $CONVERT not found (install imagemagick)" >&2; exit 1; }
command -v "$EXIFTOOL" >/dev/null || { echo "error: exiftool not found (libimage-exiftool-perl)" >&2; exit 1; }

# Random noise with more than one thread depends on scheduling; one thread keeps output stable.
export MAGICK_THREAD_LIMIT=1
export OMP_NUM_THREADS=1

mkdir -p "$OUT/harbour-crane_files"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

CRANE="$OUT/ncna-harbour-crane.jpg"
ANCHORAGE="$OUT/harbour-crane_files/elvhaven-anchorage.jpg"

# ---------------------------------------------------------------------------------------------
# 1. ncna-harbour-crane.jpg, 1600x1067: quay at Berth 7, red crane, flag, two people, watermark.
# ---------------------------------------------------------------------------------------------
RED='#c0392b'
RED_DARK='#8b2219'

"$CONVERT" -size 1600x1067 xc:'#8c8b84' \
    \( -size 1600x470 gradient:'#6f9cc8-#dce6ec' \) -geometry +0+0 -composite \
    \( -size 1600x300 gradient:'#6b8c99-#2c4a58' \) -geometry +0+470 -composite \
    \( -size 1600x310 gradient:'#9a9890-#6a6964' \) -geometry +0+757 -composite \
    -stroke none \
    -fill '#8fa3ad' -draw "polygon 0,470 0,438 90,425 210,432 330,418 460,430 560,446 640,470" \
    -fill '#7d929c' -draw "polygon 0,470 0,452 120,446 260,455 380,462 420,470" \
    -fill 'rgba(255,255,255,0.25)' \
        -draw "rectangle 40,520 160,522" -draw "rectangle 300,560 470,562" \
        -draw "rectangle 560,610 700,612" -draw "rectangle 120,650 330,653" \
        -draw "rectangle 820,540 940,542" -draw "rectangle 20,700 180,703" \
        -draw "rectangle 640,690 820,693" -draw "rectangle 450,505 540,507" \
    -fill '#4f4e4a' -draw "rectangle 0,750 1600,768" \
    -fill '#e0b52c' -draw "rectangle 0,792 1600,798" \
    -fill '#3d3c39' -draw "rectangle 0,820 1600,824" -draw "rectangle 0,846 1600,850" \
    -fill '#2e2e2c' -draw "roundrectangle 250,735 274,758 5,5" -draw "roundrectangle 1560,735 1584,758 5,5" \
    `# container crane: two portal frames, boom over the water, A-frame, cabin, stays` \
    -fill "$RED_DARK" \
        -draw "rectangle 1050,330 1068,822" -draw "rectangle 1300,330 1318,822" \
    -fill "$RED" \
        -draw "rectangle 1020,320 1042,836" -draw "rectangle 1270,320 1292,836" \
        -draw "rectangle 1020,560 1292,578" -draw "rectangle 1020,320 1292,344" \
        -draw "polygon 1030,578 1048,578 1282,820 1264,820" \
        -draw "polygon 1264,578 1282,578 1048,820 1030,820" \
        -draw "rectangle 560,296 1560,322" \
        -draw "polygon 1120,296 1140,296 1180,130 1166,130" \
        -draw "polygon 1206,296 1226,296 1186,130 1172,130" \
    -stroke "$RED" -strokewidth 5 -fill none \
        -draw "line 1176,134 572,300" -draw "line 1176,134 1550,300" \
        -draw "line 1176,134 880,298" \
    -stroke none -fill '#ecebe6' -draw "rectangle 930,322 1000,374" \
    -fill '#3c5566' -draw "rectangle 940,332 990,352" \
    -fill '#2a2a2a' -draw "rectangle 700,322 740,334" -draw "line 720,334 720,470" \
    -fill '#d9d7cf' -draw "rectangle 1000,828 1312,836" \
    `# stacked containers` \
    -fill '#2b5d8a' -draw "rectangle 1340,640 1600,700" \
    -fill '#b5651d' -draw "rectangle 1340,700 1600,760" \
    -fill '#3f7d4e' -draw "rectangle 1400,580 1600,640" \
    -fill '#7a2d2d' -draw "rectangle 1340,760 1600,818" \
    -stroke 'rgba(0,0,0,0.25)' -strokewidth 2 \
        -draw "line 1360,640 1360,818" -draw "line 1380,580 1380,818" -draw "line 1400,580 1400,818" \
        -draw "line 1420,580 1420,818" -draw "line 1440,580 1440,818" -draw "line 1460,580 1460,818" \
        -draw "line 1480,580 1480,818" -draw "line 1500,580 1500,818" -draw "line 1520,580 1520,818" \
        -draw "line 1540,580 1540,818" -draw "line 1560,580 1560,818" -draw "line 1580,580 1580,818" \
    -stroke none \
    `# flag on a pole: navy with a white anchor (the port authority's insignia)` \
    -fill '#d8d8d8' -draw "rectangle 414,300 422,860" -draw "circle 418,296 418,288" \
    -fill '#1f3f7a' -draw "path 'M 422,312 C 480,298 540,326 610,310 L 610,446 C 540,462 480,434 422,448 Z'" \
    -stroke white -strokewidth 7 -fill none \
        -draw "circle 516,340 516,350" \
        -draw "line 516,350 516,426" -draw "line 494,364 538,364" \
        -draw "path 'M 484,404 Q 490,432 516,430 Q 542,432 548,404'" \
    -stroke none -fill white \
        -draw "polygon 476,410 492,410 484,396" -draw "polygon 540,410 556,410 548,396" \
    `# BERTH 7 sign on two posts` \
    -fill '#4a4a4a' -draw "rectangle 112,690 120,880" -draw "rectangle 282,690 290,880" \
    -fill '#f2f2ee' -stroke '#1d1d1d' -strokewidth 4 -draw "rectangle 88,640 314,712" \
    -stroke none -fill '#1d1d1d' -font "$FONT" -pointsize 40 -annotate +104+692 'BERTH 7' \
    `# left: harbour director in a light coat and white hard hat` \
    -fill '#2f3033' -draw "rectangle 577,890 597,1000" -draw "rectangle 603,890 623,1000" \
    -fill '#1a1a1a' -draw "roundrectangle 570,994 599,1008 5,5" -draw "roundrectangle 601,994 630,1008 5,5" \
    -fill '#b79a6b' -draw "polygon 562,742 638,742 652,900 548,900" \
    -draw "polygon 562,746 548,752 536,870 552,872" -draw "polygon 638,746 652,752 664,870 648,872" \
    -fill '#d8ad8a' -draw "circle 600,712 600,738" -draw "rectangle 592,734 608,746" \
        -draw "circle 544,876 544,884" -draw "circle 656,876 656,884" \
    -fill '#f4f4f0' -draw "path 'M 572,706 Q 574,680 600,678 Q 626,680 628,706 Z'" \
        -draw "rectangle 566,702 634,708" \
    -fill '#ff8c1a' -draw "polygon 582,748 596,748 596,820 582,820" -draw "polygon 604,748 618,748 618,820 604,820" \
    `# center: the premier in a long dark coat` \
    -fill '#23252a' -draw "rectangle 774,930 796,1022" -draw "rectangle 804,930 826,1022" \
    -fill '#0d0d0d' -draw "roundrectangle 766,1016 798,1032 6,6" -draw "roundrectangle 802,1016 834,1032 6,6" \
    -fill '#1b1e24' -draw "polygon 756,726 844,726 866,936 734,936" \
    -draw "polygon 756,730 738,738 724,900 744,902" -draw "polygon 844,730 862,738 876,900 856,902" \
    -fill '#e9e9e9' -draw "polygon 788,726 812,726 800,760" \
    -fill '#5a1a1a' -draw "polygon 796,732 804,732 806,790 800,800 794,790" \
    -fill '#d6a884' -draw "circle 800,692 800,722" -draw "rectangle 791,716 809,730" \
        -draw "circle 734,906 734,915" -draw "circle 866,906 866,915" \
    -fill '#2a2623' -draw "path 'M 770,690 Q 770,660 800,660 Q 830,660 830,690 Q 814,674 800,676 Q 786,674 770,690 Z'" \
    `# agency watermark` \
    -fill 'rgba(255,255,255,0.70)' -font "$FONT" -pointsize 30 -gravity southeast -annotate +24+18 'NCNA' \
    -gravity northwest \
    -blur 0x0.7 -seed 1302 -attenuate 0.25 +noise Gaussian \
    -strip -units PixelsPerInch -density 72 -sampling-factor 2x2 -quality 85 "$WORK/crane.jpg"

# ---------------------------------------------------------------------------------------------
# 2. elvhaven-anchorage.jpg, 1200x800: cargo ships at anchor outside the port.
# ---------------------------------------------------------------------------------------------
# ship X Y SCALE HULL: ImageMagick arguments, one per line, for a container ship whose waterline
# starts at (X,Y); SCALE 1 is 300 px long.
ship() {
    awk -v x="$1" -v y="$2" -v s="$3" -v hull="$4" '
    function p(a, b) { return int(x + a * s) "," int(y + b * s) }
    function draw(fill, what) { print "-fill"; print fill; print "-draw"; print what }
    BEGIN {
        draw(hull, "polygon " p(0,0) " " p(300,0) " " p(318,-34) " " p(-6,-34) " " p(-10,-20))
        draw("#7a2020", "polygon " p(0,0) " " p(300,0) " " p(303,-8) " " p(-2,-8))
        draw("#f0f0ea", "rectangle " p(12,-92) " " p(48,-34))
        draw("#2f3c46", "rectangle " p(14,-88) " " p(46,-82))
        draw("#202020", "rectangle " p(30,-106) " " p(40,-92))
        split("#2b5d8a #b5651d #3f7d4e #8a2d2d #c9a227 #5b6f7f", c, " ")
        for (i = 0; i < 10; ++i)
            for (j = 0; j < 2; ++j)
                draw(c[(i * 3 + j * 5) % 6 + 1],
                     "rectangle " p(58 + i * 23, -34 - (j + 1) * 14) " " p(78 + i * 23, -35 - j * 14))
    }'
}

# Far ships first so that nearer ones overlap them.
SHIPS=()
while IFS= read -r arg; do SHIPS+=("$arg"); done < <(
    ship 330 424 0.26 '#4b5157'; ship 860 430 0.32 '#2a3138'; ship 620 468 0.55 '#3a3f44'
    ship 140 520 0.95 '#1d2327'; ship 760 650 1.2 '#23292e')

"$CONVERT" -size 1200x800 xc:'#3b5a68' \
    \( -size 1200x400 gradient:'#7aa3c6-#e3e8e6' \) -geometry +0+0 -composite \
    \( -size 1200x400 gradient:'#6a8794-#28434f' \) -geometry +0+400 -composite \
    -stroke none \
    -fill '#93a6ae' -draw "polygon 0,400 0,360 70,350 150,356 240,340 330,352 420,372 520,392 560,400" \
    -fill '#80949c' -draw "polygon 760,400 860,386 980,378 1080,384 1200,376 1200,400" \
    -fill 'rgba(255,255,255,0.22)' \
        -draw 'rectangle 60,440 200,441' -draw 'rectangle 420,470 560,471' -draw 'rectangle 900,500 1080,502' \
        -draw 'rectangle 120,600 320,603' -draw 'rectangle 520,560 700,562' -draw 'rectangle 300,720 520,724' \
        -draw 'rectangle 960,600 1150,603' -draw 'rectangle 40,760 210,764' -draw 'rectangle 600,430 690,431' \
    "${SHIPS[@]}" \
    -fill 'rgba(255,255,255,0.35)' -draw 'rectangle 140,522 430,524' -draw 'rectangle 760,653 1120,656' \
    -blur 0x0.7 -seed 812 -attenuate 0.35 +noise Gaussian \
    -strip -units PixelsPerInch -density 72 -sampling-factor 2x2 -quality 85 "$WORK/anchorage.jpg"

# ---------------------------------------------------------------------------------------------
# 3. 1004-ferry-talks.jpg, 1200x800, for ferry-talks.txt (the copied-from-the-web sample): two
#    envoys at a table under two flags. A ministry handout as saved from a news site: no metadata.
# ---------------------------------------------------------------------------------------------
"$CONVERT" -size 1200x800 xc:'#c9c2b4' \
    \( -size 1200x520 gradient:'#ddd6c8-#bdb4a3' \) -geometry +0+0 -composite \
    -stroke none \
    -fill '#8a6d4b' -draw "rectangle 0,520 1200,800" \
    -fill '#a8875f' -draw "rectangle 0,520 1200,530" \
    `# curtains and a window` \
    -fill '#e8eef2' -draw "rectangle 470,90 730,360" \
    -fill '#9fb8c8' -draw "rectangle 482,102 718,348" \
    -fill '#7a2030' -draw "rectangle 420,70 480,400" -draw "rectangle 720,70 780,400" \
    `# two flags on stands: blue-white (Ardel), green with a yellow bar (Northern Coast)` \
    -fill '#bdbdbd' -draw "rectangle 256,170 262,520" -draw "rectangle 938,170 944,520" \
    -fill '#1f4e9a' -draw "rectangle 262,180 372,240" -fill '#ffffff' -draw "rectangle 262,240 372,300" \
    -fill '#2e7d4f' -draw "rectangle 828,180 938,300" -fill '#e3c02a' -draw "rectangle 828,226 938,254" \
    `# left: the minister, dark blue suit; right: the envoy, grey suit` \
    -fill '#1c2a44' -draw "polygon 300,330 460,330 480,500 280,500" \
    -fill '#d3a27f' -draw "circle 380,280 380,318" \
    -fill '#3a2a22' -draw "path 'M 342,276 Q 344,236 380,234 Q 416,236 418,276 Q 400,256 380,258 Q 360,256 342,276 Z'" \
    -fill '#5d6266' -draw "polygon 740,330 900,330 920,500 720,500" \
    -fill '#c89674' -draw "circle 820,280 820,318" \
    -fill '#9a9a9a' -draw "path 'M 782,272 Q 786,238 820,236 Q 854,238 858,272 Q 840,254 820,256 Q 800,254 782,272 Z'" \
    -fill '#f4f4f4' -draw "polygon 368,330 392,330 380,372" -draw "polygon 808,330 832,330 820,372" \
    `# table with a cloth and two name cards` \
    -fill '#f1efe9' -draw "rectangle 180,500 1020,560" \
    -fill '#d9d5cb' -draw "rectangle 180,560 1020,620" \
    -fill '#ffffff' -draw "polygon 330,470 430,470 440,500 320,500" -draw "polygon 770,470 870,470 880,500 760,500" \
    -fill '#333333' -font "$FONT" -pointsize 16 -annotate +348+492 'VARGA' -annotate +792+492 'TAMM' \
    -blur 0x0.6 -seed 1004 -attenuate 0.2 +noise Gaussian \
    -strip -sampling-factor 2x2 -quality 82 "$WORK/ferry-talks.jpg"

# ---------------------------------------------------------------------------------------------
# Metadata. IPTC IIM is written as UTF-8 (CodedCharacterSet ESC % G) so "©" survives.
# ---------------------------------------------------------------------------------------------
CAPTION_CRANE='Premier Tal Orsen, center, and harbour director Vera Lind, left, inspect a new container crane at the Port of Elvhaven in this picture released by the Northern Coast News Agency (NCNA) on Aug. 13.'
CAPTION_ANCHORAGE='Cargo ships wait outside the Port of Elvhaven on Aug. 12, 2025.'
DIGITAL_CAPTURE='http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture'

# tag WHEN CREATOR CREDIT SOURCE CAPTION HEADLINE RIGHTS MAKE MODEL FILE
tag() {
    local when=$1 creator=$2 credit=$3 source=$4 caption=$5 headline=$6 rights=$7 make=$8 model=$9 file=${10}
    local day=${when%% *}
    local isodate="${day//:/-}T${when##* }"
    "$EXIFTOOL" -q -overwrite_original -m \
        -charset iptc=UTF8 -IPTC:CodedCharacterSet=UTF8 \
        -EXIF:Make="$make" -EXIF:Model="$model" \
        -EXIF:DateTimeOriginal="$when" -EXIF:CreateDate="$when" \
        -EXIF:Artist="$creator" -EXIF:Copyright="$rights" \
        -EXIF:Software='Provena sample generator 1.0' \
        -EXIF:Orientation#=1 -EXIF:ImageDescription="$caption" \
        -EXIF:XResolution=72 -EXIF:YResolution=72 -EXIF:ResolutionUnit=inches \
        -IPTC:By-line="$creator" -IPTC:Credit="$credit" -IPTC:Source="$source" \
        -IPTC:Caption-Abstract="$caption" -IPTC:Headline="$headline" \
        -IPTC:DateCreated="$day" -IPTC:City=Elvhaven -IPTC:Country-PrimaryLocationName='Northern Coast' \
        -IPTC:CopyrightNotice="$rights" \
        -XMP-dc:Creator="$creator" -XMP-dc:Rights="$rights" -XMP-dc:Description="$caption" \
        -XMP-photoshop:Credit="$credit" -XMP-photoshop:Source="$source" \
        -XMP-photoshop:Headline="$headline" -XMP-photoshop:DateCreated="$isodate" \
        -XMP-photoshop:City=Elvhaven -XMP-photoshop:Country='Northern Coast' \
        -XMP-iptcExt:DigitalSourceType="$DIGITAL_CAPTURE" \
        "$file"
}

tag '2025:08:13 10:42:00' 'Ansel Korvik' 'NCNA' 'Northern Coast News Agency' "$CAPTION_CRANE" \
    'Premier inspects rebuilt harbour crane' '© 2025 Northern Coast News Agency' \
    'Kestrel Optics' 'KX-7' "$WORK/crane.jpg"
tag '2025:08:12 16:05:00' 'Provena Sample Desk' 'Provena Sample Desk' 'Provena Sample Desk' \
    "$CAPTION_ANCHORAGE" 'Ships at anchor off Elvhaven' '© 2025 Provena Sample Desk' \
    'Kestrel Optics' 'KX-5' "$WORK/anchorage.jpg"

mv "$WORK/crane.jpg" "$CRANE"
mv "$WORK/anchorage.jpg" "$ANCHORAGE"
mv "$WORK/ferry-talks.jpg" "$OUT/1004-ferry-talks.jpg"
ls -l "$CRANE" "$ANCHORAGE" "$OUT/1004-ferry-talks.jpg"
