// SPDX-License-Identifier: MIT
#include "ui/text/articletextview.h"

#include "core/document/articledocument.h"
#include "formats/articlelayout.h"
#include "media/imageloadingservice.h"

#include <QContextMenuEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextList>
#include <QUrl>

#include <algorithm>

namespace provena {

namespace {

using Kind = ArticleLayout::BlockKind;

QUrl thumbnailUrl(int image)
{
    return QUrl(QStringLiteral("provena-thumbnail:%1").arg(image));
}

/** The box shown until a thumbnail is ready, or instead of it. */
QImage placeholder(const QString &text)
{
    QImage box(ArticleTextView::kThumbnailSide, ArticleTextView::kThumbnailSide * 2 / 3,
               QImage::Format_ARGB32_Premultiplied);
    box.fill(QColor(0xe4, 0xe6, 0xea));
    QPainter p(&box);
    p.setPen(QColor(0x88, 0x8c, 0x94));
    p.drawRect(box.rect().adjusted(0, 0, -1, -1));
    p.setPen(QColor(0x44, 0x48, 0x50));
    p.drawText(box.rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
    return box;
}

QTextCharFormat captionFormat()
{
    QTextCharFormat f;
    f.setFontItalic(true);
    f.setBackground(QColor(0xee, 0xf2, 0xf7));
    f.setForeground(QColor(0x33, 0x44, 0x55));
    return f;
}

QTextCharFormat creditFormat()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    f.setFontCapitalization(QFont::SmallCaps);
    f.setBackground(QColor(0xfd, 0xf1, 0xd6));
    f.setForeground(QColor(0x6b, 0x45, 0x00));
    return f;
}

} // namespace

ArticleTextView::ArticleTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("articleText"));
    setAccessibleName(tr("Article text"));
    setAccessibleDescription(tr("The article, read-only. Linked passages are highlighted."));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setPlaceholderText(tr("Open an article with File › Open (Ctrl+O) or drop a file here."));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    setFont(f);
    setImageService(new ImageLoadingService(this));
}

ArticleTextView::~ArticleTextView()
{
    cancelThumbnails();
}

void ArticleTextView::setImageService(ImageLoadingService *service)
{
    if (!service || service == mImages)
        return;
    if (mImages) {
        cancelThumbnails();
        disconnect(mImages, nullptr, this, nullptr);
        if (mImages->parent() == this)
            delete mImages.data();
    }
    mImages = service;
    connect(service, &ImageLoadingService::loaded, this,
            [this](quint64 ticket, const QString &, const QImage &image) {
                finishThumbnail(ticket, image);
            });
    connect(service, &ImageLoadingService::failed, this,
            [this](quint64 ticket, const QString &, const Error &error) {
                const auto at = mThumbnailRequests.constFind(ticket);
                if (at == mThumbnailRequests.cend())
                    return;
                finishThumbnail(
                    ticket,
                    placeholder(tr("Image %1 cannot be read\n%2").arg(*at + 1).arg(error.message)));
            });
    if (!mImagePositions.isEmpty())
        reload(); // asks the new service for the thumbnails
}

void ArticleTextView::setArticleDocument(ArticleDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        connect(document, &ArticleDocument::articleChanged, this, &ArticleTextView::articleChanged);
        for (auto signal : {&ArticleDocument::anchorAdded, &ArticleDocument::anchorRemoved,
                            &ArticleDocument::anchorChanged, &ArticleDocument::regionAdded,
                            &ArticleDocument::regionRemoved})
            connect(document, signal, this, &ArticleTextView::refreshHighlights);
        // Highlights show links in their label's colour: a drag changes neither.
        connect(
            document, &ArticleDocument::regionChanged, this,
            [this](const QUuid &, ArticleDocument::RegionChanges what) {
                if (what
                    & (ArticleDocument::RegionChange::Links | ArticleDocument::RegionChange::Label))
                    refreshHighlights();
            });
        connect(document, &ArticleDocument::annotationsReset, this,
                &ArticleTextView::refreshHighlights);
        connect(document, &ArticleDocument::labelsChanged, this,
                &ArticleTextView::refreshHighlights);
        // A file attached or fetched for an image replaces its "not on disk" placeholder.
        connect(document, &ArticleDocument::imageFileChanged, this, [this](int index) {
            const QString path = mDocument->article().images.value(index).localPath;
            if (mImagePositions.contains(index) && !path.isEmpty())
                startThumbnail(index, path);
        });
    }
    articleChanged();
}

void ArticleTextView::articleChanged()
{
    reload();
}

