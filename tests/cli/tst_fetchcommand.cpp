// SPDX-License-Identifier: MIT
// `provena-cli fetch` against a loopback server this test starts: the file lands in STEM_files/,
// the sidecar records the retrieved custody event, refusals are named, --offline connects to
// nothing.
#include "../cliprocess.h"
#include "../session/loopbackhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray pngBytes()
{
    return readAll(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"));
}

/**
 * runCli() waits without an event loop, so the server in this process could not answer:
 * this one keeps the loop running while provena-cli works.
 */
CliRun runCliServing(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, cliConfigHome());
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(PROVENA_CLI), args);
    p.closeWriteChannel();
    loop.exec();
    CliRun r;
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

ScriptedResponse png()
{
    ScriptedResponse r;
    r.body = pngBytes();
    r.headers = {{"Content-Type", "image/png"}, {"ETag", "\"v1\""}};
    return r;
}

} // namespace

class TestFetchCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fetchesIntoStemFilesAndRecordsCustody();
    void onlyTheImageAsked();
    void offlineRefusesWithoutConnecting();
    void limitsFromTheCommandLine();
    void usageErrors_data();
    void usageErrors();

private:
    void writeArticle(const QList<QByteArray> &paths);

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<LoopbackHttpServer> mServer;
    QString mArticle;
};

void TestFetchCommand::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mServer = std::make_unique<LoopbackHttpServer>();
    QVERIFY(mServer->isListening());
    mArticle = mDir->filePath(u"story.md"_s);
}

void TestFetchCommand::writeArticle(const QList<QByteArray> &paths)
{
    QByteArray text = "# Fetching\n\n";
    int n = 0;
    for (const QByteArray &path : paths)
        text += "![Photo " + QByteArray::number(++n) + ".](" + mServer->url(path).toEncoded()
            + ")\n\n";
    text += "Body text.\n";
    QVERIFY(writeFile(mArticle, text));
}

void TestFetchCommand::fetchesIntoStemFilesAndRecordsCustody()
{
    mServer->route("/img/plain.png", png());
    writeArticle({"/img/plain.png", "/img/gone.png"});
    const CliRun run = runCliServing({u"fetch"_s, mArticle});
    QCOMPARE(run.code, 1); // one of the two failed
    const QString saved = mDir->filePath(u"story_files/plain.png"_s);
    QCOMPARE(readAll(saved), pngBytes());
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(pngBytes(), QCryptographicHash::Sha256).toHex());
    QVERIFY2(
        run.out.contains(u"image 1: saved story_files/plain.png (%1 bytes, sha256 %2) from %3"_s
                             .arg(pngBytes().size())
                             .arg(sha256, mServer->url("/img/plain.png").toString())),
        qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"image 2:"_s) && run.err.contains(u"404"_s),
             qPrintable(run.describe()));
    QVERIFY(!run.out.contains(u"image 2"_s));

    const QJsonObject sidecar
        = QJsonDocument::fromJson(readAll(mArticle + u".provena.jsonld"_s)).object();
    const QJsonObject image = sidecar.value(u"annotatedImages").toArray().at(0).toObject();
    QCOMPARE(image.value(u"localPath").toString(), u"story_files/plain.png"_s);
    QCOMPARE(image.value(u"sha256").toString(), sha256);
    const QJsonArray events
        = image.value(u"provenance").toObject().value(u"recordedEvents").toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    QCOMPARE(event.value(u"role").toString(), u"retrieved"_s);
    QCOMPARE(event.value(u"url").toString(), mServer->url("/img/plain.png").toString());
    QVERIFY(event.value(u"agent").toObject().value(u"name").toString().startsWith(u"Provena "_s));
    QCOMPARE(event.value(u"agent").toObject().value(u"kind").toString(), u"software"_s);
    const QJsonObject details = event.value(u"details").toObject();
    QCOMPARE(details.value(u"sha256").toString(), sha256);
    QCOMPARE(details.value(u"httpStatus").toInt(), 200);
    QCOMPARE(details.value(u"etag").toString(), u"\"v1\""_s);
    QCOMPARE(details.value(u"contentType").toString(), u"image/png"_s);
    QCOMPARE(details.value(u"finalUrl").toString(), mServer->url("/img/plain.png").toString());

    // Validate reads what fetch wrote; a second fetch only retries the image still missing.
    QCOMPARE(runCli({u"validate"_s, mArticle}).code, 0);
    const CliRun again = runCliServing({u"fetch"_s, mArticle});
    QCOMPARE(again.code, 1);
    QCOMPARE(mServer->requests().count("/img/plain.png"), 1);
}

