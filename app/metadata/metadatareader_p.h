// SPDX-License-Identifier: MIT
// Private to app/metadata: MetadataReader's file and sidecar helpers, shared with the XMP region
// reader so that both read files and judge sidecars the same way.
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QString>

#include <exiv2/exiv2.hpp>

namespace provena::detail {

/** Exiv2's exception text with the last message it logged, for Error::detail. */
QString exiv2Detail(const char *what);

/**
 * The whole regular file `path`, at most FileAccess::kMaxImageBytes; `context` (translated in
 * the MetadataReader context: "metadata", "XMP sidecar") says what it was read for.
 */
Result<QByteArray> readWholeFile(const QString &path, const char *context);

/**
 * `bytes` decoded as an XMP sidecar (prefixes normalised); an Error naming `path` when they are
 * not valid XMP, or are some other XML (an HTML page saved by mistake).
 */
Result<Exiv2::XmpData> decodeSidecar(const QByteArray &bytes, const QString &path);

} // namespace provena::detail
