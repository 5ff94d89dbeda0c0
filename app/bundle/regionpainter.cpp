// SPDX-License-Identifier: MIT
#include "bundle/regionpainter_p.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace provena::detail {

namespace {

/** `rect` moved (not resized, unless larger) to lie inside `bounds`. */
QRectF keptInside(QRectF rect, const QRectF &bounds)
{
    rect.setWidth(std::min(rect.width(), bounds.width()));
    rect.setHeight(std::min(rect.height(), bounds.height()));
    rect.moveLeft(std::clamp(rect.left(), bounds.left(), bounds.right() - rect.width()));
    rect.moveTop(std::clamp(rect.top(), bounds.top(), bounds.bottom() - rect.height()));
    return rect;
}

} // namespace

QFont renderFont(const RenderStyle &style, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(style.fontPixels);
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setBold(bold);
    return font;
}

QPainterPath outlinePath(const RegionGeometry &geometry, const QTransform &toPhoto,
                         const RenderStyle &style)
{
    QPainterPath path;
    switch (geometry.shape()) {
    case RegionGeometry::Shape::Rectangle:
        path.addRect(toPhoto.mapRect(geometry.boundingRect()));
        break;
    case RegionGeometry::Shape::Ellipse:
        path.addEllipse(toPhoto.mapRect(geometry.boundingRect()));
        break;
    case RegionGeometry::Shape::Polygon:
        path.addPolygon(toPhoto.map(geometry.points()));
        path.closeSubpath();
        break;
    case RegionGeometry::Shape::Polyline:
        path.addPolygon(toPhoto.map(geometry.points()));
        break;
    case RegionGeometry::Shape::Point: {
        // A ring with a cross, large enough to find at any scale.
        const QPointF centre = toPhoto.map(geometry.points().value(0));
        const double radius = std::max(5.0, style.fontPixels * 0.5);
        path.addEllipse(centre, radius, radius);
        path.moveTo(centre.x() - radius * 0.5, centre.y());
        path.lineTo(centre.x() + radius * 0.5, centre.y());
        path.moveTo(centre.x(), centre.y() - radius * 0.5);
        path.lineTo(centre.x(), centre.y() + radius * 0.5);
        break;
    }
    }
    return path;
}