void TestFetchCommand::onlyTheImageAsked()
{
    mServer->route("/a.png", png());
    mServer->route("/b.png", png());
    writeArticle({"/a.png", "/b.png"});
    const CliRun run = runCliServing({u"fetch"_s, mArticle, u"--image"_s, u"2"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QCOMPARE(mServer->requests(), QList<QByteArray> {"/b.png"});
    QVERIFY(QFile::exists(mDir->filePath(u"story_files/b.png"_s)));
    QVERIFY(!QFile::exists(mDir->filePath(u"story_files/a.png"_s)));
    // Fetched already: nothing more to do.
    const CliRun again = runCliServing({u"fetch"_s, mArticle, u"--image"_s, u"2"_s});
    QVERIFY2(again.code == 0 && again.err.contains(u"already has a local file"_s),
             qPrintable(again.describe()));
}

void TestFetchCommand::offlineRefusesWithoutConnecting()
{
    mServer->route("/a.png", png());
    writeArticle({"/a.png"});
    const CliRun run = runCliServing({u"fetch"_s, mArticle, u"--offline"_s});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"offline"_s), qPrintable(run.describe()));
    QCOMPARE(mServer->connectionCount(), 0);
    QVERIFY(!QFileInfo::exists(mDir->filePath(u"story_files"_s)));
    QVERIFY(!QFileInfo::exists(mArticle + u".provena.jsonld"_s));
}

void TestFetchCommand::limitsFromTheCommandLine()
{
    ScriptedResponse stalled = png();
    stalled.stallAfter = 10;
    mServer->route("/slow.png", stalled);
    mServer->route("/a.png", png());
    writeArticle({"/a.png", "/slow.png"});
    const CliRun tiny = runCliServing(
        {u"fetch"_s, mArticle, u"--max-size"_s, u"0.00001"_s, u"--image"_s, u"1"_s});
    QCOMPARE(tiny.code, 1);
    QVERIFY2(tiny.err.contains(u"more than the limit"_s), qPrintable(tiny.describe()));
    const CliRun slow
        = runCliServing({u"fetch"_s, mArticle, u"--timeout"_s, u"0.5"_s, u"--image"_s, u"2"_s});
    QCOMPARE(slow.code, 1);
    QVERIFY2(slow.err.contains(u"sent nothing for 0.5 s"_s), qPrintable(slow.describe()));
    QVERIFY(!QFileInfo::exists(mDir->filePath(u"story_files"_s)));
}

void TestFetchCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("image 0") << QStringList {u"--image"_s, u"0"_s};
    QTest::newRow("image beyond") << QStringList {u"--image"_s, u"3"_s};
    QTest::newRow("timeout") << QStringList {u"--timeout"_s, u"soon"_s};
    QTest::newRow("max-size") << QStringList {u"--max-size"_s, u"-1"_s};
}

void TestFetchCommand::usageErrors()
{
    QFETCH(QStringList, options);
    writeArticle({"/a.png"});
    const CliRun run = runCliServing(QStringList {u"fetch"_s, mArticle} + options);
    QCOMPARE(run.code, 64);
    QCOMPARE(mServer->connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestFetchCommand)
#include "tst_fetchcommand.moc"
