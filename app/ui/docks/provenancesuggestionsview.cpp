// SPDX-License-Identifier: MIT
#include "ui/docks/provenancesuggestionsview.h"

#include "core/commands/addremoveclaims.h"
#include "core/document/articledocument.h"
#include "session/imageevidence.h"
#include "ui/docks/provenanceclaimmodel.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

constexpr int kSuggestionRole = Qt::UserRole + 1; ///< index in mSuggestions; -1 on child rows
constexpr int kEvidenceRole = Qt::UserRole + 2; ///< evidence index on evidence rows, else -1
constexpr int kKeyRole = Qt::UserRole + 3; ///< the suggestion's key, on its top-level row

enum Column { RoleColumn, StatementColumn, DateColumn, OriginColumn, ReasonColumn };

} // namespace

ProvenanceSuggestionsView::ProvenanceSuggestionsView(const AgencyDirectory *agencies,
                                                     QWidget *parent)
    : QWidget(parent)
    , mAgencies(agencies)
    , mStatus(new QLabel)
    , mTree(new QTreeWidget)
    , mAccept(new QPushButton(tr("Accept")))
    , mReject(new QPushButton(tr("Reject")))
    , mAcceptAll(new QPushButton)
    , mRejectAll(new QPushButton)
{
    setObjectName(QStringLiteral("provenanceSuggestions"));
    mStatus->setWordWrap(true);
    mTree->setObjectName(QStringLiteral("suggestionList"));
    mTree->setAccessibleName(tr("Provenance suggestions"));
    mTree->setColumnCount(5);
    mTree->setHeaderLabels({tr("Role"), tr("Agent or value"), tr("Date"), tr("Origin"), tr("Why")});
    mTree->setUniformRowHeights(true);
    mTree->setAlternatingRowColors(true);
    mTree->setTextElideMode(Qt::ElideRight);
    mTree->header()->setStretchLastSection(true);
    mTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTree->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    mAccept->setObjectName(QStringLiteral("acceptSuggestion"));
    mReject->setObjectName(QStringLiteral("rejectSuggestion"));
    mAcceptAll->setObjectName(QStringLiteral("acceptAllSuggestions"));
    mRejectAll->setObjectName(QStringLiteral("rejectAllSuggestions"));
    mAccept->setToolTip(tr("Record the selected suggestion as an accepted claim"));
    mReject->setToolTip(tr("Record that the selected suggestion is wrong; it is not proposed "
                           "again"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {mAccept, mReject, mAcceptAll, mRejectAll})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mStatus);
    layout->addWidget(mTree, 1);
    layout->addLayout(buttons);

    connect(mTree, &QTreeWidget::currentItemChanged, this,
            &ProvenanceSuggestionsView::updateButtons);
    connect(mTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int evidence = item->data(0, kEvidenceRole).toInt();
        const int suggestion
            = item->parent() ? item->parent()->data(0, kSuggestionRole).toInt() : -1;
        if (evidence >= 0 && suggestion >= 0 && suggestion < mSuggestions.size())
            Q_EMIT evidenceActivated(mSuggestions.at(suggestion).claim.evidence.value(evidence));
    });
    connect(mAccept, &QPushButton::clicked, this,
            [this] { answer({selectedSuggestion()}, ClaimStatus::Accepted); });
    connect(mReject, &QPushButton::clicked, this,
            [this] { answer({selectedSuggestion()}, ClaimStatus::Rejected); });
    connect(mAcceptAll, &QPushButton::clicked, this,
            [this] { answerAllFromOrigin(ClaimStatus::Accepted); });
    connect(mRejectAll, &QPushButton::clicked, this,
            [this] { answerAllFromOrigin(ClaimStatus::Rejected); });
    updateButtons();
}

ProvenanceSuggestionsView::~ProvenanceSuggestionsView()
{
    // A read still running finishes on its worker; nobody is told.
    for (QFutureWatcher<MetadataRead> *watcher : std::as_const(mReading))
        watcher->disconnect(this);
}

void ProvenanceSuggestionsView::setDocument(ArticleDocument *document)
{
    mDocument = document;
    mImage = -1;
    // Another article: its files are other files, even under the same path.
    mCache.clear();
    mSightings.clear();
    refresh();
}

void ProvenanceSuggestionsView::setImage(int imageIndex)
{
    mImage = imageIndex;
    refresh();
}

void ProvenanceSuggestionsView::offerVersionSightings(int imageIndex,
                                                      const QList<VersionSighting> &sightings)
{
    mSightings.insert(imageIndex, sightings);
    if (imageIndex == mImage)
        refresh();
}

