// SPDX-License-Identifier: MIT
#include "ui/docks/provenancedock.h"

#include "core/commands/addremoveclaims.h"
#include "core/document/articledocument.h"
#include "core/i18n/language.h"
#include "ui/docks/provenanceassessmentwidget.h"
#include "ui/docks/provenancebadge.h"
#include "ui/docks/provenanceclaimdialog.h"
#include "ui/docks/provenanceclaimmodel.h"
#include "ui/docks/provenancesuggestionsview.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace provena {

namespace {

enum CustodyColumn { StepColumn, AgentColumn, DateColumn, UrlColumn };

QString fileNameOf(const ImageRef &ref)
{
    return ref.localPath.isEmpty() ? QUrl(ref.url).fileName() : QFileInfo(ref.localPath).fileName();
}

} // namespace

ProvenanceDock::ProvenanceDock(QWidget *parent)
    : QDockWidget(tr("Provenance"), parent)
    , mAgencies(AgencyDirectory::builtIn())
    , mHeader(new QLabel)
    , mTabs(new QTabWidget)
    , mClaims(new ProvenanceClaimModel(this))
    , mClaimsView(new QTreeView)
    , mAdd(new QPushButton(tr("Add…")))
    , mEdit(new QPushButton(tr("Edit…")))
    , mAccept(new QPushButton(tr("Accept")))
    , mReject(new QPushButton(tr("Reject")))
    , mDispute(new QPushButton(tr("Dispute")))
    , mRemove(new QPushButton(tr("Remove")))
    , mSuggestions(new ProvenanceSuggestionsView(&mAgencies))
    , mCustody(new QTreeWidget)
    , mAssessment(new ProvenanceAssessmentWidget)
{
    setObjectName(QStringLiteral("provenanceDock"));
    setAccessibleName(tr("Provenance"));
    mClaims->setAgencies(&mAgencies);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    mHeader->setObjectName(QStringLiteral("provenanceHeader"));
    mHeader->setTextFormat(Qt::PlainText);
    layout->addWidget(mHeader);
    mTabs->setObjectName(QStringLiteral("provenanceTabs"));
    mTabs->setDocumentMode(true);
    mTabs->addTab(createClaimsTab(), tr("Claims"));
    mTabs->addTab(mSuggestions, tr("Suggestions"));
    mCustody->setObjectName(QStringLiteral("custodyList"));
    mCustody->setAccessibleName(tr("Chain of custody"));
    mCustody->setRootIsDecorated(false);
    mCustody->setHeaderLabels({tr("Step"), tr("Agent"), tr("Date"), tr("URL")});
    mCustody->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mCustody->header()->setStretchLastSection(true);
    mTabs->addTab(mCustody, tr("Custody"));
    auto *scroll = new QScrollArea;
    scroll->setWidget(mAssessment);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    mTabs->addTab(scroll, tr("Assessment"));
    layout->addWidget(mTabs, 1);
    setWidget(content);

    // As AgencyDirectory::standard(), but a broken file of the user's is said, not skipped.
    if (const Result<AgencyDirectory> user = AgencyDirectory::userAgencies()) {
        for (const AgencyEntry &entry : user.value().entries())
            mAgencies.insert(entry);
    } else {
        mSuggestions->setNotice(
            tr("Your own agencies in %1 were not read, so only the built-in ones are "
               "recognised: %2 Fix or remove the file and reopen the window.")
                .arg(QDir::toNativeSeparators(AgencyDirectory::userAgenciesPath()),
                     user.error().message));
    }
    connect(mSuggestions, &ProvenanceSuggestionsView::evidenceActivated, this,
            &ProvenanceDock::activateEvidence);
    connect(mSuggestions, &ProvenanceSuggestionsView::suggestionsUpdated, this,
            &ProvenanceDock::updateHeader);
    connect(mAssessment, &ProvenanceAssessmentWidget::statusMessage, this,
            &ProvenanceDock::statusMessage);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && mStale)
            refresh();
    });
    refresh();
}

ProvenanceDock::~ProvenanceDock() = default;

ProvenanceClaimDialog *ProvenanceDock::claimDialog() const
{
    return mDialog;
}

