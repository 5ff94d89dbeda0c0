// SPDX-License-Identifier: MIT
// provena-cli on articles, sidecars and label files that are devices, FIFOs or links
// (docs/file-policy.md): every run ends promptly with a message naming the file, and nothing
// outside what the command may write changes. The session's own writers (the copy of a broken
// sidecar, Save As) are driven in-process: the CLI never calls them.
#include "core/document/articledocument.h"
#include "session/articlecopy.h"
#include "session/documentio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace provena;

namespace {

// Long enough for a loaded two-core machine; a run that blocks on a FIFO never ends at all.
constexpr int kTimeoutMs = 15000;

struct Run
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Run cli(const QStringList &args, const QString &configHome, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(PROVENA_CLI), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    Run r;
    r.finished = p.waitForFinished(kTimeoutMs);
    r.ms = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

/**
 * What a folder holds, without opening anything that is not a regular file: name → kind plus
 * link target, content hash and permission bits.
 */
QMap<QString, QString> stateOf(const QString &folder)
{
    QMap<QString, QString> state;
    const QDir dir(folder);
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QString what;
        if (info.isSymLink())
            what = QStringLiteral("link to ") + info.symLinkTarget();
        else if (info.isDir())
            what = QStringLiteral("folder ") + stateOf(info.filePath()).keys().join(u',');
        else if (info.isFile())
            what = QStringLiteral("file ")
                + QString::fromLatin1(
                       QCryptographicHash::hash(readAll(info.filePath()), QCryptographicHash::Sha1)
                           .toHex());
        else
            what = QStringLiteral("special");
        what += QStringLiteral(" mode %1").arg(int(info.permissions()), 0, 16);
        state.insert(info.fileName(), what);
    }
    return state;
}

QString describe(const Run &r)
{
    return QStringLiteral("finished=%1 code=%2 after %3 ms\nstdout: %4\nstderr: %5")
        .arg(r.finished)
        .arg(r.code)
        .arg(r.ms)
        .arg(r.out, r.err);
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void articleIsDevZero_data();
    void articleIsDevZero();
    void articleIsFifo_data();
    void articleIsFifo();
    void sidecarIsDevZero_data();
    void sidecarIsDevZero();
    void sidecarIsFifo_data();
    void sidecarIsFifo();
    void labelsFileIsFifo();
    void regionsJsonIsFifo();
    void regionsJsonOverTheLimitIsRefused();
    void sidecarLinkedToAnotherArticlesSidecarIsRefused();
    void danglingSidecarLinkCreatesNothing();
    void backupLinkIsReplacedAndItsTargetUntouched();
    void brokenSidecarThatIsAFifoIsNotCopied();
    void brokenSidecarCopyKeepsItsMode();
    void saveAsKeepsWhoMayReadTheCopies();

private:
    void addCommands();
    QStringList command(const QString &name, const QString &article) const;
    Run run(const QStringList &args) const { return cli(args, mConfig->path()); }
    QString copyArticle(const QString &folder) const;

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<QTemporaryDir> mConfig;
    QString mArticle;
    QString mSidecar;
};

void TestHostileFiles::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    mConfig = std::make_unique<QTemporaryDir>(); // the developer's labels must not count
    QVERIFY(mDir->isValid() && mConfig->isValid());
    mArticle = copyArticle(mDir->path());
    QVERIFY(!mArticle.isEmpty());
    mSidecar = mArticle + QStringLiteral(".provena.jsonld");
}

QString TestHostileFiles::copyArticle(const QString &folder) const
{
    for (const char *name : {"hangul-emoji.md", "photo.png"}) {
        if (!QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                         QDir(folder).filePath(QLatin1String(name))))
            return {};
    }
    return QDir(folder).filePath(QStringLiteral("hangul-emoji.md"));
}

void TestHostileFiles::addCommands()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("inspect") << QStringLiteral("inspect");
    QTest::newRow("validate") << QStringLiteral("validate");
    QTest::newRow("region add") << QStringLiteral("region add");
}

QStringList TestHostileFiles::command(const QString &name, const QString &article) const
{
    if (name == QLatin1String("region add"))
        return {QStringLiteral("region"),    QStringLiteral("add"),     article,
                QStringLiteral("--image"),   QStringLiteral("1"),       QStringLiteral("--rect"),
                QStringLiteral("1,2,10,20"), QStringLiteral("--label"), QStringLiteral("person")};
    return {name, article};
}

void TestHostileFiles::articleIsDevZero_data()
{
    addCommands();
}

void TestHostileFiles::articleIsDevZero()
{
    // Before: read without bound until std::bad_alloc aborted the program.
    QFETCH(QString, name);
    const QString article = mDir->filePath(QStringLiteral("story.md"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), article));
    const auto before = stateOf(mDir->path());
    const Run r = run(command(name, article));
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("“story.md” is a character device (it links to "
                                           "“/dev/zero”)")),
             qPrintable(describe(r)));
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::articleIsFifo_data()
{
    addCommands();
}