void ProvenanceSuggestionsView::setNotice(const QString &notice)
{
    mNotice = notice;
    refresh();
}

void ProvenanceSuggestionsView::setStatus(const QString &status)
{
    mStatus->setText(mNotice.isEmpty() ? status : mNotice + u'\n' + status);
}

QString ProvenanceSuggestionsView::cacheKey() const
{
    const ImageRef ref = mDocument->article().images.value(mImage);
    return ref.localPath + u'\n' + mDocument->imageRecord(mImage).sha256;
}

bool ProvenanceSuggestionsView::isReadingMetadata() const
{
    return mDocument && mImage >= 0 && mReading.contains(cacheKey());
}

MetadataEvidence ProvenanceSuggestionsView::currentMetadata() const
{
    return mDocument && mImage >= 0 ? mCache.value(cacheKey()).evidence : MetadataEvidence();
}

void ProvenanceSuggestionsView::refresh()
{
    if (!mDocument || mImage < 0 || mImage >= mDocument->article().images.size()) {
        setStatus(tr("No image."));
        show({});
        return;
    }
    const QString path = mDocument->article().images.at(mImage).localPath;
    const QString key = cacheKey();
    ProvenanceSuggester::Input input;
    input.article = &mDocument->article();
    input.imageIndex = mImage;
    input.recorded = mDocument->imageProvenance(mImage);
    input.agencies = mAgencies;
    if (path.isEmpty()) {
        setStatus(tr("From the article only: the image is not a local file, so its "
                     "metadata cannot be read."));
    } else if (const auto cached = mCache.constFind(key); cached != mCache.cend()) {
        input.metadata = cached->evidence;
        QString status = cached->problem.isEmpty()
            ? tr("From the article and the metadata of %1.").arg(QFileInfo(path).fileName())
            : cached->problem;
        // Facts worth attention before deciding (stripped metadata, an editor, a thumbnail of
        // another picture, a date the caption contradicts): stated, never turned into claims.
        for (const MetadataEvidence::Flag &flag :
             input.metadata.flags + ProvenanceSuggester::articleFlags(input))
            status += u"\n⚠ "_s + flag.detail;
        setStatus(status);
    } else {
        setStatus(tr("Reading the metadata of %1…").arg(QFileInfo(path).fileName()));
        startRead(key, path);
    }
    QList<ProvenanceSuggestion> suggestions = ProvenanceSuggester::suggest(input);
    if (mAgencies && mSightings.contains(mImage))
        suggestions += VersionSuggester::suggest(mImage, mSightings.value(mImage), input.recorded,
                                                 *mAgencies);
    show(suggestions);
}

void ProvenanceSuggestionsView::startRead(const QString &key, const QString &path)
{
    if (mReading.contains(key))
        return;
    auto *watcher = new QFutureWatcher<MetadataRead>(this);
    mReading.insert(key, watcher);
    connect(watcher, &QFutureWatcher<MetadataRead>::finished, this, [this, watcher, key] {
        mReading.remove(key);
        mCache.insert(key, watcher->result());
        watcher->deleteLater();
        if (mDocument && mImage >= 0 && cacheKey() == key)
            refresh();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        MetadataRead read;
        const Result<MetadataEvidence> result = ImageEvidence::read(path);
        if (result)
            read.evidence = result.value();
        else
            read.problem = tr("From the article only: %1").arg(result.error().message);
        return read;
    }));
}

