// SPDX-License-Identifier: MIT
#include "bundle/bundleforensics_p.h"

#include "bundle/bundleexporter.h"
#include "bundle/regionrenderer_p.h"
#include "media/imagedecoder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>

namespace provena::detail {

QByteArray encodePng(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage bare = deterministicEncodingInput(
        image, image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("png"));
    if (!writer.write(bare))
        return {};
    return bytes;
}

Result<QList<ForensicViewFile>> renderForensicViews(const QString &imagePath,
                                                    const QList<ForensicView::Kind> &kinds,
                                                    const std::atomic_bool *cancelled)
{
    const QString name = QFileInfo(imagePath).fileName();
    const Result<QImage> photo = ImageDecoder::decode(imagePath);
    if (!photo)
        return photo.error();
    const CancelCheck cancel = [cancelled] {
        return cancelled && cancelled->load();
    };
    QList<ForensicViewFile> out;
    for (const ForensicView::Kind kind : kinds) {
        ForensicView::Parameters parameters;
        parameters.kind = kind;
        const Result<ForensicView::Output> view
            = ForensicView::compute(photo.value(), parameters, cancel);
        if (!view)
            return view.error();
        ForensicViewFile file;
        file.kind = kind;
        file.png = encodePng(ForensicView::exportImage(view.value(), kind, photo.value()));
        if (file.png.isEmpty()) {
            return Error {BundleExporter::tr("Could not encode the %1 view of “%2” as PNG.")
                              .arg(ForensicView::title(kind), name),
                          {},
                          imagePath};
        }
        out.append(file);
    }
    return out;
}

} // namespace provena::detail
