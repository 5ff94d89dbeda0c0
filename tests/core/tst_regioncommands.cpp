// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"
#include "core/commands/addremovetextanchors.h"
#include "core/commands/changeregiongeometrycommand.h"
#include "core/commands/changeregionscommand.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QSignalSpy>
#include <QTest>

using namespace provena;

namespace {

QDateTime fixedTime(int seconds = 0)
{
    return QDateTime(QDate(2025, 8, 14), QTime(9, 0, seconds), Qt::UTC);
}

Region square(double x, double y, double size = 10)
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(x, y, size, size));
    r.label = QStringLiteral("person");
    return r;
}

void setUpDocument(ArticleDocument &doc)
{
    Article article;
    article.text = QStringLiteral(
        "Premier Tal Orsen met \U0001F4F7 Vera Lind at the port. Tal Orsen smiled.");
    doc.setArticle(article);
    doc.setAuthor(QStringLiteral("Analyst A"));
    doc.setClock([] { return fixedTime(); });
}

} // namespace

class TestRegionCommands : public QObject
{
    Q_OBJECT

private slots:
    void addStampsAndUndoes();
    void removeRestoresOrder();
    void dragIsOneUndoStep();
    void dragBackToStartLeavesNoStep();
    void relabelAndNoteMerge();
    void linkCreatesAnchorAndUnlinkRemovesIt();
    void linkReusesExistingAnchor();
    void removeAnchorUnlinksRegions();
    void removeRegionsDropsAnchorsOnlyTheyUsed();
    void modifiedFollowsCleanState();
};

void TestRegionCommands::addStampsAndUndoes()
{
    ArticleDocument doc;
    setUpDocument(doc);
    QSignalSpy added(&doc, &ArticleDocument::regionAdded);
    Region r = square(1, 2);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {r}));
    QCOMPARE(doc.regions().size(), 1);
    QCOMPARE(added.count(), 1);
    const Region &stored = doc.regions().first();
    QCOMPARE(stored.id, r.id);
    QCOMPARE(stored.author, QStringLiteral("Analyst A"));
    QCOMPARE(stored.created, fixedTime());
    QCOMPARE(stored.modified, fixedTime());
    doc.undoStack()->undo();
    QVERIFY(doc.regions().isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(doc.regions().size(), 1);
    QCOMPARE(doc.regions().first().geometry, r.geometry);
}

void TestRegionCommands::removeRestoresOrder()
{
    ArticleDocument doc;
    setUpDocument(doc);
    const QList<Region> regions = {square(0, 0), square(10, 0), square(20, 0), square(30, 0)};
    doc.undoStack()->push(new AddRegionsCommand(&doc, regions));
    doc.undoStack()->push(new RemoveRegionsCommand(&doc, {regions[3].id, regions[1].id}));
    QCOMPARE(doc.regions().size(), 2);
    QCOMPARE(doc.regions().at(0).id, regions[0].id);
    QCOMPARE(doc.regions().at(1).id, regions[2].id);
    doc.undoStack()->undo();
    QCOMPARE(doc.regions().size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(doc.regions().at(i).id, regions[i].id);
}

void TestRegionCommands::dragIsOneUndoStep()
{
    ArticleDocument doc;
    setUpDocument(doc);
    Region r = square(0, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {r}));
    for (int step = 1; step <= 5; ++step) {
        auto *command = new ChangeRegionGeometryCommand(
            &doc, {{r.id, r.geometry.translated(QPointF(step, 2 * step))}});
        command->setMergeable(step > 1);
        doc.undoStack()->push(command);
    }
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.region(r.id)->geometry.boundingRect(), QRectF(5, 10, 10, 10));
    doc.undoStack()->undo();
    QCOMPARE(doc.region(r.id)->geometry, r.geometry);
    doc.undoStack()->redo();
    QCOMPARE(doc.region(r.id)->geometry.boundingRect(), QRectF(5, 10, 10, 10));
}