QWidget *ProvenanceDock::createClaimsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    mClaimsView->setObjectName(QStringLiteral("claimList"));
    mClaimsView->setAccessibleName(tr("Provenance claims"));
    mClaimsView->setModel(mClaims);
    mClaimsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mClaimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mClaimsView->setAlternatingRowColors(true);
    mClaimsView->setTextElideMode(Qt::ElideRight);
    mClaimsView->setExpandsOnDoubleClick(false);
    mClaimsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mClaimsView->header()->setSectionResizeMode(ProvenanceClaimModel::StatementColumn,
                                                QHeaderView::Stretch);
    mClaimsView->header()->setStretchLastSection(false);
    layout->addWidget(mClaimsView, 1);
    auto *buttons = new QHBoxLayout;
    const QList<std::pair<QPushButton *, const char *>> named {
        {mAdd, "addClaim"},       {mEdit, "editClaim"},       {mAccept, "acceptClaim"},
        {mReject, "rejectClaim"}, {mDispute, "disputeClaim"}, {mRemove, "removeClaim"}};
    for (const auto &[button, name] : named) {
        button->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // No mnemonics: the dock shares the window with the menus (Alt+E is Edit, Alt+V View).
    mAdd->setToolTip(tr("Record a claim of your own about this image"));
    mDispute->setToolTip(tr("Keep the claim in the record, marked as disputed"));
    mReject->setToolTip(tr("Keep the claim, marked as wrong: it leaves the chain of custody"));

    connect(mClaimsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProvenanceDock::updateButtons);
    connect(mClaimsView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const Evidence *e = mClaims->evidenceAt(index))
            activateEvidence(*e);
    });
    connect(mClaimsView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!mClaims->evidenceAt(index))
            editClaim();
    });
    connect(mAdd, &QPushButton::clicked, this, &ProvenanceDock::addClaim);
    connect(mEdit, &QPushButton::clicked, this, &ProvenanceDock::editClaim);
    connect(mAccept, &QPushButton::clicked, this,
            [this] { setStatusOfSelected(ClaimStatus::Accepted); });
    connect(mReject, &QPushButton::clicked, this,
            [this] { setStatusOfSelected(ClaimStatus::Rejected); });
    connect(mDispute, &QPushButton::clicked, this,
            [this] { setStatusOfSelected(ClaimStatus::Disputed); });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        const QList<QUuid> ids = selectedClaims();
        if (mDocument && !ids.isEmpty())
            mDocument->undoStack()->push(new RemoveClaimsCommand(mDocument, mImage, ids));
    });
    return tab;
}

void ProvenanceDock::setDocument(ArticleDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    if (mDialog)
        mDialog->reject();
    mDocument = document;
    mImage = -1;
    mSuggestions->setDocument(document);
    mAssessment->setDocument(document);
    if (document) {
        const auto changed = [this](int index) {
            if (index == mImage)
                refresh();
        };
        connect(document, &ArticleDocument::provenanceChanged, this, changed);
        connect(document, &ArticleDocument::imageFileChanged, this, changed);
        connect(document, &ArticleDocument::provenanceReset, this, &ProvenanceDock::refresh);
        connect(document, &ArticleDocument::articleChanged, this, &ProvenanceDock::refresh);
    }
    refresh();
}

void ProvenanceDock::setImage(int imageIndex)
{
    if (imageIndex == mImage)
        return;
    // A dialog opened for another image would edit the wrong record.
    if (mDialog)
        mDialog->reject();
    mImage = imageIndex;
    refresh();
}

void ProvenanceDock::setSelectedTextSource(SelectedText source)
{
    mSelectedText = source;
    mAssessment->setSelectedTextSource(std::move(source));
}

void ProvenanceDock::refresh()
{
    if (!isVisible()) {
        mStale = true;
        return;
    }
    mStale = false;
    const bool has = mDocument && mImage >= 0 && mImage < mDocument->article().images.size();
    mSuggestions->setImage(has ? mImage : -1);
    mAssessment->setImage(has ? mImage : -1);
    refreshClaims();
    refreshCustody();
    updateHeader();
}

void ProvenanceDock::refreshClaims()
{
    const bool has = mDocument && mImage >= 0 && mImage < mDocument->article().images.size();
    const QList<QUuid> selected = selectedClaims();
    mClaims->setClaims(has ? mDocument->imageProvenance(mImage).claims : QList<ProvenanceClaim>());
    mClaimsView->expandAll();
    // The selection stays on the same claims across the rebuild.
    QItemSelection selection;
    for (const QUuid &id : selected) {
        const QModelIndex index = mClaims->indexOf(id);
        if (index.isValid())
            selection.select(index, index);
    }
    mClaimsView->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mAdd->setEnabled(has);
    updateButtons();
}

