// SPDX-License-Identifier: MIT
#include "ui/text/articletextview.h"

#include "core/document/articledocument.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

#include <algorithm>

namespace provena {

ArticleTextView::ArticleTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("articleText"));
    setAccessibleName(tr("Article text"));
    setAccessibleDescription(tr("The article, read-only. Linked passages are highlighted."));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setMouseTracking(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Open an article with File › Open (Ctrl+O) or drop a file here."));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
}

void ArticleTextView::setArticleDocument(ArticleDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        connect(document, &ArticleDocument::articleChanged, this, &ArticleTextView::reload);
        for (auto signal : {&ArticleDocument::anchorAdded, &ArticleDocument::anchorRemoved,
                            &ArticleDocument::anchorChanged, &ArticleDocument::regionAdded,
                            &ArticleDocument::regionRemoved, &ArticleDocument::regionChanged})
            connect(document, signal, this, &ArticleTextView::refreshHighlights);
        connect(document, &ArticleDocument::annotationsReset, this,
                &ArticleTextView::refreshHighlights);
        connect(document, &ArticleDocument::labelsChanged, this,
                &ArticleTextView::refreshHighlights);
    }
    reload();
}

void ArticleTextView::reload()
{
    mDroppedCr.clear();
    mEmphasised.clear();
    if (!mDocument) {
        mIndex = CodePointIndex();
        setPlainText({});
        return;
    }
    const QString &text = mDocument->article().text;
    mIndex = CodePointIndex(text);
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            mDroppedCr.append(i);
    }
    QString shown = text;
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    setPlainText(shown);
    applyStaticFormats();
    refreshHighlights();
}

int ArticleTextView::toViewPosition(qint64 codePoint) const
{
    const qsizetype utf16 = mIndex.toUtf16(codePoint);
    const auto dropped
        = std::lower_bound(mDroppedCr.cbegin(), mDroppedCr.cend(), utf16) - mDroppedCr.cbegin();
    return int(utf16 - dropped);
}

qint64 ArticleTextView::toCodePoint(int viewPosition) const
{
    // Each dropped CR before a position shifts it by one; walk them in order.
    qsizetype utf16 = viewPosition;
    for (const qsizetype cr : mDroppedCr) {
        if (cr < utf16)
            ++utf16;
        else
            break;
    }
    return mIndex.toCodePoint(utf16);
}

QTextCursor ArticleTextView::cursorFor(const TextRange &range) const
{
    QTextCursor c(QPlainTextEdit::document());
    const int end = QPlainTextEdit::document()->characterCount() - 1;
    c.setPosition(qBound(0, toViewPosition(range.start), end));
    c.setPosition(qBound(0, toViewPosition(range.end), end), QTextCursor::KeepAnchor);
    return c;
}

TextRange ArticleTextView::selectedRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {};
    return {toCodePoint(c.selectionStart()), toCodePoint(c.selectionEnd())};
}

void ArticleTextView::selectRange(const TextRange &range)
{
    if (!range.isValid())
        return;
    setTextCursor(cursorFor(range));
    ensureCursorVisible();
}

void ArticleTextView::applyStaticFormats()
{
    // Captions and credits are part of the text; mark them so they read as picture furniture.
    QTextCharFormat caption;
    caption.setFontItalic(true);
    caption.setBackground(QColor(0xee, 0xf2, 0xf7));
    caption.setForeground(QColor(0x33, 0x44, 0x55));
    QTextCharFormat credit;
    credit.setFontWeight(QFont::Bold);
    credit.setFontCapitalization(QFont::SmallCaps);
    credit.setBackground(QColor(0xfd, 0xf1, 0xd6));
    credit.setForeground(QColor(0x6b, 0x45, 0x00));
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(font().pointSizeF() * 1.35);
    if (!mDocument)
        return;
    const Article &article = mDocument->article();
    if (article.titleRange.isValid())
        cursorFor(article.titleRange).mergeCharFormat(title);
    for (const ImageRef &image : article.images) {
        if (image.captionRange.isValid())
            cursorFor(image.captionRange).mergeCharFormat(caption);
        if (image.creditRange.isValid())
            cursorFor(image.creditRange).mergeCharFormat(credit);
    }
}

void ArticleTextView::setEmphasisedAnchors(const QSet<QUuid> &ids)
{
    if (ids == mEmphasised)
        return;
    mEmphasised = ids;
    refreshHighlights();
}

void ArticleTextView::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (mDocument) {
        for (const TextAnchor &anchor : mDocument->anchors()) {
            if (!anchor.range.isValid() || anchor.status == TextAnchor::Status::Orphaned)
                continue;
            const QList<QUuid> regions = mDocument->regionsLinkedTo(anchor.id);
            QColor colour(0xff, 0xd7, 0x00); // an anchor with only a note of its own
            if (!regions.isEmpty()) {
                if (const Region *r = mDocument->region(regions.first()))
                    colour = mDocument->labels().colourFor(r->label);
            }
            const bool strong = mEmphasised.contains(anchor.id);
            QTextEdit::ExtraSelection sel;
            sel.cursor = cursorFor(anchor.range);
            QColor background = colour;
            background.setAlpha(strong ? 150 : 60);
            sel.format.setBackground(background);
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(colour);
            if (strong)
                sel.format.setFontWeight(QFont::Bold);
            sel.format.setToolTip(anchor.note.isEmpty()
                                      ? tr("Linked to %n region(s)", nullptr, int(regions.size()))
                                      : anchor.note);
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
}

void ArticleTextView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    QList<QUuid> hovered;
    if (mDocument) {
        const qint64 cp = toCodePoint(cursorForPosition(event->position().toPoint()).position());
        for (const TextAnchor &anchor : mDocument->anchors()) {
            if (anchor.range.contains(cp))
                hovered.append(anchor.id);
        }
    }
    if (hovered != mHovered) {
        mHovered = hovered;
        Q_EMIT anchorsHovered(hovered);
    }
}

void ArticleTextView::leaveEvent(QEvent *event)
{
    QPlainTextEdit::leaveEvent(event);
    if (!mHovered.isEmpty()) {
        mHovered.clear();
        Q_EMIT anchorsHovered({});
    }
}

void ArticleTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (!mExtraActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(mExtraActions);
    }
    menu->exec(event->globalPos());
    delete menu;
}

} // namespace provena