void TestHostileFiles::articleIsFifo()
{
    // Before: blocked forever in open(), waiting for a writer.
    QFETCH(QString, name);
    const QString article = mDir->filePath(QStringLiteral("story.md"));
    QVERIFY(makeFifo(article));
    const auto before = stateOf(mDir->path());
    const Run r = run(command(name, article));
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("“story.md” is a named pipe (FIFO)")),
             qPrintable(describe(r)));
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::sidecarIsDevZero_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("validate") << QStringLiteral("validate");
    QTest::newRow("region add") << QStringLiteral("region add");
}

void TestHostileFiles::sidecarIsDevZero()
{
    QFETCH(QString, name);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), mSidecar));
    const auto before = stateOf(mDir->path());
    const Run r = run(command(name, mArticle));
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("The sidecar “hangul-emoji.md.provena.jsonld” is a "
                                           "character device (it links to “/dev/zero”)")),
             qPrintable(describe(r)));
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::sidecarIsFifo_data()
{
    sidecarIsDevZero_data();
}

void TestHostileFiles::sidecarIsFifo()
{
    QFETCH(QString, name);
    QVERIFY(makeFifo(mSidecar));
    const auto before = stateOf(mDir->path());
    const Run r = run(command(name, mArticle));
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("The sidecar “hangul-emoji.md.provena.jsonld” is a "
                                           "named pipe (FIFO)")),
             qPrintable(describe(r)));
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::labelsFileIsFifo()
{
    // The labels file is read by every command (each new document starts with the user's
    // labels) and by `labels list`, which reports it.
    QVERIFY(QDir(mConfig->path()).mkpath(QStringLiteral("provena")));
    const QString labels = mConfig->filePath(QStringLiteral("provena/labels.json"));
    QVERIFY(makeFifo(labels));
    const Run list = run({QStringLiteral("labels"), QStringLiteral("list")});
    QVERIFY2(list.finished && list.code == 2, qPrintable(describe(list)));
    QVERIFY2(list.err.contains(QStringLiteral("“labels.json” is a named pipe (FIFO)")),
             qPrintable(describe(list)));

    const Run add = run(command(QStringLiteral("region add"), mArticle));
    QVERIFY2(add.finished && add.code == 0, qPrintable(describe(add)));
    QVERIFY(QFileInfo(mSidecar).isFile());
    QVERIFY(!QFileInfo(labels).isFile()); // still the FIFO, never replaced
    QVERIFY(QFileInfo::exists(labels));
}

