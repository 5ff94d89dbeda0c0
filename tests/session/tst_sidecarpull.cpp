// SPDX-License-Identifier: MIT
// A sidecar changed on disk (a `git pull`) merged into the open document (issue 14).
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregionscommand.h"
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "session/sidecarpull.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

const QByteArray kArticle = "# Premier inspects rebuilt harbour crane\n\n"
                            "![Premier Tal Orsen at the port.](photos/plain.png)\n\n"
                            "Premier Tal Orsen toured the rebuilt container terminal.\n";

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

Region rectangle(const QRectF &rect, const QString &note = {})
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(rect);
    r.label = QStringLiteral("person");
    r.note = note;
    return r;
}

QList<QUuid> regionIdsOnDisk(const QString &sidecar)
{
    QList<QUuid> ids;
    if (const auto content = SidecarReader::readFile(sidecar))
        for (const Region &r : content->regions)
            ids.append(r.id);
    return ids;
}

} // namespace

class TestSidecarPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unmodifiedDocumentIsReloaded();
    void firstSidecarFromAPullIsMerged();
    void unsavedChangesAreMergedAsOneUndoStep();
    void fastForwardOfAModifiedDocument();
    void bothChangedTheSameNoteIsAConflict();
    void saveMeetingAChangedSidecarMergesAndWrites();
    void unreadableSidecarIsNotMerged();
    void resolveFailsWithoutAConflict();

private:
    /** What another program (here DocumentIO, as provena-cli uses it) saves: `region` added. */
    void saveElsewhere(const Region &region);

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestSidecarPull::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaSidecarPullTest-%1").arg(QCoreApplication::applicationPid()));
}

void TestSidecarPull::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QDir(mDir->path()).mkdir(QStringLiteral("photos"));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"),
                        mDir->filePath(QStringLiteral("photos/plain.png"))));
    mArticle = mDir->filePath(QStringLiteral("story.md"));
    mSidecar = DocumentIO::sidecarPathFor(mArticle);
    QVERIFY(writeAll(mArticle, kArticle));
}

void TestSidecarPull::cleanup()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
}

void TestSidecarPull::saveElsewhere(const Region &region)
{
    auto other = DocumentIO::open(mArticle);
    QVERIFY(other.ok());
    other.value()->undoStack()->push(new AddRegionsCommand(other.value().get(), {region}));
    QVERIFY(DocumentIO::save(*other.value()).ok());
}

void TestSidecarPull::unmodifiedDocumentIsReloaded()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    const Region mine = rectangle(QRectF(1, 2, 30, 40));
    session.document()->undoStack()->push(new AddRegionsCommand(session.document(), {mine}));
    QVERIFY(session.save().ok());
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);
    QSignalSpy changed(&session, &DocumentSession::fileChangedOnDisk);

    const Region theirs = rectangle(QRectF(50, 50, 5, 5));
    saveElsewhere(theirs);
    QTRY_COMPARE(merged.size(), 1);
    QCOMPARE(merged.first().at(0).toInt(), 1); // regions added
    QCOMPARE(merged.first().at(1).toInt(), 0); // removed
    QCOMPARE(merged.first().at(2).toInt(), 0); // conflicts
    QCOMPARE(merged.first().at(3).toBool(), true); // reloaded
    QVERIFY(session.document()->region(theirs.id));
    QVERIFY(session.document()->region(mine.id));
    QVERIFY(!session.document()->isModified());
    QVERIFY(changed.isEmpty());
    // More events for the same content change nothing.
    QTest::qWait(600);
    QCOMPARE(merged.size(), 1);
}

void TestSidecarPull::firstSidecarFromAPullIsMerged()
{
    // The article had no sidecar when it was opened; a pull brings the first one while the
    // analyst has unsaved regions of their own.
    QVERIFY(!QFile::exists(mSidecar));
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    const Region mine = rectangle(QRectF(3, 3, 5, 5), QStringLiteral("mine"));
    doc->undoStack()->push(new AddRegionsCommand(doc, {mine}));
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);
    QSignalSpy changed(&session, &DocumentSession::fileChangedOnDisk);

    const Region theirs = rectangle(QRectF(50, 50, 5, 5), QStringLiteral("theirs"));
    saveElsewhere(theirs);
    QVERIFY(QFile::exists(mSidecar));
    QTRY_COMPARE(merged.size(), 1);
    QCOMPARE(merged.first().at(0).toInt(), 1); // their region added
    QCOMPARE(merged.first().at(3).toBool(), false); // merged, not reloaded: ours is unsaved
    QVERIFY(changed.isEmpty());
    QCOMPARE(session.document(), doc);
    QVERIFY(doc->region(theirs.id));
    QVERIFY(doc->region(mine.id));
    QCOMPARE(doc->undoStack()->count(), 2);

    // Their file is the base of the next save, which writes both.
    QSignalSpy conflicts(&session, &DocumentSession::saveConflict);
    QVERIFY(session.save().ok());
    QVERIFY(conflicts.isEmpty());
    const QList<QUuid> onDisk = regionIdsOnDisk(mSidecar);
    QCOMPARE(onDisk.size(), 2);
    QVERIFY(onDisk.contains(theirs.id) && onDisk.contains(mine.id));
    // Our own save is not taken for another change.
    QTest::qWait(600);
    QCOMPARE(merged.size(), 1);
    QVERIFY(changed.isEmpty());
}

