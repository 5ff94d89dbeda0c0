// SPDX-License-Identifier: MIT
// Placeholder until the writer lands (issue 11, part A): every call says so.
#include "metadata/xmpsidecar.h"

#include <QFileInfo>

namespace provena {

QString XmpSidecarWriter::sidecarPathFor(const QString &imagePath, XmpSidecarNaming naming)
{
    if (naming == XmpSidecarNaming::ReplaceExtension) {
        const QFileInfo info(imagePath);
        return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".xmp");
    }
    return imagePath + QStringLiteral(".xmp");
}

Result<XmpWriteReport> XmpSidecarWriter::write(const QString &imagePath, const XmpSidecarContent &,
                                               XmpSidecarNaming naming)
{
    return Error {
        tr("Writing XMP sidecars is not built yet."), {}, sidecarPathFor(imagePath, naming)};
}

Result<QByteArray> XmpSidecarWriter::render(const QByteArray &, const XmpSidecarContent &,
                                            XmpWriteReport *)
{
    return Error {tr("Writing XMP sidecars is not built yet."), {}, {}};
}

} // namespace provena
