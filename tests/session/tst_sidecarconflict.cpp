// SPDX-License-Identifier: MIT
// DocumentIO's compare-and-swap save: the sidecar's fingerprint as read on open (or last
// written) is checked against the disk before anything is replaced.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "session/documentio.h"
#include "session/sidecarlock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace provena;
using namespace std::chrono_literals;

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

Region rectangle(const QRectF &rect)
{
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = 0;
    r.geometry = RegionGeometry::rectangle(rect);
    r.label = QStringLiteral("person");
    return r;
}

void addRegion(ArticleDocument &doc, const Region &region)
{
    doc.undoStack()->push(new AddRegionsCommand(&doc, {region}));
}

QList<QUuid> regionIdsOnDisk(const QString &sidecar)
{
    QList<QUuid> ids;
    if (const auto content = SidecarReader::readFile(sidecar)) {
        for (const Region &r : content->regions)
            ids.append(r.id);
    }
    return ids;
}

} // namespace

class TestSidecarConflict : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openRecordsWhatItRead();
    void saveRecordsWhatItWrote();
    void ownSavesInARowNeverConflict();
    void sidecarChangedSinceOpenIsNotOverwritten();
    void sidecarCreatedSinceOpenIsNotOverwritten();
    void sidecarDeletedSinceOpenIsNotRecreated();
    void sameBytesRewrittenIsNoConflict();
    void snapshotCarriesTheFingerprint();
    void saveWaitsForAnotherWritersLock();
    void saveUnderTheCallersLockDoesNotWaitForItself();

private:
    Result<std::unique_ptr<ArticleDocument>> open() const { return DocumentIO::open(mArticle); }

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestSidecarConflict::init()
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

void TestSidecarConflict::openRecordsWhatItRead()
{
    auto none = open();
    QVERIFY(none.ok());
    SidecarFingerprint f = none.value()->sidecarFingerprint();
    QVERIFY(f.isKnown());
    QCOMPARE(f.path, mSidecar);
    QVERIFY(!f.exists);

    QVERIFY(DocumentIO::save(*none.value()).ok());
    const QByteArray bytes = readAll(mSidecar);
    auto doc = open();
    QVERIFY(doc.ok());
    f = doc.value()->sidecarFingerprint();
    QVERIFY(f.exists);
    QCOMPARE(f.size, bytes.size());
    QCOMPARE(f.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(f.modified, QFileInfo(mSidecar).lastModified().toUTC());
}

void TestSidecarConflict::saveRecordsWhatItWrote()
{
    auto doc = open();
    QVERIFY(doc.ok());
    addRegion(*doc.value(), rectangle(QRectF(1, 2, 3, 4)));
    DocumentIO::WriteOutcome outcome;
    QVERIFY(DocumentIO::save(*doc.value(), nullptr, &outcome).ok());
    QVERIFY(!outcome.conflict);
    const QByteArray bytes = readAll(mSidecar);
    const SidecarFingerprint &f = doc.value()->sidecarFingerprint();
    QVERIFY(f.exists);
    QCOMPARE(f.size, bytes.size());
    QCOMPARE(f.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(outcome.written.sha256, f.sha256);
    QVERIFY(!QFileInfo::exists(SidecarLock::lockPathFor(mSidecar))); // released after the write
}

void TestSidecarConflict::ownSavesInARowNeverConflict()
{
    auto doc = open();
    QVERIFY(doc.ok());
    for (int i = 0; i < 5; ++i) {
        addRegion(*doc.value(), rectangle(QRectF(i, i, 5, 5)));
        const Status saved = DocumentIO::save(*doc.value());
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    }
    QCOMPARE(regionIdsOnDisk(mSidecar).size(), 5);
}

void TestSidecarConflict::sidecarChangedSinceOpenIsNotOverwritten()
{
    auto first = open();
    QVERIFY(first.ok());
    addRegion(*first.value(), rectangle(QRectF(1, 1, 5, 5)));
    QVERIFY(DocumentIO::save(*first.value()).ok());

    auto mine = open();
    auto theirs = open();
    QVERIFY(mine.ok() && theirs.ok());
    const Region theirRegion = rectangle(QRectF(20, 20, 5, 5));
    addRegion(*theirs.value(), theirRegion);
    QVERIFY(DocumentIO::save(*theirs.value()).ok());
    const QByteArray onDisk = readAll(mSidecar);
    const QByteArray backup = readAll(mSidecar + DocumentIO::backupSuffix());

    addRegion(*mine.value(), rectangle(QRectF(30, 30, 5, 5)));
    DocumentIO::WriteOutcome outcome;
    const Status refused = DocumentIO::save(*mine.value(), nullptr, &outcome);
    QVERIFY(!refused.ok());
    QVERIFY(outcome.conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("changed on disk")),
             qPrintable(refused.error().message));
    QCOMPARE(refused.error().path, mSidecar);
    QCOMPARE(readAll(mSidecar), onDisk); // theirs, untouched
    QCOMPARE(readAll(mSidecar + DocumentIO::backupSuffix()), backup);
    QVERIFY(regionIdsOnDisk(mSidecar).contains(theirRegion.id));
    QVERIFY(mine.value()->isModified()); // nothing was saved
    // It stays refused: the document still expects the version it read.
    QVERIFY(!DocumentIO::save(*mine.value()).ok());
    QVERIFY(!QFileInfo::exists(SidecarLock::lockPathFor(mSidecar)));
}

void TestSidecarConflict::sidecarCreatedSinceOpenIsNotOverwritten()
{
    auto mine = open();
    auto theirs = open();
    QVERIFY(mine.ok() && theirs.ok());
    addRegion(*theirs.value(), rectangle(QRectF(20, 20, 5, 5)));
    QVERIFY(DocumentIO::save(*theirs.value()).ok());
    const QByteArray onDisk = readAll(mSidecar);

    addRegion(*mine.value(), rectangle(QRectF(30, 30, 5, 5)));
    DocumentIO::WriteOutcome outcome;
    const Status refused = DocumentIO::save(*mine.value(), nullptr, &outcome);
    QVERIFY(!refused.ok());
    QVERIFY(outcome.conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("created")),
             qPrintable(refused.error().message));
    QCOMPARE(readAll(mSidecar), onDisk);
}

