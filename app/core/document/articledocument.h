// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "core/model/imagerecord.h"
#include "core/model/labeltaxonomy.h"
#include "core/model/mergeconflict.h"
#include "core/model/provenance.h"
#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUndoStack>
#include <QUuid>

#include <functional>

namespace provena {

/**
 * The sidecar file as a document last read or wrote it, so that a save can tell whether another
 * program replaced it meanwhile (DocumentIO::writeSidecar compares it with the file on disk and
 * refuses to overwrite a different one). An empty `path` means the document was not read from a
 * sidecar file (built in code): there is nothing to compare.
 */
struct SidecarFingerprint
{
    QString path; ///< the sidecar described
    bool exists = false; ///< false: there was no sidecar at `path`
    qint64 size = 0; ///< bytes
    /** When it was last modified (UTC); for messages only, see sameContentAs(). */
    QDateTime modified;
    QByteArray sha256; ///< raw digest of the bytes

    bool isKnown() const { return !path.isEmpty(); }
    /**
     * Both absent, or the same size and SHA-256. The modification time is left out on purpose:
     * a file touched or rewritten with the same bytes holds nothing a save would lose.
     */
    bool sameContentAs(const SidecarFingerprint &other) const
    {
        return exists == other.exists
            && (!exists || (size == other.size && sha256 == other.sha256));
    }
};

/**
 * One open article with the analyst's work on it: regions, text anchors and links, the labels
 * in use, and the undo stack every change goes through.
 *
 * The GUI and the CLI change a document only by pushing commands (app/core/commands) onto
 * undoStack(); the mutators in the "for commands" section are called by those commands alone.
 */
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    /** What a regionChanged() changed, so views redo only what depends on it. */
    enum class RegionChange {
        Geometry = 0x01,
        Label = 0x02,
        Note = 0x04,
        Entity = 0x08,
        Links = 0x10,
        Review = 0x20,
        Other = 0x40, ///< confidence, provenance stamps, unknown fields, image
    };
    Q_DECLARE_FLAGS(RegionChanges, RegionChange)
    Q_FLAG(RegionChanges)

    explicit ArticleDocument(QObject *parent = nullptr);
    ~ArticleDocument() override;

    const Article &article() const { return mArticle; }
    /** Replaces the article (on open or reload); clears nothing else. */
    void setArticle(Article article);

    /** Path of the sidecar this document was read from or will be saved to. */
    QString sidecarPath() const { return mSidecarPath; }
    void setSidecarPath(const QString &path) { mSidecarPath = path; }

    /** SHA-256 (lower-case hex) of the article file as read; recorded in the sidecar. */
    QString articleSha256() const { return mArticleSha256; }
    void setArticleSha256(const QString &sha256) { mArticleSha256 = sha256; }

    /**
     * Set when a sidecar exists but could not be read. Saving would overwrite the analyst's
     * only copy, so DocumentIO::save refuses until a copy of the broken file has been kept.
     */
    bool sidecarUnreadable() const { return mSidecarUnreadable; }
    void setSidecarUnreadable(bool unreadable) { mSidecarUnreadable = unreadable; }

    /**
     * The sidecar as this document read it on open, or wrote it on its last save; saving
     * checks that the file on disk is still this one (compare-and-swap).
     */
    const SidecarFingerprint &sidecarFingerprint() const { return mSidecarFingerprint; }
    void setSidecarFingerprint(const SidecarFingerprint &fingerprint)
    {
        mSidecarFingerprint = fingerprint;
    }

    const QList<ImageRecord> &imageRecords() const { return mImageRecords; }
    ImageRecord imageRecord(int imageIndex) const { return mImageRecords.value(imageIndex); }
    void setImageRecord(int imageIndex, const ImageRecord &record);

    const QList<Region> &regions() const { return mRegions; }
    const Region *region(const QUuid &id) const;
    QList<Region> regionsOnImage(int imageIndex) const;
    int regionIndex(const QUuid &id) const;

    const QList<TextAnchor> &anchors() const { return mAnchors; }
    const TextAnchor *anchor(const QUuid &id) const;
    int anchorIndex(const QUuid &id) const;
    /** Regions that link to anchor `id`. */
    QList<QUuid> regionsLinkedTo(const QUuid &anchorId) const;

    /**
     * The regions the analyst has selected, in the order they were given (Tiled's
     * MapDocument::selectedObjects). The canvas, the Regions dock and the Properties dock all
     * show this one selection. Not part of the undo history or the sidecar.
     */
    const QList<QUuid> &selectedRegions() const { return mSelectedRegions; }
    /** Ids of regions that do not exist are dropped; emits selectedRegionsChanged() on change. */
    void setSelectedRegions(const QList<QUuid> &ids);
    bool isRegionSelected(const QUuid &id) const { return mSelectedRegions.contains(id); }

    const LabelTaxonomy &labels() const { return mLabels; }
    /** Sets the labels when a document is opened; later changes go through ChangeLabelsCommand. */
    void setLabels(const LabelTaxonomy &labels);