void drawOutline(QPainter &painter, const QPainterPath &path, const QColor &colour,
                 const RenderStyle &style)
{
    QColor halo = contrastingColour(colour);
    halo.setAlpha(200);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(halo, style.haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(colour, style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

TagPlacer::TagPlacer(QPainter &painter, const QRectF &photo, const RenderStyle &style)
    : mPainter(painter)
    , mPhoto(photo)
    , mStyle(style)
    , mFont(renderFont(style))
    , mBoldFont(renderFont(style, true))
{
}

void TagPlacer::place(const RegionText &text, const QRectF &shape)
{
    const QFontMetrics metrics(mFont);
    const QFontMetrics boldMetrics(mBoldFont);
    const int padding = std::max(3, mStyle.padding / 2);
    const int height = metrics.height() + padding;
    const int numberWidth = boldMetrics.horizontalAdvance(text.number);
    const int maxCaption
        = std::max(0, std::min(int(mPhoto.width()) / 2, mStyle.fontPixels * 22) - numberWidth);
    const QString caption = metrics.elidedText(text.caption(), Qt::ElideRight, maxCaption);

    const int fullWidth = numberWidth + 3 * padding + metrics.horizontalAdvance(caption);
    const int shortWidth = numberWidth + 2 * padding;
    if (mPlaced.size() >= kMaxPlacedTags) {
        draw(text, QString(), candidates(shape, shortWidth, height).constFirst(), numberWidth,
             padding);
        return;
    }
    for (const bool withCaption : {true, false}) {
        const int width = withCaption ? fullWidth : shortWidth;
        for (const QRectF &candidate : candidates(shape, width, height)) {
            if (!collides(candidate)) {
                draw(text, withCaption ? caption : QString(), candidate, numberWidth, padding);
                return;
            }
        }
    }
    // Crowded everywhere: the number alone, above the shape, even if it covers another.
    draw(text, QString(), candidates(shape, shortWidth, height).constFirst(), numberWidth, padding);
}

QList<QRectF> TagPlacer::candidates(const QRectF &shape, int width, int height) const
{
    const double gap = mStyle.haloWidth / 2.0;
    return {keptInside(QRectF(shape.left(), shape.top() - height - gap, width, height), mPhoto),
            keptInside(QRectF(shape.left() + gap, shape.top() + gap, width, height), mPhoto),
            keptInside(QRectF(shape.left(), shape.bottom() + gap, width, height), mPhoto)};
}

bool TagPlacer::collides(const QRectF &rect) const
{
    return std::any_of(mPlaced.cbegin(), mPlaced.cend(),
                       [&rect](const QRectF &placed) { return placed.intersects(rect); });
}

void TagPlacer::draw(const RegionText &text, const QString &caption, const QRectF &rect,
                     int numberWidth, int padding)
{
    mPlaced.append(rect);
    const QColor ink = contrastingColour(text.colour);
    mPainter.setPen(QPen(ink, 1));
    mPainter.setBrush(text.colour);
    mPainter.drawRoundedRect(rect, padding / 2.0, padding / 2.0);
    mPainter.setFont(mBoldFont);
    const QRectF numberRect(rect.left() + padding, rect.top(), numberWidth, rect.height());
    mPainter.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, text.number);
    if (!caption.isEmpty()) {
        mPainter.setFont(mFont);
        const QRectF captionRect(numberRect.right() + padding, rect.top(),
                                 rect.right() - numberRect.right() - padding, rect.height());
        mPainter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, caption);
    }
}

namespace {

int legendLineHeight(const RenderStyle &style)
{
    return QFontMetrics(renderFont(style)).lineSpacing() + 2;
}

} // namespace

LegendLayout legendLayout(int canvasWidth, const QList<RegionText> &texts, const RenderStyle &style)
{
    const bool withNotes = std::any_of(texts.cbegin(), texts.cend(),
                                       [](const RegionText &text) { return !text.note.isEmpty(); });
    return LegendLayout::compute(canvasWidth,
                                 int(std::min<qsizetype>(texts.size(), kMaxLegendEntries)),
                                 withNotes, legendLineHeight(style), style);
}

void drawLegend(QPainter &painter, const QRect &panel, const QList<RegionText> &texts,
                const LegendLayout &layout, const RenderStyle &style)
{
    painter.fillRect(panel, QColor(0xf6, 0xf6, 0xf4));
    painter.fillRect(QRect(panel.left(), panel.top(), panel.width(), 1), QColor(0x30, 0x30, 0x30));

    const QFont font = renderFont(style);
    const QFont boldFont = renderFont(style, true);
    const QFontMetrics metrics(font);
    const int lineHeight = legendLineHeight(style);
    const QColor ink(0x1a, 0x1a, 0x1a);
    const QColor noteInk(0x55, 0x55, 0x55);

    painter.setPen(ink);
    painter.setFont(boldFont);
    const QString title = texts.isEmpty()
        ? RegionRenderer::tr("No regions are marked on this image.")
        : texts.size() > kMaxLegendEntries
        ? RegionRenderer::tr("Regions marked on this image: %1 (the first %2 are listed here; "
                             "the report lists all)")
              .arg(texts.size())
              .arg(kMaxLegendEntries)
        : RegionRenderer::tr("Regions marked on this image: %1").arg(texts.size());
    painter.drawText(QRect(panel.left() + style.padding, panel.top() + style.padding,
                           panel.width() - 2 * style.padding, lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);

    const int numberWidth = QFontMetrics(boldFont).horizontalAdvance(
        QString::number(std::min<qsizetype>(texts.size(), kMaxLegendEntries))
            .fill(QLatin1Char('8')));
    const int swatchSide = std::max(8, style.fontPixels * 4 / 5);
    const qsizetype listed = std::min<qsizetype>(texts.size(), kMaxLegendEntries);
    for (qsizetype i = 0; i < listed; ++i) {
        const RegionText &text = texts.at(i);
        const QRect entry = layout.entryRect(int(i), style).translated(panel.topLeft());
        const QRect firstLine(entry.left(), entry.top(), entry.width(), lineHeight);

        painter.setPen(ink);
        painter.setFont(boldFont);
        painter.drawText(QRect(firstLine.left(), firstLine.top(), numberWidth, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter, text.number);

        // The swatch is filled, not stroked, so it shows the label's exact colour.
        const QRect swatch(firstLine.left() + numberWidth + style.padding / 2,
                           firstLine.top() + (lineHeight - swatchSide) / 2, swatchSide, swatchSide);
        painter.fillRect(swatch.adjusted(-1, -1, 1, 1), ink);
        painter.fillRect(swatch, text.colour);

        const int textLeft = swatch.right() + 1 + style.padding / 2;
        const int textWidth = std::max(0, entry.right() + 1 - textLeft);
        painter.setFont(font);
        painter.drawText(QRect(textLeft, firstLine.top(), textWidth, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text.caption(), Qt::ElideRight, textWidth));
        if (!text.note.isEmpty()) {
            painter.setPen(noteInk);
            painter.drawText(QRect(textLeft, firstLine.bottom() + 1, textWidth, lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(text.note, Qt::ElideRight, textWidth));
        }
    }
}

} // namespace provena::detail
