// SPDX-License-Identifier: MIT
// Private to app/metadata.
#pragma once

#include <QString>

namespace provena::detail {

/**
 * The editor that `softwareText` (an EXIF Software, xmp:CreatorTool or history softwareAgent
 * value) names, spelled as the list in editingsoftware.cpp spells it ("Adobe Photoshop",
 * "GIMP"); empty when it names none. Camera firmware and plain converters are not editors.
 */
QString editorNamedIn(const QString &softwareText);

} // namespace provena::detail
