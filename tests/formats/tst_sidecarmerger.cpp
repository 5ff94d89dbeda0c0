// SPDX-License-Identifier: MIT
// SidecarMerger: three-way merges of sidecars by annotation id and field, conflict markers.
#include "formats/sidecarmerger.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "sidecarcontentfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace provena;
using namespace provena::testing;

namespace {

QByteArray write(const SidecarContent &content)
{
    return SidecarWriter::write(content);
}

const Region *region(const SidecarContent &c, int n)
{
    for (const Region &r : c.regions) {
        if (r.id == fixedUuid(n))
            return &r;
    }
    return nullptr;
}

Region *region(SidecarContent &c, int n)
{
    return const_cast<Region *>(region(std::as_const(c), n));
}

Region newRegion(int n, const QString &note)
{
    Region r;
    r.id = fixedUuid(n);
    r.imageIndex = 0;
    r.geometry = RegionGeometry::rectangle(QRectF(n, n, 10, 10));
    r.note = note;
    r.author = QStringLiteral("Analyst B");
    r.created = fixedTime(40);
    r.modified = fixedTime(40);
    return r;
}

} // namespace

class TestSidecarMerger : public QObject
{
    Q_OBJECT

private slots:
    void oneSideUnchangedGivesTheOther();
    void additionsFromBothSidesAreKept();
    void deletionIsHonoured();
    void differentFieldsOfOneRegionMerge();
    void sameFieldChangedTwiceIsAConflict();
    void deleteAgainstEditKeepsTheEdit();
    void linksMergeAsSets();
    void claimsMergeById();
    void unknownFieldsSurvive();
    void conflictMarkersRoundTrip();
    void noBaseMergesAdditions();
    void unreadableSideIsNamed();
    void fileInIdOrderModelInCreationOrder();
};

void TestSidecarMerger::oneSideUnchangedGivesTheOther()
{
    const QByteArray base = write(baseContent());
    SidecarContent c = baseContent();
    c.regions.append(newRegion(60, QStringLiteral("added")));
    const QByteArray changed = write(c);
    auto m = SidecarMerger::merge(base, base, changed);
    QVERIFY(m);
    QCOMPARE(m->merged, changed);
    m = SidecarMerger::merge(base, changed, base);
    QVERIFY(m);
    QCOMPARE(m->merged, changed);
    QVERIFY(!m->hasConflicts());
}

void TestSidecarMerger::additionsFromBothSidesAreKept()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    ours.regions.append(newRegion(60, QStringLiteral("ours")));
    SidecarContent theirs = baseContent();
    theirs.regions.append(newRegion(61, QStringLiteral("theirs")));
    TextAnchor anchor = theirs.anchors.first();
    anchor.id = fixedUuid(160);
    anchor.note = QStringLiteral("a new note of theirs");
    theirs.anchors.append(anchor);

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY(!m->hasConflicts());
    const SidecarContent merged = readContent(m->merged);
    QCOMPARE(merged.regions.size(), baseContent().regions.size() + 2);
    QVERIFY(region(merged, 60));
    QCOMPARE(region(merged, 60)->note, QStringLiteral("ours"));
    QCOMPARE(region(merged, 61)->note, QStringLiteral("theirs"));
    QCOMPARE(merged.anchors.size(), baseContent().anchors.size() + 1);
    // Merging is symmetric for additions: the other way round gives the same items, and, the
    // file being in id order (docs/sidecar-format.md), the same bytes.
    const auto other = SidecarMerger::merge(base, write(theirs), write(ours));
    QVERIFY(other);
    QCOMPARE(other->merged, m->merged);
    const SidecarContent otherMerged = readContent(other->merged);
    QCOMPARE(otherMerged.regions.size(), merged.regions.size());
    QCOMPARE(region(otherMerged, 60)->note, QStringLiteral("ours"));
    QCOMPARE(region(otherMerged, 61)->note, QStringLiteral("theirs"));
    QCOMPARE(otherMerged.anchors.size(), merged.anchors.size());
}

