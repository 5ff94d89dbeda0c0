// SPDX-License-Identifier: MIT
// A generated photo stand-in with texture everywhere, so feature matchers find keypoints in any
// crop of it. Deterministic for a seed.
#pragma once

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QRandomGenerator>
#include <QRectF>

namespace provena::testing {

inline QImage texturedImage(int width, int height, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(random.bounded(360)), 60, 200));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const int shapes = width * height / 2500;
    for (int i = 0; i < shapes; ++i) {
        const QColor colour = QColor::fromHsv(int(random.bounded(360)), int(random.bounded(256)),
                                              int(random.bounded(256)));
        const double x = random.bounded(double(width));
        const double y = random.bounded(double(height));
        const double w = 6 + random.bounded(60.0);
        const double h = 6 + random.bounded(60.0);
        painter.setPen(QPen(colour.darker(150), 1 + random.bounded(3.0)));
        painter.setBrush(colour);
        switch (random.bounded(3)) {
        case 0:
            painter.drawEllipse(QRectF(x, y, w, h));
            break;
        case 1:
            painter.drawRect(QRectF(x, y, w, h));
            break;
        default:
            painter.drawLine(QPointF(x, y), QPointF(x + w * 2, y - h));
            break;
        }
    }
    return image;
}

} // namespace provena::testing
