// SPDX-License-Identifier: MIT
#include "ui/canvas/regionitem.h"

#include "ui/canvas/imagescene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace provena {

namespace {
constexpr double kPointRadiusPx = 5;
constexpr double kHitTolerancePx = 4;
constexpr double kTinyPx = 4;

QString reviewBadgeText()
{
    return QCoreApplication::translate("RegionItem", "review");
}

const QColor kReviewColour(0xff, 0xb3, 0x00);
const QColor kCaptionBackground(0x20, 0x20, 0x20, 220);
} // namespace

RegionItem::RegionItem(const QUuid &id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , mId(id)
{
    setFlag(ItemIsSelectable);
}

QString RegionItem::captionFor(const Region &region)
{
    const QString name = region.entity.name.simplified();
    if (!name.isEmpty())
        return name;
    const QString note = region.note.trimmed();
    return note.section(u'\n', 0, 0).simplified();
}

void RegionItem::syncFromModel(const Region &region, const QColor &colour, const QString &labelName)
{
    prepareGeometryChange();
    mGeometry = region.geometry;
    mColour = colour;
    mNeedsReview = region.needsReview;
    if (mNeedsReview && mBadgeSizePx.isEmpty()) {
        const QFontMetricsF fm(QGuiApplication::font());
        mBadgeSizePx = QSizeF(fm.horizontalAdvance(reviewBadgeText()) + 8, fm.height() + 2);
    } else if (!mNeedsReview) {
        mBadgeSizePx = QSizeF();
    }
    const QString caption = captionFor(region);
    if (caption != mCaption) {
        mCaption = caption;
        const QFontMetricsF fm(QGuiApplication::font());
        mCaptionElided = fm.elidedText(mCaption, Qt::ElideRight, kCaptionMaxWidthPx - 8);
        mCaptionSizePx = mCaption.isEmpty()
            ? QSizeF()
            : QSizeF(fm.horizontalAdvance(mCaptionElided) + 8, fm.height() + 2);
    }
    if (labelName != mLabelText) {
        mLabelText = labelName;
        const QFontMetricsF fm(QGuiApplication::font());
        mLabelSizePx = mLabelText.isEmpty()
            ? QSizeF()
            : QSizeF(fm.horizontalAdvance(mLabelText) + 8, fm.height() + 2);
    }
    update();
}

void RegionItem::setViewScale(double scale)
{
    if (qFuzzyCompare(scale, mViewScale))
        return;
    prepareGeometryChange();
    mViewScale = scale;
}

void RegionItem::setHighlighted(bool highlighted)
{
    if (mHighlighted == highlighted)
        return;
    mHighlighted = highlighted;
    update();
}

double RegionItem::pointRadius() const
{
    return kPointRadiusPx / qMax(mViewScale, 1e-6);
}

QPainterPath RegionItem::outlinePath() const
{
    QPainterPath path;
    const QPolygonF &pts = mGeometry.points();
    switch (mGeometry.shape()) {
    case RegionGeometry::Shape::Rectangle:
        path.addRect(mGeometry.boundingRect());
        break;
    case RegionGeometry::Shape::Ellipse:
        path.addEllipse(mGeometry.boundingRect());
        break;
    case RegionGeometry::Shape::Polygon:
        path.addPolygon(pts);
        path.closeSubpath();
        break;
    case RegionGeometry::Shape::Polyline:
        path.addPolygon(pts);
        break;
    case RegionGeometry::Shape::Point:
        if (!pts.isEmpty())
            path.addEllipse(pts.first(), pointRadius(), pointRadius());
        break;
    }
    return path;
}

QRectF RegionItem::boundingRect() const
{
    const double scale = qMax(mViewScale, 1e-6);
    const double pad = (kHitTolerancePx + 2) / scale;
    QRectF box = mGeometry.boundingRect();
    if (mGeometry.shape() == RegionGeometry::Shape::Point && !mGeometry.points().isEmpty()) {
        const QPointF p = mGeometry.points().first();
        const double r = pointRadius();
        box = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }
    box.adjust(-pad, -pad, pad, pad);
    if (!mLabelSizePx.isEmpty() || !mCaptionSizePx.isEmpty()) {
        // The label tab sits above the top-left corner, at a fixed screen size.
        // The caption follows it on the same line.
        const double height = qMax(mLabelSizePx.height(), mCaptionSizePx.height());
        const QRectF tab(mGeometry.boundingRect().left(),
                         mGeometry.boundingRect().top() - height / scale,
                         (mLabelSizePx.width() + mCaptionSizePx.width()) / scale, height / scale);
        box = box.united(tab);
    }
    if (!mBadgeSizePx.isEmpty()) {
        // The review badge sits above the top-right corner.
        const QRectF region = mGeometry.boundingRect();
        const QRectF badge(region.right() - mBadgeSizePx.width() / scale,
                           region.top() - mBadgeSizePx.height() / scale,
                           mBadgeSizePx.width() / scale, mBadgeSizePx.height() / scale);
        box = box.united(badge);
    }
    return box;
}

QPainterPath RegionItem::shape() const
{
    QPainterPath path = outlinePath();
    QPainterPathStroker stroker;
    stroker.setWidth(2 * kHitTolerancePx / qMax(mViewScale, 1e-6));
    if (mGeometry.shape() == RegionGeometry::Shape::Polyline)
        return stroker.createStroke(path);
    return path.united(stroker.createStroke(path));
}

void RegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = isSelected();
    const bool emphasised = selected || mHighlighted;
    // In overview mode the view has drawn this outline in a batch with the others.
    // Regions to review are few and must stand out: they always paint themselves.
    if (!emphasised && !mNeedsReview && scene()
        && static_cast<const ImageScene *>(scene())->isBatching())
        return;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF box = mGeometry.boundingRect();
    const double screenSize = qMax(box.width(), box.height()) * lod;
    const RegionGeometry::Shape shape = mGeometry.shape();

    // Far out, a region is a few pixels: a plain mark is all the eye can see.
    if (shape != RegionGeometry::Shape::Point && screenSize < kTinyPx && !emphasised
        && !mNeedsReview) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(mColour);
        painter->drawRect(
            QRectF(box.topLeft(), QSizeF(qMax(box.width(), 2 / lod), qMax(box.height(), 2 / lod))));
        return;
    }

    // Axis-aligned rectangles on whole pixels need no antialiasing; curves do once they are
    // large enough for jaggies to show.
    painter->setRenderHint(QPainter::Antialiasing,
                           shape != RegionGeometry::Shape::Rectangle
                               && (emphasised || screenSize > 24));
    QColor fill = mColour;
    fill.setAlpha(mHighlighted ? 110 : 60);
    const bool filled = emphasised && shape != RegionGeometry::Shape::Polyline;
    const auto drawOutline = [&](const QPen &pen, bool withFill) {
        painter->setPen(pen);
        painter->setBrush(withFill ? QBrush(fill) : QBrush(Qt::NoBrush));
        switch (shape) {
        case RegionGeometry::Shape::Rectangle:
            painter->drawRect(box);
            break;
        case RegionGeometry::Shape::Ellipse:
            painter->drawEllipse(box);
            break;
        case RegionGeometry::Shape::Polygon:
            painter->drawPolygon(mGeometry.points());
            break;
        case RegionGeometry::Shape::Polyline:
            painter->drawPolyline(mGeometry.points());
            break;
        case RegionGeometry::Shape::Point:
            if (!mGeometry.points().isEmpty()) {
                const double r = kPointRadiusPx / lod;
                painter->drawEllipse(mGeometry.points().first(), r, r);
            }
            break;
        }
    };
    if (shape == RegionGeometry::Shape::Point && !emphasised) {
        // A dot of fixed screen size: a small fill and a one-pixel dark rim.
        if (!mGeometry.points().isEmpty()) {
            QPen rim(QColor(0, 0, 0, 170), 1);
            rim.setCosmetic(true);
            painter->setPen(rim);
            painter->setBrush(mColour);
            const double r = kPointRadiusPx / lod;
            painter->drawEllipse(mGeometry.points().first(), r, r);
        }
    } else if (emphasised || shape == RegionGeometry::Shape::Point) {
        // Few items: wide strokes with a dark halo under the coloured line.
        QPen halo(QColor(0, 0, 0, 150), emphasised ? 5 : 4);
        halo.setCosmetic(true);
        halo.setJoinStyle(Qt::MiterJoin);
        drawOutline(halo, false);
        QPen pen(mColour, emphasised ? 3 : 2);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::MiterJoin);
        drawOutline(pen, filled || shape == RegionGeometry::Shape::Point);
    } else {
        // Thousands of items: one-pixel cosmetic lines take the rasteriser's fast path (wide
        // pens are stroked into paths and filled). A dark line just outside and a doubled
        // coloured line read as a 2 px outline with a halo.
        const double px = 1 / lod;
        painter->setBrush(Qt::NoBrush);
        if (screenSize < 24) {
            // Small on screen: one coloured line is all that reads anyway.
            QPen pen(mColour, 1);
            pen.setCosmetic(true);
            painter->setPen(pen);
            drawOutline(pen, false);
            return;
        }
        QPen dark(QColor(0, 0, 0, 150), 1);
        dark.setCosmetic(true);
        QPen pen(mColour, 1);
        pen.setCosmetic(true);
        switch (shape) {
        case RegionGeometry::Shape::Rectangle:
        case RegionGeometry::Shape::Ellipse: {
            const bool rect = shape == RegionGeometry::Shape::Rectangle;
            const auto draw = [&](const QRectF &r) {
                rect ? painter->drawRect(r) : painter->drawEllipse(r);
            };
            painter->setPen(dark);
            draw(box.adjusted(-px, -px, px, px));
            painter->setPen(pen);
            draw(box);
            draw(box.adjusted(px, px, -px, -px));
            break;
        }
        default: {
            const QPolygonF &pts = mGeometry.points();
            const auto draw = [&](const QPolygonF &p) {
                shape == RegionGeometry::Shape::Polygon ? painter->drawPolygon(p)
                                                        : painter->drawPolyline(p);
            };
            painter->setPen(dark);
            draw(pts.translated(px, px));
            painter->setPen(pen);
            draw(pts);
            draw(pts.translated(px / 2, px / 2));
            break;
        }
        }
    }
    if (mNeedsReview) {
        // Amber dashes over the outline: "check me against the changed image".
        QPen dash(kReviewColour, 2, Qt::DashLine);
        dash.setCosmetic(true);
        drawOutline(dash, false);
    }
    if (selected) {
        QPen dash(Qt::white, 1, Qt::DashLine);
        dash.setCosmetic(true);
        drawOutline(dash, false);
    }
    if ((!mLabelText.isEmpty() || !mCaption.isEmpty())
        && (emphasised || box.width() * lod >= kLabelMinWidthPx))
        paintLabel(painter);
    if (mNeedsReview)
        paintReviewBadge(painter);
}

