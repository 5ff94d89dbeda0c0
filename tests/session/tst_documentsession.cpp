// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregionscommand.h"
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "media/imagehasher.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace provena;

namespace {

const QByteArray kArticle = "# Premier inspects rebuilt harbour crane\n\n"
                            "![Premier Tal Orsen at the port.](photos/plain.png)\n\n"
                            "Premier Tal Orsen toured the rebuilt container terminal.\n\n"
                            "![Cargo ships wait outside the port.](photos/orientation6.jpg)\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

Region rectangle(int imageIndex, const QRectF &rect)
{
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = imageIndex;
    r.geometry = RegionGeometry::rectangle(rect);
    r.label = QStringLiteral("person");
    return r;
}

qsizetype regionsOnDisk(const QString &sidecar)
{
    const auto content = SidecarReader::readFile(sidecar);
    return content ? content->regions.size() : -1;
}

} // namespace

class TestDocumentSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openReplacesDocumentAndKeepsItOnFailure();
    void saveInBackgroundWritesAndMarksSaved();
    void destroyingTheSessionFinishesTheWriteSilently();
    void editDuringSaveKeepsDocumentModified();
    void saveWhileSavingIsQueued();
    void unchangedSaveRewritesNothing();
    void brokenSidecarIsNeverOverwritten();
    void ownWritesAreNotReportedButOthersAre();
    void foreignSaveIsMergedUnreadableIsAConflict();
    void recoveryRestoresWorkAsUnsaved();
    void autosaveWritesInBackground();
    void unreadableImageIsReported();
    void attachImageIsUndoable();
    void largeImagesAreHashedAfterTheDocumentIsShown();
    void hashesOfAReplacedDocumentAreDropped();

private:
    std::unique_ptr<DocumentSession> openSession();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestDocumentSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaSessionTest-%1").arg(QCoreApplication::applicationPid()));
}

void TestDocumentSession::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QDir(mDir->path()).mkdir(QStringLiteral("photos"));
    for (const char *name : {"plain.png", "orientation6.jpg"}) {
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name),
                            mDir->filePath(QStringLiteral("photos/")) + QLatin1String(name)));
    }
    mArticle = mDir->filePath(QStringLiteral("story.md"));
    mSidecar = DocumentIO::sidecarPathFor(mArticle);
    QVERIFY(writeAll(mArticle, kArticle));
}

void TestDocumentSession::cleanup()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
}

std::unique_ptr<DocumentSession> TestDocumentSession::openSession()
{
    auto session = std::make_unique<DocumentSession>();
    const Status opened = session->open(mArticle);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return session;
}

void TestDocumentSession::openReplacesDocumentAndKeepsItOnFailure()
{
    DocumentSession session;
    QSignalSpy aboutToReplace(&session, &DocumentSession::documentAboutToBeReplaced);
    QSignalSpy replaced(&session, &DocumentSession::documentReplaced);
    QVERIFY(session.open(mArticle).ok());
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(aboutToReplace.size(), 1);
    ArticleDocument *doc = session.document();
    QVERIFY(doc);
    QCOMPARE(session.articlePath(), QFileInfo(mArticle).absoluteFilePath());
    QCOMPARE(doc->imageRecord(1).pixelSize, QSize(200, 300)); // probed after EXIF orientation

    QVERIFY(!session.open(mDir->filePath(QStringLiteral("nowhere.md"))).ok());
    QCOMPARE(session.document(), doc);
    QCOMPARE(replaced.size(), 1);

    session.close();
    QVERIFY(!session.document());
    QVERIFY(session.articlePath().isEmpty());
    QCOMPARE(replaced.last().first().value<ArticleDocument *>(), nullptr);
}

void TestDocumentSession::saveInBackgroundWritesAndMarksSaved()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QVERIFY(doc->isModified());
    QSignalSpy finished(session.get(), &DocumentSession::saveFinished);
    QVERIFY(session->saveInBackground().ok());
    // Results arrive through the event loop, never inside the call.
    QVERIFY(session->isSaving());
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().value<Status>().ok());
    QVERIFY(!session->isSaving());
    QVERIFY(!doc->isModified());
    QCOMPARE(regionsOnDisk(mSidecar), 1);
}

