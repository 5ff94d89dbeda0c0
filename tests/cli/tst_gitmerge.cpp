// SPDX-License-Identifier: MIT
// provena-cli merge as git's merge driver, with real git: a bare repository, two clones that
// edit the same article through provena-cli, push and pull (issue 14). Also `merge` alone.
#include "../cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using Run = provena::test::CliRun;

Run cli(const QStringList &args)
{
    return provena::test::runCli(args);
}

/** Runs git in `dir`; the exit code, and its output in `output` when given. */
int git(const QString &dir, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (output)
        *output = text;
    if (p.exitCode() != 0)
        qInfo("git %s: %s", qPrintable(args.join(u' ')), qPrintable(text));
    return p.exitCode();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** The region annotations of a sidecar, by note. */
QHash<QString, QJsonObject> regionsByNote(const QString &sidecar)
{
    QHash<QString, QJsonObject> regions;
    const QJsonArray items = QJsonDocument::fromJson(readAll(sidecar))
                                 .object()
                                 .value(QLatin1String("first"))
                                 .toObject()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("role")) != QLatin1String("region"))
            continue;
        QString note;
        for (const QJsonValue &body : a.value(QLatin1String("body")).toArray()) {
            if (body.toObject().value(QLatin1String("purpose")) == QLatin1String("describing"))
                note = body.toObject().value(QLatin1String("value")).toString();
        }
        regions.insert(note, a);
    }
    return regions;
}

} // namespace

class TestGitMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void gitSetupInstallsTheDriverOnce();
    void pullMergesAdditionsCleanly();
    void pullMergesEditsDeletionsAndConflicts();
    void mergeRefusesUnreadableInputAndWritesNothing();
    void mergeReportsConflictsAsJson();
    void claimChangedOnBothSidesIsListedAndResolved();

private:
    /** A clone of the bare repository, with an identity and the driver installed. */
    QString cloneAs(const QString &name);
    /**
     * cloneAs() with the sample article and its photo copied in and the XMP sidecars that every
     * save writes ignored (docs/collaboration.md), not committed yet; empty on failure.
     */
    QString cloneWithArticle(const QString &name);
    /** provena-cli region add on the clone's article; the new id. */
    QString addRegion(const QString &clone, const QString &note, int x);
    void commitAll(const QString &clone, const QString &message);

    std::unique_ptr<QTemporaryDir> mDir;
    QString mRemote;
};

void TestGitMerge::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(),
             "git must be on PATH (packaging/install-deps.sh installs it)");
    // The developer's own git configuration stays out of the test.
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
}

void TestGitMerge::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mRemote = mDir->filePath(QStringLiteral("remote.git"));
    QCOMPARE(git(mDir->path(),
                 {QStringLiteral("init"), QStringLiteral("--bare"),
                  QStringLiteral("--initial-branch=main"), mRemote}),
             0);
}

/** Copies the sample article (hangul-emoji.md) and its photo into `dir`. */
static bool copySampleArticle(const QString &dir)
{
    for (const char *name : {"hangul-emoji.md", "photo.png"}) {
        if (!QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                         dir + u'/' + QLatin1String(name)))
            return false;
    }
    return true;
}

QString TestGitMerge::cloneWithArticle(const QString &name)
{
    const QString clone = cloneAs(name);
    if (clone.isEmpty() || !copySampleArticle(clone)
        || !writeAll(clone + QStringLiteral("/.gitignore"),
                     readAll(clone + QStringLiteral("/.gitignore")) + "*.xmp\n"))
        return {};
    return clone;
}

