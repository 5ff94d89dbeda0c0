// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "session/articlecopy.h"
#include "session/documentio.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QFileSystemWatcher;
class QTimer;
template<typename T> class QFutureWatcher;

namespace provena {

class ArticleDocument;
class RecoveryManager;
struct FetchedImage;

/**
 * One open article and everything that ties it to the disk, without widgets (Tiled's Document
 * and DocumentManager, at the size of one article): the ArticleDocument, opening and saving it
 * (DocumentIO), recovery snapshots (RecoveryManager) and a watcher that reports the article, the
 * sidecar or an image changing on disk — but not the session's own writes.
 *
 * Saving never blocks for the write: saveInBackground() takes a snapshot of the model on this
 * thread and serialises and writes it on a worker. Only one write runs at a time; a request
 * made meanwhile is queued and runs, with a new snapshot, when the first is done. The document
 * is marked saved only if it has not changed since the snapshot that was written, so an edit
 * made during a save keeps it modified. save() does the same and waits (the CLI, closing).
 *
 * A save never overwrites a sidecar another program changed since this session read or wrote
 * it (DocumentIO::writeSidecar's compare-and-swap): the write is refused, the document stays
 * modified with its recovery copy, and saveConflict() asks the analyst to reload or save
 * elsewhere. The session's own writes update what it expects, so they never conflict.
 *
 * A sidecar another program changed (a `git pull`) is merged into the open document (issue 14,
 * docs/gui.md "Changes from disk"): with no unsaved changes the article is reloaded; with
 * unsaved changes the sidecar as the session last read or wrote it (the base), the document and
 * the file are merged three-way (SidecarMerger) and the result is applied as one undoable
 * ApplySidecarMergeCommand; sidecarMerged() reports it. A save that meets a changed sidecar
 * merges the same way and writes the merged document (conflicts are kept in the file with both
 * values, so neither side is lost). A sidecar that cannot be read or merged is not touched:
 * fileChangedOnDisk() (or, for a save, saveConflict()) as before.
 *
 * After a successful write the same worker writes the images' XMP sidecars (XmpExport) when
 * XmpSettings::writeOnSave() is on; xmpSidecarsWritten() reports how that went.
 */
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSession(QObject *parent = nullptr);
    /** Waits for a save or autosave still writing. */
    ~DocumentSession() override;

    /**
     * Opens `articlePath` with its sidecar; on failure the current article stays open.
     * openReport() says what matching the sidecar found.
     *
     * Image files larger than inlineHashBytes() are not hashed before the document is shown:
     * they are hashed on a worker (DocumentIO::openDeferringImageHashes()), and the results are
     * applied when they arrive (DocumentIO::applyImageHashes(): changed images, their regions
     * flagged for review, problems), then imagesMeasured() is emitted. Until then
     * isMeasuringImages() is true and openReport() does not list changed images yet.
     */
    [[nodiscard]] Status open(const QString &articlePath);
    /**
     * Starts reading `path` (an article, or a sidecar standing for its article; not a bundle)
     * on a worker, for the first open() of it with the default settings to take
     * (DocumentPrefetch): `provena` calls it before it builds its window.
     */
    static void prefetch(const QString &path);
    /** The article `path` stands for: the article of a sidecar (`A.md.provena.jsonld` → `A.md`,
     *  as a file manager opens sidecars with Provena), else `path`; absolute. */
    static QString articlePathFor(const QString &path);
    /** True while the open article's images are hashed on a worker (see open()). */
    bool isMeasuringImages() const { return mHashing != nullptr; }
    /** Waits for the images' hashes and applies them now (imagesMeasured() is emitted). */
    void waitForImageMeasurement();
    /** Images up to this many bytes are hashed while opening (DocumentIO's default). */
    qint64 inlineHashBytes() const { return mInlineHashBytes; }
    void setInlineHashBytes(qint64 bytes) { mInlineHashBytes = bytes; }
    /** Re-reads the open article from disk (unsaved changes are lost: ask first). */
    [[nodiscard]] Status reload();
    /**
     * Reads images outside the article's folder for the open article from now on (this session;
     * reload() to read them). The setting `files/allowImagesOutsideFolder` (default false)
     * allows them for every article.
     */
    void allowImagesOutsideFolder();
    /** Closes the article (unsaved changes are lost: ask first). */
    void close();

