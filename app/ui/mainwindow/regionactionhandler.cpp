// SPDX-License-Identifier: MIT
#include "ui/mainwindow/regionactionhandler.h"

#include "core/commands/addremoveregions.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/commands/markregionsreviewedcommand.h"
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "session/documentsession.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/regionitem.h"
#include "ui/mainwindow/actionmanager.h"
#include "ui/mainwindow/regionclipboard.h"
#include "ui/text/articletextview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace provena {

namespace {

constexpr double kPasteOffset = 10;
constexpr int kShortMessageMs = 3000;

} // namespace

RegionActionHandler::RegionActionHandler(ActionManager *actions, DocumentSession *session,
                                         ImageScene *scene, ArticleTextView *text, QObject *parent)
    : QObject(parent)
    , mActions(actions)
    , mSession(session)
    , mScene(scene)
    , mText(text)
{
    QAction *a = actions->add(QStringLiteral("copy"), tr("&Copy"), {QKeySequence::Copy});
    connect(a, &QAction::triggered, this, [this] {
        if (mText->hasFocus())
            mText->copy();
        else
            copyRegions();
    });
    a = actions->add(QStringLiteral("paste"), tr("&Paste"), {QKeySequence::Paste});
    connect(a, &QAction::triggered, this, &RegionActionHandler::pasteRegions);
    a = actions->add(QStringLiteral("duplicate"), tr("D&uplicate"),
                     {QKeySequence(Qt::CTRL | Qt::Key_D)});
    connect(a, &QAction::triggered, this, &RegionActionHandler::duplicateRegions);
    a = actions->add(QStringLiteral("delete"), tr("&Delete"), {QKeySequence::Delete});
    connect(a, &QAction::triggered, this, &RegionActionHandler::deleteRegions);
    a = actions->add(QStringLiteral("markReviewed"), tr("Mark Region(s) &Reviewed"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    a->setStatusTip(tr("The region still matches its changed image: clear “needs review”."));
    connect(a, &QAction::triggered, this, &RegionActionHandler::markRegionsReviewed);
    a = actions->add(QStringLiteral("selectAll"), tr("Select &All Regions"),
                     {QKeySequence::SelectAll});
    connect(a, &QAction::triggered, this, &RegionActionHandler::selectAll);
    a = actions->add(QStringLiteral("linkText"), tr("&Link Selected Text to Region"),
                     {QKeySequence(Qt::CTRL | Qt::Key_L)});
    connect(a, &QAction::triggered, this, &RegionActionHandler::linkSelectedText);
    mText->setExtraActions({a});

    connect(mText, &QTextEdit::selectionChanged, this, &RegionActionHandler::updateActions);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &RegionActionHandler::updateActions);
}

void RegionActionHandler::setDocument(ArticleDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    updateActions();
}

QList<QUuid> RegionActionHandler::selection() const
{
    return mDocument ? mScene->selectedRegionIds() : QList<QUuid>();
}

bool RegionActionHandler::linkSelectedText()
{
    const QList<QUuid> selected = selection();
    const TextRange range = mText->selectedRange();
    if (!mDocument || selected.size() != 1 || !range.isValid() || range.length() == 0) {
        Q_EMIT statusMessage(
            tr("Select one region on the image and some text in the article, then link."), 5000);
        return false;
    }
    const QString &text = mDocument->article().text;
    const CodePointIndex index(text);
    // A drag picks up the space and the comma after a name: link the words only.
    const TextRange words = trimLinkRange(text, index, range);
    if (words.length() == 0) {
        Q_EMIT statusMessage(tr("The selection holds no words to link."), 5000);
        return false;
    }
    mDocument->undoStack()->push(new LinkRegionToTextCommand(mDocument, selected.first(),
                                                             makeTextAnchor(text, index, words)));
    Q_EMIT statusMessage(tr("Linked."), kShortMessageMs);
    return true;
}

void RegionActionHandler::copyRegions()
{
    if (!mDocument)
        return;
    RegionClipboard::Content content;
    content.sourceArticle = mSession->articlePath();
    content.sourceImage = mScene->imageIndex();
    for (const QUuid &id : selection()) {
        if (const Region *r = mDocument->region(id))
            content.regions.append(RegionClipboard::carried(*r));
    }
    if (content.regions.isEmpty())
        return;
    // The clipboard takes ownership; other windows (and other programs) can read it.
    QGuiApplication::clipboard()->setMimeData(
        RegionClipboard::toMimeData(content, mDocument->labels()));
    Q_EMIT statusMessage(tr("Copied %n region(s).", nullptr, int(content.regions.size())),
                         kShortMessageMs);
    updateActions();
}

void RegionActionHandler::pasteRegions()
{
    if (!mDocument || !mScene->hasImage())
        return;
    const std::optional<RegionClipboard::Content> content
        = RegionClipboard::fromMimeData(QGuiApplication::clipboard()->mimeData());
    if (!content) {
        Q_EMIT statusMessage(tr("The clipboard holds no regions to paste."), kShortMessageMs);
        return;
    }
    // On the image they were copied from, offset the copies so they do not hide the originals.
    const bool sameImage = content->sourceArticle == mSession->articlePath()
        && content->sourceImage == mScene->imageIndex();
    pasteRegionList(content->regions, sameImage ? QPointF(kPasteOffset, kPasteOffset) : QPointF());
}

void RegionActionHandler::pasteRegionList(const QList<Region> &regions, const QPointF &offset)
{
    const QList<Region> pasted = RegionClipboard::prepareForPaste(regions, mScene->imageIndex(),
                                                                  mScene->imageSize(), offset);
    if (pasted.isEmpty())
        return;
    QList<QUuid> ids;
    for (const Region &r : pasted)
        ids.append(r.id);
    mDocument->undoStack()->push(new AddRegionsCommand(mDocument, pasted));
    mScene->selectRegions(ids);
}

void RegionActionHandler::duplicateRegions()
{
    if (!mDocument || !mScene->hasImage())
        return;
    // Leaves the clipboard alone.
    QList<Region> regions;
    for (const QUuid &id : selection()) {
        if (const Region *r = mDocument->region(id))
            regions.append(*r);
    }
    pasteRegionList(regions, QPointF(kPasteOffset, kPasteOffset));
}

void RegionActionHandler::deleteRegions()
{
    const QList<QUuid> ids = selection();
    if (ids.isEmpty())
        return;
    mDocument->undoStack()->push(new RemoveRegionsCommand(mDocument, ids));
}

void RegionActionHandler::markRegionsReviewed()
{
    if (!mDocument)
        return;
    auto *command = new MarkRegionsReviewedCommand(mDocument, selection());
    const int count = command->count();
    mDocument->undoStack()->push(command);
    if (count > 0)
        Q_EMIT statusMessage(tr("Marked %n region(s) reviewed.", nullptr, count), kShortMessageMs);
    updateActions();
}

void RegionActionHandler::selectAll()
{
    if (mText->hasFocus()) {
        mText->selectAll();
        return;
    }
    QList<QUuid> ids;
    for (RegionItem *item : mScene->regionItems())
        ids.append(item->regionId());
    mScene->selectRegions(ids);
}

void RegionActionHandler::updateActions()
{
    const bool open = mDocument != nullptr;
    const QList<QUuid> selected = selection();
    mActions->setEnabled(
        QStringLiteral("paste"),
        open && mScene->hasImage()
            && RegionClipboard::hasRegions(QGuiApplication::clipboard()->mimeData()));
    bool review = false;
    for (const QUuid &id : selected) {
        const Region *r = mDocument->region(id);
        review = review || (r && r->needsReview);
    }
    mActions->setEnabled(QStringLiteral("markReviewed"), review);
    mActions->setEnabled(QStringLiteral("duplicate"), !selected.isEmpty());
    mActions->setEnabled(QStringLiteral("delete"), !selected.isEmpty());
    mActions->setEnabled(QStringLiteral("linkText"),
                         selected.size() == 1 && mText->textCursor().hasSelection());
}

} // namespace provena
