// SPDX-License-Identifier: MIT
#pragma once

#include "media/imageforensics.h"

#include <QWidget>

namespace provena {

/**
 * The Forensics dock's histogram: red, green, blue and luminance as lines over 256 bins, each
 * scaled to the highest bin of all four (a gap or comb in a curve shows levels an editor
 * stretched; a spike at 0 or 255 shows clipping).
 */
class ForensicHistogramPlot : public QWidget
{
    Q_OBJECT

public:
    explicit ForensicHistogramPlot(QWidget *parent = nullptr);

    void setHistogram(const ImageHistogram &histogram);
    const ImageHistogram &histogram() const { return mHistogram; }

    QSize sizeHint() const override { return {256, 110}; }
    QSize minimumSizeHint() const override { return {128, 60}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ImageHistogram mHistogram;
};

} // namespace provena
