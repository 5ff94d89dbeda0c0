// SPDX-License-Identifier: MIT
// SafeExtractor against crafted zips: every rejection names the entry and leaves the destination
// exactly as it was; a good zip extracts byte for byte.
#include "bundle/safeextractor.h"
#include "hostilezip.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace provena;
using hostilezip::Entry;

Q_DECLARE_METATYPE(provena::ExtractLimits)

class TestSafeExtractor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validZipExtractsIdenticalBytes();
    void refusesHostileEntry_data();
    void refusesHostileEntry();
    void hardLinkCannotLinkAnything();
    void fifoEntryNeverBecomesFifo();
    void refusesExistingFolder();
    void refusesNonZip();
    void cancelLeavesNothing();
    void cancelWhileExtractingLeavesNothing();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mDest;
    QString zipPath() const { return mDir->filePath(QStringLiteral("in.zip")); }
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

void TestSafeExtractor::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mDest = mDir->filePath(QStringLiteral("dest"));
    QVERIFY(QDir().mkpath(mDest));
    // Something already there, which must stay untouched.
    QFile keep(mDest + QStringLiteral("/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("keep");
}

void TestSafeExtractor::validZipExtractsIdenticalBytes()
{
    QByteArray photo(300000, '\0');
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) % 251);
    const QByteArray text = QByteArray("Vera Lind, 서울, Москва\n").repeated(500);
    QVERIFY(hostilezip::write(zipPath(),
                              {hostilezip::directory("bag/"),
                               hostilezip::file("bag/bagit.txt", "BagIt-Version: 1.0\n"),
                               hostilezip::file("bag/data/story/photo.jpg", photo, false),
                               hostilezip::file("bag/data/story/서울.md", text, true),
                               hostilezip::file("bag/data/empty.txt", QByteArray())}));
    auto extracted = SafeExtractor::extract(zipPath(), mDest);
    QVERIFY2(extracted, qPrintable(extracted.error().toString()));
    QCOMPARE(extracted->rootDir, mDest + QStringLiteral("/bag"));
    QCOMPARE(extracted->files,
             QStringList({QStringLiteral("bagit.txt"), QStringLiteral("data/empty.txt"),
                          QStringLiteral("data/story/photo.jpg"),
                          QStringLiteral("data/story/서울.md")}));
    QCOMPARE(extracted->bytes, qint64(19 + photo.size() + text.size()));
    QCOMPARE(readAll(mDest + QStringLiteral("/bag/data/story/photo.jpg")), photo);
    QCOMPARE(readAll(mDest + QStringLiteral("/bag/data/story/서울.md")), text);
    QCOMPARE(QFileInfo(mDest + QStringLiteral("/bag/data/empty.txt")).size(), 0);
    // No staging folder left behind.
    QCOMPARE(hostilezip::listTree(mDest).filter(QStringLiteral(".provena-extract")), QStringList());
}