void RegionItem::paintReviewBadge(QPainter *painter) const
{
    const QTransform world = painter->worldTransform();
    const QPointF anchor = world.map(mGeometry.boundingRect().topRight());
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRectF badge(anchor.x() - mBadgeSizePx.width(), anchor.y() - mBadgeSizePx.height(),
                       mBadgeSizePx.width(), mBadgeSizePx.height());
    painter->fillRect(badge, kReviewColour);
    painter->setPen(Qt::black);
    painter->setFont(QGuiApplication::font());
    painter->drawText(badge, Qt::AlignCenter, reviewBadgeText());
    painter->setWorldTransform(world);
}

void RegionItem::paintLabel(QPainter *painter) const
{
    // In screen pixels, so the tab reads the same at every zoom.
    const QTransform world = painter->worldTransform();
    const QPointF anchor = world.map(mGeometry.boundingRect().topLeft());
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double height = qMax(mLabelSizePx.height(), mCaptionSizePx.height());
    const QRectF tab(anchor.x(), anchor.y() - height, mLabelSizePx.width(), height);
    painter->setFont(QGuiApplication::font());
    if (!mLabelText.isEmpty()) {
        painter->fillRect(tab, mColour);
        // Black or white text, whichever reads better on the label colour.
        painter->setPen(qGray(mColour.rgb()) > 140 ? Qt::black : Qt::white);
        painter->drawText(tab.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, mLabelText);
    }
    if (!mCaptionSizePx.isEmpty()) {
        // Dark with white text, so it reads on any photo and apart from the label.
        const QRectF captionTab(tab.right(), tab.top(), mCaptionSizePx.width(), tab.height());
        painter->fillRect(captionTab, kCaptionBackground);
        painter->setPen(Qt::white);
        painter->drawText(captionTab.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          mCaptionElided);
    }
    painter->setWorldTransform(world);
}

QVariant RegionItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace provena
