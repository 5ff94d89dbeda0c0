// SPDX-License-Identifier: MIT
// Private to app/bundle: how RegionRenderer draws outlines, tags and the legend with QPainter.
#pragma once

#include "bundle/regionrenderer.h"
#include "bundle/regionrenderer_p.h"
#include "core/model/regiongeometry.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;

namespace provena::detail {

/** What the rendering says of one region. */
struct RegionText
{
    QString number; ///< 1-based position among this image's regions
    QString label; ///< the label's name; its id when unknown; "(no label)"
    QString entity; ///< who or what it shows, when known
    QString note; ///< on one line
    QColor colour; ///< opaque

    /** "Person · Tal Orsen", or the label alone. */
    QString caption() const
    {
        return entity.isEmpty() ? label : RegionRenderer::tr("%1 · %2").arg(label, entity);
    }
};

/** The application's default font at the style's size, antialiased. */
QFont renderFont(const RenderStyle &style, bool bold = false);

/** The region's outline in the rendering's pixels (a point: a ring with a cross). */
QPainterPath outlinePath(const RegionGeometry &geometry, const QTransform &toPhoto,
                         const RenderStyle &style);

/** `path` in `colour` over a wider halo in the contrasting colour. */
void drawOutline(QPainter &painter, const QPainterPath &path, const QColor &colour,
                 const RenderStyle &style);

/**
 * Tags (number, label, entity) go above the shape, inside its top, or below it — the first
 * place that does not cover a tag already drawn. When all are taken the tag shrinks to the
 * number alone (the legend has the rest), so fifty regions stay readable.
 */
class TagPlacer
{
public:
    TagPlacer(QPainter &painter, const QRectF &photo, const RenderStyle &style);

    /** Draws the tag of a region whose outline covers `shape`. */
    void place(const RegionText &text, const QRectF &shape);

private:
    QList<QRectF> candidates(const QRectF &shape, int width, int height) const;
    bool collides(const QRectF &rect) const;
    void draw(const RegionText &text, const QString &caption, const QRectF &rect, int numberWidth,
              int padding);

    QPainter &mPainter;
    QRectF mPhoto;
    RenderStyle mStyle;
    QFont mFont;
    QFont mBoldFont;
    QList<QRectF> mPlaced;
};

/** The legend's layout for `texts` on a canvas `canvasWidth` pixels wide. */
LegendLayout legendLayout(int canvasWidth, const QList<RegionText> &texts,
                          const RenderStyle &style);

/** The panel below the photo: number, colour, label, entity and note of every region. */
void drawLegend(QPainter &painter, const QRect &panel, const QList<RegionText> &texts,
                const LegendLayout &layout, const RenderStyle &style);

} // namespace provena::detail
