#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Third-party types stay inside their module (docs/architecture.md): fails on any violation.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
check() { # description, grep pattern, allowed path regex
  local hits
  hits=$(grep -rlE "$2" app | grep -vE "$3" || true)
  if [ -n "$hits" ]; then echo "layering: $1 outside its module:"; echo "$hits" | sed 's/^/  /'; fail=1; fi
}
check "OpenCV"      '#include\s*[<"]opencv2/' '^app/media/'
check "Exiv2"       '#include\s*[<"]exiv2/' '^app/metadata/'
check "libarchive"  '#include\s*[<"]archive(_entry)?\.h' '^app/bundle/'
check "Qt Widgets"  '#include\s*[<"](QtWidgets|QWidget|QMainWindow|QDialog|QGraphicsView|QApplication)' '^app/(ui|gui)/'
# Our own modules point down only: the session layer sits above formats/media/metadata.
check "session"     '#include\s*"session/' '^app/(session|ui|gui|cli|bundle)/'
check "ui"          '#include\s*"ui/' '^app/(ui|gui)/'
# Public headers of media/metadata/bundle must not even mention the library types.
pub=$(find app/media app/metadata app/bundle -name '*.h' ! -name '*_p.h' 2>/dev/null || true)
if [ -n "$pub" ] && grep -nE '\b(cv::|Exiv2::|archive_)' $pub; then
  echo "layering: third-party types in public headers (above)"; fail=1
fi
# Only ui/gui may link Qt6::Widgets.
if grep -rn 'Qt6::Widgets' app --include=CMakeLists.txt | grep -vE '^app/(ui|gui)/'; then
  echo "layering: Qt6::Widgets linked outside app/ui and app/gui"; fail=1
fi
[ "$fail" = 0 ] && echo "layering: ok"
exit "$fail"
