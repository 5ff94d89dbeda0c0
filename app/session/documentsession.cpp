// SPDX-License-Identifier: MIT
#include "session/documentsession.h"

#include "session/documentprefetch.h"

#include "core/commands/attachimagefilecommand.h"
#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "core/io/sha256.h"
#include "metadata/metadatareader.h"
#include "session/documentio.h"
#include "session/documentprefetch.h"
#include "session/imagefetchjob.h"
#include "session/recoverymanager.h"
#include "session/sidecarpull.h"
#include "session/xmpexport.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QSettings>
#include <QSignalBlocker>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace provena {

namespace {

constexpr int kRewatchDelayMs = 200;
/** A writer that is not atomic (git checkout) is let finish before the sidecar is read. */
constexpr int kSidecarSettleMs = 250;

QByteArray sha256OfFile(const QString &path)
{
    // A sidecar swapped for a FIFO or a device must not hang the watcher or feed it forever;
    // such a file has no hash, like a missing one. A regular file is streamed.
    const Result<std::unique_ptr<QFile>> file = FileAccess::openRegularFile(path);
    if (!file)
        return {};
    Sha256 hash;
    if (!hash.addData(file.value().get()))
        return {};
    return hash.result();
}

} // namespace

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , mRecovery(new RecoveryManager(this))
    , mWatcher(new QFileSystemWatcher(this))
    , mSidecarSettle(new QTimer(this))
{
    connect(mWatcher, &QFileSystemWatcher::fileChanged, this, &DocumentSession::onFileChanged);
    connect(mWatcher, &QFileSystemWatcher::directoryChanged, this,
            &DocumentSession::onFolderChanged);
    mSidecarSettle->setSingleShot(true);
    mSidecarSettle->setInterval(kSidecarSettleMs);
    connect(mSidecarSettle, &QTimer::timeout, this, &DocumentSession::onSidecarSettled);
}

DocumentSession::~DocumentSession()
{
    // The owner (a MainWindow, as its child) is half destroyed by now: finish the write but
    // report it to nobody.
    const QSignalBlocker blocker(this);
    waitForSave();
    mRecovery->stop();
    if (mDocument) {
        mDocument->undoStack()->disconnect(this);
        mDocument->disconnect(this);
    }
}

namespace {

ReadOptions readOptionsFor(const QString &absolute, const QStringList &outsideAllowedFor)
{
    ReadOptions options;
    options.allowImagesOutsideFolder
        = QSettings().value(QStringLiteral("files/allowImagesOutsideFolder"), false).toBool()
        || outsideAllowedFor.contains(absolute);
    return options;
}

} // namespace

QString DocumentSession::articlePathFor(const QString &path)
{
    QString absolute = QFileInfo(path).absoluteFilePath();
    const QString sidecarSuffix = DocumentIO::sidecarPathFor(QString());
    if (absolute.endsWith(sidecarSuffix) && QFileInfo(absolute).fileName() != sidecarSuffix)
        absolute.chop(sidecarSuffix.size());
    return absolute;
}

void DocumentSession::prefetch(const QString &path)
{
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return; // a bundle is extracted first (BundleActionHandler), never read ahead
    const QString absolute = articlePathFor(path);
    DocumentPrefetch::start(absolute, readOptionsFor(absolute, {}),
                            DocumentIO::kDefaultInlineHashBytes, QThread::currentThread());
}

Status DocumentSession::open(const QString &articlePath)
{
    const QString absolute = QFileInfo(articlePath).absoluteFilePath();
    const ReadOptions options = readOptionsFor(absolute, mOutsideAllowedFor);
    // Large images are hashed after the article is shown (nothing heavy before the window
    // shows the photo); the results are applied when they arrive.
    std::optional<PrefetchedOpen> ahead
        = DocumentPrefetch::take(absolute, options, mInlineHashBytes);
    if (!ahead) {
        ahead.emplace();
        ahead->document = DocumentIO::openDeferringImageHashes(absolute, &ahead->report, options,
                                                               &ahead->pending, mInlineHashBytes);
    }
    if (!ahead->document)
        return ahead->document.error();
    replaceDocument(std::move(ahead->document).value(), absolute, ahead->report.sidecarBytes);
    ahead->report.sidecarBytes.clear(); // the base is kept once, in mSidecarBase
    mReport = ahead->report;
    startImageHashing(ahead->pending);
    return Status::success();
}

