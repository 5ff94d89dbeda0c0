// SPDX-License-Identifier: MIT
// ZipWriter: Info-ZIP (unzip -t, zipinfo) accepts what it writes, stored vs deflated per entry,
// digests, determinism, atomicity and refusing symbolic links.
#include "bundle/zipwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace provena;

class TestZipWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void compressionFor_data();
    void compressionFor();
    void infoZipAcceptsStoredAndDeflated();
    void sameInputGivesIdenticalBytes();
    void cancelLeavesNoFile();
    void destroyingWithoutCommitLeavesOldFile();
    void refusesSymlinkPath();
    void fileThatChangedSizeIsAnError();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mSource; // a 3 MiB pseudo-random "photo"
    QByteArray mSourceBytes;

    bool writeSample(const QString &zipPath, QString *error);
    static QString run(const QString &program, const QStringList &arguments, int *exitCode);
};

void TestZipWriter::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mSource = mDir->filePath(QStringLiteral("photo.jpg"));
    mSourceBytes = QByteArray(3 << 20, '\0');
    quint32 state = 12345;
    for (char &byte : mSourceBytes) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    QFile file(mSource);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(mSourceBytes), mSourceBytes.size());
}

QString TestZipWriter::run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return process.errorString();
    }
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

bool TestZipWriter::writeSample(const QString &zipPath, QString *error)
{
    ZipWriter zip;
    zip.setModificationTime(QDateTime(QDate(2026, 3, 14), QTime(0, 0), Qt::UTC));
    auto check = [error](const auto &result) {
        if (!result)
            *error = result.error().toString();
        return bool(result);
    };
    if (!check(zip.open(zipPath)))
        return false;
    qint64 lastProgress = 0;
    auto photo = zip.addFile(QStringLiteral("bag/data/photo.jpg"), mSource, mSourceBytes.size(),
                             nullptr, [&](qint64 done) { lastProgress = done; });
    if (!check(photo))
        return false;
    if (photo->sha256
            != QString::fromLatin1(
                QCryptographicHash::hash(mSourceBytes, QCryptographicHash::Sha256).toHex())
        || photo->size != mSourceBytes.size() || lastProgress != mSourceBytes.size()) {
        *error = QStringLiteral("wrong digest, size or progress for photo.jpg");
        return false;
    }
    const QByteArray text = QByteArray("Tal Orsen photographed the harbour crane.\n").repeated(200);
    auto story = zip.addData(QStringLiteral("bag/data/story.md"), text);
    if (!check(story))
        return false;
    if (story->sha256
        != QString::fromLatin1(
            QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex())) {
        *error = QStringLiteral("wrong digest for story.md");
        return false;
    }
    if (!check(zip.addData(QStringLiteral("bag/data/Chart.PNG"), QByteArray(5000, 'p'))))
        return false;
    if (!check(zip.addData(QStringLiteral("bag/data/서울.txt"), QByteArray("Seoul\n"))))
        return false;
    return check(zip.commit());
}

void TestZipWriter::compressionFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("stored");
    QTest::newRow("jpg") << "a/photo.jpg" << true;
    QTest::newRow("JPEG") << "a/PHOTO.JPEG" << true;
    QTest::newRow("png") << "x.png" << true;
    QTest::newRow("gif") << "x.gif" << true;
    QTest::newRow("webp") << "x.webp" << true;
    QTest::newRow("zip") << "x.zip" << true;
    QTest::newRow("gz") << "x.tar.gz" << true;
    QTest::newRow("md") << "story.md" << false;
    QTest::newRow("jsonld") << "story.md.provena.jsonld" << false;
    QTest::newRow("xmp") << "photo.jpg.xmp" << false;
    QTest::newRow("pdf") << "report.pdf" << false;
}

void TestZipWriter::compressionFor()
{
    QFETCH(QString, name);
    QFETCH(bool, stored);
    QCOMPARE(ZipWriter::compressionFor(name) == ZipWriter::Compression::Store, stored);
}

