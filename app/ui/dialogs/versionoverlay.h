// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QTransform>
#include <QWidget>

namespace provena {

/**
 * Paints image A with version B aligned over it (B drawn through `transform`, B's pixels to A's):
 * blended with an opacity, swiped at a divider the user drags, or as the absolute difference.
 * Part of CompareVersionsDialog.
 */
class VersionOverlay : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Overlay, Swipe, Difference };

    explicit VersionOverlay(QWidget *parent = nullptr);

    void setImages(const QImage &a, const QImage &b, const QTransform &bToA);
    void setMode(Mode mode);
    Mode mode() const { return mMode; }
    void setOpacity(double opacity);
    /** The divider's position as a fraction of A's width (0–1). */
    void setSwipe(double fraction);
    double swipe() const { return mSwipe; }
    /** What is shown, at A's size. */
    QImage composed() const;

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /** B drawn into A's frame, transparent where B does not reach. */
    QImage alignedB() const;
    QRectF targetRect() const;
    void swipeTo(double x);

    QImage mA;
    QImage mB;
    QImage mAlignedB;
    QTransform mBToA;
    Mode mMode = Mode::Overlay;
    double mOpacity = 0.5;
    double mSwipe = 0.5;
};

} // namespace provena
