// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/region.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

namespace provena {

class ActionManager;
class ArticleDocument;
class ArticleTextView;
class DocumentSession;
class ImageScene;

/**
 * What the analyst does to selected regions (Tiled's MapDocumentActionHandler): copy, paste,
 * duplicate, delete, select all, link to the selected text and mark reviewed, with the
 * actions' enabled states. Every change is one command on the document's undo stack.
 *
 * The selection is the document's (ArticleDocument::selectedRegions()); the scene gives the
 * image being shown, which is where pasted regions go.
 */
class RegionActionHandler : public QObject
{
    Q_OBJECT

public:
    /** Creates its actions in `actions`. */
    RegionActionHandler(ActionManager *actions, DocumentSession *session, ImageScene *scene,
                        ArticleTextView *text, QObject *parent = nullptr);

    /** The document to act on; null when none is open. */
    void setDocument(ArticleDocument *document);

    /** Links the selected text to the single selected region (Ctrl+L). */
    bool linkSelectedText();
    void copyRegions();
    void pasteRegions();
    void duplicateRegions();
    void deleteRegions();
    /** Clears "needs review" on the selected regions (one undo step). */
    void markRegionsReviewed();
    void selectAll();

    /** Enables the actions that apply to the selection, the clipboard and the text selection. */
    void updateActions();

Q_SIGNALS:
    /** A short note for the status bar. */
    void statusMessage(const QString &message, int timeoutMs);

private:
    QList<QUuid> selection() const;
    void pasteRegionList(const QList<Region> &regions, const QPointF &offset);

    ActionManager *mActions;
    DocumentSession *mSession;
    ImageScene *mScene;
    ArticleTextView *mText;
    QPointer<ArticleDocument> mDocument;
};

} // namespace provena
