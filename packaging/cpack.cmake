# SPDX-License-Identifier: MIT
# CPack: the Debian package (packaging/build-deb.sh builds and checks it; docs/packaging.md).
# Included from the top-level CMakeLists.txt after every install rule.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME provena)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "Provena maintainers <maintainers@users.noreply.r-seed-37efae11.example>"
    CACHE STRING "The .deb's Maintainer field")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "annotate news photos and their provenance")
set(CPACK_PACKAGE_DESCRIPTION
    "Provena is a desktop tool for analysts - journalists, OSINT researchers,
think-tank staff - who study news articles and the photos inside them. It
shows an article beside its images, lets the analyst draw regions on the
images, label them and link them to the text, and keeps a provenance record
for each photo: claims with their evidence, the chain of custody, a
verification assessment and a verdict.

Annotations are kept beside the article as W3C Web Annotation JSON-LD and as
XMP sidecars; bundles (BagIt bags in a zip with a report) hand the work on.
provena-cli does the same work without a display.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/provena/provena)
# Shared-library dependencies come from dpkg-shlibdeps; what is loaded at run time without being
# linked is named here: the fonts Provena's languages need in the GUI, renderings and reports
# (DejaVu: Latin, Cyrillic; Noto CJK: Hangul, without which Korean is drawn as boxes), the Haar
# cascades for face suggestions, WebP and TIFF images, git for git-setup.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "opencv-data, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "git")
# Stripped binaries, as Debian ships them (the build keeps its debug information).
set(CPACK_STRIP_FILES ON)
# Control files with the permissions Debian requires (0644 for md5sums; lintian).
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
