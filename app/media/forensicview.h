// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "media/copymovedetector.h"
#include "media/imageforensics.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace provena {

/**
 * One forensic view computed the same way for the Forensics dock and `provena-cli forensics`:
 * which view, with which control, and the picture it gives.
 */
class ForensicView
{
    Q_DECLARE_TR_FUNCTIONS(ForensicView)

public:
    enum class Kind { ErrorLevel, NoiseResidual, LuminanceGradient, CopyMove };

    struct Parameters
    {
        Kind kind = Kind::ErrorLevel;
        /** ELA only: the JPEG quality of the recompression. */
        int quality = ImageForensics::kDefaultElaQuality;
        /** ELA and noise: the factor on the difference; <= 0 takes the view's default. */
        double amplification = 0;
    };

    struct Output
    {
        /**
         * The view at the size of the analysed image: opaque for ELA, noise and gradient; for
         * copy-move transparent but for the outlines of the matches, to lay over the photo.
         */
        QImage image;
        /** Copy-move only: the pairs of areas, in the analysed image's pixels. */
        QList<CopyMoveMatch> matches;
        /** The amplification used (ELA, noise), after the default was applied. */
        double amplification = 0;
    };

    [[nodiscard]] static Result<Output> compute(const QImage &image, const Parameters &parameters,
                                                const CancelCheck &cancel = {});

    /**
     * The view as a picture on its own, as exported: the image itself, or for copy-move the
     * outlines drawn over 'photo'.
     */
    static QImage exportImage(const Output &output, Kind kind, const QImage &photo);

    /** "ela", "noise", "gradient", "copymove": the CLI's --view names and the JSON's. */
    static QString id(Kind kind);
    static std::optional<Kind> fromId(const QString &id);
    static QList<Kind> allKinds();
    /** The translated name people see ("Error level analysis" …). */
    static QString title(Kind kind);
    /** One translated sentence on what the view shows and what it does not prove. */
    static QString explanation(Kind kind);
};

} // namespace provena