void ArticleTextView::setShowSource(bool source)
{
    if (source == mShowSource)
        return;
    const TextRange selection = selectedRange();
    const qint64 top = toCodePoint(cursorForPosition(QPoint(0, 0)).position());
    mShowSource = source;
    reload();
    if (selection.isValid()) {
        selectRange(selection);
        return;
    }
    // Keep the passage that was at the top of the pane in view.
    QTextCursor c(document());
    c.setPosition(qBound(0, toViewPosition(top), document()->characterCount() - 1));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(c).top());
}

void ArticleTextView::reload()
{
    cancelThumbnails();
    mEmphasised.clear();
    mImagePositions.clear();
    if (!mDocument) {
        mMap = ViewSourceMap();
        clear();
        return;
    }
    if (mShowSource)
        showSourceText();
    else
        renderArticle();
    refreshHighlights();
}

void ArticleTextView::showSourceText()
{
    const QString &text = mDocument->article().text;
    mMap = ViewSourceMap::forSourceText(text);
    QString shown = text;
    shown.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    setPlainText(shown);
    applyStaticFormats();
}

void ArticleTextView::renderArticle()
{
    const Article &article = mDocument->article();
    mMap = ViewSourceMap(article.text);
    QTextDocument *doc = document();
    doc->clear();
    doc->setDocumentMargin(14);
    const double base = font().pointSizeF();

    QTextCursor c(doc);
    // One edit block: the layout runs once at the end, not after every inserted run.
    c.beginEditBlock();
    bool first = true;
    QTextList *list = nullptr;
    int listLevel = 0;
    for (const ArticleLayout::Block &b : ArticleLayout::build(article)) {
        QTextBlockFormat bf;
        QTextCharFormat cf;
        bf.setBottomMargin(10);
        switch (b.kind) {
        case Kind::Title:
            bf.setHeadingLevel(1);
            bf.setBottomMargin(12);
            cf.setFontWeight(QFont::Bold);
            cf.setFontPointSize(base * 1.6);
            break;
        case Kind::Heading:
            bf.setHeadingLevel(qBound(1, b.level, 6));
            bf.setTopMargin(8);
            bf.setBottomMargin(6);
            cf.setFontWeight(QFont::Bold);
            cf.setFontPointSize(base * std::max(1.05, 1.5 - 0.12 * b.level));
            break;
        case Kind::Quote:
            bf.setLeftMargin(24);
            bf.setRightMargin(12);
            cf.setForeground(QColor(0x4a, 0x4f, 0x57));
            break;
        case Kind::ListItem:
            bf.setBottomMargin(3);
            break;
        case Kind::Image:
            bf.setTopMargin(4);
            bf.setBottomMargin(4);
            break;
        case Kind::Caption:
            bf.setBottomMargin(2);
            cf = captionFormat();
            break;
        case Kind::Credit:
            bf.setBottomMargin(14);
            cf = creditFormat();
            cf.setFontPointSize(base * 0.85);
            break;
        case Kind::Byline:
        case Kind::Dateline:
            bf.setBottomMargin(b.kind == Kind::Dateline ? 12 : 2);
            cf.setFontPointSize(base * 0.9);
            cf.setForeground(QColor(0x55, 0x5a, 0x62));
            break;
        case Kind::Code:
            bf.setLeftMargin(12);
            bf.setBackground(QColor(0xf3, 0xf4, 0xf6));
            cf.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
            break;
        case Kind::Paragraph:
            break;
        }
        if (first)
            c.setBlockFormat(bf);
        else
            c.insertBlock(bf);
        first = false;
        c.setBlockCharFormat(cf);

        if (b.kind == Kind::ListItem) {
            if (list && listLevel == b.level) {
                list->add(c.block());
            } else {
                QTextListFormat lf;
                lf.setStyle(b.level % 2 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
                lf.setIndent(qMax(1, b.level));
                list = c.createList(lf);
                listLevel = b.level;
            }
        } else {
            list = nullptr;
        }

        if (b.kind == Kind::Image) {
            const ImageRef &ref = article.images.at(b.imageIndex);
            const QUrl url = thumbnailUrl(b.imageIndex);
            const QString name = ref.localPath.isEmpty() ? QUrl(ref.url).fileName()
                                                         : QFileInfo(ref.localPath).fileName();
            const QImage cached = mImages->cached(ref.localPath, kThumbnailSide).value_or(QImage());
            const QImage image = !cached.isNull() ? cached
                : ref.localPath.isEmpty()
                ? placeholder(
                    mDocument->imageRecord(b.imageIndex).problem
                            == ImageRecord::Problem::OutsideFolder
                        ? tr("Image %1 is outside the article's folder\n%2")
                              .arg(b.imageIndex + 1)
                              .arg(name)
                        : tr("Image %1 is not on disk\n%2").arg(b.imageIndex + 1).arg(name))
                : placeholder(tr("Loading image %1…").arg(b.imageIndex + 1));
            doc->addResource(QTextDocument::ImageResource, url, image);
            QTextImageFormat f;
            f.setName(url.toString());
            f.setWidth(image.width());
            f.setHeight(image.height());
            f.setToolTip(tr("Image %1: %2").arg(b.imageIndex + 1).arg(name));
            const int at = c.position();
            c.insertImage(f);
            mMap.appendMapped(at, 1, b.source);
            mImagePositions.insert(b.imageIndex, at);
            if (cached.isNull() && !ref.localPath.isEmpty())
                startThumbnail(b.imageIndex, ref.localPath);
            continue;
        }
        for (const ArticleLayout::Run &run : b.runs) {
            QTextCharFormat f = cf;
            if (run.styles.testFlag(ArticleLayout::Emphasis))
                f.setFontItalic(true);
            if (run.styles.testFlag(ArticleLayout::Strong))
                f.setFontWeight(QFont::Bold);
            if (run.styles.testFlag(ArticleLayout::Strikethrough))
                f.setFontStrikeOut(true);
            if (run.styles.testFlag(ArticleLayout::Code)) {
                f.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
                f.setBackground(QColor(0xf0, 0xf1, 0xf3));
            }
            if (run.styles.testFlag(ArticleLayout::Link)) {
                f.setForeground(QColor(0x1a, 0x5f, 0xb4));
                f.setFontUnderline(true);
                f.setToolTip(run.href);
            }
            const int at = c.position();
            c.insertText(run.text, f);
            if (run.verbatim)
                mMap.appendVerbatim(at, run.source);
            else
                mMap.appendMapped(at, c.position() - at, run.source);
        }
    }
    c.endEditBlock();
    setTextCursor(QTextCursor(doc));
}

int ArticleTextView::toViewPosition(qint64 codePoint) const
{
    return int(mMap.toView(codePoint));
}

qint64 ArticleTextView::toCodePoint(int viewPosition) const
{
    return mMap.toSource(viewPosition);
}

QTextCursor ArticleTextView::cursorFor(const TextRange &range) const
{
    QTextCursor c(QTextEdit::document());
    const int end = QTextEdit::document()->characterCount() - 1;
    const auto [from, to] = mMap.toView(range);
    c.setPosition(qBound(0, int(from), end));
    c.setPosition(qBound(0, int(to), end), QTextCursor::KeepAnchor);
    return c;
}

TextRange ArticleTextView::selectedRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {};
    return mMap.toSourceRange(c.selectionStart(), c.selectionEnd());
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
    // Source mode: captions and credits are part of the text; mark them as picture furniture.
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    title.setFontPointSize(font().pointSizeF() * 1.35);
    const Article &article = mDocument->article();
    if (article.titleRange.isValid())
        cursorFor(article.titleRange).mergeCharFormat(title);
    for (const ImageRef &image : article.images) {
        if (image.captionRange.isValid())
            cursorFor(image.captionRange).mergeCharFormat(captionFormat());
        if (image.creditRange.isValid())
            cursorFor(image.creditRange).mergeCharFormat(creditFormat());
    }
}

