#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package (CPack, in build/) and checks it: the desktop entry, metainfo and MIME
# types validate; the package holds the expected files and nothing outside /usr; provena-cli runs
# from the unpacked package; a file manager's MIME database (GIO) built from the package's files
# types a bundle and a sidecar and opens both with Provena; lintian reports no errors.
# Reuses build/ (packaging/build.sh builds it first when needed). See docs/packaging.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PROVENA_BUILD_DIR:-$root/build}"
bash "$root/packaging/install-deps.sh"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
if [ ! -f "$build/CMakeCache.txt" ]; then
    # shellcheck disable=SC2086
    cmake -S "$root" -B "$build" -G Ninja ${PROVENA_CMAKE_ARGS:-} >/dev/null
fi
# Only what the package holds: a no-op after packaging/build.sh.
cmake --build "$build" -j "$(nproc)" --target provena provena-cli provena_opencv_codecs \
    provena_packaging_files

fail() { echo "build-deb: $*" >&2; exit 1; }

echo "-- validating the desktop entry, metainfo and MIME types"
desktop-file-validate "$root/packaging/io.github.provena.Provena.desktop"
appstreamcli validate --no-net "$root/packaging/io.github.provena.Provena.metainfo.xml"
xmllint --noout "$root/packaging/provena-mime.xml"

echo "-- cpack -G DEB"
rm -f "$build"/provena_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/provena_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one provena_*.deb in $build"; fi
deb="${debs[0]}"
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Depends:/p;/Recommends:/p'
grep -q 'libqt6widgets6' <(dpkg-deb --field "$deb" Depends) || fail "Depends lacks the Qt libraries (dpkg-shlibdeps)"

echo "-- contents"
contents="$(dpkg-deb --contents "$deb" | awk '{print $NF}')"
expected=(
    ./usr/bin/provena
    ./usr/bin/provena-cli
    ./usr/share/applications/io.github.provena.Provena.desktop
    ./usr/share/metainfo/io.github.provena.Provena.metainfo.xml
    ./usr/share/mime/packages/provena.xml
    ./usr/share/icons/hicolor/scalable/apps/io.github.provena.Provena.svg
    ./usr/share/man/man1/provena.1.gz
    ./usr/share/man/man1/provena-cli.1.gz
    ./usr/share/doc/provena/copyright
    ./usr/share/doc/provena/changelog.gz
    ./usr/share/provena/samples/harbour-crane.md
)
for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/io.github.provena.Provena.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$contents" || fail "the package lacks $f"
done
# OpenCV's codecs as a module, in lib/<multiarch>/provena.
grep -qE '^\./usr/lib/([a-z0-9_-]+/)?provena/provena-opencv-codecs\.so$' <<<"$contents" \
    || fail "the package lacks provena-opencv-codecs.so under /usr/lib"
outside="$(grep -v -e '^\./$' -e '^\./usr/' <<<"$contents" || true)"
[ -z "$outside" ] || fail "files outside /usr: $outside"
echo "all ${#expected[@]} expected files, nothing outside /usr"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
pkgroot="$scratch/package"
dpkg-deb -x "$deb" "$pkgroot"

echo "-- the programs, man pages and metainfo from the unpacked package"
version="$("$pkgroot/usr/bin/provena-cli" --version)"
echo "$version"
expected_version="$(dpkg-deb --field "$deb" Version)"
# The first line names the program and version; the next ones the libraries loaded.
[ "$(head -n1 <<<"$version")" = "provena-cli $expected_version" ] \
    || fail "provena-cli --version printed '$version'"
grep -q '^Exiv2 ' <<<"$version" || fail "provena-cli --version does not list Exiv2: '$version'"
gui_version="$(QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch" "$pkgroot/usr/bin/provena" --version)"
echo "$gui_version"
[ "$(head -n1 <<<"$gui_version")" = "Provena $expected_version" ] \
    || fail "provena --version printed '$gui_version'"