void TestDocumentSession::destroyingTheSessionFinishesTheWriteSilently()
{
    // A window closing while its session still writes: the session is a child being destroyed
    // after the window's own members, so reporting the save to it would call into a dead object.
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    int reported = 0;
    QObject receiver;
    connect(session.get(), &DocumentSession::saveFinished, &receiver, [&] { ++reported; });
    connect(session.get(), &DocumentSession::xmpSidecarsWritten, &receiver, [&] { ++reported; });
    QVERIFY(session->saveInBackground().ok());
    QVERIFY(session->isSaving());
    session.reset();
    QCOMPARE(reported, 0);
    QCOMPARE(regionsOnDisk(mSidecar), 1); // the write itself was finished, not dropped
}

void TestDocumentSession::editDuringSaveKeepsDocumentModified()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QVERIFY(session->saveInBackground().ok());
    // The write is under way with the snapshot of one region; the analyst keeps drawing.
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(5, 5, 10, 10))}));
    session->waitForSave();
    QCOMPARE(regionsOnDisk(mSidecar), 1);
    QVERIFY2(doc->isModified(), "the second region is not on disk");

    // An edit that changes a region in place (a merged drag step) counts as well.
    QVERIFY(session->save().ok());
    QVERIFY(!doc->isModified());
    const QUuid first = doc->regions().first().id;
    QVERIFY(session->saveInBackground().ok());
    doc->undoStack()->push(ChangeRegionsCommand::setNote(doc, first, QStringLiteral("later")));
    session->waitForSave();
    QVERIFY(doc->isModified());
}

void TestDocumentSession::saveWhileSavingIsQueued()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    QSignalSpy finished(session.get(), &DocumentSession::saveFinished);
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QVERIFY(session->saveInBackground().ok());
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(5, 5, 10, 10))}));
    QVERIFY(session->saveInBackground().ok()); // queued behind the first
    QVERIFY(session->saveInBackground().ok()); // coalesces with the queued one
    QVERIFY(session->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isSaving(), 10000);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(regionsOnDisk(mSidecar), 2);
    QVERIFY(!doc->isModified());
    // The first write made the backup; the second one replaced it with the first's content.
    QCOMPARE(SidecarReader::read(readAll(mSidecar + DocumentIO::backupSuffix()))->regions.size(),
             1);
}

void TestDocumentSession::unchangedSaveRewritesNothing()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QVERIFY(session->save().ok());
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(1, QRectF(3, 3, 9, 9))}));
    QVERIFY(session->save().ok());
    const QString backup = mSidecar + DocumentIO::backupSuffix();
    QVERIFY(QFileInfo::exists(backup));
    // Back-date both files, so that any rewrite would show in their modification times.
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3).addMSecs(-123);
    for (const QString &path : {mSidecar, backup}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const QByteArray sidecarBytes = readAll(mSidecar);
    const QByteArray backupBytes = readAll(backup);
    const QFileInfo before(mSidecar);

    // Saved twice without a change, and once after an edit that was undone.
    QVERIFY(session->save().ok());
    QVERIFY(session->saveInBackground().ok());
    session->waitForSave();
    doc->undoStack()->push(
        ChangeRegionsCommand::setNote(doc, doc->regions().first().id, QStringLiteral("undone")));
    doc->undoStack()->undo();
    QVERIFY(session->save().ok());
    QVERIFY(!doc->isModified());

    for (const QString &path : {mSidecar, backup})
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), past);
    QCOMPARE(QFileInfo(mSidecar).fileTime(QFileDevice::FileMetadataChangeTime),
             before.fileTime(QFileDevice::FileMetadataChangeTime));
    QCOMPARE(readAll(mSidecar), sidecarBytes);
    QCOMPARE(readAll(backup), backupBytes);
}