void TestSidecarPull::unsavedChangesAreMergedAsOneUndoStep()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    const Region base = rectangle(QRectF(1, 2, 30, 40), QStringLiteral("base"));
    doc->undoStack()->push(new AddRegionsCommand(doc, {base}));
    QVERIFY(session.save().ok());
    // Unsaved: this session's change of the note, and a region of its own.
    doc->undoStack()->push(ChangeRegionsCommand::setNote(doc, base.id, QStringLiteral("mine")));
    const Region mine = rectangle(QRectF(3, 3, 5, 5));
    doc->undoStack()->push(new AddRegionsCommand(doc, {mine}));
    QCOMPARE(doc->undoStack()->count(), 3);
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);
    QSignalSpy changed(&session, &DocumentSession::fileChangedOnDisk);

    const Region theirs = rectangle(QRectF(50, 50, 5, 5));
    saveElsewhere(theirs);
    const QByteArray theirSidecar = readAll(mSidecar);
    QTRY_COMPARE(merged.size(), 1);
    QCOMPARE(merged.first().at(0).toInt(), 1);
    QCOMPARE(merged.first().at(3).toBool(), false);
    QVERIFY(changed.isEmpty());
    QCOMPARE(session.document(), doc); // not reloaded: the same document, its history kept
    QCOMPARE(doc->undoStack()->count(), 4);
    QVERIFY(doc->region(theirs.id));
    QVERIFY(doc->region(mine.id));
    QCOMPARE(doc->region(base.id)->note, QStringLiteral("mine"));

    // One undo step takes their region away again and keeps the analyst's work.
    doc->undoStack()->undo();
    QVERIFY(!doc->region(theirs.id));
    QVERIFY(doc->region(mine.id));
    doc->undoStack()->redo();

    // The merge base is now their file: the save's compare-and-swap accepts it and writes both.
    QSignalSpy conflicts(&session, &DocumentSession::saveConflict);
    QVERIFY(session.save().ok());
    QVERIFY(conflicts.isEmpty());
    const QList<QUuid> onDisk = regionIdsOnDisk(mSidecar);
    QCOMPARE(onDisk.size(), 3);
    QVERIFY(onDisk.contains(theirs.id) && onDisk.contains(mine.id) && onDisk.contains(base.id));
    QCOMPARE(readAll(mSidecar + DocumentIO::backupSuffix()), theirSidecar);
    QVERIFY(!doc->isModified());
}

void TestSidecarPull::fastForwardOfAModifiedDocument()
{
    // Modified, but with nothing of its own to write yet (e.g. re-anchored on open): their file
    // is the merge, still one undo step, and the next save rewrites nothing.
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    const Region base = rectangle(QRectF(1, 2, 30, 40));
    doc->undoStack()->push(new AddRegionsCommand(doc, {base}));
    QVERIFY(session.save().ok());
    doc->markModified();
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);

    const Region theirs = rectangle(QRectF(50, 50, 5, 5));
    saveElsewhere(theirs);
    const QByteArray theirSidecar = readAll(mSidecar);
    QTRY_COMPARE(merged.size(), 1);
    QCOMPARE(merged.first().at(3).toBool(), false);
    QCOMPARE(session.document(), doc);
    QVERIFY(doc->region(theirs.id));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QVERIFY(!doc->region(theirs.id));
    doc->undoStack()->redo();
    QVERIFY(session.save().ok());
    QCOMPARE(readAll(mSidecar), theirSidecar);
}

