// SPDX-License-Identifier: MIT
#include "core/io/savefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

class TestSaveFile : public QObject
{
    Q_OBJECT

private slots:
    void writesNewFile();
    void keepsBackupOfPrevious();
    void failsClearlyInMissingFolder();
};

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
    QVERIFY(saveAtomically(path, "two", {true}).ok());
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

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
