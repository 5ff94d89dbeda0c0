// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregionscommand.h"
#include "core/commands/collectionconflictcommand.h"
#include "core/commands/mergecommands.h"
#include "core/document/articledocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace provena;

namespace {

Region region(const QString &note)
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(1, 2, 30, 40));
    r.label = QStringLiteral("person");
    r.note = note;
    return r;
}

TextAnchor anchor(int start, const QString &exact)
{
    TextAnchor a;
    a.id = QUuid::createUuid();
    a.range = {start, start + int(exact.size())};
    a.exact = exact;
    return a;
}

MergeConflict noteConflict()
{
    return {QStringLiteral("body"), QJsonValue(QStringLiteral("base")),
            QJsonValue(QStringLiteral("mine")), QJsonValue(QStringLiteral("theirs"))};
}

} // namespace

class TestMergeCommands : public QObject
{
    Q_OBJECT

private slots:
    void mergeAddsRemovesChangesAndUndoRestores();
    void earlierHistoryStaysUsable();
    void mergeThatChangesNothingLeavesNoStep();
    void keepMineDropsTheConflictAndReview();
    void takeTheirsSetsTheFieldKeepsOtherConflicts();
    void anchorConflictKeepsWhereTheAnchorIs();
    void collectionConflictTakesChangesAndUndoes();
    void collectionConflictKeepMineAndGoneConflict();
};

void TestMergeCommands::mergeAddsRemovesChangesAndUndoRestores()
{
    ArticleDocument doc;
    const Region kept = region(QStringLiteral("kept"));
    const Region deleted = region(QStringLiteral("deleted on disk"));
    const TextAnchor span = anchor(0, QStringLiteral("Premier"));
    doc.resetAnnotations({kept, deleted}, {span});
    const MergedAnnotations before = MergedAnnotations::of(doc);

    MergedAnnotations merged = before;
    Region added = region(QStringLiteral("theirs"));
    added.links = {span.id};
    Region changed = kept;
    changed.note = QStringLiteral("changed on disk");
    changed.mergeConflicts = {noteConflict()};
    changed.needsReview = true;
    const TextAnchor newSpan = anchor(10, QStringLiteral("harbour"));
    merged.regions = {changed, added};
    merged.anchors = {span, newSpan};
    ImageProvenance provenance;
    provenance.verdict.value = Verdict::Value::Corroborated;
    merged.provenance = {provenance};

    QSignalSpy removedSpy(&doc, &ArticleDocument::regionRemoved);
    QSignalSpy resetSpy(&doc, &ArticleDocument::annotationsReset);
    auto *command = new ApplySidecarMergeCommand(&doc, merged);
    QCOMPARE(command->regionsAdded(), 1);
    QCOMPARE(command->regionsRemoved(), 1);
    doc.undoStack()->push(command);
    QCOMPARE(doc.regions(), merged.regions);
    QCOMPARE(doc.anchors(), merged.anchors);
    QCOMPARE(doc.provenance(), merged.provenance);
    QCOMPARE(removedSpy.size(), 1);
    QCOMPARE(resetSpy.size(), 0); // item by item: views keep their state
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Merge Changes from Disk"));

    doc.undoStack()->undo();
    QCOMPARE(doc.regions(), before.regions);
    QCOMPARE(doc.anchors(), before.anchors);
    QCOMPARE(doc.provenance(), before.provenance);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QCOMPARE(doc.regions(), merged.regions);
}

void TestMergeCommands::earlierHistoryStaysUsable()
{
    ArticleDocument doc;
    const Region base = region(QStringLiteral("base"));
    doc.resetAnnotations({base}, {});
    const Region mine = region(QStringLiteral("mine"));
    doc.undoStack()->push(new AddRegionsCommand(&doc, {mine}));
    doc.undoStack()->push(ChangeRegionsCommand::setNote(&doc, base.id, QStringLiteral("edited")));

    // The merge keeps both of this session's edits and adds theirs.
    MergedAnnotations merged = MergedAnnotations::of(doc);
    const Region theirs = region(QStringLiteral("theirs"));
    merged.regions.append(theirs);
    doc.undoStack()->push(new ApplySidecarMergeCommand(&doc, merged));
    QCOMPARE(doc.regions().size(), 3);

    // Undoing past the merge undoes the analyst's own steps, in order.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.region(base.id)->note, QStringLiteral("base"));
    doc.undoStack()->undo();
    QVERIFY(!doc.region(mine.id));
    QCOMPARE(doc.regions().size(), 1);
    for (int i = 0; i < 3; ++i)
        doc.undoStack()->redo();
    QCOMPARE(doc.regions().size(), 3);
    QVERIFY(doc.region(theirs.id));
    QCOMPARE(doc.region(base.id)->note, QStringLiteral("edited"));
}