void TestSidecarPull::bothChangedTheSameNoteIsAConflict()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    const Region base = rectangle(QRectF(1, 2, 30, 40), QStringLiteral("base"));
    doc->undoStack()->push(new AddRegionsCommand(doc, {base}));
    QVERIFY(session.save().ok());
    doc->undoStack()->push(ChangeRegionsCommand::setNote(doc, base.id, QStringLiteral("mine")));
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);

    auto other = DocumentIO::open(mArticle);
    QVERIFY(other.ok());
    other.value()->undoStack()->push(
        ChangeRegionsCommand::setNote(other.value().get(), base.id, QStringLiteral("theirs")));
    QVERIFY(DocumentIO::save(*other.value()).ok());
    QTRY_COMPARE(merged.size(), 1);
    QCOMPARE(merged.first().at(2).toInt(), 1); // one conflict
    const Region *r = doc->region(base.id);
    QCOMPARE(r->note, QStringLiteral("mine"));
    QVERIFY(r->needsReview);
    QCOMPARE(r->mergeConflicts.size(), 1);
    const MergeConflict conflict = r->mergeConflicts.first();
    QVERIFY(conflict.ours.toObject().value(QLatin1String("value")).toString()
            == QStringLiteral("mine"));
    QVERIFY(conflict.theirs.toObject().value(QLatin1String("value")).toString()
            == QStringLiteral("theirs"));

    // Take theirs, through the same resolution the GUI and the CLI use; undo keeps the conflict.
    auto resolved = SidecarPull::resolve(*doc, base.id, conflict.field, SidecarPull::Take::Theirs);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error().toString()));
    doc->undoStack()->push(resolved.value().release());
    QCOMPARE(doc->region(base.id)->note, QStringLiteral("theirs"));
    QVERIFY(doc->region(base.id)->mergeConflicts.isEmpty());
    QVERIFY(!doc->region(base.id)->needsReview);
    doc->undoStack()->undo();
    QCOMPARE(doc->region(base.id)->mergeConflicts.size(), 1);

    // Saved with the conflict unresolved: the file keeps both values, and reads back so.
    QVERIFY(session.save().ok());
    const auto content = SidecarReader::readFile(mSidecar);
    QVERIFY(content.ok());
    QCOMPARE(content->regions.size(), 1);
    QCOMPARE(content->regions.first().note, QStringLiteral("mine"));
    QCOMPARE(content->regions.first().mergeConflicts, MergeConflicts {conflict});
}

void TestSidecarPull::saveMeetingAChangedSidecarMergesAndWrites()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(QRectF(1, 2, 30, 40))}));
    QVERIFY(session.save().ok());
    const Region mine = rectangle(QRectF(3, 3, 5, 5));
    doc->undoStack()->push(new AddRegionsCommand(doc, {mine}));
    const Region theirs = rectangle(QRectF(50, 50, 5, 5));
    saveElsewhere(theirs); // and saved here before the watcher could tell
    const QByteArray theirSidecar = readAll(mSidecar);
    QSignalSpy conflicts(&session, &DocumentSession::saveConflict);
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);
    QSignalSpy finished(&session, &DocumentSession::saveFinished);

    const Status saved = session.save();
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY(conflicts.isEmpty());
    QVERIFY(!session.hasSaveConflict());
    QCOMPARE(merged.size(), 1);
    QCOMPARE(finished.size(), 1); // one save, written once after the merge
    const QList<QUuid> onDisk = regionIdsOnDisk(mSidecar);
    QCOMPARE(onDisk.size(), 3);
    QVERIFY(onDisk.contains(mine.id) && onDisk.contains(theirs.id));
    QCOMPARE(readAll(mSidecar + DocumentIO::backupSuffix()), theirSidecar);
    QVERIFY(!doc->isModified());
    // The merge is one undo step like any other.
    doc->undoStack()->undo();
    QVERIFY(!doc->region(theirs.id));
    QVERIFY(doc->region(mine.id));
}

void TestSidecarPull::unreadableSidecarIsNotMerged()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(QRectF(1, 2, 30, 40))}));
    QVERIFY(session.save().ok());
    const Region mine = rectangle(QRectF(3, 3, 5, 5));
    doc->undoStack()->push(new AddRegionsCommand(doc, {mine}));
    QSignalSpy merged(&session, &DocumentSession::sidecarMerged);
    QSignalSpy changed(&session, &DocumentSession::fileChangedOnDisk);

    const QByteArray broken = "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n";
    QVERIFY(writeAll(mSidecar, broken));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toString(), mSidecar);
    QVERIFY(merged.isEmpty());
    QCOMPARE(session.document(), doc);
    QCOMPARE(doc->regions().size(), 2);
    QCOMPARE(doc->undoStack()->count(), 2);
    // Nor does a save overwrite it.
    QVERIFY(!session.save().ok());
    QCOMPARE(readAll(mSidecar), broken);
}

void TestSidecarPull::resolveFailsWithoutAConflict()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    ArticleDocument *doc = session.document();
    const Region r = rectangle(QRectF(1, 2, 30, 40));
    doc->undoStack()->push(new AddRegionsCommand(doc, {r}));
    for (const auto take : {SidecarPull::Take::Ours, SidecarPull::Take::Theirs}) {
        const auto resolved = SidecarPull::resolve(*doc, r.id, QStringLiteral("body"), take);
        QVERIFY(!resolved.ok());
        QVERIFY(resolved.error().message.contains(QStringLiteral("body")));
    }
}

QTEST_GUILESS_MAIN(TestSidecarPull)
#include "tst_sidecarpull.moc"
