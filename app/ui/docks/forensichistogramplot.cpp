// SPDX-License-Identifier: MIT
#include "ui/docks/forensichistogramplot.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace provena {

ForensicHistogramPlot::ForensicHistogramPlot(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Histogram"));
}

void ForensicHistogramPlot::setHistogram(const ImageHistogram &histogram)
{
    mHistogram = histogram;
    setToolTip(histogram.isEmpty()
                   ? QString()
                   : tr("Red, green, blue and luminance (white) over 256 levels, %n pixel(s)", "",
                        int(std::min<qint64>(histogram.pixels, INT_MAX))));
    update();
}

void ForensicHistogramPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (mHistogram.isEmpty())
        return;
    quint32 peak = 1;
    for (const QList<quint32> *bins :
         {&mHistogram.red, &mHistogram.green, &mHistogram.blue, &mHistogram.luminance})
        for (const quint32 count : *bins)
            peak = std::max(peak, count);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const auto curve = [&](const QList<quint32> &bins, const QColor &colour) {
        QPainterPath path;
        for (int i = 0; i < bins.size(); ++i) {
            const QPointF point(area.left() + area.width() * i / 255.0,
                                area.bottom() - area.height() * bins.at(i) / double(peak));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        painter.setPen(QPen(colour, 1.2));
        painter.drawPath(path);
    };
    curve(mHistogram.red, QColor(255, 80, 80, 200));
    curve(mHistogram.green, QColor(80, 220, 80, 200));
    curve(mHistogram.blue, QColor(90, 140, 255, 200));
    curve(mHistogram.luminance, QColor(240, 240, 240, 230));
}

} // namespace provena
