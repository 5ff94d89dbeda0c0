// SPDX-License-Identifier: MIT
// Private to app/metadata: shared by every class that calls Exiv2 (the reader now, the XMP
// sidecar writer later).
#pragma once

#include <QString>

#include <exiv2/exiv2.hpp>

namespace provena::detail {

/**
 * Initialises Exiv2 exactly once (std::call_once): XmpParser::initialize() with a mutex-based
 * lock, because the bundled XMP toolkit is not thread-safe; and Exiv2's log routed to the
 * "provena.metadata" logging category instead of stderr. Call before any Exiv2 use.
 */
void ensureExiv2Initialised();

/**
 * The last warning or error Exiv2 logged on this thread, then clears it. Exiv2 reports some
 * failures (for example "XMP Toolkit error 201") only through its log, not as an exception or a
 * return value; this makes that text available for Error::detail.
 */
QString takeLastExiv2Message();

/**
 * Exiv2 0.27 reports nested XMP keys with the prefix the file used: exiftool writes
 * "Iptc4xmpExt", Exiv2 itself "iptcExt". Writing such data back makes Exiv2 emit both
 * prefixes and an invalid packet, and key lookups would need both spellings; so rename
 * "/Iptc4xmpExt:" to "/iptcExt:" in every key after reading.
 */
Exiv2::XmpData normaliseXmpPrefixes(const Exiv2::XmpData &xmp);

} // namespace provena::detail
