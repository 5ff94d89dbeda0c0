// SPDX-License-Identifier: MIT
// VersionIndex (the cached perceptual-hash index of a folder) and VersionFinder (find-versions)
// on generated textured images: incremental hashing, corrupt index, crops, mirrored copies,
// re-encodes, the articles that show each version, the feature budget.
#include "session/versionfinder.h"
#include "session/versionindex.h"

#include "../media/texturedimage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestVersionIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondRunHashesNothing();
    void changedFileIsRehashed();
    void vanishedFileIsDropped();
    void corruptIndexIsRebuilt_data();
    void corruptIndexIsRebuilt();
    void unreadableImageIsRecordedOnce();
    void cancelStopsAndKeepsWhatWasHashed();
    void findsCropsMirrorsAndReencodes();
    void featureBudgetZeroFindsOnlyHashCandidates();
    void missingFolderAndImageAreErrors();

private:
    QString makeArchive();
    static void write(const QString &path, const QByteArray &bytes);

    QImage mOriginal;
    QTemporaryDir mRoot;
    int mArchives = 0;
};

void TestVersionIndex::initTestCase()
{
    QVERIFY(mRoot.isValid());
    mOriginal = testing::texturedImage(1200, 900, 11);
}

void TestVersionIndex::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

/** original.png, a crop in sub/, a mirrored and a scaled copy, a re-encode, an unrelated photo
 * and an article showing the crop. */
QString TestVersionIndex::makeArchive()
{
    const QString folder = mRoot.filePath(u"archive%1"_s.arg(++mArchives));
    QDir().mkpath(folder + u"/sub"_s);
    const QDir dir(folder);
    bool ok = mOriginal.save(dir.filePath(u"original.png"_s));
    ok = ok
        && mOriginal.copy(300, 200, 600, 450).save(dir.filePath(u"sub/crop.jpg"_s), nullptr, 90);
    ok = ok && mOriginal.mirrored(true, false).save(dir.filePath(u"mirrored.jpg"_s), nullptr, 85);
    ok = ok
        && mOriginal.scaled(600, 450, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
               .save(dir.filePath(u"half.png"_s));
    ok = ok && mOriginal.save(dir.filePath(u"q60.jpg"_s), nullptr, 60);
    ok = ok && testing::texturedImage(1200, 900, 12).save(dir.filePath(u"unrelated.png"_s));
    if (!ok)
        qFatal("cannot write the archive");
    write(dir.filePath(u"sub/daily.md"_s),
          "# Harbour crane\n\n![Premier Tal Orsen inspects a crane. [NCNA]](crop.jpg)\n\n"
          "The agency released one photo.\n");
    return folder;
}

void TestVersionIndex::secondRunHashesNothing()
{
    const QString folder = makeArchive();
    VersionIndex first;
    const Result<VersionIndexUpdate> one = first.update(folder);
    QVERIFY2(one.ok(), qPrintable(one.error().toString()));
    QCOMPARE(one->hashed, 6);
    QCOMPARE(one->reused, 0);
    QVERIFY(!one->rebuilt);
    QVERIFY(QFile::exists(VersionIndex::indexPath(folder)));
    QCOMPARE(first.entries().size(), 6);
    QCOMPARE(first.entries().at(0).relativePath, u"half.png"_s);
    QCOMPARE(first.entries().at(5).relativePath, u"unrelated.png"_s);
    QCOMPARE(first.entries().at(4).relativePath, u"sub/crop.jpg"_s);
    QCOMPARE(first.entries().at(4).size, QSize(600, 450));

    VersionIndex second;
    const Result<VersionIndexUpdate> two = second.update(folder);
    QVERIFY(two.ok());
    QCOMPARE(two->hashed, 0);
    QCOMPARE(two->reused, 6);
    QCOMPARE(two->dropped, 0);
    for (qsizetype i = 0; i < first.entries().size(); ++i) {
        QCOMPARE(second.entries().at(i).dHash, first.entries().at(i).dHash);
        QCOMPARE(second.entries().at(i).dHashMirrored, first.entries().at(i).dHashMirrored);
        QCOMPARE(second.entries().at(i).sha256, first.entries().at(i).sha256);
    }
}

void TestVersionIndex::changedFileIsRehashed()
{
    const QString folder = makeArchive();
    VersionIndex index;
    QVERIFY(index.update(folder).ok());
    const quint64 before = index.entries().at(5).dHash;
    const QString path = QDir(folder).filePath(u"unrelated.png"_s);
    QVERIFY(testing::texturedImage(1200, 900, 13).save(path));
    QFile file(path); // the same second would keep the time: make the change visible
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5),
                             QFileDevice::FileModificationTime));
    file.close();
    const Result<VersionIndexUpdate> again = index.update(folder);
    QVERIFY(again.ok());
    QCOMPARE(again->hashed, 1);
    QCOMPARE(again->reused, 5);
    QVERIFY(index.entries().at(5).dHash != before);
}

