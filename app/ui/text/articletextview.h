// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "core/model/textrange.h"
#include "formats/viewsourcemap.h"
#include "media/imageloadingservice.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTextEdit>
#include <QUuid>

namespace provena {

/**
 * The article, read-only but selectable, in one of two modes:
 *  - readable (the default): the article as a reader sees it, rendered from ArticleLayout:
 *    title and headings, emphasis, quotes and lists, links as their text, each image as a
 *    thumbnail with its caption (italic) and credit (small, bold) below it, byline and date as
 *    small meta lines, no Markdown or HTML syntax;
 *  - source (setShowSource(true)): the article text as written, captions and credits marked.
 * Spans linked to regions are highlighted in their label's colour in both modes (stronger while
 * the region or the span is hovered).
 *
 * Positions in the model are code points of Article::text. A ViewSourceMap converts them to and
 * from this widget's document positions: shown text maps character by character, an entity or a
 * line break as a whole, and a source position in markup goes to the nearest shown position.
 *
 * Thumbnails (kThumbnailSide) come from the ImageLoadingService the window shares with the
 * canvas and the strip, so one already decoded at that size is not decoded again; they are put
 * in as document image resources. The text is shown at once with placeholder boxes that the
 * thumbnails replace.
 */
class ArticleTextView : public QTextEdit
{
    Q_OBJECT

public:
    /** Longer side of an image thumbnail in the readable view, in pixels. */
    static constexpr int kThumbnailSide = 220;

    explicit ArticleTextView(QWidget *parent = nullptr);
    /** Cancels the thumbnails still pending. */
    ~ArticleTextView() override;

    /**
     * Where thumbnails come from (not owned). The view makes one of its own until this is
     * called; pending thumbnails are asked for again from the new service.
     */
    void setImageService(ImageLoadingService *service);
    ImageLoadingService *imageService() const { return mImages; }

    void setArticleDocument(ArticleDocument *document);

    /** Shows the raw source instead of the readable article; keeps the selection. */
    void setShowSource(bool source);
    bool showSource() const { return mShowSource; }

    /** The selection in code points of Article::text; invalid when nothing is selected. */
    TextRange selectedRange() const;
    /** Selects `range` (code points) and scrolls to it. */
    void selectRange(const TextRange &range);

    /** Cursor position in this widget for code point `cp`, and back. */
    int toViewPosition(qint64 codePoint) const;
    qint64 toCodePoint(int viewPosition) const;
    /** The table behind toViewPosition() and toCodePoint(). */
    const ViewSourceMap &sourceMap() const { return mMap; }

    /** Anchors drawn emphasised (their region is hovered or selected). */
    void setEmphasisedAnchors(const QSet<QUuid> &ids);

    /** Context menu actions added after the standard ones (e.g. "Link to Selected Region"). */
    void setExtraActions(const QList<QAction *> &actions) { mExtraActions = actions; }

    /** Thumbnails of the readable view still decoding. */
    int pendingThumbnails() const { return int(mThumbnailRequests.size()); }

Q_SIGNALS:
    /** The anchors under the mouse changed (empty when none). */
    void anchorsHovered(const QList<QUuid> &ids);
    /** The last pending thumbnail is in place (or could not be read). */
    void thumbnailsReady();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void articleChanged();
    void reload();
    void showSourceText();
    void renderArticle();
    void applyStaticFormats();
    void refreshHighlights();
    QTextCursor cursorFor(const TextRange &range) const;
    void startThumbnail(int image, const QString &path);
    void setThumbnail(int image, const QImage &thumbnail);
    void finishThumbnail(quint64 ticket, const QImage &thumbnail);
    void cancelThumbnails();

    QPointer<ArticleDocument> mDocument;
    ViewSourceMap mMap;
    bool mShowSource = false;
    QSet<QUuid> mEmphasised;
    QList<QUuid> mHovered;
    QList<QAction *> mExtraActions;

    QPointer<ImageLoadingService> mImages;
    QHash<quint64, int> mThumbnailRequests; ///< pending ticket → image index
    QHash<int, int> mImagePositions; ///< image index → view position of its thumbnail
};

} // namespace provena
