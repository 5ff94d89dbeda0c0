// SPDX-License-Identifier: MIT
// `provena-cli export`, `verify` and `import`, driven as an analyst runs them: exit codes,
// what is printed where (no progress when stderr is not a terminal), --json, folders as
// arguments, usage errors, a tampered bundle named by verify and refused by import.
#include "../cliprocess.h"

#include "../bundle/bundletestfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

class TestCliBundle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportVerifyImport();
    void exportJsonAndFolderArgument();
    void exportShowsProgressOnATerminal();
    void exportIsTheSameInEveryTimeZone();
    void exportUsageErrors();
    void exportForensics();
    void exportUnreadableArticle();
    void verifyNamesATamperedFile();
    void verifyUsageAndUnreadable();
    void importRefusesAndLeavesNothing();

private:
    QString makeStory(const QString &folder, const QString &name = u"story.md"_s);
    std::unique_ptr<QTemporaryDir> mDir;
};

void TestCliBundle::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

QString TestCliBundle::makeStory(const QString &folder, const QString &name)
{
    const QString article = mDir->filePath(folder + u'/' + name);
    const QString problem
        = makeArticle(article, u"photo.jpg"_s, mDir->filePath(folder + u"/photo.jpg"_s));
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return problem.isEmpty() ? article : QString();
}

void TestCliBundle::exportVerifyImport()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"crane.zip"_s);
    const CliRun exported = runCli({u"export"_s, article, u"-o"_s, zip, u"--date"_s,
                                    u"2026-03-14"_s, u"--organization"_s, u"Harbour Desk"_s});
    QVERIFY2(exported.code == 0, qPrintable(exported.describe()));
    QVERIFY2(exported.out.contains(zip) && exported.out.contains(u"1 article"_s),
             qPrintable(exported.describe()));
    // stderr is a pipe here, not a terminal: no progress line.
    QVERIFY2(!exported.err.contains(u'\r') && !exported.err.contains(u"preparing"_s),
             qPrintable(exported.describe()));
    QVERIFY(QFileInfo(zip).size() > 1000);
    QVERIFY(zipEntry(zip, u"crane/bag-info.txt"_s).contains("Source-Organization: Harbour Desk"));
    QVERIFY(zipEntries(zip).contains(u"crane/data/story/report.pdf"_s));

    const CliRun verified = runCli({u"verify"_s, zip});
    QVERIFY2(verified.code == 0, qPrintable(verified.describe()));
    QVERIFY2(verified.out.contains(u"result: valid"_s)
                 && verified.out.contains(u"article: data/story/story.md: OK"_s),
             qPrintable(verified.describe()));
    const CliRun json = runCli({u"verify"_s, zip, u"--json"_s});
    QCOMPARE(json.code, 0);
    const QJsonObject v = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(v.value(u"valid"_s).toBool(false), true);
    QCOMPARE(v.value(u"bag"_s).toString(), u"crane"_s);
    QCOMPARE(v.value(u"articles"_s).toArray().size(), 1);

    const QString dest = mDir->filePath(u"opened"_s);
    QVERIFY(QDir().mkpath(dest));
    const CliRun imported = runCli({u"import"_s, zip, dest});
    QVERIFY2(imported.code == 0, qPrintable(imported.describe()));
    const QString bagDir = QFileInfo(dest + u"/crane"_s).absoluteFilePath();
    QVERIFY2(imported.out.contains(u"bag: "_s + bagDir), qPrintable(imported.describe()));
    QVERIFY2(imported.out.contains(u"article: "_s + bagDir + u"/data/story/story.md"_s),
             qPrintable(imported.describe()));
    // The imported article is an article: validate finds its annotations intact.
    const CliRun validated = runCli({u"validate"_s, bagDir + u"/data/story/story.md"_s});
    QVERIFY2(validated.code == 0, qPrintable(validated.describe()));
    QVERIFY(validated.out.contains(u"regions: 2"_s));
}

void TestCliBundle::exportJsonAndFolderArgument()
{
    QVERIFY(!makeStory(u"desk"_s, u"a.md"_s).isEmpty());
    QVERIFY(!makeStory(u"desk"_s, u"b.txt"_s).isEmpty());
    QVERIFY(writeFile(mDir->filePath(u"desk/notes.pdf"_s), "not an article"));
    QVERIFY(!makeStory(u"desk/sub"_s, u"c.md"_s).isEmpty()); // not recursive
    const QString zip = mDir->filePath(u"desk.zip"_s);
    const CliRun run = runCli({u"export"_s, mDir->filePath(u"desk"_s), u"-o"_s, zip,
                               u"--no-render"_s, u"--no-pdf"_s, u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"bag"_s).toString(), u"desk"_s);
    const QJsonArray articles = o.value(u"articles"_s).toArray();
    QCOMPARE(articles.size(), 2);
    QCOMPARE(articles.at(0).toObject().value(u"articleFile"_s).toString(), u"a/a.md"_s);
    QCOMPARE(articles.at(1).toObject().value(u"articleFile"_s).toString(), u"b/b.txt"_s);
    QCOMPARE(articles.at(0).toObject().value(u"renderings"_s).toInt(-1), 0);
    const QStringList entries = zipEntries(zip);
    QVERIFY(entries.contains(u"desk/data/index.html"_s));
    QVERIFY(!entries.join(u' ').contains(u"c.md"_s));
    QVERIFY(!entries.join(u' ').contains(u"report.pdf"_s));
}

