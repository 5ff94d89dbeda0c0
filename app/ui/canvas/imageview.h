// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsView>
#include <QPointer>
#include <QUuid>

#include <optional>

namespace provena {

class AbstractTool;
class ImageScene;

/**
 * The canvas: shows an ImageScene, zooms (wheel around the cursor, keys, pinch) and pans
 * (space-drag, middle button, scroll bars), draws a pixel grid from 8x, and hands the other
 * mouse and key events to the current tool in image coordinates.
 */
class ImageView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.01;
    static constexpr double kMaxZoom = 64;
    static constexpr double kGridZoom = 8;
    /** With more regions than this on screen, outlines are drawn batched (ImageScene). */
    static constexpr int kBatchThreshold = 300;

    explicit ImageView(ImageScene *scene, QWidget *parent = nullptr);

    ImageScene *imageScene() const { return mScene; }

    /** Screen pixels per image pixel. */
    double zoom() const { return mZoom; }
    /** Zooms keeping the image point under `anchor` (viewport coordinates) in place. */
    void setZoom(double zoom, std::optional<QPoint> anchor = std::nullopt);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();
    bool isFitting() const { return mFitting; }

    void setTool(AbstractTool *tool);
    AbstractTool *tool() const;

    /** The label new regions get. */
    QString newRegionLabel() const { return mNewRegionLabel; }
    void setNewRegionLabel(const QString &label) { mNewRegionLabel = label; }

    /** The image point under viewport position `pos` (not rounded, not clamped). */
    QPointF toImage(const QPointF &viewportPos) const;
    /** `imagePos` moved into [0, width] × [0, height] of the image (what positions display). */
    QPointF clampToImage(const QPointF &imagePos) const;

Q_SIGNALS:
    void zoomChanged(double zoom);
    /**
     * The mouse moved over the canvas: `imagePos` is clamped to the image (clampToImage()),
     * `insideImage` says whether the cursor itself is on the image.
     */
    void cursorMoved(const QPointF &imagePos, bool insideImage);
    void cursorLeft();
    void hoveredRegionChanged(const QUuid &id);
    void contextMenuRequested(const QPointF &imagePos, const QPoint &globalPos);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void applyZoom(double zoom, std::optional<QPoint> anchor);
    void updateCursor();
    void updateHover(const QPointF &viewportPos);

    ImageScene *mScene;
    QPointer<AbstractTool> mTool;
    QString mNewRegionLabel = QStringLiteral("person");
    double mZoom = 1;
    bool mFitting = true;
    bool mSpaceHeld = false;
    bool mPanning = false;
    QPoint mPanLast;
    QUuid mHovered;
    QList<QGraphicsItem *> mBatchItems;
};

} // namespace provena
