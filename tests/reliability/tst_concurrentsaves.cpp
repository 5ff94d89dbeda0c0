// SPDX-License-Identifier: MIT
// Concurrent writers of one article's sidecar (issue 9): parallel provena-cli runs lose no
// update, the GUI's session never overwrites a CLI edit, and a lock left by a dead process
// blocks nobody.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "session/sidecarlock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace provena;

namespace {

constexpr int kPairs = 50;

// The developer's own label file must not change what the tests see.
QString configHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(PROVENA_CLI), args);
    return p;
}

QStringList regionAdd(const QString &article, int n)
{
    return {QStringLiteral("region"),
            QStringLiteral("add"),
            article,
            QStringLiteral("--image"),
            QStringLiteral("1"),
            QStringLiteral("--rect"),
            QStringLiteral("%1,%2,4,4").arg(n % 50).arg(n / 50 % 10 * 4),
            QStringLiteral("--label"),
            QStringLiteral("person"),
            QStringLiteral("--note"),
            QStringLiteral("writer %1").arg(n)};
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The pid of a process that has just exited. */
qint64 deadPid()
{
    QProcess p;
    qint64 pid = 0;
    QObject::connect(&p, &QProcess::started, [&] { pid = p.processId(); });
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    return p.waitForFinished(10000) ? pid : 0;
}

/** What a Provena killed while saving leaves: QLockFile's own format, with a dead pid. */
bool writeStaleLock(const QString &lockPath)
{
    const QString model = lockPath + QStringLiteral(".model");
    QByteArray content;
    {
        QLockFile real(model);
        if (!real.tryLock(0))
            return false;
        content = readAll(model);
    }
    const qint64 pid = deadPid();
    const qsizetype eol = content.indexOf('\n');
    if (pid <= 0 || eol < 0)
        return false;
    content.replace(0, eol, QByteArray::number(pid));
    QFile out(lockPath);
    return out.open(QIODevice::WriteOnly) && out.write(content) == content.size();
}

} // namespace

class TestConcurrentSaves : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void parallelRegionAddsLoseNothing();
    void sessionSaveAfterCliEditMergesIt();
    void staleLockDoesNotBlockSaves();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestConcurrentSaves::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaConcurrencyTest-%1").arg(QCoreApplication::applicationPid()));
}

void TestConcurrentSaves::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mDir->filePath(QLatin1String(name))));
    mArticle = mDir->filePath(QStringLiteral("hangul-emoji.md"));
    mSidecar = DocumentIO::sidecarPathFor(mArticle);
}

void TestConcurrentSaves::cleanup()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
}

void TestConcurrentSaves::parallelRegionAddsLoseNothing()
{
    // Some regions already there, which must survive too.
    for (int n = 0; n < 3; ++n) {
        auto p = startCli(regionAdd(mArticle, 1000 + n));
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
    }
    const QList<QUuid> before = regionIdsOnDisk(mSidecar);
    QCOMPARE(before.size(), 3);

    // Every process is started before any is waited for.
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int n = 0; n < 2 * kPairs; ++n)
        runs.push_back(startCli(regionAdd(mArticle, n)));
    QList<QUuid> printed;
    for (int n = 0; n < 2 * kPairs; ++n) {
        QProcess &p = *runs.at(size_t(n));
        QVERIFY2(p.waitForFinished(120000), qPrintable(QStringLiteral("run %1 hangs").arg(n)));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(
            p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
            qPrintable(QStringLiteral("run %1: exit %2: %3").arg(n).arg(p.exitCode()).arg(err)));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        const QUuid id = QUuid::fromString(out);
        QVERIFY2(!id.isNull(), qPrintable(out));
        printed.append(id);
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("%d concurrent region add runs finished in %lld ms", 2 * kPairs, elapsed);

    const QList<QUuid> after = regionIdsOnDisk(mSidecar);
    QCOMPARE(after.size(), before.size() + 2 * kPairs);
    for (const QUuid &id : std::as_const(printed))
        QVERIFY2(after.contains(id), qPrintable(id.toString()));
    for (const QUuid &id : before)
        QVERIFY(after.contains(id));
    QVERIFY(!QFileInfo::exists(SidecarLock::lockPathFor(mSidecar)));
}

void TestConcurrentSaves::sessionSaveAfterCliEditMergesIt()
{
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    QSignalSpy conflicts(&session, &DocumentSession::saveConflict);
    ArticleDocument *doc = session.document();
    Region mine;
    mine.id = QUuid::createUuid();
    mine.imageIndex = 0;
    mine.geometry = RegionGeometry::rectangle(QRectF(1, 1, 10, 10));
    mine.label = QStringLiteral("person");
    doc->undoStack()->push(new AddRegionsCommand(doc, {mine}));

    auto cli = startCli(regionAdd(mArticle, 7));
    QVERIFY(cli->waitForFinished(60000));
    QCOMPARE(cli->exitCode(), 0);
    const QUuid cliRegion
        = QUuid::fromString(QString::fromUtf8(cli->readAllStandardOutput()).trimmed());
    QVERIFY(!cliRegion.isNull());
    const QByteArray cliVersion = readAll(mSidecar);

    // The save finds the CLI's sidecar, merges it in (issue 14) and writes both.
    const Status saved = session.save();
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY(conflicts.isEmpty());
    QVERIFY(!session.hasSaveConflict());
    QVERIFY(!doc->isModified());
    QVERIFY(doc->region(cliRegion));
    QVERIFY(regionIdsOnDisk(mSidecar).contains(cliRegion));
    QVERIFY(regionIdsOnDisk(mSidecar).contains(mine.id));
    QCOMPARE(readAll(mSidecar + DocumentIO::backupSuffix()), cliVersion);
}

void TestConcurrentSaves::staleLockDoesNotBlockSaves()
{
    const QString lockPath = SidecarLock::lockPathFor(mSidecar);
    QVERIFY(writeStaleLock(lockPath));

    auto cli = startCli(regionAdd(mArticle, 1));
    QVERIFY(cli->waitForFinished(60000));
    QVERIFY2(cli->exitCode() == 0, cli->readAllStandardError().constData());
    QCOMPARE(regionIdsOnDisk(mSidecar).size(), 1);
    QVERIFY(!QFileInfo::exists(lockPath));

    // The GUI's session too.
    DocumentSession session;
    QVERIFY(session.open(mArticle).ok());
    QVERIFY(writeStaleLock(lockPath));
    ArticleDocument *doc = session.document();
    Region mine;
    mine.id = QUuid::createUuid();
    mine.imageIndex = 0;
    mine.geometry = RegionGeometry::rectangle(QRectF(1, 1, 10, 10));
    mine.label = QStringLiteral("person");
    doc->undoStack()->push(new AddRegionsCommand(doc, {mine}));
    const Status saved = session.save();
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(regionIdsOnDisk(mSidecar).size(), 2);
}

QTEST_GUILESS_MAIN(TestConcurrentSaves)
#include "tst_concurrentsaves.moc"