void ProvenanceSuggestionsView::show(const QList<ProvenanceSuggestion> &suggestions)
{
    const QTreeWidgetItem *current = mTree->currentItem();
    while (current && current->parent())
        current = current->parent();
    const QString currentKey = current ? current->data(RoleColumn, kKeyRole).toString() : QString();
    mSuggestions = suggestions;
    mTree->clear();
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem *reselect = nullptr;
    for (int i = 0; i < suggestions.size(); ++i) {
        const ProvenanceSuggestion &s = suggestions.at(i);
        auto *item = new QTreeWidgetItem(mTree,
                                         {ProvenanceClaim::roleTitle(s.claim.role),
                                          ProvenanceClaimModel::statementText(s.claim, mAgencies),
                                          s.claim.date, originTitle(s.origin), s.claim.reason});
        item->setData(0, kSuggestionRole, i);
        item->setData(0, kEvidenceRole, -1);
        item->setData(RoleColumn, kKeyRole, s.claim.suggestionKey);
        item->setToolTip(ReasonColumn, s.claim.reason);
        item->setToolTip(StatementColumn, ProvenanceClaimModel::statementText(s.claim, mAgencies));
        if (!s.conflictsWith.isEmpty()) {
            // Both sides stay: the analyst decides, Provena only shows that they disagree.
            item->setIcon(RoleColumn, warning);
            const QString note = s.conflictNote.isEmpty()
                ? tr("Conflicts with another suggestion or a recorded claim.")
                : s.conflictNote;
            for (int c = 0; c < mTree->columnCount(); ++c) {
                item->setBackground(c, QColor(0xff, 0xe0, 0xb2));
                item->setToolTip(c, tr("Conflict: %1").arg(note));
            }
            auto *conflict = new QTreeWidgetItem(item, {tr("Conflict"), note});
            conflict->setIcon(RoleColumn, warning);
            conflict->setData(0, kEvidenceRole, -1);
            conflict->setFirstColumnSpanned(true);
            conflict->setText(RoleColumn, tr("Conflict: %1").arg(note));
        }
        for (int e = 0; e < s.claim.evidence.size(); ++e) {
            const Evidence &evidence = s.claim.evidence.at(e);
            auto *child = new QTreeWidgetItem(
                item, {ProvenanceClaimModel::evidenceKindTitle(evidence.kind), evidence.summary()});
            child->setData(0, kEvidenceRole, e);
            child->setToolTip(1, evidence.summary());
        }
        item->setExpanded(!s.conflictsWith.isEmpty());
        if (s.claim.suggestionKey == currentKey)
            reselect = item;
    }
    if (!reselect && mTree->topLevelItemCount() > 0)
        reselect = mTree->topLevelItem(0);
    mTree->setCurrentItem(reselect);
    updateButtons();
    Q_EMIT suggestionsUpdated();
}

QTreeWidgetItem *ProvenanceSuggestionsView::itemFor(const QString &suggestionKey) const
{
    for (int i = 0; i < mTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = mTree->topLevelItem(i);
        if (item->data(RoleColumn, kKeyRole).toString() == suggestionKey)
            return item;
    }
    return nullptr;
}

int ProvenanceSuggestionsView::selectedSuggestion() const
{
    const QTreeWidgetItem *item = mTree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kSuggestionRole).toInt() : -1;
}

void ProvenanceSuggestionsView::answer(const QList<int> &suggestions, ClaimStatus status)
{
    if (!mDocument)
        return;
    QList<ProvenanceClaim> claims;
    for (int i : suggestions) {
        if (i < 0 || i >= mSuggestions.size())
            continue;
        ProvenanceClaim claim = mSuggestions.at(i).claim;
        claim.status = status;
        // Stamped with who answers it, and when (AddClaimsCommand fills empty stamps).
        claim.recordedBy.clear();
        claim.recordedAt = {};
        claims.append(claim);
    }
    if (claims.isEmpty())
        return;
    mDocument->undoStack()->push(new AddClaimsCommand(mDocument, mImage, claims));
}

void ProvenanceSuggestionsView::answerAllFromOrigin(ClaimStatus status)
{
    const int selected = selectedSuggestion();
    if (selected < 0)
        return;
    const QString origin = mSuggestions.at(selected).origin;
    QList<int> same;
    for (int i = 0; i < mSuggestions.size(); ++i) {
        if (mSuggestions.at(i).origin == origin)
            same.append(i);
    }
    answer(same, status);
}

void ProvenanceSuggestionsView::updateButtons()
{
    const int selected = selectedSuggestion();
    const bool has = selected >= 0 && selected < mSuggestions.size();
    const QString origin = has ? originTitle(mSuggestions.at(selected).origin) : QString();
    mAccept->setEnabled(has);
    mReject->setEnabled(has);
    mAcceptAll->setEnabled(has);
    mRejectAll->setEnabled(has);
    mAcceptAll->setText(has ? tr("Accept All %1").arg(origin) : tr("Accept All from One Source"));
    mRejectAll->setText(has ? tr("Reject All %1").arg(origin) : tr("Reject All from One Source"));
}

QString ProvenanceSuggestionsView::originTitle(const QString &origin)
{
    if (origin == u"caption")
        return tr("from the caption");
    if (origin == u"credit")
        return tr("from the credit");
    if (origin == u"release")
        return tr("from the releaser phrase");
    if (origin == u"byline")
        return tr("from the byline");
    if (origin == u"site")
        return tr("from the publishing site");
    if (origin == u"metadata")
        return tr("from the image's metadata");
    if (origin == VersionSuggester::origin())
        return tr("from other versions of the photo");
    return tr("from %1").arg(origin);
}

} // namespace provena