void TestVersionIndex::vanishedFileIsDropped()
{
    const QString folder = makeArchive();
    VersionIndex index;
    QVERIFY(index.update(folder).ok());
    QVERIFY(QFile::remove(QDir(folder).filePath(u"half.png"_s)));
    const Result<VersionIndexUpdate> again = index.update(folder);
    QVERIFY(again.ok());
    QCOMPARE(again->dropped, 1);
    QCOMPARE(again->hashed, 0);
    QCOMPARE(index.entries().size(), 5);
    // and the saved index no longer lists it
    VersionIndex reread;
    const Result<VersionIndexUpdate> third = reread.update(folder);
    QVERIFY(third.ok());
    QCOMPARE(third->reused, 5);
    QCOMPARE(third->dropped, 0);
}

void TestVersionIndex::corruptIndexIsRebuilt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"schema\": \"provena-versions-index/1\", \"ent");
    QTest::newRow("other schema") << QByteArray(R"({"schema": "x/9", "entries": []})");
    QTest::newRow("damaged entry")
        << QByteArray(R"({"schema": "provena-versions-index/1", "entries": [{"path": 3}]})");
    QTest::newRow("bad hash") << QByteArray(
        R"({"schema":"provena-versions-index/1","entries":[{"path":"half.png","size":1,)"
        R"("modifiedMs":1,"sha256":"00","dHash":"zz","dHashMirrored":"0","width":1,"height":1}]})");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11);
}

void TestVersionIndex::corruptIndexIsRebuilt()
{
    QFETCH(QByteArray, content);
    const QString folder = makeArchive();
    QVERIFY(QDir(folder).mkpath(u".provena"_s));
    write(VersionIndex::indexPath(folder), content);
    VersionIndex index;
    const Result<VersionIndexUpdate> update = index.update(folder);
    QVERIFY2(update.ok(), qPrintable(update.error().toString()));
    QVERIFY(update->rebuilt);
    QVERIFY(update->rebuildReason.contains(u"versions-index.json"_s));
    QCOMPARE(update->hashed, 6);
    VersionIndex again;
    const Result<VersionIndexUpdate> second = again.update(folder);
    QVERIFY(second.ok());
    QVERIFY(!second->rebuilt);
    QCOMPARE(second->reused, 6);
}

void TestVersionIndex::unreadableImageIsRecordedOnce()
{
    const QString folder = makeArchive();
    write(QDir(folder).filePath(u"broken.jpg"_s), "\xff\xd8\xff\xe0 not really a JPEG");
    VersionIndex index;
    const Result<VersionIndexUpdate> update = index.update(folder);
    QVERIFY(update.ok());
    QCOMPARE(update->hashed, 7);
    QVERIFY(!index.entries().at(0).error.isEmpty());
    QCOMPARE(index.entries().at(0).relativePath, u"broken.jpg"_s);
    VersionIndex again;
    const Result<VersionIndexUpdate> second = again.update(folder);
    QVERIFY(second.ok());
    QCOMPARE(second->hashed, 0);
    QCOMPARE(again.entries().at(0).error, index.entries().at(0).error);
}

