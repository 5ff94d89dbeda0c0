#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every build, test and run dependency of Provena from Debian 12 packages.
# This is the one place the package list lives. Idempotent: re-running installs nothing new.
set -euo pipefail

PACKAGES=(
  # toolchain
  cmake ninja-build g++ pkg-config ccache clang libclang-rt-14-dev
  # CI style checks: .ci/check-format.sh and .ci/check-tidy.sh
  clang-format-14 clang-tidy-14
  # Qt 6: Widgets, Gui, Network, Concurrent, Test (qt6-base-dev), Svg, Linguist tools
  qt6-base-dev qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-qpa-plugins
  # pixels, metadata, archives
  libopencv-dev opencv-data libexiv2-dev exiv2 libarchive-dev
  # JPEG decoded by libjpeg-turbo directly (app/media/jpegdecoder_p.h), as OpenCV does
  libjpeg62-turbo-dev
  # SHA-256 of photos, sidecars and bundle files (app/core/io/sha256.h)
  libssl-dev
  # WebP and TIFF headers (ImageDecoder::probe reads headers with QImageReader)
  qt6-image-formats-plugins
  # article parsing: Markdown, HTML, charset detection and decoding
  libmd4c-dev libgumbo-dev libuchardet-dev libicu-dev
  # JSON strictness: nlohmann-json's SAX events find duplicate keys before Qt parses (header-only)
  nlohmann-json3-dev
  # tests and benchmarks
  libbenchmark-dev libgtest-dev libimage-exiftool-perl python3
  # photos with faces for the face detector's tests (messi5.jpg, facereg.jpg); the project
  # ships only its own images, so tests read these at their install path
  opencv-doc
  # running the GUI headless, screenshots, sample image generation
  xvfb xauth xdotool imagemagick libjpeg-turbo-progs fonts-dejavu-core
  # bundles: reports opened in a real browser, the PDF report read back; Hangul in the GUI,
  # renderings and reports (Noto CJK; Cyrillic is in DejaVu, above; the .deb depends on both)
  chromium poppler-utils fonts-noto-cjk
  # sharing through git: provena-cli git-setup runs git, the merge tests use real git
  git
  # the Debian package (packaging/build-deb.sh): PNG icons from the SVG, man pages from --help,
  # dpkg-shlibdeps for its dependencies, validators for the desktop entry, metainfo and MIME
  # XML, a GIO MIME database to check the file types, lintian
  librsvg2-bin help2man dpkg-dev fakeroot desktop-file-utils appstream libxml2-utils
  shared-mime-info libglib2.0-bin man-db lintian
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
