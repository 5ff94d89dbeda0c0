// SPDX-License-Identifier: MIT
#include "core/document/articledocument.h"

namespace provena {

ArticleDocument::ArticleDocument(QObject *parent)
    : QObject(parent)
    , mLabels(LabelTaxonomy::standard())
    , mUndoStack(new QUndoStack(this))
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this, &ArticleDocument::emitModifiedIfChanged);
    connect(mUndoStack, &QUndoStack::indexChanged, this, &ArticleDocument::emitModifiedIfChanged);
}

ArticleDocument::~ArticleDocument() = default;

void ArticleDocument::setArticle(Article article)
{
    mArticle = std::move(article);
    if (mImageRecords.size() < mArticle.images.size())
        mImageRecords.resize(mArticle.images.size());
    Q_EMIT articleChanged();
}

void ArticleDocument::setImageRecord(int imageIndex, const ImageRecord &record)
{
    if (imageIndex < 0)
        return;
    if (mImageRecords.size() <= imageIndex)
        mImageRecords.resize(imageIndex + 1);
    mImageRecords[imageIndex] = record;
}

const Region *ArticleDocument::region(const QUuid &id) const
{
    const int i = regionIndex(id);
    return i >= 0 ? &mRegions.at(i) : nullptr;
}

int ArticleDocument::regionIndex(const QUuid &id) const
{
    for (int i = 0; i < mRegions.size(); ++i) {
        if (mRegions.at(i).id == id)
            return i;
    }
    return -1;
}

QList<Region> ArticleDocument::regionsOnImage(int imageIndex) const
{
    QList<Region> out;
    for (const Region &r : mRegions) {
        if (r.imageIndex == imageIndex)
            out.append(r);
    }
    return out;
}

const TextAnchor *ArticleDocument::anchor(const QUuid &id) const
{
    const int i = anchorIndex(id);
    return i >= 0 ? &mAnchors.at(i) : nullptr;
}

int ArticleDocument::anchorIndex(const QUuid &id) const
{
    for (int i = 0; i < mAnchors.size(); ++i) {
        if (mAnchors.at(i).id == id)
            return i;
    }
    return -1;
}

QList<QUuid> ArticleDocument::regionsLinkedTo(const QUuid &anchorId) const
{
    QList<QUuid> out;
    for (const Region &r : mRegions) {
        if (r.links.contains(anchorId))
            out.append(r.id);
    }
    return out;
}

void ArticleDocument::setSelectedRegions(const QList<QUuid> &ids)
{
    QList<QUuid> selection;
    for (const QUuid &id : ids) {
        if (!selection.contains(id) && regionIndex(id) >= 0)
            selection.append(id);
    }
    if (selection == mSelectedRegions)
        return;
    mSelectedRegions = selection;
    Q_EMIT selectedRegionsChanged();
}

void ArticleDocument::setLabels(const LabelTaxonomy &labels)
{
    mLabels = labels;
    Q_EMIT labelsChanged();
}

bool ArticleDocument::isModified() const
{
    return mModifiedOutsideUndo || !mUndoStack->isClean();
}

void ArticleDocument::markSaved()
{
    mModifiedOutsideUndo = false;
    mUndoStack->setClean();
    emitModifiedIfChanged();
}

void ArticleDocument::markModified()
{
    mModifiedOutsideUndo = true;
    emitModifiedIfChanged();
}

QDateTime ArticleDocument::now() const
{
    // Milliseconds, as sidecars store them: `created` orders regions and anchors on reload.
    const QDateTime t = mClock ? mClock() : QDateTime::currentDateTimeUtc();
    return t.toUTC();
}

QDateTime ArticleDocument::creationTime()
{
    QDateTime t = now();
    if (mLastCreation.isValid() && t <= mLastCreation)
        t = mLastCreation.addMSecs(1);
    mLastCreation = t;
    return t;
}

