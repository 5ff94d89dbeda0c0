// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "core/model/textrange.h"

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace provena {

/**
 * The article text, read-only but selectable. Captions and credits of the article's images are
 * marked; spans linked to regions are highlighted in their label's colour (stronger while the
 * region or the span is hovered).
 *
 * Positions in the model are code points of Article::text; this view converts them to its own
 * document positions (UTF-16, with each CR LF shown as one line break).
 */
class ArticleTextView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleTextView(QWidget *parent = nullptr);

    void setArticleDocument(ArticleDocument *document);

    /** The selection in code points of Article::text; invalid when nothing is selected. */
    TextRange selectedRange() const;
    /** Selects `range` (code points) and scrolls to it. */
    void selectRange(const TextRange &range);

    /** Cursor position in this widget for code point `cp`, and back. */
    int toViewPosition(qint64 codePoint) const;
    qint64 toCodePoint(int viewPosition) const;

    /** Anchors drawn emphasised (their region is hovered or selected). */
    void setEmphasisedAnchors(const QSet<QUuid> &ids);

    /** Context menu actions added after the standard ones (e.g. "Link to Selected Region"). */
    void setExtraActions(const QList<QAction *> &actions) { mExtraActions = actions; }

Q_SIGNALS:
    /** The anchors under the mouse changed (empty when none). */
    void anchorsHovered(const QList<QUuid> &ids);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void reload();
    void applyStaticFormats();
    void refreshHighlights();
    QTextCursor cursorFor(const TextRange &range) const;

    QPointer<ArticleDocument> mDocument;
    CodePointIndex mIndex;
    /** UTF-16 indexes in Article::text of every CR that is followed by LF (not in the view). */
    QList<qsizetype> mDroppedCr;
    QSet<QUuid> mEmphasised;
    QList<QUuid> mHovered;
    QList<QAction *> mExtraActions;
};

} // namespace provena
