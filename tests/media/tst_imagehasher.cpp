// SPDX-License-Identifier: MIT
#include "media/imagehasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

} // namespace

class TestImageHasher : public QObject
{
    Q_OBJECT

private slots:
    void matchesSha256sum_data();
    void matchesSha256sum();
    void emptyFile();
    void streamsFilesLargerThanOneChunk();
    void missingFileIsAnError();
};

void TestImageHasher::matchesSha256sum_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    // Values from `sha256sum tests/data/images/...`. If generate.sh is re-run with other tool
    // versions, the files change and so must these.
    QTest::newRow("png") << fixture("plain.png")
                         << QByteArray(
                                "930342cdde4ce285b1c95898d6d0ffe0d5d0c86d4aea95fee46d174be6cc34be");
    QTest::newRow("text")
        << fixture("not-an-image.jpg")
        << QByteArray("e1b92632250146aca114e90e3fc0a8db4a5d71f6519ff570028e8c444c8a4115");
}

void TestImageHasher::matchesSha256sum()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    const Result<QByteArray> hash = ImageHasher::sha256File(path);
    QVERIFY2(hash, qPrintable(hash.error().toString()));
    QCOMPARE(hash.value(), expected);
}

void TestImageHasher::emptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result<QByteArray> hash = ImageHasher::sha256File(path);
    QVERIFY(hash);
    QCOMPARE(hash.value(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestImageHasher::streamsFilesLargerThanOneChunk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data;
    data.reserve(3 * 1024 * 1024 + 17);
    for (quint32 i = 0; i < 3 * 1024 * 1024 + 17; ++i)
        data.append(char((i * 7919u) >> 3));
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();

    const Result<QByteArray> hash = ImageHasher::sha256File(path);
    QVERIFY(hash);
    QCOMPARE(hash.value(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void TestImageHasher::missingFileIsAnError()
{
    const Result<QByteArray> hash = ImageHasher::sha256File(fixture("nowhere.jpg"));
    QVERIFY(!hash);
    QVERIFY(hash.error().message.contains(QStringLiteral("“nowhere.jpg”")));
    QVERIFY(!hash.error().detail.isEmpty());
}

QTEST_GUILESS_MAIN(TestImageHasher)
#include "tst_imagehasher.moc"
