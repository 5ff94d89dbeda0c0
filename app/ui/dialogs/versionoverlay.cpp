// SPDX-License-Identifier: MIT
#include "ui/dialogs/versionoverlay.h"

#include <QMouseEvent>
#include <QPainter>

namespace provena {

VersionOverlay::VersionOverlay(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 150);
    setCursor(Qt::SplitHCursor);
}

void VersionOverlay::setImages(const QImage &a, const QImage &b, const QTransform &bToA)
{
    mA = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    mB = b;
    mBToA = bToA;
    mAlignedB = alignedB();
    update();
}

void VersionOverlay::setMode(Mode mode)
{
    mMode = mode;
    update();
}

void VersionOverlay::setOpacity(double opacity)
{
    mOpacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void VersionOverlay::setSwipe(double fraction)
{
    mSwipe = std::clamp(fraction, 0.0, 1.0);
    update();
}

QImage VersionOverlay::alignedB() const
{
    if (mA.isNull() || mB.isNull())
        return {};
    QImage aligned(mA.size(), QImage::Format_ARGB32_Premultiplied);
    aligned.fill(Qt::transparent);
    QPainter painter(&aligned);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(mBToA);
    painter.drawImage(0, 0, mB);
    return aligned;
}

QImage VersionOverlay::composed() const
{
    if (mA.isNull())
        return {};
    QImage out = mA;
    if (mAlignedB.isNull())
        return out;
    QPainter painter(&out);
    switch (mMode) {
    case Mode::Overlay:
        painter.setOpacity(mOpacity);
        painter.drawImage(0, 0, mAlignedB);
        break;
    case Mode::Swipe: {
        const int x = qRound(mSwipe * mA.width());
        painter.drawImage(QRect(x, 0, mA.width() - x, mA.height()), mAlignedB,
                          QRect(x, 0, mA.width() - x, mA.height()));
        break;
    }
    case Mode::Difference:
        // Only where B reaches: outside it the difference would just repeat A.
        painter.setCompositionMode(QPainter::CompositionMode_Difference);
        painter.drawImage(0, 0, mAlignedB);
        break;
    }
    return out;
}

QRectF VersionOverlay::targetRect() const
{
    if (mA.isNull())
        return {};
    const QSizeF size = QSizeF(mA.size()).scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
    return {QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size};
}

void VersionOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF target = targetRect();
    if (target.isEmpty())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, composed());
    if (mMode == Mode::Swipe) {
        const double x = target.left() + mSwipe * target.width();
        painter.setPen(QPen(palette().highlight(), 2));
        painter.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()));
    }
}

void VersionOverlay::swipeTo(double x)
{
    const QRectF target = targetRect();
    if (mMode != Mode::Swipe || target.isEmpty())
        return;
    setSwipe((x - target.left()) / target.width());
}

void VersionOverlay::mousePressEvent(QMouseEvent *event)
{
    swipeTo(event->position().x());
}

void VersionOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        swipeTo(event->position().x());
}

} // namespace provena