void TestMergeCommands::mergeThatChangesNothingLeavesNoStep()
{
    ArticleDocument doc;
    doc.resetAnnotations({region(QStringLiteral("a"))}, {});
    doc.undoStack()->push(new ApplySidecarMergeCommand(&doc, MergedAnnotations::of(doc)));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestMergeCommands::keepMineDropsTheConflictAndReview()
{
    ArticleDocument doc;
    Region r = region(QStringLiteral("mine"));
    r.mergeConflicts = {noteConflict()};
    r.needsReview = true;
    doc.resetAnnotations({r}, {});

    QUndoCommand *keep = ResolveMergeConflictCommand::keepMine(&doc, r.id, QStringLiteral("body"));
    QVERIFY(keep);
    doc.undoStack()->push(keep);
    QCOMPARE(doc.region(r.id)->note, QStringLiteral("mine"));
    QVERIFY(doc.region(r.id)->mergeConflicts.isEmpty());
    QVERIFY(!doc.region(r.id)->needsReview);
    doc.undoStack()->undo();
    QCOMPARE(*doc.region(r.id), r);
    QVERIFY(
        !ResolveMergeConflictCommand::keepMine(&doc, QUuid::createUuid(), QStringLiteral("body")));
}

void TestMergeCommands::takeTheirsSetsTheFieldKeepsOtherConflicts()
{
    ArticleDocument doc;
    Region r = region(QStringLiteral("mine"));
    MergeConflict target = noteConflict();
    target.field = QStringLiteral("target");
    r.mergeConflicts = {noteConflict(), target};
    r.needsReview = true;
    doc.resetAnnotations({r}, {});

    Region theirs = r;
    theirs.note = QStringLiteral("theirs");
    theirs.mergeConflicts.clear(); // what the resolved value carries does not count
    doc.undoStack()->push(new ResolveMergeConflictCommand(&doc, theirs, QStringLiteral("body")));
    QCOMPARE(doc.region(r.id)->note, QStringLiteral("theirs"));
    QCOMPARE(doc.region(r.id)->mergeConflicts, MergeConflicts {target});
    QVERIFY(doc.region(r.id)->needsReview); // one conflict remains
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Resolve Merge Conflict"));
    doc.undoStack()->undo();
    QCOMPARE(*doc.region(r.id), r);
}

void TestMergeCommands::anchorConflictKeepsWhereTheAnchorIs()
{
    ArticleDocument doc;
    TextAnchor a = anchor(5, QStringLiteral("Premier"));
    a.note = QStringLiteral("mine");
    a.status = TextAnchor::Status::Moved;
    a.mergeConflicts = {noteConflict()};
    doc.resetAnnotations({}, {a});

    TextAnchor theirs = a;
    theirs.note = QStringLiteral("theirs");
    theirs.range = {0, 7}; // as their sidecar recorded it
    theirs.status = TextAnchor::Status::Resolved;
    doc.undoStack()->push(new ResolveMergeConflictCommand(&doc, theirs, QStringLiteral("body")));
    QCOMPARE(doc.anchor(a.id)->note, QStringLiteral("theirs"));
    QVERIFY(doc.anchor(a.id)->range == a.range);
    QVERIFY(doc.anchor(a.id)->status == TextAnchor::Status::Moved);
    QVERIFY(doc.anchor(a.id)->mergeConflicts.isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(*doc.anchor(a.id), a);
}

namespace {

CollectionMergeConflict claimStatusConflict(const QUuid &claim)
{
    return {QStringLiteral("urn:uuid:") + claim.toString(QUuid::WithoutBraces),
            {QStringLiteral("status"), QJsonValue(QStringLiteral("accepted")),
             QJsonValue(QStringLiteral("rejected")), QJsonValue(QStringLiteral("disputed"))}};
}

ProvenanceClaim creditClaim(ClaimStatus status)
{
    ProvenanceClaim c;
    c.id = QUuid::createUuid();
    c.role = ClaimRole::CreditLine;
    c.value = QStringLiteral("KCNA");
    c.status = status;
    return c;
}

} // namespace

void TestMergeCommands::collectionConflictTakesChangesAndUndoes()
{
    ArticleDocument doc;
    const ProvenanceClaim mine = creditClaim(ClaimStatus::Rejected);
    ImageProvenance recorded;
    recorded.claims = {mine};
    doc.setProvenance({recorded});
    const CollectionMergeConflict status = claimStatusConflict(mine.id);
    const CollectionMergeConflict other {
        QStringLiteral("urn:uuid:c0ffee00-0000-4000-8000-000000000001"),
        {QStringLiteral("otherTool:note"), {}, QJsonValue(1), QJsonValue(2)}};
    doc.setCollectionConflicts({status, other});
    QSignalSpy conflictsChanged(&doc, &ArticleDocument::collectionConflictsChanged);
    QSignalSpy provenanceChanged(&doc, &ArticleDocument::provenanceChanged);

    CollectionChanges theirs;
    ImageProvenance taken = doc.imageProvenance(0);
    taken.claims[0].status = ClaimStatus::Disputed;
    theirs.provenance = QList<ImageProvenance> {taken};
    theirs.sidecarExtra = QJsonObject {{QStringLiteral("otherTool:project"), QStringLiteral("P2")}};
    doc.undoStack()->push(new ResolveCollectionConflictCommand(&doc, status, theirs));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Resolve Merge Conflict"));
    QCOMPARE(doc.imageProvenance(0).claims.first().status, ClaimStatus::Disputed);
    QCOMPARE(doc.collectionConflicts(), CollectionMergeConflicts {other});
    QCOMPARE(doc.sidecarExtra().value(QLatin1String("otherTool:project")).toString(),
             QStringLiteral("P2"));
    QCOMPARE(conflictsChanged.size(), 1);
    QCOMPARE(provenanceChanged.size(), 1); // image by image, no reset
    QVERIFY(doc.isModified());

    doc.undoStack()->undo();
    QCOMPARE(doc.imageProvenance(0).claims.first(), mine);
    QCOMPARE(doc.collectionConflicts(), (CollectionMergeConflicts {status, other}));
    QVERIFY(doc.sidecarExtra().isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(doc.imageProvenance(0).claims.first().status, ClaimStatus::Disputed);
    QCOMPARE(doc.collectionConflicts().size(), 1);
}

void TestMergeCommands::collectionConflictKeepMineAndGoneConflict()
{
    ArticleDocument doc;
    LabelTaxonomy labels;
    labels.insert({QStringLiteral("protester"), QStringLiteral("Protester"), QColor(Qt::red), {}});
    doc.setLabels(labels);
    const CollectionMergeConflict colour {
        QStringLiteral("urn:uuid:c0ffee00-0000-4000-8000-000000000002"),
        {QStringLiteral("labels[protester].colour"), QJsonValue(QStringLiteral("#000000")),
         QJsonValue(QStringLiteral("#ff0000")), QJsonValue(QStringLiteral("#00ff00"))}};
    doc.setCollectionConflicts({colour});

    doc.undoStack()->push(new ResolveCollectionConflictCommand(&doc, colour));
    QVERIFY(doc.collectionConflicts().isEmpty());
    QCOMPARE(doc.labels().labels(), labels.labels()); // mine: nothing else changes
    doc.undoStack()->undo();
    QCOMPARE(doc.collectionConflicts(), CollectionMergeConflicts {colour});

    // A conflict no longer there (resolved meanwhile): no step.
    doc.undoStack()->redo();
    QVERIFY(doc.collectionConflicts().isEmpty());
    doc.undoStack()->push(new ResolveCollectionConflictCommand(&doc, colour));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->index(), 1);
}

QTEST_GUILESS_MAIN(TestMergeCommands)
#include "tst_mergecommands.moc"
