// SPDX-License-Identifier: MIT
// An article read ahead on a worker (DocumentSession::prefetch, DocumentPrefetch) is what open()
// uses when it asks for the same article with the same settings and the files still look as they
// did; otherwise it is dropped and the article is read as usual. The document it gives lives in
// the session's thread and merges a later pull against the bytes it was read from.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "session/documentprefetch.h"
#include "session/documentsession.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace provena;

namespace {

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/** Same size, other text, and the old modification time put back. */
bool replaceKeepingStamp(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QDateTime modified = f.fileTime(QFileDevice::FileModificationTime);
    if (f.size() != data.size() || !f.resize(0) || f.write(data) != data.size())
        return false;
    f.flush();
    return f.setFileTime(modified, QFileDevice::FileModificationTime);
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

void addRegion(DocumentSession &session, const QRectF &rect)
{
    ArticleDocument *doc = session.document();
    doc->undoStack()->push(new AddRegionsCommand(doc, {rectangle(rect)}));
}

QString titleOf(const DocumentSession &session)
{
    return session.document() ? session.document()->article().title : QString();
}

} // namespace

class TestDocumentPrefetch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void prefetchedArticleIsUsedAndLivesInTheSessionThread();
    void changedFilesAreReadAgain();
    void otherArticleOrSettingsAreReadAgain();
    void sidecarPathStandsForItsArticle();
    void pulledSidecarMergesAgainstWhatWasRead();

private:
    QTemporaryDir mDir;
    QString mArticle;
};

void TestDocumentPrefetch::init()
{
    QVERIFY(mDir.isValid());
    mArticle = mDir.filePath(QStringLiteral("story.md"));
    QVERIFY(writeAll(mArticle,
                     "# Harbour crane rebuilt\n\nThe premier toured the port.\n\n"
                     "![The crane. [TEST]](plain.png)\n"));
    QFile::remove(mDir.filePath(QStringLiteral("plain.png")));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"),
                        mDir.filePath(QStringLiteral("plain.png"))));
    QFile::remove(DocumentIO::sidecarPathFor(mArticle));
}

void TestDocumentPrefetch::prefetchedArticleIsUsedAndLivesInTheSessionThread()
{
    DocumentSession::prefetch(mArticle);
    QThreadPool::globalInstance()->waitForDone();
    // The file now says something else, but looks unchanged (size and time): the read ahead is
    // what open() takes, which shows it was used.
    QVERIFY(replaceKeepingStamp(mArticle,
                                "# Harbour crane REBUILT\n\nThe premier toured the port.\n\n"
                                "![The crane. [TEST]](plain.png)\n"));
    DocumentSession session;
    QVERIFY(session.open(mArticle));
    QCOMPARE(titleOf(session), QStringLiteral("Harbour crane rebuilt"));
    QCOMPARE(session.document()->thread(), QThread::currentThread());
    QCOMPARE(session.document()->undoStack()->thread(), QThread::currentThread());
    // Taken once: the next open reads the file.
    DocumentSession again;
    QVERIFY(again.open(mArticle));
    QCOMPARE(titleOf(again), QStringLiteral("Harbour crane REBUILT"));
}

void TestDocumentPrefetch::changedFilesAreReadAgain()
{
    DocumentSession::prefetch(mArticle);
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(writeAll(mArticle,
                     "# A different story\n\nLonger text than before, so the size differs.\n"));
    DocumentSession session;
    QVERIFY(session.open(mArticle));
    QCOMPARE(titleOf(session), QStringLiteral("A different story"));

    // A sidecar that appeared after the read ahead counts as a change too.
    DocumentSession::prefetch(mArticle);
    QThreadPool::globalInstance()->waitForDone();
    addRegion(session, QRectF(1, 2, 3, 4));
    QVERIFY(session.save());
    QVERIFY(QFile::exists(DocumentIO::sidecarPathFor(mArticle)));
    DocumentSession afterSave;
    QVERIFY(afterSave.open(mArticle));
    QVERIFY(afterSave.document()->sidecarFingerprint().exists);
    QCOMPARE(afterSave.document()->regions().size(), 1);
}