void TestCliBundle::exportShowsProgressOnATerminal()
{
    // script(1) (util-linux) runs the command with a pseudo-terminal as stdout and stderr.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QFAIL("script (util-linux) is not installed: no terminal to test the progress line on");
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"tty.zip"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, cliConfigHome());
    p.setProcessEnvironment(env);
    const QString command
        = u"'%1' export '%2' -o '%3' --no-pdf"_s.arg(QStringLiteral(PROVENA_CLI), article, zip);
    p.start(script, {u"-qec"_s, command, u"/dev/null"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString terminal = QString::fromUtf8(p.readAllStandardOutput());
    // One line rewritten in place: carriage return, erase, the line; erased again at the end.
    QVERIFY2(terminal.contains(u"\r\x1b[Kpreparing 1/1: story.md"_s), qPrintable(terminal));
    QVERIFY2(terminal.contains(u"\r\x1b[Kwriting "_s), qPrintable(terminal));
    // Erased before the summary (on stdout, the same terminal here).
    QVERIFY2(terminal.contains(u"\r\x1b[K"_s + zip + u": 1 article"_s), qPrintable(terminal));
    QVERIFY(!terminal.contains(u"preparing 1/1: story.md\n"_s));
    QVERIFY(QFileInfo(zip).isFile());
}

// The zip's DOS time fields are local time; export runs in UTC so that a fixed --date gives the
// same bytes wherever it runs. Also: no Qt warning about XDG_RUNTIME_DIR when it is unset.
void TestCliBundle::exportIsTheSameInEveryTimeZone()
{
    const QString article = makeStory(u"tz"_s);
    QVERIFY(!article.isEmpty());
    QByteArray bytes[2];
    const QString zones[2] = {u"Pacific/Kiritimati"_s, u"America/Adak"_s};
    for (int i = 0; i < 2; ++i) {
        const QString outDir = mDir->filePath(u"zone%1"_s.arg(i));
        QVERIFY(QDir().mkpath(outDir));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, cliConfigHome());
        env.insert(u"TZ"_s, zones[i]);
        env.remove(u"XDG_RUNTIME_DIR"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PROVENA_CLI),
                {u"export"_s, article, u"-o"_s, outDir + u"/same.zip"_s, u"--date"_s,
                 u"2026-03-14"_s, u"--no-pdf"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"XDG_RUNTIME_DIR"_s), qPrintable(err));
        QFile zip(outDir + u"/same.zip"_s);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        bytes[i] = zip.readAll();
    }
    QVERIFY(bytes[0].size() > 1000);
    QVERIFY2(bytes[0] == bytes[1], "the same export in UTC+14 and UTC-10 gave different zips");
}

void TestCliBundle::exportUsageErrors()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"u.zip"_s);
    CliRun run = runCli({u"export"_s, article});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.contains(u"-o BUNDLE.zip"_s), qPrintable(run.describe()));
    run = runCli({u"export"_s, u"-o"_s, zip});
    QCOMPARE(run.code, 64);
    run = runCli({u"export"_s, article, u"-o"_s, zip, u"--date"_s, u"14.03.2026"_s});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.contains(u"14.03.2026"_s), qPrintable(run.describe()));
    run = runCli({u"export"_s, article, u"-o"_s, zip, u"--bogus"_s});
    QCOMPARE(run.code, 64);
    QVERIFY(!QFileInfo::exists(zip));
    run = runCli({u"export"_s, u"--help"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"--no-render"_s));
}