void TestDocumentSession::brokenSidecarIsNeverOverwritten()
{
    const QByteArray broken = "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n";
    QVERIFY(writeAll(mSidecar, broken));
    auto session = openSession();
    QVERIFY(session);
    QVERIFY(session->openReport().sidecarUnreadable);
    ArticleDocument *doc = session->document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QSignalSpy finished(session.get(), &DocumentSession::saveFinished);
    QVERIFY(!session->saveInBackground().ok());
    QVERIFY(!session->save().ok());
    QVERIFY(!session->isSaving());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(readAll(mSidecar), broken);

    QString copy;
    QVERIFY(session->keepBrokenSidecarCopy(&copy).ok());
    QCOMPARE(readAll(copy), broken);
    QVERIFY(session->save().ok());
    QCOMPARE(regionsOnDisk(mSidecar), 1);
}

void TestDocumentSession::ownWritesAreNotReportedButOthersAre()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    QSignalSpy changed(session.get(), &DocumentSession::fileChangedOnDisk);
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QVERIFY(session->save().ok()); // creates the sidecar, which is then watched
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(5, 5, 10, 10))}));
    QVERIFY(session->saveInBackground().ok());
    session->waitForSave();
    QTest::qWait(500);
    QVERIFY2(changed.isEmpty(), "the session's own save is not a change on disk");

    QVERIFY(writeAll(mArticle, kArticle + "\nUpdated.\n"));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toString(), QFileInfo(mArticle).absoluteFilePath());
    changed.clear();
    // Another program's sidecar: with nothing unsaved here it is read afresh (sidecarMerged,
    // tst_sidecarpull), and one that cannot be read is reported as a change.
    QSignalSpy merged(session.get(), &DocumentSession::sidecarMerged);
    QVERIFY(writeAll(mSidecar, "{ not a sidecar"));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toString(), mSidecar);
    QVERIFY(merged.isEmpty());
}

void TestDocumentSession::foreignSaveIsMergedUnreadableIsAConflict()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    QSignalSpy conflicts(session.get(), &DocumentSession::saveConflict);
    QSignalSpy finished(session.get(), &DocumentSession::saveFinished);
    // Several saves of its own in a row never conflict.
    for (int i = 0; i < 3; ++i) {
        doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(i, i, 5, 5))}));
        QVERIFY(session->saveInBackground().ok());
    }
    session->waitForSave();
    QVERIFY(conflicts.isEmpty());
    QCOMPARE(regionsOnDisk(mSidecar), 3);

    // Another program (here DocumentIO, as the CLI uses it) saves a region of its own: the
    // save merges it in and writes both (tst_sidecarpull has the details).
    auto other = DocumentIO::open(mArticle);
    QVERIFY(other.ok());
    const Region theirs = rectangle(1, QRectF(50, 50, 5, 5));
    other.value()->undoStack()->push(new AddRegionsCommand(other.value().get(), {theirs}));
    QVERIFY(DocumentIO::save(*other.value()).ok());
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(9, 9, 5, 5))}));
    QVERIFY(session->save().ok());
    QVERIFY(conflicts.isEmpty());
    QVERIFY(doc->region(theirs.id));
    QCOMPARE(regionsOnDisk(mSidecar), 5);

    // A sidecar that cannot be read cannot be merged: the save is refused, nothing written.
    const QByteArray broken = "{ \"@context\": [";
    QVERIFY(writeAll(mSidecar, broken));
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(7, 7, 5, 5))}));
    QVERIFY(session->recovery()->writeNow().ok());
    finished.clear();
    const Status saved = session->save();
    QVERIFY(!saved.ok());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().first().toString(), mSidecar);
    QCOMPARE(finished.size(), 1);
    QVERIFY(session->hasSaveConflict());
    QCOMPARE(readAll(mSidecar), broken);
    QVERIFY(doc->isModified());
    QVERIFY(session->hasRecovery()); // the unsaved work is still kept
}

void TestDocumentSession::recoveryRestoresWorkAsUnsaved()
{
    {
        auto crashed = openSession();
        QVERIFY(crashed);
        ArticleDocument *doc = crashed->document();
        doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(1, QRectF(7, 8, 9, 10))}));
        QVERIFY(crashed->recovery()->writeNow().ok());
        QVERIFY(crashed->hasRecovery());
        // Destroyed without discarding, as a crash would leave it.
    }
    auto session = openSession();
    QVERIFY(session);
    QVERIFY(session->hasRecovery());
    QVERIFY(session->document()->regions().isEmpty());
    QVERIFY(!QFileInfo::exists(mSidecar));
    QVERIFY(session->recover().ok());
    ArticleDocument *doc = session->document();
    QCOMPARE(doc->regions().size(), 1);
    QCOMPARE(doc->regions().first().imageIndex, 1);
    QCOMPARE(doc->regions().first().geometry.boundingRect(), QRectF(7, 8, 9, 10));
    QVERIFY(doc->isModified());
    QVERIFY(!QFileInfo::exists(mSidecar)); // untouched until the analyst saves
    QVERIFY(session->save().ok());
    QVERIFY(!session->hasRecovery());
}