void TestSidecarConflict::sidecarDeletedSinceOpenIsNotRecreated()
{
    auto first = open();
    QVERIFY(first.ok());
    addRegion(*first.value(), rectangle(QRectF(1, 1, 5, 5)));
    QVERIFY(DocumentIO::save(*first.value()).ok());
    auto mine = open();
    QVERIFY(mine.ok());
    QVERIFY(QFile::remove(mSidecar));

    addRegion(*mine.value(), rectangle(QRectF(30, 30, 5, 5)));
    DocumentIO::WriteOutcome outcome;
    const Status refused = DocumentIO::save(*mine.value(), nullptr, &outcome);
    QVERIFY(!refused.ok());
    QVERIFY(outcome.conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("deleted")),
             qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(mSidecar));
}

void TestSidecarConflict::sameBytesRewrittenIsNoConflict()
{
    auto first = open();
    QVERIFY(first.ok());
    addRegion(*first.value(), rectangle(QRectF(1, 1, 5, 5)));
    QVERIFY(DocumentIO::save(*first.value()).ok());
    auto mine = open();
    QVERIFY(mine.ok());
    // A sync tool puts back the same bytes, later: nothing a save would lose.
    const QByteArray bytes = readAll(mSidecar);
    QVERIFY(QFile::remove(mSidecar));
    QThread::msleep(20);
    QVERIFY(writeAll(mSidecar, bytes));
    QVERIFY(QFileInfo(mSidecar).lastModified().toUTC()
            != mine.value()->sidecarFingerprint().modified);

    addRegion(*mine.value(), rectangle(QRectF(30, 30, 5, 5)));
    const Status saved = DocumentIO::save(*mine.value());
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(regionIdsOnDisk(mSidecar).size(), 2);
}

void TestSidecarConflict::snapshotCarriesTheFingerprint()
{
    auto mine = open();
    auto theirs = open();
    QVERIFY(mine.ok() && theirs.ok());
    addRegion(*theirs.value(), rectangle(QRectF(20, 20, 5, 5)));
    QVERIFY(DocumentIO::save(*theirs.value()).ok());
    addRegion(*mine.value(), rectangle(QRectF(30, 30, 5, 5)));
    // The GUI writes a snapshot on a worker: it must check what the original read.
    const auto snapshot = DocumentIO::snapshot(*mine.value());
    const DocumentIO::WriteOutcome outcome = DocumentIO::writeSidecar(*snapshot, mSidecar);
    QVERIFY(outcome.conflict);
    QVERIFY(!outcome.status.ok());
    QVERIFY(!outcome.written.isKnown());
    // Writing elsewhere (Save As) expects nothing there.
    const QString other = mDir->filePath(QStringLiteral("copy.md.provena.jsonld"));
    QVERIFY(DocumentIO::writeSidecar(*snapshot, other).status.ok());
}

void TestSidecarConflict::saveWaitsForAnotherWritersLock()
{
    auto doc = open();
    QVERIFY(doc.ok());
    addRegion(*doc.value(), rectangle(QRectF(1, 1, 5, 5)));
    auto holder = std::make_unique<SidecarLock>(mSidecar);
    QVERIFY(holder->acquire().ok());
    std::unique_ptr<QThread> releaser(QThread::create([&holder] {
        QThread::msleep(300);
        holder->release();
    }));
    releaser->start();
    QElapsedTimer timer;
    timer.start();
    const Status saved = DocumentIO::save(*doc.value());
    releaser->wait();
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(regionIdsOnDisk(mSidecar).size(), 1);
}

void TestSidecarConflict::saveUnderTheCallersLockDoesNotWaitForItself()
{
    SidecarLock lock(mSidecar);
    QVERIFY(lock.acquire().ok());
    auto doc = open();
    QVERIFY(doc.ok());
    addRegion(*doc.value(), rectangle(QRectF(1, 1, 5, 5)));
    const Status saved = DocumentIO::save(*doc.value(), &lock);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY(lock.isHeld()); // still the caller's until it lets go
    QCOMPARE(regionIdsOnDisk(mSidecar).size(), 1);
}

QTEST_GUILESS_MAIN(TestSidecarConflict)
#include "tst_sidecarconflict.moc"