void TestRegionCommands::dragBackToStartLeavesNoStep()
{
    ArticleDocument doc;
    setUpDocument(doc);
    Region r = square(0, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {r}));
    auto *first
        = new ChangeRegionGeometryCommand(&doc, {{r.id, r.geometry.translated(QPointF(4, 4))}});
    doc.undoStack()->push(first);
    auto *back = new ChangeRegionGeometryCommand(&doc, {{r.id, r.geometry}});
    back->setMergeable(true);
    doc.undoStack()->push(back);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.region(r.id)->geometry, r.geometry);
}

void TestRegionCommands::relabelAndNoteMerge()
{
    ArticleDocument doc;
    setUpDocument(doc);
    Region r = square(0, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {r}));
    doc.undoStack()->push(
        ChangeRegionsCommand::relabel(&doc, {r.id}, QStringLiteral("flag-insignia")));
    QCOMPARE(doc.region(r.id)->label, QStringLiteral("flag-insignia"));
    QVERIFY(doc.undoStack()->undoText().contains(QStringLiteral("Flag or insignia")));
    doc.undoStack()->push(ChangeRegionsCommand::setNote(&doc, r.id, QStringLiteral("A")));
    doc.undoStack()->push(ChangeRegionsCommand::setNote(&doc, r.id, QStringLiteral("An")));
    doc.undoStack()->push(ChangeRegionsCommand::setNote(&doc, r.id, QStringLiteral("Anchor")));
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.region(r.id)->note, QStringLiteral("Anchor"));
    doc.undoStack()->undo();
    QCOMPARE(doc.region(r.id)->note, QString());
    doc.undoStack()->undo();
    QCOMPARE(doc.region(r.id)->label, QStringLiteral("person"));
}

void TestRegionCommands::linkCreatesAnchorAndUnlinkRemovesIt()
{
    ArticleDocument doc;
    setUpDocument(doc);
    Region r = square(0, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {r}));
    const CodePointIndex index(doc.article().text);
    const TextRange range = findOccurrence(doc.article().text, index, QStringLiteral("Vera Lind"));
    QCOMPARE(range, (TextRange {24, 33})); // the emoji before it counts as one code point
    auto *link
        = new LinkRegionToTextCommand(&doc, r.id, makeTextAnchor(doc.article().text, index, range));
    doc.undoStack()->push(link);
    QCOMPARE(doc.anchors().size(), 1);
    const TextAnchor anchor = doc.anchors().first();
    QCOMPARE(anchor.exact, QStringLiteral("Vera Lind"));
    QVERIFY(anchor.prefix.endsWith(QStringLiteral("met \U0001F4F7 ")));
    QCOMPARE(doc.region(r.id)->links, QList<QUuid> {anchor.id});
    doc.undoStack()->push(new UnlinkRegionFromTextCommand(&doc, r.id, anchor.id));
    QVERIFY(doc.region(r.id)->links.isEmpty());
    QVERIFY(doc.anchors().isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.anchors().size(), 1);
    QCOMPARE(doc.region(r.id)->links, QList<QUuid> {anchor.id});
    doc.undoStack()->undo();
    QVERIFY(doc.anchors().isEmpty());
    QVERIFY(doc.region(r.id)->links.isEmpty());
}

void TestRegionCommands::linkReusesExistingAnchor()
{
    ArticleDocument doc;
    setUpDocument(doc);
    Region a = square(0, 0);
    Region b = square(20, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {a, b}));
    const CodePointIndex index(doc.article().text);
    const TextRange second
        = findOccurrence(doc.article().text, index, QStringLiteral("Tal Orsen"), 2);
    QCOMPARE(second.start, 47);
    doc.undoStack()->push(
        new LinkRegionToTextCommand(&doc, a.id, makeTextAnchor(doc.article().text, index, second)));
    doc.undoStack()->push(
        new LinkRegionToTextCommand(&doc, b.id, makeTextAnchor(doc.article().text, index, second)));
    QCOMPARE(doc.anchors().size(), 1);
    QCOMPARE(doc.regionsLinkedTo(doc.anchors().first().id).size(), 2);
    // Unlinking one keeps the anchor: the other region still uses it.
    doc.undoStack()->push(new UnlinkRegionFromTextCommand(&doc, a.id, doc.anchors().first().id));
    QCOMPARE(doc.anchors().size(), 1);
}