void TestDocumentSession::autosaveWritesInBackground()
{
    auto session = openSession();
    QVERIFY(session);
    RecoveryManager *recovery = session->recovery();
    ArticleDocument *doc = session->document();
    recovery->writeInBackground();
    recovery->waitForWrite();
    QVERIFY(!session->hasRecovery()); // nothing unsaved yet
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(0, QRectF(1, 2, 30, 40))}));
    QSignalSpy written(recovery, &RecoveryManager::written);
    recovery->writeInBackground();
    QVERIFY(recovery->isWriting() || !written.isEmpty() || written.wait(10000));
    QTRY_VERIFY(!written.isEmpty());
    QVERIFY(session->hasRecovery());
    const auto content
        = SidecarReader::read(readAll(RecoveryManager::recoveryPathFor(session->articlePath())));
    QVERIFY(content.ok());
    QCOMPARE(content->regions.size(), 1);
}

void TestDocumentSession::unreadableImageIsReported()
{
#ifndef Q_OS_LINUX
    QSKIP("needs /proc/self/mem, a file that opens but cannot be read");
#else
    // Not "the file is not here": the image is here, but its content cannot be checked. The
    // article opens (nothing is lost), the image is neither hashed nor shown, and the report
    // names it. The link leads out of the article's folder, so it is not even opened
    // (tst_documentio reads such a file when allowed: Unreadable).
    const QString image = mDir->filePath(QStringLiteral("photos/plain.png"));
    QVERIFY(QFile::remove(image));
    QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), image));
    DocumentSession session;
    const Status opened = session.open(mArticle);
    QVERIFY(opened.ok());
    const ImageRecord &record = session.document()->imageRecord(0);
    QCOMPARE(record.problem, ImageRecord::Problem::OutsideFolder);
    QVERIFY(record.sha256.isEmpty());
    QCOMPARE(record.problemPath, QFileInfo(image).canonicalFilePath());
    QVERIFY2(record.problemDetail.contains(QStringLiteral("plain.png")),
             qPrintable(record.problemDetail));
    QVERIFY(session.document()->article().images.at(0).localPath.isEmpty());
    QCOMPARE(session.openReport().imageProblems.size(), 1);
#endif
}