void TestSafeExtractor::refusesHostileEntry_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<ExtractLimits>("limits");
    QTest::addColumn<QString>("entryName");
    QTest::addColumn<QString>("reason");

    const Entry ok = hostilezip::file("bag/ok.txt", "fine");
    const ExtractLimits defaults;
    QTest::newRow("absolute") << QList<Entry> {ok, hostilezip::file("/etc/evil", "x")} << defaults
                              << "/etc/evil"
                              << "absolute";
    QTest::newRow("dotdot") << QList<Entry> {ok, hostilezip::file("../x", "x")} << defaults
                            << "../x"
                            << "“..”";
    QTest::newRow("nested dotdot")
        << QList<Entry> {ok, hostilezip::file("bag/../../x", "x")} << defaults << "bag/../../x"
        << "“..”";
    QTest::newRow("backslash") << QList<Entry> {ok, hostilezip::file("bag/..\\x", "x")} << defaults
                               << "bag/..\\x"
                               << "backslash";
    QTest::newRow("symlink") << QList<Entry> {ok,
                                              hostilezip::link("bag/link", "/etc/passwd", false)}
                             << defaults << "bag/link"
                             << "symbolic link";
    QTest::newRow("char device") << QList<Entry> {ok,
                                                  hostilezip::special("bag/tty", S_IFCHR | 0644)}
                                 << defaults << "bag/tty"
                                 << "character device";
    QTest::newRow("block device") << QList<Entry> {ok,
                                                   hostilezip::special("bag/sda", S_IFBLK | 0644)}
                                  << defaults << "bag/sda"
                                  << "block device";
    QTest::newRow("socket") << QList<Entry> {ok, hostilezip::special("bag/sock", S_IFSOCK | 0644)}
                            << defaults << "bag/sock"
                            << "socket";
    QTest::newRow("duplicate") << QList<Entry> {ok, hostilezip::file("bag/ok.txt", "again")}
                               << defaults << "bag/ok.txt"
                               << "twice";
    QTest::newRow("case collision")
        << QList<Entry> {hostilezip::file("bag/A.txt", "a"), hostilezip::file("bag/a.txt", "b")}
        << defaults << "bag/a.txt"
        << "case";
    // libarchive already normalises UTF-8 names to NFC, so the second arrives as a duplicate.
    QTest::newRow("normalisation collision")
        << QList<Entry> {hostilezip::file("bag/caf\xc3\xa9.txt", "nfc"),
                         hostilezip::file("bag/cafe\xcc\x81.txt", "nfd")}
        << defaults << QString::fromUtf8("bag/caf\xc3\xa9.txt") << "twice";
    QTest::newRow("file and folder")
        << QList<Entry> {hostilezip::file("bag/x", "a"), hostilezip::file("bag/x/y", "b")}
        << defaults << "bag/x/y"
        << "both a file and a folder";
    QTest::newRow("two top-level folders")
        << QList<Entry> {ok, hostilezip::file("other/x.txt", "x")} << defaults << "other/x.txt"
        << "second top-level folder";
    QTest::newRow("file at top level")
        << QList<Entry> {ok, hostilezip::file("loose.txt", "x")} << defaults << "loose.txt"
        << "outside";
    ExtractLimits small;
    small.maxEntryBytes = qint64(1) << 20;
    QTest::newRow("entry over limit")
        << QList<Entry> {ok, hostilezip::zeros("bag/big.bin", 3 << 20, false)} << small
        << "bag/big.bin"
        << "limit for one entry";
    // The central directory claims 100 bytes; the bytes that stream out are what count.
    Entry lying = hostilezip::zeros("bag/lying.bin", 3 << 20, true);
    lying.claimedSize = 100;
    QTest::newRow("header understates size") << QList<Entry> {ok, lying} << small << "bag/lying.bin"
                                             << "limit for one entry";
    ExtractLimits total;
    total.maxTotalBytes = qint64(2) << 20;
    QTest::newRow("total over limit")
        << QList<Entry> {hostilezip::zeros("bag/a.bin", 3 << 19, false),
                         hostilezip::zeros("bag/b.bin", 3 << 19, false)}
        << total << "bag/b.bin"
        << "limit for all entries";
    QTest::newRow("ratio bomb") << QList<Entry> {ok,
                                                 hostilezip::zeros("bag/bomb.bin", 3 << 20, true)}
                                << defaults << "bag/bomb.bin"
                                << "zip bomb";
    ExtractLimits few;
    few.maxEntries = 3;
    QTest::newRow("too many entries")
        << QList<Entry> {hostilezip::file("bag/1", "1"), hostilezip::file("bag/2", "2"),
                         hostilezip::file("bag/3", "3"), hostilezip::file("bag/4", "4")}
        << few << "bag/4"
        << "more than 3 entries";
    QTest::newRow("invalid utf-8")
        << QList<Entry> {ok, hostilezip::file("bag/bad\xff\xfe.txt", "x")} << defaults << "#2"
        << "not valid UTF-8";
    QTest::newRow("control character")
        << QList<Entry> {ok, hostilezip::file("bag/line\nbreak.txt", "x")} << defaults
        << "bag/line\nbreak.txt"
        << "control character";
    QTest::newRow("drive letter") << QList<Entry> {ok, hostilezip::file("C:/x.txt", "x")}
                                  << defaults << "C:/x.txt"
                                  << "drive letter";
}

void TestSafeExtractor::refusesHostileEntry()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(ExtractLimits, limits);
    QFETCH(QString, entryName);
    QFETCH(QString, reason);
    QString error;
    QVERIFY2(hostilezip::write(zipPath(), entries, &error), qPrintable(error));
    const QStringList before = hostilezip::listTree(mDest);

    auto extracted = SafeExtractor::extract(zipPath(), mDest, limits);
    QVERIFY2(!extracted, "a hostile zip was extracted");
    const QString message = extracted.error().message;
    QVERIFY2(message.contains(QStringLiteral("“%1").arg(entryName)), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("in.zip")), qPrintable(message));
    QCOMPARE(hostilezip::listTree(mDest), before);
    QCOMPARE(hostilezip::listTree(mDir->path()).filter(QStringLiteral("evil")), QStringList());
}

void TestSafeExtractor::hardLinkCannotLinkAnything()
{
    // Zip has no hard links: libarchive's zip writer drops the link and its reader never
    // reports one, so a "hard link" arrives as a new empty file sharing nothing with its target.
    // (SafeExtractor still refuses any entry libarchive reports as a hard link.)
    const QString outside = mDir->filePath(QStringLiteral("secret.txt"));
    QFile secret(outside);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    QVERIFY(hostilezip::write(zipPath(),
                              {hostilezip::file("bag/ok.txt", "ok"),
                               hostilezip::link("bag/hard", outside.toUtf8(), true)}));
    auto extracted = SafeExtractor::extract(zipPath(), mDest);
    if (!extracted) {
        QVERIFY2(extracted.error().message.contains(QStringLiteral("“bag/hard”")),
                 qPrintable(extracted.error().message));
        QCOMPARE(hostilezip::listTree(mDest), QStringList({QStringLiteral("keep.txt")}));
        return;
    }
    const QString linked = mDest + QStringLiteral("/bag/hard");
    struct stat a = {};
    struct stat b = {};
    QCOMPARE(::lstat(QFile::encodeName(linked).constData(), &a), 0);
    QCOMPARE(::lstat(QFile::encodeName(outside).constData(), &b), 0);
    QVERIFY(S_ISREG(a.st_mode));
    QVERIFY(a.st_ino != b.st_ino);
    QCOMPARE(a.st_nlink, nlink_t(1));
    QCOMPARE(readAll(outside), QByteArray("secret"));
}