    /**
     * What is recorded about where each image comes from, by image index (claims, custody,
     * assessment, verdict). Images beyond the list have nothing recorded.
     */
    const QList<ImageProvenance> &provenance() const { return mProvenance; }
    ImageProvenance imageProvenance(int imageIndex) const { return mProvenance.value(imageIndex); }
    /** Sets the provenance when a document is opened; later changes go through commands
     *  (addremoveclaims.h, assessimagecommands.h). Emits provenanceReset(). */
    void setProvenance(QList<ImageProvenance> provenance);

    /**
     * Merge conflicts outside the regions and text anchors (images, claims, labels, the
     * collection's fields): the document needs review while any remain. Set on open; later
     * changes go through commands (collectionconflictcommand.h). Emits
     * collectionConflictsChanged() on change.
     */
    const CollectionMergeConflicts &collectionConflicts() const { return mCollectionConflicts; }
    void setCollectionConflicts(const CollectionMergeConflicts &conflicts);

    /** Top-level sidecar fields Provena does not know; written back unchanged. */
    const QJsonObject &sidecarExtra() const { return mSidecarExtra; }
    void setSidecarExtra(const QJsonObject &extra) { mSidecarExtra = extra; }

    QUndoStack *undoStack() const { return mUndoStack; }
    /** True when there are changes not yet saved (undoable or not). */
    bool isModified() const;
    /** Marks the current state as saved. */
    void markSaved();
    /** For changes outside the undo stack that still need saving (e.g. re-anchoring on load). */
    void markModified();

    /** Who is working; stamped on new and changed regions and anchors. */
    QString author() const { return mAuthor; }
    void setAuthor(const QString &author) { mAuthor = author; }
    /** The current time in UTC, milliseconds; replaceable for reproducible tests. */
    QDateTime now() const;
    /**
     * The `created` time of a new region or anchor: now(), but always later than the one before
     * (by a millisecond when the clock has not moved on), so that `created` keeps the order they
     * were made in. Sidecars are written by id and read back in that order
     * (docs/sidecar-format.md).
     */
    QDateTime creationTime();
    void setClock(std::function<QDateTime()> clock) { mClock = std::move(clock); }

    /** Replaces regions and anchors wholesale (loading a sidecar); clears the undo stack. */
    void resetAnnotations(QList<Region> regions, QList<TextAnchor> anchors);

    // --- for commands only ---------------------------------------------------------------
    void insertRegion(int index, const Region &region);
    Region takeRegion(const QUuid &id);
    void replaceRegion(const Region &region);
    void insertAnchor(int index, const TextAnchor &anchor);
    TextAnchor takeAnchor(const QUuid &id);
    void replaceAnchor(const TextAnchor &anchor);
    /** Points image `imageIndex` at the local file `localPath` and records what is known of it. */
    void setImageFile(int imageIndex, const QString &localPath, const ImageRecord &record);
    /** Replaces what is recorded about image `imageIndex`; emits provenanceChanged(). */
    void replaceImageProvenance(int imageIndex, const ImageProvenance &provenance);

Q_SIGNALS:
    void articleChanged();
    void annotationsReset();
    void regionAdded(const QUuid &id);
    void regionAboutToBeRemoved(const QUuid &id);
    void regionRemoved(const QUuid &id);
    void regionChanged(const QUuid &id, provena::ArticleDocument::RegionChanges what);
    void selectedRegionsChanged();
    void anchorAdded(const QUuid &id);
    void anchorRemoved(const QUuid &id);
    void anchorChanged(const QUuid &id);
    void modifiedChanged(bool modified);
    void labelsChanged();
    /** The local file or the record of image `imageIndex` changed (setImageFile()). */
    void imageFileChanged(int imageIndex);
    /** The provenance of image `imageIndex` changed (a command's redo or undo). */
    void provenanceChanged(int imageIndex);
    /** All provenance was replaced (setProvenance(), on open or reload). */
    void provenanceReset();
    /** The collection's merge conflicts changed (setCollectionConflicts()). */
    void collectionConflictsChanged();

private:
    void emitModifiedIfChanged();

    Article mArticle;
    QString mSidecarPath;
    QString mArticleSha256;
    bool mSidecarUnreadable = false;
    SidecarFingerprint mSidecarFingerprint;
    QList<ImageRecord> mImageRecords;
    QList<Region> mRegions;
    QList<TextAnchor> mAnchors;
    QList<QUuid> mSelectedRegions;
    LabelTaxonomy mLabels;
    QList<ImageProvenance> mProvenance;
    CollectionMergeConflicts mCollectionConflicts;
    QJsonObject mSidecarExtra;
    QUndoStack *mUndoStack;
    QString mAuthor;
    std::function<QDateTime()> mClock;
    QDateTime mLastCreation;
    bool mModifiedOutsideUndo = false;
    bool mLastModified = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ArticleDocument::RegionChanges)

} // namespace provena