# The installed metainfo with the desktop entry it launches, as software centres read them.
appstreamcli validate-tree --no-net "$pkgroot"
# The packaged man pages render without warnings and name every subcommand.
for page in provena provena-cli; do
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$pkgroot/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)"
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$pkgroot/usr/share/man/man1/provena-cli.1.gz" 2>/dev/null \
    | grep '^   git-setup$' >/dev/null || fail "the provena-cli man page lacks the git-setup subcommand"

echo "-- file types: the package's MIME XML and desktop entry in a GIO database"
# As installed: one database from the system's definitions and the package's (dpkg's triggers
# run update-mime-database and update-desktop-database on the real system).
mkdir -p "$scratch/xdg/mime/packages" "$scratch/xdg/applications"
# The system's definitions live beside the tool that compiles them (share/mime of its prefix).
system_mime="$(dirname "$(command -v update-mime-database)")/../share/mime/packages"
cp "$system_mime"/*.xml "$pkgroot/usr/share/mime/packages/provena.xml" "$scratch/xdg/mime/packages/"
# (It prints a note that the folder is not in the search path; it is, through XDG_DATA_DIRS.)
update-mime-database "$scratch/xdg/mime" 2>/dev/null || fail "update-mime-database failed"
cp "$pkgroot/usr/share/applications/io.github.provena.Provena.desktop" "$scratch/xdg/applications/"
update-desktop-database "$scratch/xdg/applications"
cp -r "$pkgroot/usr/share/provena/samples" "$scratch/articles"
XDG_RUNTIME_DIR="$scratch" "$pkgroot/usr/bin/provena-cli" export "$scratch/articles/harbour-crane.md" \
    -o "$scratch/articles/crane.zip" --no-pdf --no-render >/dev/null
# A PNG needs OpenCV's codecs, a module loaded on first use: the package's own, beside its bin/.
convert -size 64x48 xc:'#3060c0' "$scratch/articles/blue.png"
codecs_log="$(QT_LOGGING_RULES="provena.media.debug=true" XDG_RUNTIME_DIR="$scratch" \
    "$pkgroot/usr/bin/provena-cli" match "$scratch/articles/blue.png" "$scratch/articles/blue.png" 2>&1 >/dev/null || true)"
grep -qF "image codecs loaded from \"$pkgroot/usr/lib/" <<<"$codecs_log" \
    || fail "provena-cli did not load the package's codec module: $codecs_log"
echo "provena-cli loaded the package's provena-opencv-codecs.so"
echo '{}' >"$scratch/articles/harbour-crane.md.provena.jsonld"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w"); z.writestr("a/b.txt", "x")' \
    "$scratch/articles/plain.zip"
type_of() {
    XDG_DATA_HOME="$scratch/none" XDG_DATA_DIRS="$scratch/xdg" gio info -a standard::content-type "$1" \
        | sed -n 's/.*standard::content-type: //p'
}
check_type() {
    local got
    got="$(type_of "$1")"
    [ "$got" = "$2" ] || fail "$(basename "$1") is typed $got, expected $2"
    echo "$(basename "$1"): $got"
}
check_type "$scratch/articles/crane.zip" application/x-provena-bundle
check_type "$scratch/articles/harbour-crane.md.provena.jsonld" application/x-provena-sidecar
check_type "$scratch/articles/plain.zip" application/zip
# GIO lists the entry only when its TryExec (provena) is on PATH: the package's.
for type in application/x-provena-bundle application/x-provena-sidecar; do
    PATH="$pkgroot/usr/bin:$PATH" XDG_DATA_HOME="$scratch/none" XDG_DATA_DIRS="$scratch/xdg" \
        XDG_CONFIG_HOME="$scratch/none" XDG_CONFIG_DIRS="$scratch/none" gio mime "$type" \
        | grep '^Default application .*: io.github.provena.Provena.desktop$' >/dev/null \
        || fail "$type does not open with io.github.provena.Provena.desktop"
    echo "$type opens with io.github.provena.Provena.desktop"
done

echo "-- lintian"
# Errors fail; warnings and infos are printed (and so is lintian's note on running as root).
lintian_rc=0
lintian --fail-on error --display-info "$deb" || lintian_rc=$?
[ "$lintian_rc" -eq 0 ] || fail "lintian reports errors (exit $lintian_rc)"
echo "build-deb: $deb checked"
