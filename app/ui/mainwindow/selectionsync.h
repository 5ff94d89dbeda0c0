// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QUuid>

class QLabel;

namespace provena {

class ArticleTextView;
class CanvasPane;
class DocumentSession;
class PropertiesDock;
class RegionsDock;

/**
 * Keeps the views of the selection in step: the canvas, the Regions dock and the Properties
 * dock show the same regions, hovering a region emphasises its linked text (and names it in the
 * status bar), hovering linked text highlights its regions.
 */
class SelectionSync : public QObject
{
    Q_OBJECT

public:
    SelectionSync(DocumentSession *session, CanvasPane *canvas, ArticleTextView *text,
                  RegionsDock *regions, PropertiesDock *properties, QLabel *hoveredRegion,
                  QObject *parent = nullptr);

    /** The canvas selection changed (or another image is shown): the docks follow. */
    void onSceneSelectionChanged();

Q_SIGNALS:
    /** The selection changed: actions that depend on it need updating. */
    void selectionChanged();

private:
    void onDockSelectionChanged(const QList<QUuid> &ids);
    void onRegionHovered(const QUuid &id);
    void onAnchorsHovered(const QList<QUuid> &ids);
    void updateEmphasis();

    DocumentSession *mSession;
    CanvasPane *mCanvas;
    ArticleTextView *mText;
    RegionsDock *mRegionsDock;
    PropertiesDock *mPropertiesDock;
    QLabel *mHoveredLabel;
    QUuid mHoveredRegion;
    QList<QUuid> mHoveredAnchors;
    bool mSyncing = false;
};

} // namespace provena
