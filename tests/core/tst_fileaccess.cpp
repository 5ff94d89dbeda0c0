// SPDX-License-Identifier: MIT
// FileAccess: only regular files are read, nothing blocks, and reads stop at their limit.
#include "core/io/fileaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace provena;

class TestFileAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsRegularFile();
    void readsThroughLinkToRegularFile();
    void missingFile();
    void danglingLink();
    void linksInACircleAreRefused();
    void linkToDevZeroIsRefusedWithTarget();
    void devZeroItselfIsRefused();
    void fifoIsRefusedPromptly();
    void folderIsRefused();
    void unixSocketIsRefused();
    void limitIsEnforcedOnLargerFile();
    void limitIsEnforcedWhenReportedSizeIsZero();
    void fileOfExactlyTheLimitIsRead();

private:
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestFileAccess::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

QString TestFileAccess::write(const QString &name, const QByteArray &bytes)
{
    const QString path = mDir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestFileAccess::readsRegularFile()
{
    const QString path = write(QStringLiteral("a.txt"), "hello");
    QCOMPARE(FileAccess::kindOf(path), FileAccess::Kind::Regular);
    QVERIFY(FileAccess::checkRegularFile(path).ok());
    const Result<QByteArray> read = FileAccess::readRegularFile(path, 100);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read.value(), QByteArray("hello"));
    const Result<std::unique_ptr<QFile>> opened = FileAccess::openRegularFile(path);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->readAll(), QByteArray("hello"));
}

void TestFileAccess::readsThroughLinkToRegularFile()
{
    const QString target = write(QStringLiteral("real.txt"), "content");
    const QString link = mDir->filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(target, link));
    QCOMPARE(FileAccess::linkTarget(link), target);
    QCOMPARE(FileAccess::linkTarget(target), QString());
    const Result<QByteArray> read = FileAccess::readRegularFile(link, 100);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QByteArray("content"));
}

void TestFileAccess::missingFile()
{
    const QString path = mDir->filePath(QStringLiteral("nope.md"));
    QCOMPARE(FileAccess::kindOf(path), FileAccess::Kind::Missing);
    const Result<QByteArray> read
        = FileAccess::readRegularFile(path, 100, QStringLiteral("The article"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().path, path);
    QCOMPARE(read.error().message, QStringLiteral("The article “nope.md” does not exist."));
    QVERIFY(!read.error().detail.isEmpty()); // the errno text, for logs
}

void TestFileAccess::linksInACircleAreRefused()
{
    const QString a = mDir->filePath(QStringLiteral("a.md"));
    const QString b = mDir->filePath(QStringLiteral("b.md"));
    QVERIFY(QFile::link(b, a));
    QVERIFY(QFile::link(a, b));
    const Result<QByteArray> read = FileAccess::readRegularFile(a, 100);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, QStringLiteral("“a.md” cannot be reached."));
    QVERIFY(!read.error().detail.isEmpty());
}

void TestFileAccess::danglingLink()
{
    const QString target = mDir->filePath(QStringLiteral("gone/elsewhere.json"));
    const QString link = mDir->filePath(QStringLiteral("a.md.provena.jsonld"));
    QVERIFY(QFile::link(target, link));
    QCOMPARE(FileAccess::kindOf(link), FileAccess::Kind::Missing);
    const Status status = FileAccess::checkRegularFile(link);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(target), qPrintable(status.error().message));
    QVERIFY(status.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(target));
}

void TestFileAccess::linkToDevZeroIsRefusedWithTarget()
{
    const QString link = mDir->filePath(QStringLiteral("story.md"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
    QCOMPARE(FileAccess::kindOf(link), FileAccess::Kind::CharDevice);
    const Result<QByteArray> read
        = FileAccess::readRegularFile(link, qint64(1) << 30, QStringLiteral("The article"));
    QVERIFY(!read.ok());
    const QString message = read.error().message;
    QVERIFY2(message.startsWith(QStringLiteral("The article “story.md” is a character device")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("/dev/zero")), qPrintable(message));
}

void TestFileAccess::devZeroItselfIsRefused()
{
    const Result<std::unique_ptr<QFile>> opened
        = FileAccess::openRegularFile(QStringLiteral("/dev/zero"));
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(QStringLiteral("character device")));
    QCOMPARE(opened.error().path, QStringLiteral("/dev/zero"));
}

void TestFileAccess::fifoIsRefusedPromptly()
{
    const QString path = mDir->filePath(QStringLiteral("labels.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QCOMPARE(FileAccess::kindOf(path), FileAccess::Kind::Fifo);
    const Result<QByteArray> read = FileAccess::readRegularFile(path, 100);
    // No writer ever opens the FIFO: a reader that opened it would wait forever.
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("“labels.json” is a named pipe (FIFO)")),
             qPrintable(read.error().message));
    QVERIFY(!FileAccess::openRegularFile(path).ok());
}

void TestFileAccess::folderIsRefused()
{
    QVERIFY(QDir(mDir->path()).mkdir(QStringLiteral("folder.md")));
    const QString path = mDir->filePath(QStringLiteral("folder.md"));
    QCOMPARE(FileAccess::kindOf(path), FileAccess::Kind::Directory);
    const Status status = FileAccess::checkRegularFile(path);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QStringLiteral("“folder.md” is a folder")),
             qPrintable(status.error().message));
}

void TestFileAccess::unixSocketIsRefused()
{
    QLocalServer server;
    server.setSocketOptions(QLocalServer::UserAccessOption);
    const QString path = mDir->filePath(QStringLiteral("sock.jsonld"));
    QVERIFY2(server.listen(path), qPrintable(server.errorString()));
    QCOMPARE(FileAccess::kindOf(path), FileAccess::Kind::Socket);
    const Result<QByteArray> read = FileAccess::readRegularFile(path, 100);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("is a socket")),
             qPrintable(read.error().message));
}

void TestFileAccess::limitIsEnforcedOnLargerFile()
{
    const QString path = write(QStringLiteral("big.txt"), QByteArray(1001, 'x'));
    const Result<QByteArray> read
        = FileAccess::readRegularFile(path, 1000, QStringLiteral("The sidecar"));
    QVERIFY(!read.ok());
    QVERIFY2(
        read.error().message.startsWith(QStringLiteral("The sidecar “big.txt” is larger than")),
        qPrintable(read.error().message));
    QCOMPARE(read.error().path, path);
}

void TestFileAccess::limitIsEnforcedWhenReportedSizeIsZero()
{
    // Files under /proc are regular yet report a size of 0, like a device: the limit must hold
    // on the bytes read, not on what stat says.
    const QString path = QStringLiteral("/proc/self/status");
    if (!QFileInfo::exists(path))
        QFAIL("this test needs Linux's /proc");
    QCOMPARE(QFileInfo(path).size(), 0);
    const Result<QByteArray> read = FileAccess::readRegularFile(path, 16);
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(QStringLiteral("is larger than")));
    const Result<QByteArray> whole = FileAccess::readRegularFile(path, 1 << 20);
    QVERIFY(whole.ok());
    QVERIFY(whole.value().size() > 16);
}

void TestFileAccess::fileOfExactlyTheLimitIsRead()
{
    const QString path = write(QStringLiteral("exact.txt"), QByteArray(1000, 'y'));
    const Result<QByteArray> read = FileAccess::readRegularFile(path, 1000);
    QVERIFY(read.ok());
    QCOMPARE(read.value().size(), 1000);
}

QTEST_GUILESS_MAIN(TestFileAccess)
#include "tst_fileaccess.moc"