void TestHostileFiles::regionsJsonIsFifo()
{
    const QString json = mDir->filePath(QStringLiteral("regions.json"));
    QVERIFY(makeFifo(json));
    const auto before = stateOf(mDir->path());
    const Run r = run({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                       QStringLiteral("--from-json"), json});
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("The regions file “regions.json” is a named pipe")),
             qPrintable(describe(r)));
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::regionsJsonOverTheLimitIsRefused()
{
    // 64 MiB and a byte of blanks: valid JSON around them would not matter, the size does.
    const qint64 tooMuch = (qint64(64) << 20) + 1;
    const QString json = mDir->filePath(QStringLiteral("regions.json"));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(tooMuch)); // sparse: no disk space
    }
    const auto before = stateOf(mDir->path());
    const QStringList args = {QStringLiteral("region"), QStringLiteral("add"), mArticle,
                              QStringLiteral("--from-json")};
    const Run fromFile = run(args + QStringList {json});
    QVERIFY2(fromFile.finished && fromFile.code == 2, qPrintable(describe(fromFile)));
    QVERIFY2(
        fromFile.err.contains(QStringLiteral("The regions file “regions.json” is larger than")),
        qPrintable(describe(fromFile)));

    const Run fromStdin
        = cli(args + QStringList {QStringLiteral("-")}, mConfig->path(), QByteArray(tooMuch, ' '));
    QVERIFY2(fromStdin.finished && fromStdin.code == 2, qPrintable(describe(fromStdin)));
    QVERIFY2(fromStdin.err.contains(QStringLiteral("standard input: more than 64 MiB")),
             qPrintable(describe(fromStdin)));
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::sidecarLinkedToAnotherArticlesSidecarIsRefused()
{
    // Before: the save rewrote the other article's sidecar through the link.
    QTemporaryDir otherDir;
    const QString other = copyArticle(otherDir.path());
    QVERIFY(!other.isEmpty());
    const Run first = run(command(QStringLiteral("region add"), other));
    QVERIFY2(first.finished && first.code == 0, qPrintable(describe(first)));
    const QString otherSidecar = other + QStringLiteral(".provena.jsonld");
    QVERIFY(QFileInfo(otherSidecar).isFile());
    QVERIFY(QFile::link(otherSidecar, mSidecar));
    const auto otherBefore = stateOf(otherDir.path());
    const auto before = stateOf(mDir->path());

    const Run r = run(command(QStringLiteral("region add"), mArticle));
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QStringLiteral("“hangul-emoji.md.provena.jsonld” is a symbolic "
                                           "link to “%1”")
                                .arg(otherSidecar)),
             qPrintable(describe(r)));
    QCOMPARE(stateOf(otherDir.path()), otherBefore);
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::danglingSidecarLinkCreatesNothing()
{
    // Before: QSaveFile followed the link and created the file where it pointed.
    QTemporaryDir elsewhere;
    const QString planted = elsewhere.filePath(QStringLiteral("planted.jsonld"));
    QVERIFY(QFile::link(planted, mSidecar));
    const auto before = stateOf(mDir->path());
    const Run r = run(command(QStringLiteral("region add"), mArticle));
    QVERIFY2(r.finished && r.code == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(planted), qPrintable(describe(r)));
    QVERIFY(!QFileInfo::exists(planted));
    QVERIFY(stateOf(elsewhere.path()).isEmpty());
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::backupLinkIsReplacedAndItsTargetUntouched()
{
    // Before: keeping the backup overwrote the file the "~" link pointed to.
    const Run first = run(command(QStringLiteral("region add"), mArticle));
    QVERIFY2(first.finished && first.code == 0, qPrintable(describe(first)));
    const QByteArray saved = readAll(mSidecar);
    QTemporaryDir elsewhere;
    const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
    QVERIFY(writeAll(victim, "not a sidecar\n"));
    const QString backup = mSidecar + QLatin1Char('~');
    QFile::remove(backup);
    QVERIFY(QFile::link(victim, backup));

    const Run r = run(command(QStringLiteral("region add"), mArticle));
    QVERIFY2(r.finished && r.code == 0, qPrintable(describe(r)));
    QCOMPARE(readAll(victim), QByteArray("not a sidecar\n"));
    QVERIFY(!QFileInfo(backup).isSymLink());
    QVERIFY(QFileInfo(backup).isFile());
    QCOMPARE(readAll(backup), saved);
    QVERIFY(readAll(mSidecar) != saved);
}

void TestHostileFiles::brokenSidecarThatIsAFifoIsNotCopied()
{
    // Before: QFile::copy opened the FIFO and waited for a writer that never came.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(mConfig->path()));
    QVERIFY(makeFifo(mSidecar));
    OpenReport report;
    auto doc = DocumentIO::open(mArticle, &report);
    QVERIFY2(doc.ok(), qPrintable(doc.error().toString()));
    QVERIFY(report.sidecarUnreadable);
    QVERIFY(report.sidecarError.message.contains(QStringLiteral("named pipe (FIFO)")));
    const auto before = stateOf(mDir->path());
    const Result<QString> copy = DocumentIO::keepBrokenSidecarCopy(*doc.value());
    QVERIFY(!copy.ok());
    QVERIFY2(copy.error().message.contains(QStringLiteral(
                 "The broken sidecar “hangul-emoji.md.provena.jsonld” is a named pipe (FIFO)")),
             qPrintable(copy.error().toString()));
    QVERIFY(doc.value()->sidecarUnreadable()); // so save() still refuses
    QVERIFY(!DocumentIO::save(*doc.value()).ok());
    QCOMPARE(stateOf(mDir->path()), before);
}

void TestHostileFiles::brokenSidecarCopyKeepsItsMode()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(mConfig->path()));
    const QByteArray broken = "{ \"@context\": ";
    QVERIFY(writeAll(mSidecar, broken));
    QCOMPARE(::chmod(QFile::encodeName(mSidecar).constData(), 0600), 0);
    OpenReport report;
    auto doc = DocumentIO::open(mArticle, &report);
    QVERIFY(doc.ok());
    QVERIFY(report.sidecarUnreadable);
    const Result<QString> copy = DocumentIO::keepBrokenSidecarCopy(*doc.value());
    QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
    QVERIFY(QFileInfo(copy.value()).isFile());
    QCOMPARE(readAll(copy.value()), broken);
    QCOMPARE(QFileInfo(copy.value()).permissions(), QFileInfo(mSidecar).permissions());
    QVERIFY(!(QFileInfo(copy.value()).permissions() & QFileDevice::ReadOther));
}

void TestHostileFiles::saveAsKeepsWhoMayReadTheCopies()
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(mConfig->path()));
    const QString photo = mDir->filePath(QStringLiteral("photo.png"));
    QCOMPARE(::chmod(QFile::encodeName(mArticle).constData(), 0640), 0);
    QCOMPARE(::chmod(QFile::encodeName(photo).constData(), 0600), 0);
    auto doc = DocumentIO::open(mArticle);
    QVERIFY2(doc.ok(), qPrintable(doc.error().toString()));
    QTemporaryDir target;
    const QString copy = target.filePath(QStringLiteral("copy.md"));
    const Result<SaveAsReport> saved = ArticleCopy::saveAs(*doc.value(), copy);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QCOMPARE(readAll(copy), readAll(mArticle));
    QCOMPARE(QFileInfo(copy).permissions(), QFileInfo(mArticle).permissions());
    const QString copiedPhoto = target.filePath(QStringLiteral("photo.png"));
    QCOMPARE(saved.value().copiedImages, QStringList {copiedPhoto});
    QCOMPARE(QFileInfo(copiedPhoto).permissions(), QFileInfo(photo).permissions());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