void TestZipWriter::infoZipAcceptsStoredAndDeflated()
{
    const QString zipPath = mDir->filePath(QStringLiteral("out.zip"));
    QString error;
    QVERIFY2(writeSample(zipPath, &error), qPrintable(error));

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    const QString zipinfo = QStandardPaths::findExecutable(QStringLiteral("zipinfo"));
    QVERIFY2(!unzip.isEmpty() && !zipinfo.isEmpty(),
             "Info-ZIP unzip/zipinfo not found: install the Debian package unzip");
    int exitCode = 0;
    const QString tested = run(unzip, {QStringLiteral("-t"), zipPath}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(tested));
    QVERIFY2(tested.contains(QStringLiteral("No errors detected")), qPrintable(tested));

    const QString listing = run(zipinfo, {zipPath}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(listing));
    auto lineFor = [&](const QString &name) {
        for (const QString &line : listing.split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1Char(' ') + name))
                return line;
        }
        return QString();
    };
    const QString photo = lineFor(QStringLiteral("bag/data/photo.jpg"));
    const QString story = lineFor(QStringLiteral("bag/data/story.md"));
    const QString chart = lineFor(QStringLiteral("bag/data/Chart.PNG"));
    QVERIFY2(photo.contains(QStringLiteral(" stor ")), qPrintable(listing));
    QVERIFY2(chart.contains(QStringLiteral(" stor ")), qPrintable(listing));
    QVERIFY2(story.contains(QStringLiteral(" defN ")), qPrintable(listing));
    QVERIFY2(lineFor(QStringLiteral("bag/data/서울.txt")).contains(QStringLiteral(" defN ")),
             qPrintable(listing));
    // Mode 0644, no folders written (they are implied by the names).
    for (const QString &line : {photo, story, chart})
        QVERIFY2(line.startsWith(QStringLiteral("-rw-r--r--")), qPrintable(line));
    QVERIFY2(listing.contains(QStringLiteral("4 files")), qPrintable(listing));

    // Python's zipfile agrees on names, methods and bytes.
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 not found");
    const QString script
        = QStringLiteral("import sys, zipfile, hashlib\n"
                         "z = zipfile.ZipFile(sys.argv[1])\n"
                         "assert z.testzip() is None\n"
                         "for i in z.infolist():\n"
                         "    print(i.filename, i.compress_type, (i.external_attr >> 16) & 0o777,"
                         " hashlib.sha256(z.read(i)).hexdigest())\n");
    const QString out = run(python, {QStringLiteral("-c"), script, zipPath}, &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(out));
    const QString photoHash = QString::fromLatin1(
        QCryptographicHash::hash(mSourceBytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(out.contains(QStringLiteral("bag/data/photo.jpg 0 420 ") + photoHash),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("bag/data/story.md 8 420 ")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("bag/data/서울.txt 8 420 ")), qPrintable(out));
}

void TestZipWriter::sameInputGivesIdenticalBytes()
{
    const QString first = mDir->filePath(QStringLiteral("first.zip"));
    const QString second = mDir->filePath(QStringLiteral("second.zip"));
    QString error;
    QVERIFY2(writeSample(first, &error), qPrintable(error));
    QTest::qSleep(1100); // a clock-dependent field would differ now
    QVERIFY2(writeSample(second, &error), qPrintable(error));
    QFile a(first);
    QFile b(second);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QVERIFY(bytes.size() > mSourceBytes.size());
    QVERIFY(bytes == b.readAll());
}

void TestZipWriter::cancelLeavesNoFile()
{
    const QString zipPath = mDir->filePath(QStringLiteral("cancelled.zip"));
    ZipWriter zip;
    QVERIFY(zip.open(zipPath));
    std::atomic_bool cancelled {false};
    auto added
        = zip.addFile(QStringLiteral("a/photo.jpg"), mSource, -1, &cancelled, [&](qint64 done) {
              if (done >= (1 << 20))
                  cancelled = true;
          });
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("cancelled")),
             qPrintable(added.error().message));
    zip.cancel();
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files), QStringList({QStringLiteral("photo.jpg")}));
    QVERIFY(!zip.commit());
    QVERIFY(!QFileInfo::exists(zipPath));
}

void TestZipWriter::destroyingWithoutCommitLeavesOldFile()
{
    const QString zipPath = mDir->filePath(QStringLiteral("old.zip"));
    {
        QFile old(zipPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    {
        ZipWriter zip;
        QVERIFY(zip.open(zipPath));
        QVERIFY(zip.addData(QStringLiteral("a/x.txt"), "new"));
    }
    QFile old(zipPath);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old content"));
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestZipWriter::refusesSymlinkPath()
{
    const QString target = mDir->filePath(QStringLiteral("target.zip"));
    const QString link = mDir->filePath(QStringLiteral("link.zip"));
    QVERIFY(QFile::link(target, link));
    ZipWriter zip;
    const Status opened = zip.open(link);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("symbolic link")),
             qPrintable(opened.error().message));
    QVERIFY(!QFileInfo::exists(target));
}

void TestZipWriter::fileThatChangedSizeIsAnError()
{
    const QString zipPath = mDir->filePath(QStringLiteral("changed.zip"));
    ZipWriter zip;
    QVERIFY(zip.open(zipPath));
    auto added = zip.addFile(QStringLiteral("a/photo.jpg"), mSource, mSourceBytes.size() - 1);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(mSource), qPrintable(added.error().message));
    QVERIFY(!zip.commit());
    QVERIFY(!QFileInfo::exists(zipPath));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
