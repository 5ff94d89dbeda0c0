// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "core/model/textanchor.h"
#include "formats/readoptions.h"

#include <QList>
#include <QString>

#include <memory>

namespace provena {

class SidecarLock;
struct SidecarContent;

/**
 * An image whose SHA-256 DocumentIO::openDeferringImageHashes() left for later, so that opening
 * does not wait for hashing a large file. Hashed by DocumentIO::hashImages() (on any thread),
 * then applied to the document by DocumentIO::applyImageHashes() (on the document's thread).
 */
struct PendingImageHash
{
    int index = -1; ///< 0-based, in article order
    QString path; ///< the local file to hash (ImageRef::localPath when opened)
    /** The SHA-256 the sidecar recorded for this image; empty when it recorded none. */
    QString expectedSha256;
    /** Regions the sidecar had on this image: flagged for review if the file changed. */
    QList<QUuid> regions;
    /** What hashImages() found: the hash and displayed size, or the problem. */
    ImageRecord measured;
    bool hashed = false; ///< measured is filled in
};

/** What DocumentIO::open found while matching a sidecar to the article and its images. */
struct OpenReport
{
    struct Anchor
    {
        QUuid id;
        TextAnchor::Status status = TextAnchor::Status::Resolved;
        double similarity = 1.0;
        QString exact; ///< the quote as the sidecar recorded it
        TextRange oldRange; ///< code points, as recorded
        TextRange newRange; ///< where it is now (== oldRange when orphaned)
    };

    bool sidecarFound = false;
    /** A sidecar exists but could not be read; `sidecarError` says why. Nothing was loaded. */
    bool sidecarUnreadable = false;
    Error sidecarError;
    /** The article's SHA-256 differs from the one the sidecar recorded. */
    bool articleChanged = false;
    QList<Anchor> reanchored; ///< Moved or Fuzzy
    QList<Anchor> orphaned;
    QList<int> changedImages; ///< 0-based indexes of images whose content hash changed
    /** Recorded images no longer referenced by the article (their regions are kept). */
    QList<int> missingImages;
    /** An image of the article that could not be measured (ImageRecord::problem). */
    struct ImageProblem
    {
        int index = -1; ///< 0-based, in article order
        ImageRecord::Problem problem = ImageRecord::Problem::None;
        QString url; ///< as the article writes it
        QString path; ///< the file concerned (for OutsideFolder: where it leads), may be empty
        QString detail; ///< one translated sentence naming the file and what to do
    };
    /**
     * Images that are gone, unreadable, not images, or outside the article's folder and not
     * read because that was not allowed.
     */
    QList<ImageProblem> imageProblems;
    /** The sidecar's bytes as read and parsed (empty when there is none): what a later pull is
     *  merged against, without reading and hashing the file a second time. */
    QByteArray sidecarBytes;

    /** The imageProblems of one kind. */
    QList<ImageProblem> imageProblemsOf(ImageRecord::Problem problem) const
    {
        QList<ImageProblem> out;
        for (const ImageProblem &p : imageProblems) {
            if (p.problem == problem)
                out.append(p);
        }
        return out;
    }

    /** True when every anchor resolved where it was and every image could be checked. */
    bool isClean() const
    {
        return !sidecarUnreadable && reanchored.isEmpty() && orphaned.isEmpty()
            && changedImages.isEmpty() && missingImages.isEmpty() && imageProblems.isEmpty();
    }
};

/**
 * Opening and saving articles with their sidecar: the one path the GUI and the CLI share
 * (DocumentSession holds an open article and calls these; the CLI calls them directly).
 *
 * The sidecar is ARTICLE + ".provena.jsonld" beside the article (docs/sidecar-format.md).
 * Saving is atomic and keeps the previous sidecar as ARTICLE.provena.jsonld~. It never
 * overwrites a sidecar that changed since it was read (see writeSidecar()). A sidecar that
 * could not be read is never overwritten: save() refuses until saveKeepingBrokenCopy() (or
 * keepBrokenSidecarCopy()) has set the broken file aside.
 */
class DocumentIO
{
public:
    /**
     * Reads the article (ArticleReader, with `options`), measures its images (measureImage():
     * probed first, hashed only when they are images, never read when outside the article's
     * folder unless `options` allow it), loads the sidecar when there is one, matches recorded
     * images to the article's, re-anchors text anchors (AnchorResolver) and flags regions of
     * changed images (Region::needsReview), and loads each image's provenance record at the
     * index its image matched (ArticleDocument::setProvenance()). Fails only when the article
     * cannot be read. An image
     * that is gone, unreadable, not an image or outside the folder is recorded as such
     * (ImageRecord::problem, listed in `report`), keeping what the sidecar knew of it (path,
     * hash, size) so that the next save does not drop it; an unreadable one loses its
     * ImageRef::localPath so that no view tries to load it. An unreadable sidecar is reported in
     * `report` and marks the document (sidecarUnreadable()). The sidecar as read is recorded
     * as the document's sidecarFingerprint().
     * The document is unmodified after open unless re-anchoring or image matching changed it.
     */
    static Result<std::unique_ptr<ArticleDocument>>
    open(const QString &articlePath, OpenReport *report = nullptr, const ReadOptions &options = {});

    /** Image files up to this size are hashed while opening even when hashes are deferred. */
    static constexpr qint64 kDefaultInlineHashBytes = 256 * 1024;