void DocumentSession::startImageHashing(const QList<PendingImageHash> &pending)
{
    if (pending.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<PendingImageHash>>(this);
    mHashing = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher] { applyImageHashes(watcher); });
    // Only file paths go to the worker, never the document: it may be edited, replaced or
    // closed meanwhile, and the results are checked against it when they come back.
    watcher->setFuture(QtConcurrent::run([pending] {
        QList<PendingImageHash> images = pending;
        DocumentIO::hashImages(images);
        return images;
    }));
}

void DocumentSession::applyImageHashes(QFutureWatcher<QList<PendingImageHash>> *watcher)
{
    watcher->deleteLater();
    // Results for a document that was replaced or closed meanwhile, or applied already.
    if (watcher != mHashing)
        return;
    mHashing = nullptr;
    if (!mDocument)
        return;
    const bool reportChanged
        = DocumentIO::applyImageHashes(*mDocument, watcher->result(), &mReport);
    Q_EMIT imagesMeasured(reportChanged);
}

void DocumentSession::waitForImageMeasurement()
{
    if (mHashing) {
        mHashing->waitForFinished();
        applyImageHashes(mHashing);
    }
}

Status DocumentSession::reload()
{
    if (!mDocument)
        return Status::success();
    return open(mArticlePath);
}

void DocumentSession::allowImagesOutsideFolder()
{
    if (!mArticlePath.isEmpty() && !mOutsideAllowedFor.contains(mArticlePath))
        mOutsideAllowedFor.append(mArticlePath);
}

void DocumentSession::close()
{
    replaceDocument(nullptr, {});
}

QString DocumentSession::configuredUserName()
{
    // QSettings() falls back to the organisation's file, where setUserName() writes.
    return QSettings().value(QStringLiteral("user/name")).toString().trimmed();
}

QString DocumentSession::userName()
{
    const QString stored = configuredUserName();
    if (!stored.isEmpty())
        return stored;
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("analyst");
}

void DocumentSession::setUserName(const QString &name)
{
    const QString trimmed = name.trimmed();
    // A value in this program's own file (written before the name was shared) would hide it.
    QSettings().remove(QStringLiteral("user/name"));
    QSettings shared(QSettings::UserScope, QCoreApplication::organizationName());
    if (trimmed.isEmpty())
        shared.remove(QStringLiteral("user/name"));
    else
        shared.setValue(QStringLiteral("user/name"), trimmed);
}

void DocumentSession::replaceDocument(std::unique_ptr<ArticleDocument> document,
                                      const QString &path,
                                      const std::optional<QByteArray> &sidecarAsRead)
{
    // A write in flight belongs to the old document: let it land first.
    waitForSave();
    mRecovery->stop();
    Q_EMIT documentAboutToBeReplaced();
    if (!mWatcher->files().isEmpty())
        mWatcher->removePaths(mWatcher->files());
    if (!mWatcher->directories().isEmpty())
        mWatcher->removePaths(mWatcher->directories());
    if (mDocument) {
        // The old undo stack emits while it is destroyed; nothing here needs to hear it.
        mDocument->undoStack()->disconnect(this);
        mDocument->disconnect(this);
    }
    mDocument = std::move(document);
    mArticlePath = mDocument ? path : QString();
    mReport = OpenReport {};
    mHashing = nullptr; // its results are for the document that goes
    mGeneration = 0;
    mOwnSidecarSha256.clear();
    mSidecarEventPending = false;
    mSidecarSettle->stop();
    mSaveConflict = false;
    mSaveMerges = 0;
    rememberSidecarBase(sidecarAsRead);
    if (ArticleDocument *doc = mDocument.get()) {
        doc->setAuthor(userName());
        const auto changed = [this] {
            ++mGeneration;
        };
        connect(doc->undoStack(), &QUndoStack::indexChanged, this, changed);
        for (auto signal : {&ArticleDocument::regionAdded, &ArticleDocument::regionRemoved,
                            &ArticleDocument::anchorAdded, &ArticleDocument::anchorRemoved,
                            &ArticleDocument::anchorChanged})
            connect(doc, signal, this, changed);
        connect(doc, &ArticleDocument::regionChanged, this, changed);
        connect(doc, &ArticleDocument::annotationsReset, this, changed);
        connect(doc, &ArticleDocument::labelsChanged, this, changed);
        connect(doc, &ArticleDocument::articleChanged, this, changed);
        mRecovery->start(
            mArticlePath, [doc] { return DocumentIO::snapshot(*doc); },
            [doc] { return doc->isModified(); });
        watchFiles();
    }
    Q_EMIT documentReplaced(mDocument.get());
}

