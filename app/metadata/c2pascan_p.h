// SPDX-License-Identifier: MIT
// Private to app/metadata.
#pragma once

#include <QByteArray>
#include <QString>

namespace provena::detail {

/** Where a C2PA manifest store was found, if anywhere. */
struct C2paMarker
{
    bool found = false;
    QString where; ///< "JPEG APP11 segment at byte 2", "PNG caBX chunk at byte 33"
};

/**
 * Looks for a C2PA manifest store without parsing it: a JPEG APP11 segment whose payload is a
 * JUMBF box ("JP" common identifier, a "jumb" superbox) labelled "c2pa", or a PNG "caBX" chunk.
 * Walks the segment or chunk headers only, up to the JPEG scan or PNG IEND, so the cost is
 * bounded by the number of headers, never by the file size. Other formats: not found.
 */
C2paMarker findC2paManifest(const QByteArray &bytes);

} // namespace provena::detail
