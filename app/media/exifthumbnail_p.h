// SPDX-License-Identifier: MIT
// Private to app/media.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace provena::detail {

/** How much of a file exifThumbnailBytes() needs at most: APP1 is limited to 64 KiB. */
constexpr qsizetype kExifThumbnailScanBytes = 256 * 1024;

/**
 * The JPEG thumbnail a camera embeds in a JPEG's EXIF data (APP1 "Exif", IFD1's
 * JPEGInterchangeFormat and JPEGInterchangeFormatLength), as bytes; empty when `head` (the start
 * of the file) has none, or when its offsets point outside the APP1 segment. Reads the marker
 * structure up to the first scan only; never trusts a length without a bounds check.
 */
QByteArray exifThumbnailBytes(QByteArrayView head);

} // namespace provena::detail
