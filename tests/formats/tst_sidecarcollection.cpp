// SPDX-License-Identifier: MIT
// What a sidecar holds beside its annotations: merge conflicts marked on the collection (read
// into the model, written back) and label definitions (kept while used, written by id).
#include "formats/sidecarmerger.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "sidecarcontentfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace provena;
using namespace provena::testing;

namespace {

QString claimIri(const QUuid &id)
{
    return QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

QStringList labelIdsWritten(const QByteArray &sidecar)
{
    QStringList ids;
    for (const QJsonValue &l :
         QJsonDocument::fromJson(sidecar).object().value(QLatin1String("labels")).toArray())
        ids.append(l.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestSidecarCollection : public QObject
{
    Q_OBJECT

private slots:
    void collectionConflictsAreReadIntoTheModel();
    void collectionConflictsNeedItemAndField();
    void labelStillUsedKeepsItsDefinition();
    void labelsAreWrittenById();
};

void TestSidecarCollection::collectionConflictsAreReadIntoTheModel()
{
    const QByteArray base = SidecarWriter::write(baseContent());
    SidecarContent ours = baseContent();
    ours.provenance[0].claims[1].status = ClaimStatus::Rejected;
    ours.extra.insert(QStringLiteral("otherTool:project"), QStringLiteral("P1"));
    SidecarContent theirs = baseContent();
    theirs.provenance[0].claims[1].status = ClaimStatus::Disputed;

    const auto m
        = SidecarMerger::merge(base, SidecarWriter::write(ours), SidecarWriter::write(theirs));
    QVERIFY(m);
    QCOMPARE(m->conflicts.size(), 1);
    const SidecarContent merged = readContent(m->merged);
    const QString claim = claimIri(baseContent().provenance[0].claims[1].id);
    QCOMPARE(merged.collectionConflicts.size(), 1);
    const CollectionMergeConflict &c = merged.collectionConflicts.first();
    QCOMPARE(c.item, claim);
    QCOMPARE(c.conflict.field, QStringLiteral("status"));
    QCOMPARE(c.conflict.base, QJsonValue(QStringLiteral("accepted")));
    QCOMPARE(c.conflict.ours, QJsonValue(QStringLiteral("rejected")));
    QCOMPARE(c.conflict.theirs, QJsonValue(QStringLiteral("disputed")));
    // In the model, not among the unknown fields, which still travel beside it.
    QVERIFY(!merged.extra.contains(QLatin1String("mergeConflicts")));
    QCOMPARE(merged.extra.value(QLatin1String("otherTool:project")),
             QJsonValue(QStringLiteral("P1")));
    // Written back as read, byte for byte; resolved (removed), the key goes.
    QCOMPARE(SidecarWriter::write(merged), m->merged);
    SidecarContent resolved = merged;
    resolved.collectionConflicts.clear();
    const QJsonObject root = SidecarWriter::toJson(resolved);
    QVERIFY(!root.contains(QLatin1String("mergeConflicts")));
    QCOMPARE(root.value(QLatin1String("otherTool:project")), QJsonValue(QStringLiteral("P1")));
}

void TestSidecarCollection::collectionConflictsNeedItemAndField()
{
    QJsonObject root = SidecarWriter::toJson(baseContent());
    root.insert(QStringLiteral("mergeConflicts"),
                QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("status")}}});
    auto r = SidecarReader::read(QJsonDocument(root).toJson(), QStringLiteral("t"));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("mergeConflicts[0].item")),
             qPrintable(r.error().message));
    root.insert(QStringLiteral("mergeConflicts"), QStringLiteral("not an array"));
    QVERIFY(!SidecarReader::read(QJsonDocument(root).toJson(), QStringLiteral("t")));
}

void TestSidecarCollection::labelStillUsedKeepsItsDefinition()
{
    const Label sign = *LabelTaxonomy::builtIn().find(QStringLiteral("text-sign"));
    SidecarContent baseC = baseContent();
    QVERIFY(baseC.labels.contains(sign.id));
    const QByteArray base = SidecarWriter::write(baseC);
    // Their side stopped using the label (the region relabelled), so their file lacks it …
    SidecarContent theirs = baseContent();
    for (Region &r : theirs.regions) {
        if (r.label == sign.id)
            r.label = QStringLiteral("person");
    }
    LabelTaxonomy without;
    for (const Label &l : theirs.labels.labels()) {
        if (l.id != sign.id)
            without.insert(l);
    }
    theirs.labels = without;
    // … while ours labelled another region with it.
    SidecarContent ours = baseContent();
    ours.regions[0].label = sign.id;
    ours.regions[0].modified = fixedTime(90);

    const auto m
        = SidecarMerger::merge(base, SidecarWriter::write(ours), SidecarWriter::write(theirs));
    QVERIFY(m);
    const SidecarContent merged = readContent(m->merged);
    QVERIFY(merged.labels.contains(sign.id));
    // What a sidecar carries of a label (its translations stay in the taxonomy, not the file).
    const Label kept = *merged.labels.find(sign.id);
    QCOMPARE(kept.name, sign.name);
    QCOMPARE(kept.colour, sign.colour);
    QCOMPARE(kept.description, sign.description);

    // Nobody uses it any more: the deletion is honoured.
    const auto gone = SidecarMerger::merge(base, SidecarWriter::write(baseContent()),
                                           SidecarWriter::write(theirs));
    QVERIFY(gone);
    QVERIFY(!readContent(gone->merged).labels.contains(sign.id));
}

void TestSidecarCollection::labelsAreWrittenById()
{
    SidecarContent content = baseContent();
    QCOMPARE(labelIdsWritten(SidecarWriter::write(content)),
             (QStringList {QStringLiteral("person"), QStringLiteral("text-sign"),
                           QStringLiteral("vehicle")}));
    // Used first in another order: the same bytes.
    LabelTaxonomy reversed;
    for (qsizetype i = content.labels.labels().size() - 1; i >= 0; --i)
        reversed.insert(content.labels.labels().at(i));
    SidecarContent other = content;
    other.labels = reversed;
    QVERIFY(!(other.labels.labels() == content.labels.labels()));
    QCOMPARE(SidecarWriter::write(other), SidecarWriter::write(content));
    // A file in first-use order (as written before) reads the same.
    QJsonObject root = SidecarWriter::toJson(content);
    root.insert(QStringLiteral("labels"), reversed.toJsonArray());
    const SidecarContent old = readContent(QJsonDocument(root).toJson());
    QCOMPARE(old.labels.labels().size(), content.labels.labels().size());
    QCOMPARE(SidecarWriter::write(old), SidecarWriter::write(content));
}

QTEST_GUILESS_MAIN(TestSidecarCollection)
#include "tst_sidecarcollection.moc"
