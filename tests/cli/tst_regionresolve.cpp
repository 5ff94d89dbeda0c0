// SPDX-License-Identifier: MIT
// `provena-cli region list` shows a region's merge conflicts; `region resolve` settles one.
#include "clirunner.h"

#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "session/documentio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using clitest::runCli;

namespace {

QJsonObject noteBody(const QString &note)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), QStringLiteral("describing")},
            {QStringLiteral("value"), note}};
}

QJsonArray listed(const QString &article)
{
    const clitest::Run run = runCli(
        {QStringLiteral("region"), QStringLiteral("list"), article, QStringLiteral("--json")});
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).array() : QJsonArray();
}

} // namespace

class TestRegionResolve : public QObject
{
    Q_OBJECT

private slots:
    void listShowsConflictsAndResolveTakesTheirs();
};

void TestRegionResolve::listShowsConflictsAndResolveTakesTheirs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            dir.filePath(QLatin1String(name))));
    const QString article = dir.filePath(QStringLiteral("hangul-emoji.md"));
    // A sidecar as a merge leaves it: the region shows ours, the conflict keeps both values.
    auto doc = DocumentIO::open(article);
    QVERIFY(doc.ok());
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(2, 2, 10, 10));
    r.label = QStringLiteral("person");
    r.note = QStringLiteral("mine");
    r.needsReview = true;
    const QString field = QStringLiteral("body[purpose=describing]");
    r.mergeConflicts = {{field, noteBody(QStringLiteral("base")), noteBody(QStringLiteral("mine")),
                         noteBody(QStringLiteral("theirs"))}};
    doc.value()->undoStack()->push(new AddRegionsCommand(doc.value().get(), {r}));
    QVERIFY(DocumentIO::save(*doc.value()).ok());

    QJsonArray regions = listed(article);
    QCOMPARE(regions.size(), 1);
    const QJsonArray conflicts = regions.first().toObject().value(u"mergeConflicts").toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().toObject().value(u"field").toString(), field);
    QCOMPARE(conflicts.first().toObject().value(u"theirs").toObject().value(u"value").toString(),
             QStringLiteral("theirs"));
    QVERIFY(regions.first().toObject().value(u"needsReview").toBool());
    const clitest::Run text = runCli({QStringLiteral("region"), QStringLiteral("list"), article});
    QVERIFY2(text.out.contains("conflict in body[purpose=describing]: mine "),
             text.out.constData());

    const QString id = r.id.toString(QUuid::WithoutBraces);
    // No conflict on that field: exit 1, nothing saved.
    const clitest::Run wrong
        = runCli({QStringLiteral("region"), QStringLiteral("resolve"), article,
                  QStringLiteral("--region"), id, QStringLiteral("--field"),
                  QStringLiteral("target"), QStringLiteral("--take"), QStringLiteral("theirs")});
    QCOMPARE(wrong.exitCode, 1);
    QCOMPARE(listed(article).first().toObject().value(u"mergeConflicts").toArray().size(), 1);

    const clitest::Run resolved = runCli(
        {QStringLiteral("region"), QStringLiteral("resolve"), article, QStringLiteral("--region"),
         id, QStringLiteral("--field"), field, QStringLiteral("--take"), QStringLiteral("theirs")});
    QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
    regions = listed(article);
    QCOMPARE(regions.first().toObject().value(u"note").toString(), QStringLiteral("theirs"));
    QVERIFY(!regions.first().toObject().contains(u"mergeConflicts"));
    QVERIFY(!regions.first().toObject().value(u"needsReview").toBool());
}

QTEST_GUILESS_MAIN(TestRegionResolve)
#include "tst_regionresolve.moc"