void ProvenanceDock::refreshCustody()
{
    mCustody->clear();
    if (!mDocument || mImage < 0)
        return;
    const QList<CustodyEvent> chain = mDocument->imageProvenance(mImage).custodyChain();
    for (const CustodyEvent &event : chain) {
        auto *item = new QTreeWidgetItem(mCustody,
                                         {CustodyEvent::roleTitle(event.role),
                                          mAgencies.displayName(event.agent, Language::current()),
                                          event.date, event.url});
        QStringList evidence;
        for (const Evidence &e : event.evidence)
            evidence.append(e.summary());
        item->setToolTip(AgentColumn, evidence.join(u'\n'));
        item->setToolTip(UrlColumn, event.url);
    }
}

void ProvenanceDock::updateHeader()
{
    if (!mDocument || mImage < 0 || mImage >= mDocument->article().images.size()) {
        mHeader->setText(tr("No image."));
        mTabs->setTabText(0, tr("Claims"));
        mTabs->setTabText(1, tr("Suggestions"));
        return;
    }
    const ImageProvenance record = mDocument->imageProvenance(mImage);
    const Verdict &v = record.verdict;
    const QString name = fileNameOf(mDocument->article().images.at(mImage));
    mHeader->setText(
        ProvenanceBadge::isShown(v)
            ? tr("Image %1: %2 — %3").arg(mImage + 1).arg(name, Verdict::valueTitle(v.value))
            : tr("Image %1: %2 — no verdict yet").arg(mImage + 1).arg(name));
    mHeader->setToolTip(ProvenanceBadge::toolTip(v));
    mTabs->setTabText(0, tr("Claims (%1)").arg(record.claims.size()));
    const qsizetype suggestions = mSuggestions->suggestions().size();
    mTabs->setTabText(
        1, suggestions > 0 ? tr("Suggestions (%1)").arg(suggestions) : tr("Suggestions"));
}

QList<QUuid> ProvenanceDock::selectedClaims() const
{
    QList<QUuid> ids;
    const QModelIndexList rows = mClaimsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QUuid id = index.data(ProvenanceClaimModel::ClaimIdRole).toUuid();
        if (!id.isNull() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void ProvenanceDock::updateButtons()
{
    const qsizetype n = selectedClaims().size();
    mEdit->setEnabled(n == 1);
    for (QPushButton *b : {mAccept, mReject, mDispute, mRemove})
        b->setEnabled(n > 0);
}

void ProvenanceDock::setStatusOfSelected(ClaimStatus status)
{
    const QList<QUuid> ids = selectedClaims();
    if (mDocument && !ids.isEmpty())
        mDocument->undoStack()->push(new SetClaimStatusCommand(mDocument, mImage, ids, status));
}

void ProvenanceDock::addClaim()
{
    if (!mDocument || mImage < 0)
        return;
    ProvenanceClaim claim;
    claim.role = ClaimRole::Creator;
    claim.status = ClaimStatus::Accepted;
    openDialog(claim, true);
}

void ProvenanceDock::editClaim()
{
    const QList<QUuid> ids = selectedClaims();
    const ProvenanceClaim *claim = ids.size() == 1 && mDocument
        ? mDocument->imageProvenance(mImage).claim(ids.first())
        : nullptr;
    if (claim)
        openDialog(*claim, false);
}

void ProvenanceDock::openDialog(const ProvenanceClaim &claim, bool isNew)
{
    if (mDialog)
        mDialog->reject();
    // Window-modal but not blocking (open(), not exec()): tests drive it via claimDialog().
    mDialog = new ProvenanceClaimDialog(claim, isNew, &mAgencies, mSelectedText, this);
    mDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ArticleDocument> document = mDocument;
    const int image = mImage;
    connect(mDialog, &QDialog::accepted, this, [this, document, image, isNew] {
        if (!document || !mDialog)
            return;
        const ProvenanceClaim edited = mDialog->claim();
        if (isNew)
            document->undoStack()->push(new AddClaimsCommand(document, image, {edited}));
        else
            document->undoStack()->push(new ChangeClaimsCommand(document, image, {edited}));
    });
    mDialog->open();
}

void ProvenanceDock::activateEvidence(const Evidence &evidence)
{
    switch (evidence.kind) {
    case Evidence::Kind::TextSpan:
        if (evidence.range.isValid())
            Q_EMIT textEvidenceActivated(evidence.range);
        break;
    case Evidence::Kind::MetadataField:
        Q_EMIT metadataEvidenceActivated(evidence.metadataKey);
        break;
    case Evidence::Kind::Image:
    case Evidence::Kind::Url:
    case Evidence::Kind::Note:
        break;
    }
}

} // namespace provena