void TestSidecarMerger::deletionIsHonoured()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    ours.regions.removeIf([](const Region &r) { return r.id == fixedUuid(3); });
    SidecarContent theirs = baseContent();
    region(theirs, 2)->note = QStringLiteral("theirs edited another region");

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY(!m->hasConflicts());
    const SidecarContent merged = readContent(m->merged);
    QVERIFY(!region(merged, 3));
    QCOMPARE(region(merged, 2)->note, QStringLiteral("theirs edited another region"));
}

void TestSidecarMerger::differentFieldsOfOneRegionMerge()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    region(ours, 1)->note = QStringLiteral("our note");
    region(ours, 1)->modified = fixedTime(50);
    SidecarContent theirs = baseContent();
    region(theirs, 1)->label = QStringLiteral("vehicle");
    region(theirs, 1)->modified = fixedTime(55);

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY2(!m->hasConflicts(), qPrintable(m->conflicts.value(0).conflict.field));
    const SidecarContent merged = readContent(m->merged);
    const Region *r = region(merged, 1);
    QVERIFY(r);
    QCOMPARE(r->note, QStringLiteral("our note"));
    QCOMPARE(r->label, QStringLiteral("vehicle"));
    QCOMPARE(r->modified, fixedTime(55)); // the later edit
    QVERIFY(r->mergeConflicts.isEmpty());
}

void TestSidecarMerger::sameFieldChangedTwiceIsAConflict()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    region(ours, 1)->note = QStringLiteral("our note");
    SidecarContent theirs = baseContent();
    region(theirs, 1)->note = QStringLiteral("their note");

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QCOMPARE(m->conflicts.size(), 1);
    const SidecarMergeConflict &c = m->conflicts.first();
    QCOMPARE(c.itemId, QStringLiteral("urn:uuid:") + fixedUuid(1).toString(QUuid::WithoutBraces));
    QCOMPARE(c.conflict.field, QStringLiteral("body[purpose=describing]"));
    QCOMPARE(c.conflict.ours.toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("our note"));
    QCOMPARE(c.conflict.theirs.toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("their note"));
    QCOMPARE(c.conflict.base.toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("Centre; 얼굴 partly occluded."));

    const SidecarContent merged = readContent(m->merged);
    const Region *r = region(merged, 1);
    QVERIFY(r);
    QCOMPARE(r->note, QStringLiteral("our note")); // ours kept
    QVERIFY(r->needsReview);
    QCOMPARE(r->mergeConflicts.size(), 1);
    QCOMPARE(r->mergeConflicts.first(), c.conflict);
}

void TestSidecarMerger::deleteAgainstEditKeepsTheEdit()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    ours.regions.removeIf([](const Region &r) { return r.id == fixedUuid(2); });
    SidecarContent theirs = baseContent();
    region(theirs, 2)->note = QStringLiteral("theirs kept working on it");

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QCOMPARE(m->conflicts.size(), 1);
    QVERIFY(m->conflicts.first().conflict.ours.isUndefined());
    QCOMPARE(m->conflicts.first().conflict.theirs.toObject().value(QLatin1String("value")),
             QJsonValue(QStringLiteral("theirs kept working on it")));
    const SidecarContent merged = readContent(m->merged);
    const Region *r = region(merged, 2);
    QVERIFY(r);
    QCOMPARE(r->note, QStringLiteral("theirs kept working on it"));
    QVERIFY(r->needsReview);

    // Deleted on one side, untouched on the other: gone, no conflict.
    SidecarContent untouched = baseContent();
    region(untouched, 1)->note = QStringLiteral("elsewhere");
    const auto gone = SidecarMerger::merge(base, write(ours), write(untouched));
    QVERIFY(gone);
    QVERIFY(!gone->hasConflicts());
    QVERIFY(!region(readContent(gone->merged), 2));
}

