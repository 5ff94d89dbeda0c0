// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QRectF>

namespace provena {

/**
 * A suggested region on the canvas (a face the detector found): drawn dashed so it is not taken
 * for an annotation. It is no part of the document — not in the sidecar, not on the undo stack —
 * until the analyst accepts it, when it becomes a region through an undo command and the item
 * goes. The scene owns it (ImageScene::setSuggestions()).
 */
class SuggestionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };

    /** `rect` in image pixels (scene units). */
    explicit SuggestionItem(const QRectF &rect, QGraphicsItem *parent = nullptr);

    QRectF rect() const { return mRect; }
    /** The pen's dash pattern: what makes a suggestion look unlike a region (for tests). */
    static Qt::PenStyle penStyle() { return Qt::DashLine; }

    /** Pixels per image pixel in the view: keeps the hit margin a constant screen size. */
    void setViewScale(double scale);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF mRect;
    double mViewScale = 1;
};

} // namespace provena
