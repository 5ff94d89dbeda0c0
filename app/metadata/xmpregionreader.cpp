// SPDX-License-Identifier: MIT
// Placeholder until the reader lands (issue 11, part B2): every call says so.
#include "metadata/xmpregionreader.h"

namespace provena {

Result<ShapeImport> XmpRegionReader::read(const QString &imagePath)
{
    return Error {tr("Reading regions from XMP is not built yet."), {}, imagePath};
}

Result<ShapeImport> XmpRegionReader::readPacket(const QByteArray &, const QSize &, int,
                                                const QString &nameForMessages)
{
    return Error {tr("Reading regions from XMP is not built yet."), {}, nameForMessages};
}

} // namespace provena