void TestVersionIndex::cancelStopsAndKeepsWhatWasHashed()
{
    const QString folder = makeArchive();
    VersionIndex index;
    const Result<VersionIndexUpdate> cancelled
        = index.update(folder, [](int done, int) { return done < 2; });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().message.contains(u"cancelled"_s));
    VersionIndex again;
    const Result<VersionIndexUpdate> update = again.update(folder);
    QVERIFY(update.ok());
    QCOMPARE(update->reused, 2);
    QCOMPARE(update->hashed, 4);
}

void TestVersionIndex::findsCropsMirrorsAndReencodes()
{
    const QString folder = makeArchive();
    const QString original = QDir(folder).filePath(u"original.png"_s);
    const Result<VersionSearch> search = VersionFinder::find(original, folder);
    QVERIFY2(search.ok(), qPrintable(search.error().toString()));
    QStringList found;
    for (const FoundVersion &v : search->versions)
        found << v.relativePath + u'=' + v.match.relation() + u'/' + v.foundBy;
    QCOMPARE(found,
             QStringList({u"half.png=scaled/dhash"_s, u"mirrored.jpg=mirrored/mirrored-dhash"_s,
                          u"q60.jpg=re-encoded/dhash"_s, u"sub/crop.jpg=cropped/features"_s}));
    const FoundVersion &crop = search->versions.at(3);
    const QRectF rect = crop.match.rectInA;
    QVERIFY2(
        qAbs(rect.x() - 300) <= 2 && qAbs(rect.y() - 200) <= 2 && qAbs(rect.width() - 600) <= 2
            && qAbs(rect.height() - 450) <= 2,
        qPrintable(
            u"%1,%2 %3x%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
    QCOMPARE(crop.appearances.size(), 1);
    QCOMPARE(crop.appearances.at(0).imageNumber, 1);
    QCOMPARE(crop.appearances.at(0).credit, u"NCNA"_s);
    QVERIFY(crop.appearances.at(0).caption.contains(u"Tal Orsen"_s));
    QVERIFY(crop.appearances.at(0).articlePath.endsWith(u"sub/daily.md"_s));
    QVERIFY(qAbs(search->versions.at(0).match.scale - 0.5) < 0.01);
    QCOMPARE(search->hashCandidates, 3);
    QCOMPARE(search->featureChecks, 2); // the crop and the unrelated photo
    QCOMPARE(search->articlesRead, 1);
    QCOMPARE(search->index.hashed, 6);
}

void TestVersionIndex::featureBudgetZeroFindsOnlyHashCandidates()
{
    const QString folder = makeArchive();
    VersionSearchOptions options;
    options.featureBudget = 0;
    const Result<VersionSearch> search
        = VersionFinder::find(QDir(folder).filePath(u"original.png"_s), folder, options);
    QVERIFY(search.ok());
    QCOMPARE(search->versions.size(), 3);
    QCOMPARE(search->featureSkipped, 2);
    QCOMPARE(search->featureChecks, 0);
}

void TestVersionIndex::missingFolderAndImageAreErrors()
{
    const QString folder = makeArchive();
    const Result<VersionSearch> noFolder = VersionFinder::find(
        QDir(folder).filePath(u"original.png"_s), mRoot.filePath(u"nowhere"_s));
    QVERIFY(!noFolder.ok());
    QVERIFY(noFolder.error().message.contains(u"nowhere"_s));
    const Result<VersionSearch> noImage
        = VersionFinder::find(QDir(folder).filePath(u"gone.png"_s), folder);
    QVERIFY(!noImage.ok());
    QCOMPARE(noImage.error().path, QDir(folder).filePath(u"gone.png"_s));
}

QTEST_MAIN(TestVersionIndex)
#include "tst_versionindex.moc"