Status DocumentSession::saveInBackground()
{
    if (!mDocument)
        return Status::success();
    if (mDocument->sidecarUnreadable()) {
        const QString path = mDocument->sidecarPath().isEmpty()
            ? DocumentIO::sidecarPathFor(mArticlePath)
            : mDocument->sidecarPath();
        return Error {tr("The existing sidecar could not be read, so Provena will not overwrite "
                         "it. Keep a copy of it first (\"Save and keep the broken file\")."),
                      {},
                      path};
    }
    if (mWrite.snapshot) {
        mSaveQueued = true; // never two writers at once; the queued save takes a new snapshot
        return Status::success();
    }
    startWrite();
    return Status::success();
}

void DocumentSession::startWrite()
{
    mSaveQueued = false;
    mWrite.snapshot = DocumentIO::snapshot(*mDocument);
    mWrite.path = mDocument->sidecarPath().isEmpty() ? DocumentIO::sidecarPathFor(mArticlePath)
                                                     : mDocument->sidecarPath();
    mWrite.generation = mGeneration;
    mWrite.writeXmp = XmpSettings::writeOnSave();
    const XmpSidecarNaming naming = XmpSettings::naming();
    const ArticleDocument *snapshot = mWrite.snapshot.get();
    auto *watcher = new QFutureWatcher<WriteResult>(this);
    const ArticleDocument *owner = snapshot;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, owner] {
        watcher->deleteLater();
        // save() may have handled this write already, and started the next one.
        if (mWrite.snapshot.get() == owner)
            finishWrite();
    });
    // writeSidecar reports failures in its outcome; nothing it calls throws. It takes the
    // sidecar's lock itself, on the worker, so waiting for another writer never blocks the UI.
    // The XMP sidecars follow only a sidecar that is safely written: a failing XMP write can
    // never cost the annotations.
    mWriting = QtConcurrent::run([snapshot, path = mWrite.path, xmp = mWrite.writeXmp, naming] {
        WriteResult result {DocumentIO::writeSidecar(*snapshot, path), {}, {}};
        if (result.sidecar.status) {
            // Read back rather than kept from the write: what the file holds is the base.
            result.written = SidecarPull::baseFor(result.sidecar.written).value_or(QByteArray());
            result.xmpProblems = XmpExport::writeOnSave(*snapshot, xmp, naming);
        }
        return result;
    });
    watcher->setFuture(mWriting);
}

void DocumentSession::finishWrite()
{
    const WriteResult result = mWriting.result();
    const DocumentIO::WriteOutcome &outcome = result.sidecar;
    const Write write = std::exchange(mWrite, Write {});
    if (outcome.status) {
        mOwnSidecarSha256 = outcome.sha256;
        mSaveConflict = false;
        mSaveMerges = 0;
        mSidecarBase = result.written;
        mSidecarBaseKnown = !result.written.isEmpty();
        mDocument->setSidecarPath(write.path);
        // What is on disk now is ours: the next save compares against it.
        mDocument->setSidecarFingerprint(outcome.written);
        // Only the state that was written counts as saved: an edit made while writing keeps
        // the document modified (and its recovery copy).
        if (write.generation == mGeneration) {
            mDocument->markSaved();
            mRecovery->discard();
        }
        watchFiles();
    }
    if (mSidecarEventPending) {
        mSidecarEventPending = false;
        if (!isOwnWrite(write.path) && !mergeSidecarFromDisk(true))
            Q_EMIT fileChangedOnDisk(write.path);
    }
    // The save met a sidecar someone else wrote: merge it in and write the result, which keeps
    // both sides (conflicting fields with both values). A few times at most, should another
    // writer keep racing this one.
    constexpr int kMaxSaveMerges = 3;
    if (outcome.conflict && mSaveMerges < kMaxSaveMerges && mergeSidecarFromDisk(false)) {
        ++mSaveMerges;
        startWrite();
        return;
    }
    if (outcome.conflict) {
        // Not saved, so the document stays modified and keeps its recovery copy. A queued save
        // would only conflict again.
        mSaveConflict = true;
        mSaveQueued = false;
        Q_EMIT saveConflict(write.path);
    }
    Q_EMIT saveFinished(outcome.status);
    if (outcome.status && write.writeXmp)
        Q_EMIT xmpSidecarsWritten(result.xmpProblems);
    if (mSaveQueued && mDocument)
        startWrite();
}