QString TestGitMerge::cloneAs(const QString &name)
{
    const QString clone = mDir->filePath(name);
    if (git(mDir->path(), {QStringLiteral("clone"), QStringLiteral("-q"), mRemote, clone}) != 0)
        return {};
    git(clone, {QStringLiteral("config"), QStringLiteral("user.name"), name});
    git(clone,
        {QStringLiteral("config"), QStringLiteral("user.email"),
         name + QStringLiteral("@example.org")});
    git(clone,
        {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-B"),
         QStringLiteral("main")});
    const Run setup = cli({QStringLiteral("git-setup"), clone});
    if (setup.code != 0)
        qWarning("%s", qPrintable(setup.describe()));
    return setup.code == 0 ? clone : QString();
}

QString TestGitMerge::addRegion(const QString &clone, const QString &note, int x)
{
    const Run r = cli({QStringLiteral("region"), QStringLiteral("add"),
                       clone + QStringLiteral("/hangul-emoji.md"), QStringLiteral("--image"),
                       QStringLiteral("1"), QStringLiteral("--rect"),
                       QStringLiteral("%1,2,8,8").arg(x), QStringLiteral("--label"),
                       QStringLiteral("person"), QStringLiteral("--note"), note});
    if (r.code != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.out.trimmed();
}

void TestGitMerge::commitAll(const QString &clone, const QString &message)
{
    QCOMPARE(git(clone, {QStringLiteral("add"), QStringLiteral("-A")}), 0);
    QCOMPARE(
        git(clone, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}),
        0);
}

void TestGitMerge::gitSetupInstallsTheDriverOnce()
{
    const QString a = cloneAs(QStringLiteral("a"));
    QVERIFY(!a.isEmpty());
    QString driver;
    QCOMPARE(git(a, {QStringLiteral("config"), QStringLiteral("merge.provena.driver")}, &driver),
             0);
    QVERIFY2(driver.trimmed().endsWith(QLatin1String(" merge %O %A %B -o %A")), qPrintable(driver));
    // Not on PATH here: the absolute path of the provena-cli that ran.
    QVERIFY2(driver.contains(QLatin1String(PROVENA_CLI)), qPrintable(driver));
    QString name;
    QCOMPARE(git(a, {QStringLiteral("config"), QStringLiteral("merge.provena.name")}, &name), 0);
    QVERIFY(!name.trimmed().isEmpty());

    // Again, with a .gitattributes of other lines: the line is there exactly once.
    // .gitignore: the sidecar's backup and lock, once each, after what was there.
    const QString ignore = a + QStringLiteral("/.gitignore");
    QCOMPARE(readAll(ignore), QByteArray("*.provena.jsonld~\n*.provena.jsonld.lock\n"));
    QVERIFY(writeAll(ignore, "build/\n*.provena.jsonld~"));
    const QString attributes = a + QStringLiteral("/.gitattributes");
    QVERIFY(writeAll(attributes, readAll(attributes) + "*.png binary"));
    const Run again = cli({QStringLiteral("git-setup"), a});
    QCOMPARE(again.code, 0);
    const QByteArray text = readAll(attributes);
    QCOMPARE(text.count("*.provena.jsonld merge=provena\n"), 1);
    QVERIFY(text.contains("*.png binary"));
    QCOMPARE(readAll(ignore), QByteArray("build/\n*.provena.jsonld~\n*.provena.jsonld.lock\n"));
    QVERIFY2(again.out.contains(QStringLiteral("already has “*.provena.jsonld~”")),
             qPrintable(again.out));
    QString attr;
    QCOMPARE(git(a,
                 {QStringLiteral("check-attr"), QStringLiteral("merge"), QStringLiteral("--"),
                  QStringLiteral("story.md.provena.jsonld")},
                 &attr),
             0);
    QVERIFY2(attr.contains(QLatin1String("merge: provena")), qPrintable(attr));

    const Run outside = cli({QStringLiteral("git-setup"), mDir->path()});
    QCOMPARE(outside.code, 2);
}