void TestDocumentPrefetch::otherArticleOrSettingsAreReadAgain()
{
    const QString other = mDir.filePath(QStringLiteral("other.md"));
    QVERIFY(writeAll(other, "# Another article\n\nText.\n"));
    DocumentSession::prefetch(other);
    QThreadPool::globalInstance()->waitForDone();
    DocumentSession session;
    QVERIFY(session.open(mArticle)); // the read ahead of other.md is dropped, not used
    QCOMPARE(titleOf(session), QStringLiteral("Harbour crane rebuilt"));
    QVERIFY(!DocumentPrefetch::take(QFileInfo(other).absoluteFilePath(), {},
                                    DocumentIO::kDefaultInlineHashBytes));

    DocumentSession::prefetch(mArticle);
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(replaceKeepingStamp(mArticle,
                                "# Harbour crane REBUILT\n\nThe premier toured the port.\n\n"
                                "![The crane. [TEST]](plain.png)\n"));
    DocumentSession otherSettings;
    otherSettings.setInlineHashBytes(1); // not what the read ahead used: read again
    QVERIFY(otherSettings.open(mArticle));
    QCOMPARE(titleOf(otherSettings), QStringLiteral("Harbour crane REBUILT"));
}

void TestDocumentPrefetch::sidecarPathStandsForItsArticle()
{
    QCOMPARE(DocumentSession::articlePathFor(DocumentIO::sidecarPathFor(mArticle)),
             QFileInfo(mArticle).absoluteFilePath());
    QCOMPARE(DocumentSession::articlePathFor(mArticle), QFileInfo(mArticle).absoluteFilePath());
    DocumentSession::prefetch(DocumentIO::sidecarPathFor(mArticle));
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(replaceKeepingStamp(mArticle,
                                "# Harbour crane REBUILT\n\nThe premier toured the port.\n\n"
                                "![The crane. [TEST]](plain.png)\n"));
    DocumentSession session;
    QVERIFY(session.open(mArticle));
    QCOMPARE(titleOf(session), QStringLiteral("Harbour crane rebuilt"));
    // A bundle is never read ahead.
    DocumentSession::prefetch(mDir.filePath(QStringLiteral("bundle.zip")));
    QVERIFY(!DocumentPrefetch::take(mDir.filePath(QStringLiteral("bundle.zip")), {},
                                    DocumentIO::kDefaultInlineHashBytes));
}

void TestDocumentPrefetch::pulledSidecarMergesAgainstWhatWasRead()
{
    {
        DocumentSession first;
        QVERIFY(first.open(mArticle));
        addRegion(first, QRectF(1, 2, 3, 4));
        QVERIFY(first.save());
    }
    DocumentSession::prefetch(mArticle);
    DocumentSession session;
    QVERIFY(session.open(mArticle));
    QCOMPARE(session.document()->regions().size(), 1);
    addRegion(session, QRectF(5, 5, 5, 5)); // unsaved
    {
        DocumentSession colleague; // another program saves its own addition meanwhile
        QVERIFY(colleague.open(mArticle));
        addRegion(colleague, QRectF(9, 9, 9, 9));
        QVERIFY(colleague.save());
    }
    // The save meets a changed sidecar and merges it three-way against what was read ahead:
    // all three regions are kept (without a base it would be refused as a conflict).
    QVERIFY(session.save());
    const Result<SidecarContent> onDisk
        = SidecarReader::readFile(DocumentIO::sidecarPathFor(mArticle));
    QVERIFY(onDisk.ok());
    QCOMPARE(onDisk->regions.size(), 3);
}

QTEST_GUILESS_MAIN(TestDocumentPrefetch)
#include "tst_documentprefetch.moc"
