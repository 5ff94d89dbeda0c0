// SPDX-License-Identifier: MIT
// Private to app/metadata: shared by every class that calls Exiv2 (the reader now, the XMP
// sidecar writer later).
#pragma once

#include <QString>
#include <QStringList>

#include <exiv2/exiv2.hpp>

#include <mutex>

namespace provena::detail {

/**
 * Initialises Exiv2 exactly once (std::call_once): XmpParser::initialize() with a mutex-based
 * lock, because the bundled XMP toolkit is not thread-safe; and Exiv2's log routed to the
 * "provena.metadata" logging category instead of stderr. Call before any Exiv2 use.
 */
void ensureExiv2Initialised();

/**
 * Initialises Exiv2 (ensureExiv2Initialised) and holds, while the returned lock lives, the one
 * lock every Exiv2 metadata read or write in Provena takes: Exiv2 keeps its XMP namespaces in
 * process-wide tables that decoding a packet changes (it registers the prefixes it meets) and
 * encoding reads, so a sidecar encoded while another thread decodes can fail with "XMP Toolkit
 * error 102: Unknown namespace prefix" (seen in a parallel bundle export). Recursive: an entry
 * point may call another.
 */
std::unique_lock<std::recursive_mutex> lockExiv2();

/**
 * The last warning or error Exiv2 logged on this thread, then clears it. Exiv2 reports some
 * failures (for example "XMP Toolkit error 201") only through its log, not as an exception or a
 * return value; this makes that text available for Error::detail.
 */
QString takeLastExiv2Message();

/**
 * While it lives, every warning and error Exiv2 logs on this thread is also appended to
 * `messages` (at most kMaxMessages, repeats dropped): Exiv2 reports much of what it skips in
 * damaged metadata ("Directory Photo with 8224 entries considered invalid; not read") only
 * through its log. Not nestable: the innermost collector wins.
 */
class Exiv2MessageCollector
{
public:
    static constexpr int kMaxMessages = 32;

    explicit Exiv2MessageCollector(QStringList &messages);
    ~Exiv2MessageCollector();
    Exiv2MessageCollector(const Exiv2MessageCollector &) = delete;
    Exiv2MessageCollector &operator=(const Exiv2MessageCollector &) = delete;

private:
    QStringList *mPrevious;
};

/**
 * Exiv2 0.27 reports nested XMP keys with the prefix the file used: exiftool writes
 * "Iptc4xmpExt", Exiv2 itself "iptcExt". Writing such data back makes Exiv2 emit both
 * prefixes and an invalid packet, and key lookups would need both spellings; so rename
 * "/Iptc4xmpExt:" to "/iptcExt:" in every key after reading.
 */
Exiv2::XmpData normaliseXmpPrefixes(const Exiv2::XmpData &xmp);

} // namespace provena::detail