    /**
     * open() without hashing image files larger than `inlineHashBytes`: everything else is done
     * (the article, the sidecar, anchors, problems found from the header), and each image left
     * to hash is listed in `pending`. Until applyImageHashes(), such an image's record carries the
     * hash the sidecar recorded (so a save in between loses nothing) and its regions are not yet
     * flagged for review. When matching the sidecar to the article needs an image's hash (a
     * recorded image found neither by URL nor by path), that image is hashed at once.
     * open() is this, then hashImages() and applyImageHashes(): one code path.
     */
    static Result<std::unique_ptr<ArticleDocument>>
    openDeferringImageHashes(const QString &articlePath, OpenReport *report,
                             const ReadOptions &options, QList<PendingImageHash> *pending,
                             qint64 inlineHashBytes = kDefaultInlineHashBytes);
    /** Hashes and measures the files of `images` (fills `measured`). Reentrant, blocking. */
    static void hashImages(QList<PendingImageHash> &images);
    /**
     * Applies hashed images to `document`, as open() would have: the hash and size go into the
     * image records; an image whose hash differs from the recorded one is contentChanged and its
     * sidecar regions that still exist get Region::needsReview (the document then becomes
     * modified, as after open()); problems are recorded. Applying hashes alone does not mark the
     * document modified, and edits made meanwhile are kept (flags are set on the regions as they
     * are now). An image whose file was replaced meanwhile (another localPath) is skipped.
     * `report`'s changedImages and imageProblems are updated. True when the report changed.
     */
    static bool applyImageHashes(ArticleDocument &document, const QList<PendingImageHash> &images,
                                 OpenReport *report);

    /** What writeSidecar() did. */
    struct WriteOutcome
    {
        Status status;
        /** The file already held these bytes; nothing was written. */
        bool unchanged = false;
        /**
         * The sidecar on disk is not the one the document read or last wrote: another program
         * changed, created or deleted it. Nothing was written; `status` is the error saying so.
         */
        bool conflict = false;
        /** SHA-256 of the bytes serialised (what the file holds on success). */
        QByteArray sha256;
        /** The file as the write (or the unchanged check) left it; unknown on failure. */
        SidecarFingerprint written;
    };

    /**
     * Writes the sidecar as writeSidecar() does and, on success, marks the document saved and
     * records what was written as its sidecarFingerprint(). `heldLock`, when it guards this
     * sidecar, is the caller's lock (held since before open); else save takes it for the check
     * and the write. `outcome` receives what writeSidecar() did (e.g. a conflict).
     */
    static Status save(ArticleDocument &document, const SidecarLock *heldLock = nullptr,
                       WriteOutcome *outcome = nullptr);

    /**
     * Serialises `document` and writes it to `path` atomically (with "~" backup), without
     * marking anything: a compare-and-swap under the SidecarLock. When the file on disk already
     * holds exactly these bytes nothing is written (the file, its modification time and the
     * backup are left alone). Otherwise, when the document's sidecarFingerprint() describes
     * `path` and the file there no longer matches it (changed, created or deleted by someone
     * else), nothing is written and the outcome is a conflict. A file at `path` that cannot be
     * read is not replaced either. `heldLock` as for save().
     * Reentrant: runs on a worker thread with a snapshot() while the original is edited.
     */
    static WriteOutcome writeSidecar(const ArticleDocument &document, const QString &path,
                                     const SidecarLock *heldLock = nullptr);
    /**
     * A copy of everything the sidecar is written from, to serialise on another thread. Cheap
     * (Qt containers are shared until written); no undo history. Create and destroy it on the
     * thread that owns `document`; other threads may only read it.
     */
    static std::shared_ptr<ArticleDocument> snapshot(const ArticleDocument &document);

    /**
     * Loads a snapshot (a recovery file: sidecar content) into `document` as unsaved changes,
     * matching its images to the article's as open() does.
     */
    static Status restoreSnapshot(ArticleDocument &document, const QByteArray &snapshot,
                                  const QString &pathForErrors);

    /**
     * Copies the broken sidecar to SIDECAR.broken-YYYYMMDDTHHMMSSZ, then clears
     * sidecarUnreadable(). Returns the copy's path.
     */
    static Result<QString> keepBrokenSidecarCopy(ArticleDocument &document);
    /** keepBrokenSidecarCopy() when needed, then save(). `copyPath` receives the copy's path. */
    static Status saveKeepingBrokenCopy(ArticleDocument &document, QString *copyPath = nullptr);

    /** "story.txt" → "story.txt.provena.jsonld" in the same folder. */
    static QString sidecarPathFor(const QString &articlePath);
    /**
     * The hash and displayed size of an image file. An empty path gives an empty record (not
     * fetched yet), a path where nothing is a record with problem Missing. The file is checked
     * before it is hashed: anything but a readable regular file, or a file that does not probe
     * as an image, is an Error naming the file (only images are hashed).
     */
    static Result<ImageRecord> measureImage(const QString &path);
    /**
     * measureImage() for an image of an article: a reference outside the article's folder that
     * was not allowed (no localPath) gives problem OutsideFolder without touching the file; a
     * relative reference with no file gives Missing; a remote one not fetched an empty record.
     */
    static ImageRecord measureImage(const ImageRef &ref);
    /** The suffix of the previous version kept on save. */
    static QString backupSuffix() { return QStringLiteral("~"); }

private:
    /**
     * measureImage() with every problem recorded in the result instead of failing; without
     * `hash` the file is checked and probed but not hashed (sha256 stays empty).
     */
    static ImageRecord examineImageFile(const QString &path, bool hash = true);

    /**
     * Matches the sidecar's images, regions and anchors to the article already in `document`
     * (whose image records hold the current hashes, except for the images in `pending`, which
     * get the recorded hash for now). True when that changed what was recorded.
     */
    static bool applySidecar(ArticleDocument &document, const SidecarContent &sc,
                             const QString &articlePath, OpenReport &rep,
                             QList<PendingImageHash> *pending = nullptr,
                             qint64 inlineHashBytes = kDefaultInlineHashBytes);
};

} // namespace provena
