// SPDX-License-Identifier: MIT
#include "ui/docks/propertiesdock.h"

#include "core/commands/changeregionscommand.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/document/articledocument.h"
#include "ui/docks/mergeconflictpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace provena {

namespace {
constexpr int kAnchorIdRole = Qt::UserRole + 1;
}

namespace {

QString dateTimeText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : PropertiesDock::tr("unknown");
}

} // namespace

QString PropertiesDock::provenanceText(const Region &region)
{
    const QString author = region.author.isEmpty() ? tr("unknown") : region.author;
    QString text = tr("Created by %1, %2").arg(author, dateTimeText(region.created));
    if (region.modified.isValid() && region.modified != region.created)
        text += QLatin1Char('\n') + tr("Modified %1").arg(dateTimeText(region.modified));
    return text;
}

int PropertiesDock::anchorStatusRole()
{
    return Qt::UserRole + 2;
}

PropertiesDock::PropertiesDock(QWidget *parent)
    : QDockWidget(tr("Properties"), parent)
    , mSummary(new QLabel)
    , mProvenance(new QLabel)
    , mConflicts(new MergeConflictPanel)
    , mLabel(new QComboBox)
    , mNote(new QPlainTextEdit)
    , mEntityName(new QLineEdit)
    , mEntityId(new QLineEdit)
    , mConfidence(new QDoubleSpinBox)
    , mLinks(new QListWidget)
    , mUnlink(new QPushButton(tr("&Unlink")))
    , mSingleOnly(new QWidget)
{
    setObjectName(QStringLiteral("propertiesDock"));
    setAccessibleName(tr("Properties"));
    auto *content = new QWidget;
    auto *outer = new QVBoxLayout(content);
    outer->setContentsMargins(6, 6, 6, 6);
    mSummary->setWordWrap(true);
    outer->addWidget(mSummary);
    mProvenance->setObjectName(QStringLiteral("provenance"));
    mProvenance->setWordWrap(true);
    mProvenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mProvenance->setAccessibleName(tr("Author and dates"));
    outer->addWidget(mProvenance);
    outer->addWidget(mConflicts);

    auto *labelForm = new QFormLayout;
    mLabel->setAccessibleName(tr("Label"));
    labelForm->addRow(tr("&Label:"), mLabel);
    outer->addLayout(labelForm);

    auto *form = new QFormLayout(mSingleOnly);
    form->setContentsMargins(0, 0, 0, 0);
    mNote->setAccessibleName(tr("Note"));
    mNote->setTabChangesFocus(true);
    mNote->setMaximumHeight(90);
    form->addRow(tr("&Note:"), mNote);
    mEntityName->setAccessibleName(tr("Entity name"));
    mEntityName->setPlaceholderText(tr("Who or what this shows"));
    form->addRow(tr("&Entity:"), mEntityName);
    mEntityId->setAccessibleName(tr("Entity identifier"));
    mEntityId->setPlaceholderText(tr("e.g. http://www.wikidata.org/entity/Q…"));
    form->addRow(tr("&Identifier:"), mEntityId);
    mConfidence->setAccessibleName(tr("Confidence"));
    mConfidence->setRange(-0.01, 1);
    mConfidence->setSingleStep(0.05);
    mConfidence->setDecimals(2);
    mConfidence->setSpecialValueText(tr("Not stated"));
    form->addRow(tr("&Confidence:"), mConfidence);
    mLinks->setAccessibleName(tr("Linked text spans"));
    mLinks->setWordWrap(true);
    form->addRow(tr("Linked text:"), mLinks);
    mUnlink->setAccessibleName(tr("Unlink the selected span"));
    form->addRow(QString(), mUnlink);
    outer->addWidget(mSingleOnly);
    outer->addStretch();
    setWidget(content);

    connect(mLabel, &QComboBox::activated, this, [this] {
        if (mUpdating || !mDocument || mIds.isEmpty())
            return;
        const QString label = mLabel->currentData().toString();
        mDocument->undoStack()->push(ChangeRegionsCommand::relabel(mDocument, mIds, label));
    });
    connect(mNote, &QPlainTextEdit::textChanged, this, [this] {
        if (mUpdating || !mDocument || mIds.size() != 1)
            return;
        mDocument->undoStack()->push(
            ChangeRegionsCommand::setNote(mDocument, mIds.first(), mNote->toPlainText()));
    });
    const auto pushEntity = [this] {
        if (mUpdating || !mDocument || mIds.size() != 1)
            return;
        mDocument->undoStack()->push(ChangeRegionsCommand::setEntity(
            mDocument, mIds.first(), Entity {mEntityName->text(), mEntityId->text().trimmed()}));
    };
    connect(mEntityName, &QLineEdit::textEdited, this, pushEntity);
    connect(mEntityId, &QLineEdit::textEdited, this, pushEntity);
    connect(mConfidence, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (mUpdating || !mDocument || mIds.size() != 1)
            return;
        mDocument->undoStack()->push(
            ChangeRegionsCommand::setConfidence(mDocument, mIds.first(), value < 0 ? -1 : value));
    });
    connect(mUnlink, &QPushButton::clicked, this, &PropertiesDock::unlinkSelected);
    connect(mLinks, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT anchorActivated(item->data(kAnchorIdRole).toUuid());
    });
    connect(mLinks, &QListWidget::currentRowChanged, this,
            [this](int row) { mUnlink->setEnabled(row >= 0); });
    refresh();
}