    ArticleDocument *document() const { return mDocument.get(); }

    /**
     * The name regions drawn in this session carry as author: the setting `user/name` when set,
     * else the operating system's user (USER, else USERNAME), else "analyst". Every document
     * that opens gets it as its ArticleDocument::author().
     */
    static QString userName();
    /** The setting `user/name` alone (empty when unset), for editing it. */
    static QString configuredUserName();
    /**
     * Stores `name` (trimmed) as the setting `user/name`; empty goes back to the OS user. Takes
     * effect for documents opened afterwards: the caller sets the open document's author.
     * Stored organisation-wide (Provena.conf), so provena-cli's edits carry the same author.
     */
    static void setUserName(const QString &name);
    /** Absolute path of the open article; empty when none is open. */
    QString articlePath() const { return mArticlePath; }
    const OpenReport &openReport() const { return mReport; }

    /**
     * Takes a snapshot and writes it on a worker; saveFinished() follows. Refuses at once (and
     * writes nothing) when the sidecar on disk could not be read: keepBrokenSidecarCopy() first.
     * While a write runs the request is queued (several coalesce into one).
     */
    [[nodiscard]] Status saveInBackground();
    /** Saves and waits for the write (and any queued one); saveFinished() is emitted too. */
    [[nodiscard]] Status save();
    /**
     * File › Save As: writes the article, the images it finds in its folder and the sidecar
     * under `newArticlePath` (ArticleCopy::saveAs), then opens the copy in place of this one
     * (the undo history starts afresh). The old article's recovery copy is dropped: the work is
     * saved. On failure the current article stays open. Ask before replacing a file first.
     */
    [[nodiscard]] Status saveAs(const QString &newArticlePath, SaveAsReport *report = nullptr);
    /**
     * True after a save found the sidecar changed by another program (saveConflict()), until
     * a save succeeds or another document (or the reloaded one) replaces this one.
     */
    bool hasSaveConflict() const { return mSaveConflict; }
    /** True while a save is being written or waits in the queue. */
    bool isSaving() const;
    /** Waits until no save runs or waits (results are reported as usual). */
    void waitForSave();
    /**
     * Sets an unreadable sidecar aside as SIDECAR.broken-… so that saving may replace it.
     * `copyPath` receives the copy's path (empty when there was nothing to keep).
     */
    [[nodiscard]] Status keepBrokenSidecarCopy(QString *copyPath = nullptr);

    RecoveryManager *recovery() const { return mRecovery; }
    /** True when a recovery file for the open article exists (an earlier session crashed). */
    bool hasRecovery() const;
    /** Loads the recovery file into the document as unsaved changes. */
    [[nodiscard]] Status recover();
    /** Deletes the recovery file (the work was saved or discarded). */
    void discardRecovery();

