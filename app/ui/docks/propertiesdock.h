// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include <QDockWidget>
#include <QPointer>
#include <QUuid>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace provena {

class MergeConflictPanel;

/**
 * Edits the selected regions: label (for all of them), and for a single region its note, entity,
 * confidence and linked text spans. Every edit is a command; typing bursts merge into one step.
 * A single region's merge conflicts, and those of the spans it links to, are listed with both
 * values to keep one (MergeConflictPanel).
 */
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropertiesDock(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    void setRegions(const QList<QUuid> &ids);

    QComboBox *labelCombo() const { return mLabel; }
    QListWidget *linksList() const { return mLinks; }
    /** Item data role of linksList() holding the anchor's TextAnchor::Status (as int). */
    static int anchorStatusRole();
    /** "Created by <author>, <local date-time>" and, when later, "Modified <date-time>". */
    static QString provenanceText(const Region &region);
    QLabel *summaryLabel() const { return mSummary; }
    /** Who drew the single selected region and when (created, modified; local time). */
    QLabel *provenanceLabel() const { return mProvenance; }
    MergeConflictPanel *mergeConflictPanel() const { return mConflicts; }

Q_SIGNALS:
    /** The analyst asked to see a linked span in the text. */
    void anchorActivated(const QUuid &anchorId);

private:
    void refresh();
    void refillLabels();
    void unlinkSelected();

    QPointer<ArticleDocument> mDocument;
    QList<QUuid> mIds;
    QLabel *mSummary;
    QLabel *mProvenance;
    MergeConflictPanel *mConflicts;
    QComboBox *mLabel;
    QPlainTextEdit *mNote;
    QLineEdit *mEntityName;
    QLineEdit *mEntityId;
    QDoubleSpinBox *mConfidence;
    QListWidget *mLinks;
    QPushButton *mUnlink;
    QWidget *mSingleOnly;
    bool mUpdating = false;
};

} // namespace provena