void TestCliBundle::exportForensics()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    // --forensics alone, before the ARTICLE it must not take as its value: the three views.
    const QString zip = mDir->filePath(u"f.zip"_s);
    CliRun run = runCli(
        {u"export"_s, u"--forensics"_s, article, u"-o"_s, zip, u"--no-pdf"_s, u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                 .object()
                 .value(u"articles"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"forensicViews"_s)
                 .toInt(),
             3);
    for (const QString &view : {u"ela"_s, u"noise"_s, u"gradient"_s})
        QVERIFY2(zipEntries(zip).contains(u"f/data/story/forensics/photo-"_s + view + u".png"_s),
                 qPrintable(view));
    // A list of views.
    const QString zip2 = mDir->filePath(u"g.zip"_s);
    run = runCli({u"export"_s, article, u"-o"_s, zip2, u"--no-pdf"_s, u"--forensics=noise"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QVERIFY(zipEntries(zip2).contains(u"g/data/story/forensics/photo-noise.png"_s));
    QVERIFY(!zipEntries(zip2).contains(u"g/data/story/forensics/photo-ela.png"_s));
    // The list after a space, as the help shows it, when it is not a file.
    const QString zip4 = mDir->filePath(u"k.zip"_s);
    run = runCli({u"export"_s, u"--forensics"_s, u"noise,gradient"_s, article, u"-o"_s, zip4,
                  u"--no-pdf"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    QVERIFY(zipEntries(zip4).contains(u"k/data/story/forensics/photo-noise.png"_s));
    QVERIFY(zipEntries(zip4).contains(u"k/data/story/forensics/photo-gradient.png"_s));
    QVERIFY(!zipEntries(zip4).contains(u"k/data/story/forensics/photo-ela.png"_s));
    // An unknown view is a usage error naming it; nothing is written.
    const QString zip3 = mDir->filePath(u"h.zip"_s);
    run = runCli({u"export"_s, article, u"-o"_s, zip3, u"--forensics=ela,xray"_s});
    QCOMPARE(run.code, 64);
    QVERIFY2(run.err.contains(u"xray"_s), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(zip3));
}

void TestCliBundle::exportUnreadableArticle()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    QVERIFY(writeFile(article + u".provena.jsonld"_s, "[broken"));
    const QString zip = mDir->filePath(u"x.zip"_s);
    CliRun run = runCli({u"export"_s, article, u"-o"_s, zip});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"story.md.provena.jsonld"_s), qPrintable(run.describe()));
    QVERIFY(!QFileInfo::exists(zip));
    run = runCli({u"export"_s, mDir->filePath(u"missing.md"_s), u"-o"_s, zip});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"missing.md"_s), qPrintable(run.describe()));
    QVERIFY(QDir().mkpath(mDir->filePath(u"empty"_s)));
    run = runCli({u"export"_s, mDir->filePath(u"empty"_s), u"-o"_s, zip});
    QCOMPARE(run.code, 2);
    QVERIFY(!QFileInfo::exists(zip));
}

void TestCliBundle::verifyNamesATamperedFile()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"good/t.zip"_s);
    QVERIFY(QDir().mkpath(mDir->filePath(u"good"_s)));
    CliRun run = runCli({u"export"_s, article, u"-o"_s, zip, u"--no-pdf"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QString tampered = mDir->filePath(u"t.zip"_s);
    QVERIFY(rewriteZip(zip, tampered, {{u"t/data/story/coco.json"_s, "{}"}}));
    run = runCli({u"verify"_s, tampered});
    QVERIFY2(run.code == 1, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"PROBLEM"_s) && run.out.contains(u"data/story/coco.json"_s),
             qPrintable(run.describe()));
    run = runCli({u"verify"_s, tampered, u"--json"_s});
    QCOMPARE(run.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"valid"_s).toBool(true), false);
    QVERIFY(o.value(u"problemCount"_s).toInt() >= 1);
}

void TestCliBundle::verifyUsageAndUnreadable()
{
    CliRun run = runCli({u"verify"_s});
    QCOMPARE(run.code, 64);
    const QString junk = mDir->filePath(u"junk.zip"_s);
    QVERIFY(writeFile(junk, "no zip here"));
    run = runCli({u"verify"_s, junk});
    QVERIFY2(run.code == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"junk.zip"_s), qPrintable(run.describe()));
    run = runCli({u"verify"_s, mDir->filePath(u"none.zip"_s)});
    QCOMPARE(run.code, 2);
}

void TestCliBundle::importRefusesAndLeavesNothing()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"good/r.zip"_s);
    QVERIFY(QDir().mkpath(mDir->filePath(u"good"_s)));
    QVERIFY(runCli({u"export"_s, article, u"-o"_s, zip, u"--no-pdf"_s}).code == 0);
    const QString tampered = mDir->filePath(u"r.zip"_s);
    QVERIFY(rewriteZip(zip, tampered, {{u"r/data/story/story.md"_s, "# Other text\n"}}));
    const QString dest = mDir->filePath(u"dest"_s);
    QVERIFY(QDir().mkpath(dest));
    CliRun run = runCli({u"import"_s, tampered, dest});
    QVERIFY2(run.code == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"r.zip"_s), qPrintable(run.describe()));
    QCOMPARE(QDir(dest).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
    run = runCli({u"import"_s, zip, mDir->filePath(u"no-such-dir"_s)});
    QCOMPARE(run.code, 2);
    run = runCli({u"import"_s, zip});
    QCOMPARE(run.code, 64);
    run = runCli({u"import"_s, zip, dest, u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value(u"articles"_s).toArray().size(), 1);
}

QTEST_MAIN(TestCliBundle)
#include "tst_cli_bundle.moc"