    /**
     * Uses `localPath` for image `index` (an analyst attached a local copy): measures it (hash,
     * displayed size) and pushes an AttachImageFileCommand, so the change is undoable and marks
     * the document modified; then watches the file. A file that cannot be read is an error and
     * changes nothing.
     */
    Status attachImage(int index, const QString &localPath);
    /**
     * Attaches a file ImageFetcher saved for image `index` and records its Retrieved custody
     * event, as one undo step (ImageFetchJob::apply); then watches the file.
     */
    Status attachFetchedImage(int index, const FetchedImage &fetched);

Q_SIGNALS:
    /** The document is about to be replaced or closed: let go of it now. */
    void documentAboutToBeReplaced();
    /** A document was opened or reloaded (or null after close()). */
    void documentReplaced(provena::ArticleDocument *document);
    /**
     * A save found that another program changed, created or deleted the sidecar at
     * `sidecarPath` since this session read or wrote it; nothing was written. Emitted just
     * before the saveFinished() that carries the error.
     */
    void saveConflict(const QString &sidecarPath);
    /** A save finished: written, found unchanged, or failed. */
    void saveFinished(const provena::Status &status);
    /** The article, sidecar or an image changed on disk, not by this session. */
    void fileChangedOnDisk(const QString &path);
    /**
     * After a successful save with XmpSettings::writeOnSave() on: the images' XMP sidecars
     * were written, and `problems` (XmpExport::problems(), empty when all went well) says what
     * failed or was not written. Emitted just after saveFinished(); a failed XMP write never
     * fails the save.
     */
    void xmpSidecarsWritten(const QStringList &problems);
    /**
     * The images hashed after open() were applied to the document. `reportChanged`: openReport()
     * changed (an image changed or became unreadable), so a notice about it should be refreshed.
     */
    void imagesMeasured(bool reportChanged);
    /**
     * The sidecar changed on disk and its changes are now in the open document: merged into
     * unsaved changes as one undo step, or (`reloaded`) read afresh because there were none.
     * `regionsAdded` / `regionsRemoved` count regions the change brought or deleted;
     * `conflicts` the fields both sides changed (shown on their regions and anchors).
     */
    void sidecarMerged(int regionsAdded, int regionsRemoved, int conflicts, bool reloaded);

private:
    struct Write
    {
        std::shared_ptr<ArticleDocument> snapshot; ///< created and released on this thread
        QString path;
        quint64 generation = 0;
        bool writeXmp = false; ///< XmpSettings::writeOnSave() when the save started
    };
    /** What the worker did: the sidecar write, then (if it succeeded) the XMP sidecars. */
    struct WriteResult
    {
        DocumentIO::WriteOutcome sidecar;
        QStringList xmpProblems;
        QByteArray written; ///< the sidecar's bytes after a successful write: the merge base
    };

    /** `sidecarAsRead`: the bytes the document was read from, when the caller has them. */
    void replaceDocument(std::unique_ptr<ArticleDocument> document, const QString &path,
                         const std::optional<QByteArray> &sidecarAsRead = std::nullopt);
    void startImageHashing(const QList<PendingImageHash> &pending);
    void applyImageHashes(QFutureWatcher<QList<PendingImageHash>> *watcher);
    void startWrite();
    void finishWrite();
    void watchFiles();
    /** The article's folder changed while its sidecar was missing: did the sidecar appear? */
    void onFolderChanged();
    void onFileChanged(const QString &path);
    void onSidecarSettled();
    bool isOwnWrite(const QString &path) const;
    void rememberSidecarBase(const std::optional<QByteArray> &sidecarAsRead);
    /** Merges the sidecar on disk into the document; false when it could not (nothing done). */
    bool mergeSidecarFromDisk(bool reloadWhenUnmodified);

    std::unique_ptr<ArticleDocument> mDocument;
    QString mArticlePath;
    OpenReport mReport;
    QStringList mOutsideAllowedFor; ///< articles whose images outside the folder may be read
    RecoveryManager *mRecovery;
    QFileSystemWatcher *mWatcher;
    QTimer *mSidecarSettle;

    /** Counts changes to the document, so a save knows whether its snapshot is still current. */
    quint64 mGeneration = 0;
    Write mWrite;
    QFuture<WriteResult> mWriting;
    bool mSaveQueued = false;
    /** SHA-256 of what the session last wrote to (or found in) the sidecar: echo suppression. */
    QByteArray mOwnSidecarSha256;
    /** Sidecar change events that arrived while a write was running; judged after it. */
    bool mSidecarEventPending = false;
    bool mSaveConflict = false;
    /** Hashing the open document's images; null when none runs (or its document is gone). */
    QFutureWatcher<QList<PendingImageHash>> *mHashing = nullptr;
    qint64 mInlineHashBytes = DocumentIO::kDefaultInlineHashBytes;
    /** The sidecar as the session last read or wrote it: the base of a merge. */
    QByteArray mSidecarBase;
    bool mSidecarBaseKnown = false;
    /** Merges a save did in a row; bounds a save racing another writer. */
    int mSaveMerges = 0;
};

} // namespace provena