void TestSidecarMerger::linksMergeAsSets()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    region(ours, 3)->links.append(fixedUuid(103));
    SidecarContent theirs = baseContent();
    region(theirs, 1)->links.removeAll(fixedUuid(100));

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY(!m->hasConflicts());
    const SidecarContent merged = readContent(m->merged);
    QCOMPARE(region(merged, 3)->links, QList<QUuid> {fixedUuid(103)});
    QCOMPARE(region(merged, 1)->links, QList<QUuid> {fixedUuid(101)});
}

void TestSidecarMerger::claimsMergeById()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    ProvenanceClaim added = ours.provenance[0].claims.first();
    added.id = fixedUuid(900);
    added.agent.name = QStringLiteral("Added by ours");
    ours.provenance[0].claims.append(added);
    SidecarContent theirs = baseContent();
    theirs.provenance[0].claims[1].status = ClaimStatus::Disputed;
    theirs.provenance[0].claims.removeLast();

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY(!m->hasConflicts());
    const ImageProvenance p = readContent(m->merged).provenance.value(0);
    QVERIFY(p.claim(fixedUuid(900)));
    QCOMPARE(p.claims.at(1).status, ClaimStatus::Disputed);
    QCOMPARE(p.claims.size(), baseContent().provenance[0].claims.size()); // +1 −1
    QVERIFY(!p.claim(baseContent().provenance[0].claims.last().id));

    // The same claim's status set differently on both sides: ours kept, reported.
    SidecarContent both = baseContent();
    both.provenance[0].claims[1].status = ClaimStatus::Rejected;
    const auto c = SidecarMerger::merge(base, write(both), write(theirs));
    QVERIFY(c);
    QCOMPARE(c->conflicts.size(), 1);
    QCOMPARE(c->conflicts.first().itemId,
             QStringLiteral("urn:uuid:")
                 + baseContent().provenance[0].claims[1].id.toString(QUuid::WithoutBraces));
    QCOMPARE(c->conflicts.first().conflict.field, QStringLiteral("status"));
    QCOMPARE(readContent(c->merged).provenance.value(0).claims.at(1).status, ClaimStatus::Rejected);
    // Marked on the collection, where no annotation can carry it.
    const QJsonArray markers = QJsonDocument::fromJson(c->merged)
                                   .object()
                                   .value(QLatin1String("mergeConflicts"))
                                   .toArray();
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.first().toObject().value(QLatin1String("field")),
             QJsonValue(QStringLiteral("status")));
}

void TestSidecarMerger::unknownFieldsSurvive()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    region(ours, 1)->extra.insert(QStringLiteral("otherTool:rating"), 5);
    ours.extra.insert(QStringLiteral("otherTool:project"), QStringLiteral("P1"));
    SidecarContent theirs = baseContent();
    region(theirs, 1)->note = QStringLiteral("their note");

    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY(!m->hasConflicts());
    const SidecarContent merged = readContent(m->merged);
    QCOMPARE(region(merged, 1)->extra.value(QLatin1String("otherTool:rating")), QJsonValue(5));
    QCOMPARE(region(merged, 1)->note, QStringLiteral("their note"));
    QCOMPARE(merged.extra.value(QLatin1String("otherTool:project")),
             QJsonValue(QStringLiteral("P1")));
}