void TestGitMerge::pullMergesAdditionsCleanly()
{
    const QString a = cloneWithArticle(QStringLiteral("a"));
    QVERIFY(!a.isEmpty());
    QVERIFY(!addRegion(a, QStringLiteral("base"), 1).isEmpty());
    commitAll(a, QStringLiteral("base"));
    QCOMPARE(git(a,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
    const QString b = cloneAs(QStringLiteral("b"));
    QVERIFY(!b.isEmpty());

    for (int i = 0; i < 3; ++i)
        QVERIFY(!addRegion(a, QStringLiteral("a%1").arg(i), 10 + i).isEmpty());
    commitAll(a, QStringLiteral("a adds three"));
    QCOMPARE(git(a,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
    QVERIFY(!addRegion(b, QStringLiteral("b0"), 30).isEmpty());
    commitAll(b, QStringLiteral("b adds one"));

    QCOMPARE(git(b,
                 {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--no-rebase"),
                  QStringLiteral("--no-edit"), QStringLiteral("origin"), QStringLiteral("main")}),
             0);
    const QString sidecar = b + QStringLiteral("/hangul-emoji.md.provena.jsonld");
    const QHash<QString, QJsonObject> regions = regionsByNote(sidecar);
    QCOMPARE(regions.size(), 5);
    for (const char *note : {"base", "a0", "a1", "a2", "b0"})
        QVERIFY2(regions.contains(QLatin1String(note)), note);
    for (const QJsonObject &r : regions)
        QVERIFY(!r.contains(QLatin1String("mergeConflicts")));
    const Run validate = cli({QStringLiteral("validate"), b + QStringLiteral("/hangul-emoji.md")});
    QVERIFY2(validate.code == 0, qPrintable(validate.describe()));
}

void TestGitMerge::pullMergesEditsDeletionsAndConflicts()
{
    const QString a = cloneWithArticle(QStringLiteral("a"));
    QVERIFY(!a.isEmpty());
    const QString shared = addRegion(a, QStringLiteral("shared"), 1);
    const QString deletedByA = addRegion(a, QStringLiteral("deleted by a"), 10);
    const QString deletedByB = addRegion(a, QStringLiteral("deleted by b"), 20);
    QVERIFY(!shared.isEmpty() && !deletedByA.isEmpty() && !deletedByB.isEmpty());
    commitAll(a, QStringLiteral("base"));
    QCOMPARE(git(a,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
    const QString b = cloneAs(QStringLiteral("b"));
    QVERIFY(!b.isEmpty());
    const QString articleA = a + QStringLiteral("/hangul-emoji.md");
    const QString articleB = b + QStringLiteral("/hangul-emoji.md");

    // a: adds one, edits the shared region's note, deletes one b goes on editing.
    QVERIFY(!addRegion(a, QStringLiteral("added by a"), 30).isEmpty());
    QCOMPARE(cli({QStringLiteral("region"), QStringLiteral("set"), articleA, shared,
                  QStringLiteral("--note"), QStringLiteral("a's note")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("region"), QStringLiteral("remove"), articleA, deletedByA}).code,
             0);
    commitAll(a, QStringLiteral("a's work"));
    QCOMPARE(git(a,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
    // b: adds one, edits the same note differently, edits what a deleted, deletes another.
    QVERIFY(!addRegion(b, QStringLiteral("added by b"), 40).isEmpty());
    QCOMPARE(cli({QStringLiteral("region"), QStringLiteral("set"), articleB, shared,
                  QStringLiteral("--note"), QStringLiteral("b's note")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("region"), QStringLiteral("set"), articleB, deletedByA,
                  QStringLiteral("--note"), QStringLiteral("b kept this")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("region"), QStringLiteral("remove"), articleB, deletedByB}).code,
             0);
    commitAll(b, QStringLiteral("b's work"));

    // The driver reports conflicts: git stops the merge, the file holds the driver's result.
    QString pullOutput;
    QVERIFY(git(b,
                {QStringLiteral("pull"), QStringLiteral("--no-rebase"), QStringLiteral("--no-edit"),
                 QStringLiteral("origin"), QStringLiteral("main")},
                &pullOutput)
            != 0);
    QVERIFY2(pullOutput.contains(QLatin1String("CONFLICT")), qPrintable(pullOutput));
    const QString sidecar = articleB + QStringLiteral(".provena.jsonld");
    QVERIFY(!readAll(sidecar).contains("<<<<<<<")); // no line markers: a sidecar Provena opens
    const QHash<QString, QJsonObject> regions = regionsByNote(sidecar);
    QVERIFY(regions.contains(QStringLiteral("added by a")));
    QVERIFY(regions.contains(QStringLiteral("added by b")));
    QVERIFY(!regions.contains(QStringLiteral("deleted by b"))); // deletion honoured

    // Same note edited on both: ours (b's) kept, both values in the marker.
    const QJsonObject sharedRegion = regions.value(QStringLiteral("b's note"));
    QVERIFY(!sharedRegion.isEmpty());
    QVERIFY(sharedRegion.value(QLatin1String("needsReview")).toBool());
    const QJsonArray sharedConflicts
        = sharedRegion.value(QLatin1String("mergeConflicts")).toArray();
    QCOMPARE(sharedConflicts.size(), 1);
    const QJsonObject noteConflict = sharedConflicts.first().toObject();
    QCOMPARE(noteConflict.value(QLatin1String("field")).toString(),
             QStringLiteral("body[purpose=describing]"));
    const auto noteOf = [&](const char *side) {
        return noteConflict.value(QLatin1String(side))
            .toObject()
            .value(QLatin1String("value"))
            .toString();
    };
    QCOMPARE(noteOf("ours"), QStringLiteral("b's note"));
    QCOMPARE(noteOf("theirs"), QStringLiteral("a's note"));
    QCOMPARE(noteOf("base"), QStringLiteral("shared"));

    // Deleted by a, edited by b: kept as b edited it, the conflict without a value of theirs.
    const QJsonObject kept = regions.value(QStringLiteral("b kept this"));
    QVERIFY(!kept.isEmpty());
    QVERIFY(kept.value(QLatin1String("needsReview")).toBool());
    const QJsonObject keptConflict
        = kept.value(QLatin1String("mergeConflicts")).toArray().first().toObject();
    QVERIFY(keptConflict.contains(QLatin1String("ours")));
    QVERIFY(!keptConflict.contains(QLatin1String("theirs")));
    QCOMPARE(regions.size(), 4);

    const Run validate = cli({QStringLiteral("validate"), articleB});
    QVERIFY2(validate.code == 0, qPrintable(validate.describe()));
    // The analyst resolves in Provena later; the merge is concluded as any git merge.
    commitAll(b, QStringLiteral("merge"));
    QCOMPARE(git(b,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
}

void TestGitMerge::mergeRefusesUnreadableInputAndWritesNothing()
{
    QVERIFY(copySampleArticle(mDir->path()));
    QVERIFY(!addRegion(mDir->path(), QStringLiteral("base"), 1).isEmpty());
    const QString good = mDir->filePath(QStringLiteral("hangul-emoji.md.provena.jsonld"));
    const QString broken = mDir->filePath(QStringLiteral("broken.jsonld"));
    QVERIFY(writeAll(broken, "{\"type\": \"AnnotationCollection\",\n  oops"));
    const QString out = mDir->filePath(QStringLiteral("out.jsonld"));
    QVERIFY(writeAll(out, "keep me"));
    const Run r = cli({QStringLiteral("merge"), good, good, broken, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(broken), qPrintable(r.err)); // names the file
    QCOMPARE(readAll(out), QByteArray("keep me"));
    const Run missing = cli({QStringLiteral("merge"), good, good,
                             mDir->filePath(QStringLiteral("nope")), QStringLiteral("-o"), out});
    QCOMPARE(missing.code, 2);
    QCOMPARE(readAll(out), QByteArray("keep me"));
}

void TestGitMerge::mergeReportsConflictsAsJson()
{
    // Two edits of one note, made with the CLI on copies of one sidecar.
    const QString dir = mDir->path();
    QVERIFY(copySampleArticle(dir));
    const QString article = dir + QStringLiteral("/hangul-emoji.md");
    const QString sidecar = article + QStringLiteral(".provena.jsonld");
    const QString id = addRegion(dir, QStringLiteral("base"), 1);
    QVERIFY(!id.isEmpty());
    const QByteArray base = readAll(sidecar);
    const auto editedTo = [&](const QString &note) {
        QVERIFY(writeAll(sidecar, base));
        QCOMPARE(cli({QStringLiteral("region"), QStringLiteral("set"), article, id,
                      QStringLiteral("--note"), note})
                     .code,
                 0);
    };
    editedTo(QStringLiteral("one"));
    const QByteArray ours = readAll(sidecar);
    editedTo(QStringLiteral("two"));
    const QByteArray theirs = readAll(sidecar);
    QVERIFY(writeAll(dir + QStringLiteral("/base.jsonld"), base));
    QVERIFY(writeAll(dir + QStringLiteral("/ours.jsonld"), ours));
    QVERIFY(writeAll(dir + QStringLiteral("/theirs.jsonld"), theirs));
    const Run r = cli({QStringLiteral("merge"), dir + QStringLiteral("/base.jsonld"),
                       dir + QStringLiteral("/ours.jsonld"), dir + QStringLiteral("/theirs.jsonld"),
                       QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    // stdout is the merged sidecar, stderr the report.
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    const QJsonArray conflicts = QJsonDocument::fromJson(r.err.toUtf8())
                                     .object()
                                     .value(QLatin1String("conflicts"))
                                     .toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.first().toObject();
    QCOMPARE(c.value(QLatin1String("item")).toString(), QStringLiteral("urn:uuid:") + id);
    QCOMPARE(c.value(QLatin1String("ours")).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("one"));
    QCOMPARE(c.value(QLatin1String("theirs")).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("two"));

    // Without --json: one line per conflict on stderr with both values.
    const Run text
        = cli({QStringLiteral("merge"), dir + QStringLiteral("/base.jsonld"),
               dir + QStringLiteral("/ours.jsonld"), dir + QStringLiteral("/theirs.jsonld"),
               QStringLiteral("-o"), dir + QStringLiteral("/merged.jsonld")});
    QCOMPARE(text.code, 1);
    QVERIFY2(text.err.contains(QLatin1String("CONFLICT")) && text.err.contains(QLatin1String("one"))
                 && text.err.contains(QLatin1String("two")),
             qPrintable(text.err));
    QCOMPARE(readAll(dir + QStringLiteral("/merged.jsonld")), r.out.toUtf8());
}

// Both clones set the same provenance claim's status: the driver marks it on the collection;
// `inspect` lists it with both values, `conflicts resolve` settles it, and the merge concludes.
void TestGitMerge::claimChangedOnBothSidesIsListedAndResolved()
{
    const QString a = cloneWithArticle(QStringLiteral("a"));
    QVERIFY(!a.isEmpty());
    const QString articleA = a + QStringLiteral("/hangul-emoji.md");
    const Run added
        = cli({QStringLiteral("provenance"), articleA, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--claim"), QStringLiteral("credit-line"),
               QStringLiteral("--value"), QStringLiteral("KCNA")});
    QVERIFY2(added.code == 0, qPrintable(added.describe()));
    const QString claim = added.out.trimmed().section(u' ', -1); // "added ID"
    QVERIFY2(!QUuid::fromString(claim).isNull(), qPrintable(added.describe()));
    commitAll(a, QStringLiteral("base"));
    QCOMPARE(git(a,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
    const QString b = cloneAs(QStringLiteral("b"));
    QVERIFY(!b.isEmpty());
    const QString articleB = b + QStringLiteral("/hangul-emoji.md");

    QCOMPARE(cli({QStringLiteral("provenance"), articleA, QStringLiteral("--reject"), claim}).code,
             0);
    commitAll(a, QStringLiteral("a rejects"));
    QCOMPARE(git(a,
                 {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                  QStringLiteral("main")}),
             0);
    QCOMPARE(cli({QStringLiteral("provenance"), articleB, QStringLiteral("--dispute"), claim}).code,
             0);
    commitAll(b, QStringLiteral("b disputes"));
    QVERIFY(git(b,
                {QStringLiteral("pull"), QStringLiteral("--no-rebase"), QStringLiteral("--no-edit"),
                 QStringLiteral("origin"), QStringLiteral("main")})
            != 0);

    // Listed with the item in words, both values, and what `conflicts resolve` takes.
    const Run json = cli({QStringLiteral("inspect"), articleB, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonArray conflicts
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"mergeConflicts").toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject c = conflicts.first().toObject();
    const QString item = QStringLiteral("urn:uuid:") + claim;
    QCOMPARE(c.value(u"item").toString(), item);
    QCOMPARE(c.value(u"field").toString(), QStringLiteral("status"));
    QCOMPARE(c.value(u"subject").toString(), QStringLiteral("claim"));
    QCOMPARE(c.value(u"image").toInt(), 1);
    QCOMPARE(c.value(u"ours").toString(), QStringLiteral("disputed"));
    QCOMPARE(c.value(u"theirs").toString(), QStringLiteral("rejected"));
    QCOMPARE(c.value(u"base").toString(), QStringLiteral("accepted"));
    QVERIFY(c.value(u"description").toString().contains(QStringLiteral("KCNA")));
    const Run text = cli({QStringLiteral("inspect"), articleB});
    QVERIFY2(text.out.contains(u"mine disputed | theirs rejected")
                 && text.out.contains(QStringLiteral("--item ") + item
                                      + QStringLiteral(" --field status")),
             qPrintable(text.out));

    const QStringList resolve {QStringLiteral("conflicts"),
                               QStringLiteral("resolve"),
                               articleB,
                               QStringLiteral("--item"),
                               item,
                               QStringLiteral("--field"),
                               QStringLiteral("status"),
                               QStringLiteral("--take"),
                               QStringLiteral("theirs")};
    const Run taken = cli(resolve);
    QVERIFY2(taken.code == 0, qPrintable(taken.describe()));
    const Run after = cli({QStringLiteral("inspect"), articleB, QStringLiteral("--json")});
    QVERIFY(QJsonDocument::fromJson(after.out.toUtf8())
                .object()
                .value(u"mergeConflicts")
                .toArray()
                .isEmpty());
    const Run record = cli({QStringLiteral("provenance"), articleB, QStringLiteral("--json")});
    const QJsonObject recorded = QJsonDocument::fromJson(record.out.toUtf8())
                                     .object()
                                     .value(u"images")
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"claims")
                                     .toArray()
                                     .at(0)
                                     .toObject();
    QCOMPARE(recorded.value(u"status").toString(), QStringLiteral("rejected"));
    // Resolved once: a second time there is nothing to resolve, and nothing is written.
    const QByteArray resolved = readAll(articleB + QStringLiteral(".provena.jsonld"));
    const Run again = cli(resolve);
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(u"no merge conflict"));
    QCOMPARE(readAll(articleB + QStringLiteral(".provena.jsonld")), resolved);
    QCOMPARE(cli({QStringLiteral("conflicts"), QStringLiteral("resolve"), articleB}).code, 64);

    commitAll(b, QStringLiteral("Merge"));
    QCOMPARE(cli({QStringLiteral("validate"), articleB}).code, 0);
}

QTEST_GUILESS_MAIN(TestGitMerge)
#include "tst_gitmerge.moc"