void ArticleTextView::startThumbnail(int image, const QString &path)
{
    mThumbnailRequests.insert(mImages->request(path, kThumbnailSide), image);
}

void ArticleTextView::finishThumbnail(quint64 ticket, const QImage &thumbnail)
{
    const auto at = mThumbnailRequests.constFind(ticket);
    if (at == mThumbnailRequests.cend())
        return; // the canvas's, the strip's, or for text that was rebuilt meanwhile
    const int image = *at;
    mThumbnailRequests.erase(at);
    setThumbnail(image, thumbnail);
    if (mThumbnailRequests.isEmpty())
        Q_EMIT thumbnailsReady();
}

void ArticleTextView::setThumbnail(int image, const QImage &thumbnail)
{
    const auto at = mImagePositions.constFind(image);
    if (at == mImagePositions.cend() || thumbnail.isNull())
        return;
    document()->addResource(QTextDocument::ImageResource, thumbnailUrl(image), thumbnail);
    QTextCursor c(document());
    c.setPosition(*at);
    c.setPosition(*at + 1, QTextCursor::KeepAnchor);
    QTextImageFormat f = c.charFormat().toImageFormat();
    if (!f.isValid())
        return;
    f.setWidth(thumbnail.width());
    f.setHeight(thumbnail.height());
    c.setCharFormat(f); // lays the block out again with the new picture
}

void ArticleTextView::cancelThumbnails()
{
    // The text was rebuilt or the article replaced: results still coming are dropped, decodes
    // not started never run.
    if (mImages) {
        for (auto it = mThumbnailRequests.cbegin(); it != mThumbnailRequests.cend(); ++it)
            mImages->cancel(it.key());
    }
    mThumbnailRequests.clear();
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
    QTextEdit::mouseMoveEvent(event);
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
    QTextEdit::leaveEvent(event);
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