Status DocumentSession::save()
{
    const Status started = saveInBackground();
    if (!started)
        return started;
    Status last;
    const auto remember = connect(this, &DocumentSession::saveFinished, this,
                                  [&last](const Status &status) { last = status; });
    waitForSave();
    disconnect(remember);
    return last;
}

Status DocumentSession::saveAs(const QString &newArticlePath, SaveAsReport *report)
{
    if (!mDocument)
        return Status::success();
    // The copy is made from the model as it is now; a write still running lands first.
    waitForSave();
    const Result<SaveAsReport> copied = ArticleCopy::saveAs(*mDocument, newArticlePath);
    if (!copied)
        return copied.error();
    if (report)
        *report = copied.value();
    mRecovery->discard();
    return open(newArticlePath);
}

bool DocumentSession::isSaving() const
{
    return mWrite.snapshot != nullptr || mSaveQueued;
}

void DocumentSession::waitForSave()
{
    while (mWrite.snapshot) {
        mWriting.waitForFinished();
        finishWrite(); // starts the queued write, if any
    }
}

Status DocumentSession::keepBrokenSidecarCopy(QString *copyPath)
{
    if (!mDocument)
        return Status::success();
    waitForSave();
    Result<QString> copy = DocumentIO::keepBrokenSidecarCopy(*mDocument);
    if (!copy)
        return copy.error();
    if (copyPath)
        *copyPath = copy.value();
    return Status::success();
}

bool DocumentSession::hasRecovery() const
{
    return mDocument && RecoveryManager::hasRecovery(mArticlePath);
}

Status DocumentSession::recover()
{
    if (!mDocument)
        return Status::success();
    const Result<QByteArray> bytes = RecoveryManager::readRecovery(mArticlePath);
    if (!bytes)
        return bytes.error();
    return DocumentIO::restoreSnapshot(*mDocument, bytes.value(),
                                       RecoveryManager::recoveryPathFor(mArticlePath));
}

void DocumentSession::discardRecovery()
{
    mRecovery->discard();
}

Status DocumentSession::attachImage(int index, const QString &localPath)
{
    if (!mDocument || index < 0 || index >= mDocument->article().images.size())
        return Error {tr("There is no image %1 in this article.").arg(index + 1), {}, localPath};
    const QString path = QFileInfo(localPath).absoluteFilePath();
    if (!QFileInfo(path).isFile())
        return Error {tr("Not a file."), {}, path};
    const Result<ImageRecord> record = DocumentIO::measureImage(path);
    if (!record)
        return record.error();
    mDocument->undoStack()->push(new AttachImageFileCommand(mDocument.get(), index, path,
                                                            record->sha256, record->pixelSize));
    watchFiles();
    return {};
}

Status DocumentSession::attachFetchedImage(int index, const FetchedImage &fetched)
{
    if (!mDocument)
        return Error {tr("No article is open."), {}, fetched.path};
    if (const Status applied = ImageFetchJob::apply(*mDocument, index, fetched); !applied)
        return applied;
    watchFiles();
    return {};
}

void DocumentSession::watchFiles()
{
    if (!mDocument)
        return;
    QStringList paths {mArticlePath, mDocument->sidecarPath()};
    for (const ImageRef &ref : mDocument->article().images)
        paths.append(ref.localPath);
    const QStringList watched = mWatcher->files();
    for (const QString &p : std::as_const(paths)) {
        if (!p.isEmpty() && QFileInfo::exists(p) && !watched.contains(p))
            mWatcher->addPath(p);
    }
    // A sidecar that does not exist yet (a pull may bring the first one) can only be noticed
    // through its folder; once it exists, the file itself is watched and the folder is not.
    const QString sidecar = mDocument->sidecarPath();
    if (sidecar.isEmpty())
        return;
    const QString folder = QFileInfo(sidecar).absolutePath();
    const bool missing = !QFileInfo::exists(sidecar);
    const bool watchingFolder = mWatcher->directories().contains(folder);
    if (missing && !watchingFolder)
        mWatcher->addPath(folder);
    else if (!missing && watchingFolder)
        mWatcher->removePath(folder);
}