void TestDocumentSession::attachImageIsUndoable()
{
    auto session = openSession();
    QVERIFY(session);
    ArticleDocument *doc = session->document();
    const QString before = doc->article().images[0].localPath;
    const ImageRecord recordBefore = doc->imageRecord(0);
    QVERIFY(!doc->isModified());

    // Attach another local copy for image 1: a new hash and size, the document is modified.
    const QString copy = mDir->filePath(QStringLiteral("copy.jpg"));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/orientation6.jpg"), copy));
    const Status attached = session->attachImage(0, copy);
    QVERIFY2(attached.ok(), qPrintable(attached.ok() ? QString() : attached.error().toString()));
    QCOMPARE(doc->article().images[0].localPath, QFileInfo(copy).absoluteFilePath());
    QVERIFY(doc->imageRecord(0).sha256 != recordBefore.sha256);
    QVERIFY(doc->isModified());
    QCOMPARE(doc->undoStack()->count(), 1);

    doc->undoStack()->undo();
    QCOMPARE(doc->article().images[0].localPath, before);
    QCOMPARE(doc->imageRecord(0).sha256, recordBefore.sha256);
    QCOMPARE(doc->imageRecord(0).pixelSize, recordBefore.pixelSize);
    QVERIFY(!doc->isModified());

    // A folder is not an image file: refused, nothing pushed.
    QVERIFY(!session->attachImage(0, mDir->path()).ok());
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestDocumentSession::largeImagesAreHashedAfterTheDocumentIsShown()
{
    // Two regions on image 1, saved; then the photo is replaced by another picture.
    QUuid kept;
    QUuid removed;
    QString recorded;
    {
        auto session = openSession();
        QVERIFY(session);
        ArticleDocument *doc = session->document();
        const Region a = rectangle(0, QRectF(1, 2, 30, 40));
        const Region b = rectangle(0, QRectF(5, 5, 10, 10));
        kept = a.id;
        removed = b.id;
        doc->undoStack()->push(new AddRegionsCommand(doc, {a, b}));
        QVERIFY(session->save().ok());
        recorded = doc->imageRecord(0).sha256;
    }
    const QString photo = mDir->filePath(QStringLiteral("photos/plain.png"));
    QVERIFY(QFile::remove(photo));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.gif"), photo));

    DocumentSession session;
    session.setInlineHashBytes(0); // every image is "large"
    QSignalSpy measured(&session, &DocumentSession::imagesMeasured);
    QVERIFY(session.open(mArticle).ok());
    // Shown before hashing finished: the document is there, not yet checked against the file.
    ArticleDocument *doc = session.document();
    QVERIFY(doc);
    QVERIFY(session.isMeasuringImages());
    QCOMPARE(doc->imageRecord(0).sha256, recorded);
    QVERIFY(!doc->imageRecord(0).contentChanged);
    QVERIFY(!doc->region(kept)->needsReview);
    QVERIFY(session.openReport().changedImages.isEmpty());
    QVERIFY(!doc->isModified());

    // The analyst works meanwhile: removes one region, draws a new one on the same image.
    const Region drawn = rectangle(0, QRectF(50, 50, 20, 20));
    doc->undoStack()->push(new RemoveRegionsCommand(doc, {removed}));
    doc->undoStack()->push(new AddRegionsCommand(doc, {drawn}));

    QVERIFY(measured.wait(20000));
    QCOMPARE(measured.size(), 1);
    QCOMPARE(measured.first().first().toBool(), true); // the report changed
    QVERIFY(!session.isMeasuringImages());
    QCOMPARE(session.document(), doc);
    const Result<QByteArray> now = ImageHasher::sha256File(photo);
    QVERIFY(now.ok());
    QCOMPARE(doc->imageRecord(0).sha256, QString::fromLatin1(now.value()));
    QVERIFY(doc->imageRecord(0).contentChanged);
    QCOMPARE(doc->imageRecord(0).recordedSha256, recorded);
    QVERIFY(!doc->imageRecord(1).contentChanged);
    QCOMPARE(doc->imageRecord(1).sha256.size(), 64);
    QCOMPARE(session.openReport().changedImages, QList<int> {0});
    // The region from the sidecar needs review; the edits stay as they were made.
    QVERIFY(doc->region(kept)->needsReview);
    QVERIFY(!doc->region(removed));
    QVERIFY(doc->region(drawn.id));
    QVERIFY(!doc->region(drawn.id)->needsReview);
    QCOMPARE(doc->undoStack()->count(), 2);
    QVERIFY(doc->isModified());
}

void TestDocumentSession::hashesOfAReplacedDocumentAreDropped()
{
    DocumentSession session;
    session.setInlineHashBytes(0);
    QSignalSpy measured(&session, &DocumentSession::imagesMeasured);
    QVERIFY(session.open(mArticle).ok());
    QVERIFY(session.isMeasuringImages());
    // Reloaded before the first hashes came: only the second document's are applied.
    QVERIFY(session.reload().ok());
    QVERIFY(session.isMeasuringImages());
    session.waitForImageMeasurement();
    QVERIFY(!session.isMeasuringImages());
    QCOMPARE(measured.size(), 1);
    QCOMPARE(session.document()->imageRecord(1).sha256.size(), 64);
    // The first worker's results arrive too, and are ignored.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(measured.size(), 1);

    // Closed while hashing: nothing is applied to nothing.
    QVERIFY(session.open(mArticle).ok());
    QVERIFY(session.isMeasuringImages());
    session.close();
    QVERIFY(!session.isMeasuringImages());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(measured.size(), 1);
    QVERIFY(!session.document());
}

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