void PropertiesDock::setDocument(ArticleDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mIds.clear();
    mConflicts->setDocument(document);
    if (document) {
        connect(document, &ArticleDocument::regionChanged, this, [this](const QUuid &id) {
            if (mIds.contains(id))
                refresh();
        });
        connect(document, &ArticleDocument::regionRemoved, this, [this](const QUuid &id) {
            if (mIds.removeAll(id))
                refresh();
        });
        connect(document, &ArticleDocument::anchorChanged, this, &PropertiesDock::refresh);
        connect(document, &ArticleDocument::annotationsReset, this, [this] {
            mIds.clear();
            refresh();
        });
        connect(document, &ArticleDocument::labelsChanged, this, &PropertiesDock::refresh);
    }
    refresh();
}

void PropertiesDock::setRegions(const QList<QUuid> &ids)
{
    mIds = ids;
    refresh();
}

void PropertiesDock::refillLabels()
{
    mLabel->clear();
    if (!mDocument)
        return;
    for (const Label &label : mDocument->labels().labels()) {
        QPixmap swatch(12, 12);
        swatch.fill(label.colour);
        mLabel->addItem(QIcon(swatch), label.displayName(), label.id);
        mLabel->setItemData(mLabel->count() - 1, label.displayDescription(), Qt::ToolTipRole);
    }
}

void PropertiesDock::refresh()
{
    mUpdating = true;
    refillLabels();
    QList<const Region *> regions;
    for (const QUuid &id : std::as_const(mIds)) {
        if (const Region *r = mDocument ? mDocument->region(id) : nullptr)
            regions.append(r);
    }
    const bool any = !regions.isEmpty();
    const bool single = regions.size() == 1;
    mLabel->setEnabled(any);
    mSingleOnly->setEnabled(single);
    if (!any)
        mSummary->setText(
            tr("No region selected. Select one on the image or in the Regions list."));
    else if (single && !regions.first()->mergeConflicts.isEmpty())
        mSummary->setText(tr("One region selected. It needs review: changes merged from disk "
                             "conflict with yours; keep one value of each below."));
    else if (single && regions.first()->needsReview)
        mSummary->setText(tr("One region selected. It needs review: its image changed since it "
                             "was drawn."));
    else if (single)
        mSummary->setText(tr("One region selected."));
    else
        mSummary->setText(
            tr("%n regions selected; the label applies to all.", nullptr, int(regions.size())));

    if (any) {
        const QString label = regions.first()->label;
        int index = mLabel->findData(label);
        if (index < 0) {
            mLabel->addItem(label, label);
            index = mLabel->count() - 1;
        }
        mLabel->setCurrentIndex(index);
    } else {
        mLabel->setCurrentIndex(-1);
    }

    const Region *r = single ? regions.first() : nullptr;
    mProvenance->setVisible(r);
    mProvenance->setText(r ? provenanceText(*r) : QString());
    mConflicts->setItems(r ? QList<QUuid> {r->id} + r->links : QList<QUuid> {});
    // Don't rewrite the field being typed in: the cursor would jump.
    if (!mNote->hasFocus() || !r)
        mNote->setPlainText(r ? r->note : QString());
    if (!mEntityName->hasFocus() || !r)
        mEntityName->setText(r ? r->entity.name : QString());
    if (!mEntityId->hasFocus() || !r)
        mEntityId->setText(r ? r->entity.identifier : QString());
    mConfidence->setValue(r && r->hasConfidence() ? r->confidence : -0.01);

    mLinks->clear();
    if (r) {
        for (const QUuid &anchorId : r->links) {
            const TextAnchor *a = mDocument->anchor(anchorId);
            if (!a)
                continue;
            QString text = QStringLiteral("“%1”").arg(a->exact);
            QString tip = tr("Characters %1–%2").arg(a->range.start).arg(a->range.end);
            auto *item = new QListWidgetItem(mLinks);
            switch (a->status) {
            case TextAnchor::Status::Orphaned:
                text = tr("%1 — orphaned").arg(text);
                tip = tr("Not found in the article text any more; the last known quote is "
                         "kept. Unlink it, or link the region to the passage again.");
                item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setForeground(QColor(0xb0, 0x30, 0x00));
                break;
            case TextAnchor::Status::Fuzzy:
                text = tr("%1 — approximate match (%2 %)")
                           .arg(text)
                           .arg(qRound(a->similarity * 100));
                tip = tr("Found again by approximate match at characters %1–%2; check the "
                         "highlighted passage.")
                          .arg(a->range.start)
                          .arg(a->range.end);
                item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion));
                break;
            case TextAnchor::Status::Moved:
            case TextAnchor::Status::Resolved:
                break;
            }
            item->setText(text);
            item->setData(kAnchorIdRole, a->id);
            item->setData(anchorStatusRole(), int(a->status));
            item->setToolTip(tip);
        }
    }
    mUnlink->setEnabled(mLinks->currentRow() >= 0);
    mUpdating = false;
}

void PropertiesDock::unlinkSelected()
{
    QListWidgetItem *item = mLinks->currentItem();
    if (!item || !mDocument || mIds.size() != 1)
        return;
    mDocument->undoStack()->push(new UnlinkRegionFromTextCommand(
        mDocument, mIds.first(), item->data(kAnchorIdRole).toUuid()));
}

} // namespace provena
