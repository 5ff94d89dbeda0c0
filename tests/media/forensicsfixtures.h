// SPDX-License-Identifier: MIT
// Generated test images for the forensic views.
#pragma once

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

namespace provena::testing {

/**
 * A photo-like texture: random blobs of colour at several sizes, smooth enough that JPEG keeps
 * its shape, busy enough that keypoints are everywhere and nothing repeats.
 */
inline QImage texturedImage(const QSize &size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(128, 128, 128));
    QRandomGenerator random(seed);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const int count = size.width() * size.height() / 60;
    for (int i = 0; i < count; ++i) {
        const int radius = 2 + int(random.bounded(i < count / 10 ? 24 : 6));
        painter.setBrush(QColor(int(random.bounded(256)), int(random.bounded(256)),
                                int(random.bounded(256)), 200));
        painter.drawEllipse(
            QPoint(int(random.bounded(size.width())), int(random.bounded(size.height()))), radius,
            radius);
    }
    painter.end();
    return image;
}

/** 'image' saved as JPEG at 'quality' by Qt's libjpeg and decoded again. */
inline QImage jpegRoundTrip(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG").convertToFormat(QImage::Format_RGB32);
}

/** The mean grey level (0–255, average of R, G, B) of 'image' inside 'rect'. */
inline double meanLevel(const QImage &image, const QRect &rect)
{
    double sum = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            sum += (qRed(pixel) + qGreen(pixel) + qBlue(pixel)) / 3.0;
        }
    return sum / (double(rect.width()) * rect.height());
}

} // namespace provena::testing