void DocumentSession::onFolderChanged()
{
    if (!mDocument)
        return;
    const QString sidecar = mDocument->sidecarPath();
    if (sidecar.isEmpty() || !QFileInfo::exists(sidecar) || mWatcher->files().contains(sidecar))
        return;
    // The sidecar appeared (a pull, a colleague's tool, our own first save): merged or
    // recognised as ours once its writer is done, as for a change of an existing one.
    watchFiles();
    mSidecarSettle->start();
}

bool DocumentSession::isOwnWrite(const QString &path) const
{
    return !mOwnSidecarSha256.isEmpty() && sha256OfFile(path) == mOwnSidecarSha256;
}

void DocumentSession::onFileChanged(const QString &path)
{
    if (!mDocument)
        return;
    // Atomic saves replace the file, which drops it from the watcher: watch the new one.
    QTimer::singleShot(kRewatchDelayMs, this, &DocumentSession::watchFiles);
    if (path == mDocument->sidecarPath()) {
        mSidecarSettle->start(); // restarted by each event of one write
        return;
    }
    Q_EMIT fileChangedOnDisk(path);
}

void DocumentSession::onSidecarSettled()
{
    if (!mDocument)
        return;
    const QString path = mDocument->sidecarPath();
    // Our own write shows up here too; it is recognised by its content, not by timing.
    if (mWrite.snapshot) {
        mSidecarEventPending = true;
        return;
    }
    if (isOwnWrite(path) || mergeSidecarFromDisk(true))
        return;
    Q_EMIT fileChangedOnDisk(path);
}

void DocumentSession::rememberSidecarBase(const std::optional<QByteArray> &sidecarAsRead)
{
    std::optional<QByteArray> base;
    if (mDocument && !mDocument->sidecarUnreadable()) {
        const SidecarFingerprint &read = mDocument->sidecarFingerprint();
        // The bytes just parsed are the base as they are; otherwise the file is read again
        // and used only if it still has the fingerprint of what the document was read from.
        if (sidecarAsRead && read.isKnown())
            base = read.exists ? *sidecarAsRead : QByteArray();
        else
            base = SidecarPull::baseFor(read);
    }
    mSidecarBase = base.value_or(QByteArray());
    mSidecarBaseKnown = base.has_value();
    if (!mSidecarBase.isEmpty()) // more events for the same content are no change
        mOwnSidecarSha256 = mDocument->sidecarFingerprint().sha256;
}

bool DocumentSession::mergeSidecarFromDisk(bool reloadWhenUnmodified)
{
    const QString path = mDocument ? mDocument->sidecarPath() : QString();
    if (path.isEmpty() || !mSidecarBaseKnown || mDocument->sidecarUnreadable())
        return false;
    const Result<QByteArray> theirs = SidecarPull::readTheirs(path);
    if (!theirs)
        return false;
    const QList<Region> before = mDocument->regions();
    if (reloadWhenUnmodified && !mDocument->isModified()) {
        if (!reload())
            return false;
        const SidecarPull::Counts counts = SidecarPull::countRegions(before, *mDocument);
        Q_EMIT sidecarMerged(counts.added, counts.removed, 0, true);
        return true;
    }
    Result<SidecarPull::Merged> merged
        = SidecarPull::merge(*mDocument, mSidecarBase, theirs.value(), path);
    if (!merged)
        return false;
    mDocument->undoStack()->push(merged->command.release());
    // What is on disk is the new base, and what the next save's compare-and-swap expects.
    mSidecarBase = theirs.value();
    mDocument->setSidecarFingerprint(SidecarPull::fingerprintOf(path, mSidecarBase));
    mOwnSidecarSha256 = mDocument->sidecarFingerprint().sha256;
    const SidecarPull::Counts counts = SidecarPull::countRegions(before, *mDocument);
    Q_EMIT sidecarMerged(counts.added, counts.removed, merged->conflicts, false);
    return true;
}

} // namespace provena
