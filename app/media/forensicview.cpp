// SPDX-License-Identifier: MIT
#include "media/forensicview.h"

namespace provena {

Result<ForensicView::Output>
ForensicView::compute(const QImage &image, const Parameters &parameters, const CancelCheck &cancel)
{
    Output output;
    switch (parameters.kind) {
    case Kind::ErrorLevel: {
        output.amplification = parameters.amplification > 0
            ? parameters.amplification
            : ImageForensics::kDefaultElaAmplification;
        Result<QImage> view
            = ImageForensics::errorLevel(image, parameters.quality, output.amplification, cancel);
        if (!view)
            return view.error();
        output.image = std::move(view).value();
        return output;
    }
    case Kind::NoiseResidual: {
        output.amplification = parameters.amplification > 0
            ? parameters.amplification
            : ImageForensics::kDefaultNoiseAmplification;
        Result<QImage> view = ImageForensics::noiseResidual(image, output.amplification, cancel);
        if (!view)
            return view.error();
        output.image = std::move(view).value();
        return output;
    }
    case Kind::LuminanceGradient: {
        Result<QImage> view = ImageForensics::luminanceGradient(image, cancel);
        if (!view)
            return view.error();
        output.image = std::move(view).value();
        return output;
    }
    case Kind::CopyMove: {
        Result<QList<CopyMoveMatch>> matches
            = CopyMoveDetector::detect(image, CopyMoveDetector::Options {}, cancel);
        if (!matches)
            return matches.error();
        output.matches = std::move(matches).value();
        QImage transparent(image.size(), QImage::Format_ARGB32_Premultiplied);
        transparent.fill(Qt::transparent);
        output.image = CopyMoveDetector::drawMatches(transparent, output.matches);
        return output;
    }
    }
    return Error {tr("Unknown forensic view."), {}, {}};
}

QImage ForensicView::exportImage(const Output &output, Kind kind, const QImage &photo)
{
    if (kind == Kind::CopyMove)
        return CopyMoveDetector::drawMatches(photo, output.matches);
    return output.image;
}

QString ForensicView::id(Kind kind)
{
    switch (kind) {
    case Kind::ErrorLevel:
        return QStringLiteral("ela");
    case Kind::NoiseResidual:
        return QStringLiteral("noise");
    case Kind::LuminanceGradient:
        return QStringLiteral("gradient");
    case Kind::CopyMove:
        return QStringLiteral("copymove");
    }
    return {};
}

std::optional<ForensicView::Kind> ForensicView::fromId(const QString &id)
{
    for (const Kind kind : allKinds())
        if (ForensicView::id(kind) == id)
            return kind;
    return std::nullopt;
}

QList<ForensicView::Kind> ForensicView::allKinds()
{
    return {Kind::ErrorLevel, Kind::NoiseResidual, Kind::LuminanceGradient, Kind::CopyMove};
}

QString ForensicView::title(Kind kind)
{
    switch (kind) {
    case Kind::ErrorLevel:
        return tr("Error level analysis");
    case Kind::NoiseResidual:
        return tr("Noise residual");
    case Kind::LuminanceGradient:
        return tr("Luminance gradient");
    case Kind::CopyMove:
        return tr("Copy-move (clones)");
    }
    return {};
}

QString ForensicView::explanation(Kind kind)
{
    switch (kind) {
    case Kind::ErrorLevel:
        return tr("Bright areas changed more when the photo was saved again as JPEG; an area "
                  "brighter or darker than similar surroundings may have another history. Edges "
                  "and fine texture are always bright.");
    case Kind::NoiseResidual:
        return tr("The fine noise left after a median filter; an area with a different noise "
                  "texture may come from another camera or have been retouched.");
    case Kind::LuminanceGradient:
        return tr("Edge strength of the brightness; pasted objects can have edges sharper or "
                  "softer than the rest of the photo.");
    case Kind::CopyMove:
        return tr("Pairs of areas that look copied one onto the other (cyan and magenta). "
                  "Repeating things such as windows, tiles or crowds match too.");
    }
    return {};
}

} // namespace provena
