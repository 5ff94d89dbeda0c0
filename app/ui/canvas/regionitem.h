// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"

#include <QColor>
#include <QGraphicsItem>

namespace provena {

class RegionLabelItem;

/**
 * Shows one region of the document on the canvas. It never writes to the model: the scene calls
 * syncFromModel() when the document reports a change.
 */
class RegionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit RegionItem(const QUuid &id, QGraphicsItem *parent = nullptr);

    QUuid regionId() const { return mId; }
    const RegionGeometry &geometry() const { return mGeometry; }
    QColor colour() const { return mColour; }

    /** Takes geometry, label colour and name from the model. */
    void syncFromModel(const Region &region, const QColor &colour, const QString &labelName);
    /** Pixels per image pixel in the view, for zoom-independent point size and hit tolerance. */
    void setViewScale(double scale);
    /** Drawn emphasised, e.g. while its linked text is hovered. */
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return mHighlighted; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPainterPath outlinePath() const;
    double pointRadius() const;

    QUuid mId;
    RegionGeometry mGeometry;
    QColor mColour;
    double mViewScale = 1;
    bool mHighlighted = false;
    RegionLabelItem *mLabel;
};

/** The label name drawn beside a region, at a fixed screen size. */
class RegionLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    explicit RegionLabelItem(QGraphicsItem *parent);
    void setText(const QString &text, const QColor &colour);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mText;
    QColor mColour;
    QRectF mRect;
};

} // namespace provena
