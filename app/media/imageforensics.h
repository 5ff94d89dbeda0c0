// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <functional>

namespace provena {

/** Polled between the stages of long work; returns true when the caller gave up. */
using CancelCheck = std::function<bool()>;

/** 256-bin counts per channel and of the luminance (Rec. 601) of an image. */
struct ImageHistogram
{
    QList<quint32> red;
    QList<quint32> green;
    QList<quint32> blue;
    QList<quint32> luminance;
    /** The pixels counted (width × height). */
    qint64 pixels = 0;

    bool isEmpty() const { return pixels == 0; }
};

/**
 * Forensic views of an image: pictures that make traces of editing easier to see. They are aids
 * for an analyst: they show evidence, they never say an image is fake.
 *
 * Each view takes a decoded image (any QImage format; it is converted to RGB32 first) and
 * returns an image of the same size in Format_RGB32, so an overlay maps pixel for pixel. All
 * functions are reentrant, never throw (OpenCV and allocation failures become an Error) and are
 * meant for worker threads: a 24 MP photo takes a good fraction of a second each.
 */
class ImageForensics
{
    Q_DECLARE_TR_FUNCTIONS(ImageForensics)

public:
    static constexpr int kDefaultElaQuality = 90;
    static constexpr double kDefaultElaAmplification = 20;
    static constexpr double kDefaultNoiseAmplification = 10;

    /**
     * Error level analysis: 'image' recompressed as JPEG at 'quality' (1–100, OpenCV's libjpeg),
     * and the absolute per-channel difference multiplied by 'amplification' (clipped at 255).
     * Areas saved at another quality or pasted from another source often differ in level.
     */
    [[nodiscard]] static Result<QImage> errorLevel(const QImage &image,
                                                   int quality = kDefaultElaQuality,
                                                   double amplification = kDefaultElaAmplification,
                                                   const CancelCheck &cancel = {});

    /**
     * Noise residual: the image minus its 3×3 median, absolute, per channel, amplified. Areas
     * from another camera or smoothed by retouching have another noise texture.
     */
    [[nodiscard]] static Result<QImage>
    noiseResidual(const QImage &image, double amplification = kDefaultNoiseAmplification,
                  const CancelCheck &cancel = {});

    /**
     * Luminance gradient: the Sobel magnitude of the luminance, sqrt(gx² + gy²) / 4 clipped to
     * 0–255 (grey). Pasted edges and resampled areas show as sharper or softer outlines.
     */
    [[nodiscard]] static Result<QImage> luminanceGradient(const QImage &image,
                                                          const CancelCheck &cancel = {});

    /** Per channel and luminance histogram, 256 bins each. */
    [[nodiscard]] static Result<ImageHistogram> histogram(const QImage &image);

    /** The error of a cancelled call (also used by CopyMoveDetector). */
    static Error cancelledError();
};

} // namespace provena