void TestRegionCommands::removeAnchorUnlinksRegions()
{
    ArticleDocument doc;
    setUpDocument(doc);
    Region r = square(0, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {r}));
    const CodePointIndex index(doc.article().text);
    auto *link = new LinkRegionToTextCommand(
        &doc, r.id,
        makeTextAnchor(doc.article().text, index,
                       findOccurrence(doc.article().text, index, QStringLiteral("port"))));
    doc.undoStack()->push(link);
    const QUuid anchorId = link->anchorId();
    doc.undoStack()->push(new RemoveTextAnchorsCommand(&doc, {anchorId}));
    QVERIFY(doc.anchors().isEmpty());
    QVERIFY(doc.region(r.id)->links.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.region(r.id)->links, QList<QUuid> {anchorId});
}

void TestRegionCommands::removeRegionsDropsAnchorsOnlyTheyUsed()
{
    ArticleDocument doc;
    setUpDocument(doc);
    const Region a = square(0, 0);
    const Region b = square(20, 0);
    const Region keep = square(40, 0);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {a, b, keep}));
    const QString &text = doc.article().text;
    const CodePointIndex index(text);
    const auto anchorFor = [&](const QString &quote, int occurrence = 1) {
        return makeTextAnchor(text, index, findOccurrence(text, index, quote, occurrence));
    };
    const auto link = [&](const QUuid &region, const TextAnchor &anchor) {
        auto *command = new LinkRegionToTextCommand(&doc, region, anchor);
        const QUuid id = command->anchorId();
        doc.undoStack()->push(command);
        return id;
    };
    // Used by a only; by a and b (both removed); by a and keep; by a, with a note of its own.
    const QUuid onlyA = link(a.id, anchorFor(QStringLiteral("Premier")));
    const QUuid shared = link(a.id, anchorFor(QStringLiteral("Vera Lind")));
    QCOMPARE(link(b.id, anchorFor(QStringLiteral("Vera Lind"))), shared);
    const QUuid kept = link(a.id, anchorFor(QStringLiteral("Tal Orsen"), 2));
    QCOMPARE(link(keep.id, anchorFor(QStringLiteral("Tal Orsen"), 2)), kept);
    const QUuid noted = link(a.id, anchorFor(QStringLiteral("port")));
    doc.undoStack()->push(new ChangeTextAnchorNoteCommand(&doc, noted, QStringLiteral("check")));
    const QList<TextAnchor> anchorsBefore = doc.anchors();
    const QList<Region> regionsBefore = doc.regions();
    QCOMPARE(anchorsBefore.size(), 4);

    auto *remove = new RemoveRegionsCommand(&doc, {b.id, a.id});
    const QList<QUuid> dropped = remove->removedAnchorIds();
    QCOMPARE(QSet<QUuid>(dropped.cbegin(), dropped.cend()), QSet<QUuid>({onlyA, shared}));
    doc.undoStack()->push(remove);
    QCOMPARE(doc.regions().size(), 1);
    QVERIFY(!doc.anchor(onlyA));
    QVERIFY(!doc.anchor(shared));
    QVERIFY(doc.anchor(kept)); // keep still links to it
    QVERIFY(doc.anchor(noted)); // has a note of its own
    QCOMPARE(doc.region(keep.id)->links, QList<QUuid> {kept});

    doc.undoStack()->undo();
    QCOMPARE(doc.anchors(), anchorsBefore); // same anchors, same order
    QCOMPARE(doc.regions(), regionsBefore);
    doc.undoStack()->redo();
    QCOMPARE(doc.anchors().size(), 2);
    QVERIFY(!doc.anchor(onlyA) && !doc.anchor(shared));
    doc.undoStack()->undo();
    QCOMPARE(doc.anchors(), anchorsBefore);
}

void TestRegionCommands::modifiedFollowsCleanState()
{
    ArticleDocument doc;
    setUpDocument(doc);
    QSignalSpy modified(&doc, &ArticleDocument::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.undoStack()->push(new AddRegionsCommand(&doc, {square(0, 0)}));
    QVERIFY(doc.isModified());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.isModified());
    doc.markModified();
    QVERIFY(doc.isModified());
    QVERIFY(modified.count() >= 4);
}

QTEST_GUILESS_MAIN(TestRegionCommands)
#include "tst_regioncommands.moc"