void TestSidecarMerger::conflictMarkersRoundTrip()
{
    const QByteArray base = write(baseContent());
    SidecarContent ours = baseContent();
    region(ours, 1)->note = QStringLiteral("our note");
    ours.anchors[3].note = QStringLiteral("our anchor note");
    SidecarContent theirs = baseContent();
    region(theirs, 1)->note = QStringLiteral("their note");
    theirs.anchors[3].note = QStringLiteral("their anchor note");
    const auto m = SidecarMerger::merge(base, write(ours), write(theirs));
    QVERIFY(m);
    QCOMPARE(m->conflicts.size(), 2);
    const SidecarContent merged = readContent(m->merged);
    const auto anchor = std::find_if(merged.anchors.begin(), merged.anchors.end(),
                                     [](const TextAnchor &t) { return t.id == fixedUuid(103); });
    QVERIFY(anchor != merged.anchors.end());
    QCOMPARE(anchor->mergeConflicts.size(), 1);
    QCOMPARE(anchor->mergeConflicts.first().field, QStringLiteral("body[purpose=commenting]"));
    // Read and written again: the same bytes, markers included.
    QCOMPARE(write(merged), m->merged);
    // Merging the merged file again with an unrelated edit keeps the markers.
    SidecarContent later = merged;
    region(later, 2)->note = QStringLiteral("later");
    const auto again = SidecarMerger::merge(m->merged, m->merged, write(later));
    QVERIFY(again);
    QCOMPARE(region(readContent(again->merged), 1)->mergeConflicts.size(), 1);
    // Resolving (clearing the markers) on one side is taken like any edit.
    SidecarContent resolved = merged;
    region(resolved, 1)->mergeConflicts.clear();
    region(resolved, 1)->needsReview = false;
    const auto done = SidecarMerger::merge(m->merged, write(resolved), write(later));
    QVERIFY(done);
    QVERIFY(!done->hasConflicts());
    QVERIFY(region(readContent(done->merged), 1)->mergeConflicts.isEmpty());
    QVERIFY(!region(readContent(done->merged), 1)->needsReview);
}

void TestSidecarMerger::noBaseMergesAdditions()
{
    SidecarContent ours = baseContent();
    ours.regions.append(newRegion(60, QStringLiteral("ours")));
    SidecarContent theirs = baseContent();
    theirs.regions.append(newRegion(61, QStringLiteral("theirs")));
    const auto m = SidecarMerger::merge({}, write(ours), write(theirs));
    QVERIFY(m);
    QVERIFY(!m->hasConflicts());
    const SidecarContent merged = readContent(m->merged);
    QVERIFY(region(merged, 60) && region(merged, 61) && region(merged, 1));
}

void TestSidecarMerger::unreadableSideIsNamed()
{
    const QByteArray good = write(baseContent());
    auto m = SidecarMerger::merge(good, good, QByteArray("{\"type\": "));
    QVERIFY(!m);
    QCOMPARE(m.error().path, QStringLiteral("theirs"));
    m = SidecarMerger::merge(QByteArray("[]"), good, good);
    QVERIFY(!m);
    QCOMPARE(m.error().path, QStringLiteral("base"));
}

void TestSidecarMerger::fileInIdOrderModelInCreationOrder()
{
    SidecarContent c = baseContent();
    // Two regions made in the same second, the later one with the smaller id: milliseconds keep
    // them apart.
    Region early = newRegion(71, QStringLiteral("early"));
    early.created = fixedTime(45).addMSecs(120);
    Region late = newRegion(70, QStringLiteral("late"));
    late.created = fixedTime(45).addMSecs(850);
    c.regions.append(early);
    c.regions.append(late);
    const QByteArray once = write(c);
    QCOMPARE(write(readContent(once)), once); // saved again without edits: the same bytes
    QVERIFY(once.contains("T09:00:45.120Z"));
    // The file lists items by id …
    const QJsonArray items = QJsonDocument::fromJson(once)
                                 .object()
                                 .value(QLatin1String("first"))
                                 .toObject()
                                 .value(QLatin1String("items"))
                                 .toArray();
    QStringList regionIds;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        if (o.value(QLatin1String("role")).toString().endsWith(QLatin1String("region")))
            regionIds.append(o.value(QLatin1String("id")).toString());
    }
    QCOMPARE(regionIds.size(), c.regions.size());
    QVERIFY(std::is_sorted(regionIds.cbegin(), regionIds.cend()));
    // … and is read back in the order the regions were made.
    const SidecarContent back = readContent(once);
    QCOMPARE(back.regions.size(), c.regions.size());
    for (qsizetype i = 0; i < back.regions.size(); ++i)
        QCOMPARE(back.regions.at(i).id, c.regions.at(i).id);
    QCOMPARE(back.regions.last().created, late.created);
    // The model's order does not change the bytes.
    std::reverse(c.regions.begin(), c.regions.end());
    QCOMPARE(write(c), once);
}

QTEST_GUILESS_MAIN(TestSidecarMerger)
#include "tst_sidecarmerger.moc"