void TestSafeExtractor::fifoEntryNeverBecomesFifo()
{
    // libarchive's zip reader reports an entry whose mode says FIFO as a regular file, so it
    // arrives as an empty regular file; a FIFO in the destination could hang whoever reads it.
    QVERIFY(hostilezip::write(
        zipPath(),
        {hostilezip::file("bag/ok.txt", "ok"), hostilezip::special("bag/pipe", S_IFIFO | 0644)}));
    auto extracted = SafeExtractor::extract(zipPath(), mDest);
    if (!extracted) {
        QVERIFY2(extracted.error().message.contains(QStringLiteral("“bag/pipe”")),
                 qPrintable(extracted.error().message));
        QCOMPARE(hostilezip::listTree(mDest), QStringList({QStringLiteral("keep.txt")}));
        return;
    }
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(mDest + QStringLiteral("/bag/pipe")).constData(), &st), 0);
    QVERIFY(S_ISREG(st.st_mode));
    QCOMPARE(st.st_size, off_t(0));
}

void TestSafeExtractor::refusesExistingFolder()
{
    QVERIFY(hostilezip::write(zipPath(), {hostilezip::file("keep.txt/x", "x")}));
    const QStringList before = hostilezip::listTree(mDest);
    auto extracted = SafeExtractor::extract(zipPath(), mDest);
    QVERIFY(!extracted);
    QVERIFY2(extracted.error().message.contains(QStringLiteral("“keep.txt” already exists")),
             qPrintable(extracted.error().message));
    QCOMPARE(hostilezip::listTree(mDest), before);
    QCOMPARE(readAll(mDest + QStringLiteral("/keep.txt")), QByteArray("keep"));
}

void TestSafeExtractor::refusesNonZip()
{
    QFile file(zipPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a zip file at all");
    file.close();
    const QStringList before = hostilezip::listTree(mDest);
    auto extracted = SafeExtractor::extract(zipPath(), mDest);
    QVERIFY(!extracted);
    QVERIFY2(extracted.error().message.contains(QStringLiteral("“in.zip”")),
             qPrintable(extracted.error().message));
    QCOMPARE(hostilezip::listTree(mDest), before);
}

void TestSafeExtractor::cancelLeavesNothing()
{
    QVERIFY(hostilezip::write(
        zipPath(),
        {hostilezip::file("bag/a.txt", "a"), hostilezip::zeros("bag/b.bin", 1 << 20, false)}));
    const QStringList before = hostilezip::listTree(mDest);
    std::atomic_bool cancelled {true};
    auto extracted = SafeExtractor::extract(zipPath(), mDest, {}, &cancelled);
    QVERIFY(!extracted);
    QVERIFY2(extracted.error().message.contains(QStringLiteral("cancelled")),
             qPrintable(extracted.error().message));
    QCOMPARE(hostilezip::listTree(mDest), before);
}

void TestSafeExtractor::cancelWhileExtractingLeavesNothing()
{
    // 256 MiB stored: long enough that the watcher sees the staging folder and cancels mid-way.
    QVERIFY(hostilezip::write(zipPath(),
                              {hostilezip::file("bag/a.txt", "a"),
                               hostilezip::zeros("bag/big.bin", qint64(256) << 20, false)}));
    const QStringList before = hostilezip::listTree(mDest);
    std::atomic_bool cancelled {false};
    std::atomic_bool sawStaging {false};
    std::atomic_bool done {false};
    std::thread watcher([&] {
        while (!done.load()) {
            if (!QDir(mDest)
                     .entryList({QStringLiteral(".provena-extract-*")}, QDir::Dirs | QDir::Hidden)
                     .isEmpty()) {
                sawStaging = true;
                cancelled = true;
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    auto extracted = SafeExtractor::extract(zipPath(), mDest, {}, &cancelled);
    done = true;
    watcher.join();
    QVERIFY2(sawStaging.load(), "the extraction ended before it could be cancelled");
    QVERIFY(!extracted);
    QVERIFY2(extracted.error().message.contains(QStringLiteral("cancelled")),
             qPrintable(extracted.error().message));
    QCOMPARE(hostilezip::listTree(mDest), before);
}

QTEST_GUILESS_MAIN(TestSafeExtractor)
#include "tst_safeextractor.moc"