void ArticleDocument::resetAnnotations(QList<Region> regions, QList<TextAnchor> anchors)
{
    // What is made next comes after what was loaded, even if this machine's clock is behind.
    for (const Region &r : std::as_const(regions))
        if (r.created.isValid() && (!mLastCreation.isValid() || r.created > mLastCreation))
            mLastCreation = r.created;
    for (const TextAnchor &t : std::as_const(anchors))
        if (t.created.isValid() && (!mLastCreation.isValid() || t.created > mLastCreation))
            mLastCreation = t.created;
    mUndoStack->clear();
    mRegions = std::move(regions);
    mAnchors = std::move(anchors);
    const bool hadSelection = !mSelectedRegions.isEmpty();
    mSelectedRegions.clear();
    Q_EMIT annotationsReset();
    if (hadSelection)
        Q_EMIT selectedRegionsChanged();
    emitModifiedIfChanged();
}

void ArticleDocument::insertRegion(int index, const Region &region)
{
    mRegions.insert(qBound(0, index, int(mRegions.size())), region);
    Q_EMIT regionAdded(region.id);
}

Region ArticleDocument::takeRegion(const QUuid &id)
{
    const int i = regionIndex(id);
    if (i < 0)
        return {};
    Q_EMIT regionAboutToBeRemoved(id);
    Region r = mRegions.takeAt(i);
    const bool wasSelected = mSelectedRegions.removeAll(id) > 0;
    Q_EMIT regionRemoved(id);
    if (wasSelected)
        Q_EMIT selectedRegionsChanged();
    return r;
}

void ArticleDocument::replaceRegion(const Region &region)
{
    const int i = regionIndex(region.id);
    if (i < 0)
        return;
    // Worked out here rather than by each command, so no command can report too little.
    const Region &old = mRegions.at(i);
    RegionChanges what;
    if (!(old.geometry == region.geometry))
        what |= RegionChange::Geometry;
    if (old.label != region.label)
        what |= RegionChange::Label;
    if (old.note != region.note)
        what |= RegionChange::Note;
    if (!(old.entity == region.entity))
        what |= RegionChange::Entity;
    if (old.links != region.links)
        what |= RegionChange::Links;
    if (old.needsReview != region.needsReview)
        what |= RegionChange::Review;
    Region comparable = region;
    comparable.geometry = old.geometry;
    comparable.label = old.label;
    comparable.note = old.note;
    comparable.entity = old.entity;
    comparable.links = old.links;
    comparable.needsReview = old.needsReview;
    if (!(comparable == old))
        what |= RegionChange::Other;
    mRegions[i] = region;
    Q_EMIT regionChanged(region.id, what);
}

void ArticleDocument::insertAnchor(int index, const TextAnchor &anchor)
{
    mAnchors.insert(qBound(0, index, int(mAnchors.size())), anchor);
    Q_EMIT anchorAdded(anchor.id);
}

TextAnchor ArticleDocument::takeAnchor(const QUuid &id)
{
    const int i = anchorIndex(id);
    if (i < 0)
        return {};
    TextAnchor a = mAnchors.takeAt(i);
    Q_EMIT anchorRemoved(id);
    return a;
}

void ArticleDocument::replaceAnchor(const TextAnchor &anchor)
{
    const int i = anchorIndex(anchor.id);
    if (i < 0)
        return;
    mAnchors[i] = anchor;
    Q_EMIT anchorChanged(anchor.id);
}

void ArticleDocument::setImageFile(int imageIndex, const QString &localPath,
                                   const ImageRecord &record)
{
    if (imageIndex < 0 || imageIndex >= mArticle.images.size())
        return;
    mArticle.images[imageIndex].localPath = localPath;
    setImageRecord(imageIndex, record);
    Q_EMIT imageFileChanged(imageIndex);
}

void ArticleDocument::setProvenance(QList<ImageProvenance> provenance)
{
    mProvenance = std::move(provenance);
    Q_EMIT provenanceReset();
}

void ArticleDocument::setCollectionConflicts(const CollectionMergeConflicts &conflicts)
{
    if (mCollectionConflicts == conflicts)
        return;
    mCollectionConflicts = conflicts;
    Q_EMIT collectionConflictsChanged();
}

void ArticleDocument::replaceImageProvenance(int imageIndex, const ImageProvenance &provenance)
{
    if (imageIndex < 0)
        return;
    if (mProvenance.size() <= imageIndex)
        mProvenance.resize(imageIndex + 1);
    mProvenance[imageIndex] = provenance;
    Q_EMIT provenanceChanged(imageIndex);
}

void ArticleDocument::emitModifiedIfChanged()
{
    const bool modified = isModified();
    if (modified != mLastModified) {
        mLastModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

} // namespace provena
