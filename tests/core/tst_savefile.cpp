// SPDX-License-Identifier: MIT
#include "core/io/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace provena;

class TestSaveFile : public QObject
{
    Q_OBJECT

private slots:
    void writesNewFile();
    void keepsBackupOfPrevious();
    void failsClearlyInMissingFolder();
    void refusesSymlinkedTargetAndLeavesItsTargetAlone();
    void refusesDanglingLinkAndCreatesNothing();
    void replacesBackupLinkWithFreshFile();
    void replacesBackupFifoWithoutBlocking();
    void refusesBackupThatIsAFolder();
    void refusesTargetThatIsAFifo();
    void keepsPermissions_data();
    void keepsPermissions();
    void newFileTakesPermissionsFrom();
};

static SaveOptions withBackup()
{
    SaveOptions options;
    options.keepBackup = true;
    return options;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void TestSaveFile::writesNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(saveAtomically(path, "hello").ok());
    QCOMPARE(readAll(path), QByteArray("hello"));
    QVERIFY(!QFile::exists(path + QLatin1Char('~')));
}

void TestSaveFile::keepsBackupOfPrevious()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(saveAtomically(path, "one").ok());
    QVERIFY(saveAtomically(path, "two", withBackup()).ok());
    QCOMPARE(readAll(path), QByteArray("two"));
    QCOMPARE(readAll(path + QLatin1Char('~')), QByteArray("one"));
}

void TestSaveFile::failsClearlyInMissingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/a.txt"));
    const Status status = saveAtomically(path, "x");
    QVERIFY(!status.ok());
    QCOMPARE(status.error().path, path);
    QVERIFY(!status.error().message.isEmpty());
    QVERIFY(status.error().toString().startsWith(path));
}

static unsigned modeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

void TestSaveFile::refusesSymlinkedTargetAndLeavesItsTargetAlone()
{
    // a.md.provena.jsonld links to another article's sidecar: saving must not rewrite that one.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("b.md.provena.jsonld"));
    QVERIFY(saveAtomically(other, "other article").ok());
    const QString path = dir.filePath(QStringLiteral("a.md.provena.jsonld"));
    QVERIFY(QFile::link(other, path));
    const Status status = saveAtomically(path, "mine", withBackup());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().path, path);
    QVERIFY2(status.error().message.contains(other), qPrintable(status.error().message));
    QVERIFY(status.error().message.contains(QStringLiteral("symbolic link")));
    QCOMPARE(readAll(other), QByteArray("other article"));
    QCOMPARE(QFileInfo(path).symLinkTarget(), other);
    QVERIFY(!QFileInfo::exists(path + QLatin1Char('~')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden).size(), 2);
}

void TestSaveFile::refusesDanglingLinkAndCreatesNothing()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("planted.txt"));
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(QFile::link(target, path));
    const Status status = saveAtomically(path, "x");
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(target), qPrintable(status.error().message));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QDir(elsewhere.path())
                .isEmpty(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot));
    QVERIFY(QFileInfo(path).isSymLink());
}

void TestSaveFile::replacesBackupLinkWithFreshFile()
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    QVERIFY(saveAtomically(victim, "victim").ok());
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(saveAtomically(path, "one").ok());
    const QString backup = path + QLatin1Char('~');
    QVERIFY(QFile::link(victim, backup));
    const Status status = saveAtomically(path, "two", withBackup());
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(readAll(path), QByteArray("two"));
    QCOMPARE(readAll(victim), QByteArray("victim"));
    QVERIFY(!QFileInfo(backup).isSymLink());
    QVERIFY(QFileInfo(backup).isFile());
    QCOMPARE(readAll(backup), QByteArray("one"));
}

void TestSaveFile::replacesBackupFifoWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(saveAtomically(path, "one").ok());
    const QString backup = path + QLatin1Char('~');
    QCOMPARE(::mkfifo(QFile::encodeName(backup).constData(), 0600), 0);
    QVERIFY(saveAtomically(path, "two", withBackup()).ok());
    QVERIFY(QFileInfo(backup).isFile());
    QCOMPARE(readAll(backup), QByteArray("one"));
}

void TestSaveFile::refusesBackupThatIsAFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(saveAtomically(path, "one").ok());
    const QString backup = path + QLatin1Char('~');
    QVERIFY(QDir().mkdir(backup));
    const Status status = saveAtomically(path, "two", withBackup());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().path, backup);
    QVERIFY2(status.error().message.contains(QStringLiteral("“a.txt~” is a folder")),
             qPrintable(status.error().message));
    QCOMPARE(readAll(path), QByteArray("one"));
    QVERIFY(QFileInfo(backup).isDir());
}

void TestSaveFile::refusesTargetThatIsAFifo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const Status status = saveAtomically(path, "x", withBackup());
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QStringLiteral("named pipe (FIFO)")),
             qPrintable(status.error().message));
    QCOMPARE(QFileInfo(path).isFile(), false);
}

void TestSaveFile::keepsPermissions_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("0444 read-only") << 0444u;
    QTest::newRow("0640 private to a group") << 0640u;
    QTest::newRow("0600 private") << 0600u;
}

void TestSaveFile::keepsPermissions()
{
    QFETCH(uint, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md.provena.jsonld"));
    QVERIFY(saveAtomically(path, "one").ok());
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
    const Status status = saveAtomically(path, "two", withBackup());
    if (::geteuid() != 0 && (mode & 0200) == 0) {
        // Without root a read-only file stays unwritten, and says so.
        QVERIFY(!status.ok());
        QCOMPARE(readAll(path), QByteArray("one"));
    } else {
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));
        QCOMPARE(readAll(path), QByteArray("two"));
        QCOMPARE(readAll(path + QLatin1Char('~')), QByteArray("one"));
        // The backup holds the same content, so it gets the same protection.
        QCOMPARE(modeOf(path + QLatin1Char('~')), mode);
    }
    QCOMPARE(modeOf(path), mode);
}

void TestSaveFile::newFileTakesPermissionsFrom()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(saveAtomically(original, "jpeg").ok());
    QCOMPARE(::chmod(QFile::encodeName(original).constData(), 0640), 0);
    SaveOptions options;
    options.permissionsFrom = original;
    const QString copy = dir.filePath(QStringLiteral("copy.jpg"));
    QVERIFY(saveAtomically(copy, "jpeg", options).ok());
    QCOMPARE(modeOf(copy), 0640u);
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
