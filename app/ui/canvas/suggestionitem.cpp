// SPDX-License-Identifier: MIT
#include "ui/canvas/suggestionitem.h"

#include <QPainter>
#include <QPen>

namespace provena {

namespace {

/** Amber, unlike any built-in label colour, on light and dark photos alike (with a dark halo). */
const QColor kSuggestionColour(255, 191, 0);
constexpr double kPenWidthPx = 2;

} // namespace

SuggestionItem::SuggestionItem(const QRectF &rect, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , mRect(rect.normalized())
{
    // Above the regions, so a suggestion over a hand-drawn box stays visible.
    setZValue(1000);
}

void SuggestionItem::setViewScale(double scale)
{
    if (qFuzzyCompare(scale, mViewScale) || scale <= 0)
        return;
    prepareGeometryChange();
    mViewScale = scale;
}

QRectF SuggestionItem::boundingRect() const
{
    const double margin = kPenWidthPx * 2 / mViewScale;
    return mRect.adjusted(-margin, -margin, margin, margin);
}

void SuggestionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    QPen halo(QColor(0, 0, 0, 140), kPenWidthPx + 2);
    halo.setCosmetic(true);
    painter->setPen(halo);
    painter->drawRect(mRect);
    QPen pen(kSuggestionColour, kPenWidthPx, penStyle());
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawRect(mRect);
    painter->restore();
}

} // namespace provena
