// SPDX-License-Identifier: MIT
// Merge conflicts marked on the collection (a claim, a label, a collection field) after merging
// a pulled sidecar: described in words, resolved either way, undone, saved; label definitions
// their side changed or dropped; "Take theirs" on a text anchor.
#include "core/commands/addremoveclaims.h"
#include "core/commands/addremoveregions.h"
#include "core/commands/addremovetextanchors.h"
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "session/collectionconflicts.h"
#include "session/documentio.h"
#include "session/sidecarpull.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

const QByteArray kArticle = "# Premier inspects rebuilt harbour crane\n\n"
                            "![Premier Tal Orsen at the port.](plain.png)\n\n"
                            "Premier Tal Orsen toured the rebuilt container terminal.\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Region labelled(const QString &label)
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(1, 2, 30, 40));
    r.label = label;
    return r;
}

} // namespace

class TestCollectionConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void claimConflictFromAMergeIsResolvedEitherWay();
    void labelAndCollectionFieldTakeTheirs();
    void unknownConflictAndInvalidValueChangeNothing();
    void labelDefinitionsTheirSideChangedOrDropped();
    void anchorConflictTakesTheirs();

private:
    /** The document here (saved: the base) and one opened from the same files (theirs). */
    std::unique_ptr<ArticleDocument> open();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestCollectionConflicts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCollectionConflicts::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"),
                        mDir->filePath(QStringLiteral("plain.png"))));
    mArticle = mDir->filePath(QStringLiteral("story.md"));
    mSidecar = DocumentIO::sidecarPathFor(mArticle);
    QFile f(mArticle);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kArticle) == kArticle.size());
}

std::unique_ptr<ArticleDocument> TestCollectionConflicts::open()
{
    auto doc = DocumentIO::open(mArticle);
    return doc.ok() ? std::move(doc.value()) : nullptr;
}

void TestCollectionConflicts::claimConflictFromAMergeIsResolvedEitherWay()
{
    auto doc = open();
    QVERIFY(doc);
    ProvenanceClaim claim;
    claim.id = QUuid::createUuid();
    claim.role = ClaimRole::CreditLine;
    claim.value = QStringLiteral("KCNA");
    doc->undoStack()->push(new AddClaimsCommand(doc.get(), 0, {claim}));
    QVERIFY(DocumentIO::save(*doc).ok());
    const QByteArray base = readAll(mSidecar);
    // Both sides set the claim's status: here rejected (unsaved), there disputed.
    doc->undoStack()->push(
        new SetClaimStatusCommand(doc.get(), 0, {claim.id}, ClaimStatus::Rejected));
    auto theirs = open();
    QVERIFY(theirs);
    theirs->undoStack()->push(
        new SetClaimStatusCommand(theirs.get(), 0, {claim.id}, ClaimStatus::Disputed));
    auto merged = SidecarPull::merge(*doc, base, SidecarWriter::write(*theirs), mSidecar);
    QVERIFY2(merged.ok(), qPrintable(merged.error().toString()));
    QCOMPARE(merged->conflicts, 1);
    doc->undoStack()->push(merged->command.release());

    QCOMPARE(doc->collectionConflicts().size(), 1);
    const CollectionMergeConflict conflict = doc->collectionConflicts().first();
    const QString item = QStringLiteral("urn:uuid:") + claim.id.toString(QUuid::WithoutBraces);
    QCOMPARE(conflict.item, item);
    QCOMPARE(conflict.conflict.field, QStringLiteral("status"));
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
    const QString words = CollectionConflicts::describe(*doc, conflict);
    QVERIFY2(words.contains(QStringLiteral("KCNA")) && words.contains(QStringLiteral("image 1")),
             qPrintable(words));

    // Take theirs (by the bare uuid, as the CLI allows); undo; keep mine.
    auto take = CollectionConflicts::resolve(*doc, claim.id.toString(QUuid::WithoutBraces),
                                             QStringLiteral("status"), SidecarPull::Take::Theirs);
    QVERIFY2(take.ok(), qPrintable(take.error().toString()));
    doc->undoStack()->push(take.value().release());
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Disputed);
    QVERIFY(doc->collectionConflicts().isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
    QCOMPARE(doc->collectionConflicts().size(), 1);
    auto keep = CollectionConflicts::resolve(*doc, item, QStringLiteral("status"),
                                             SidecarPull::Take::Ours);
    QVERIFY(keep.ok());
    doc->undoStack()->push(keep.value().release());
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
    QVERIFY(doc->collectionConflicts().isEmpty());

    // Saved unresolved, the conflict is in the file and opens again; resolved, it is gone.
    doc->undoStack()->undo();
    QVERIFY(DocumentIO::save(*doc).ok());
    QCOMPARE(open()->collectionConflicts(), CollectionMergeConflicts {conflict});
    doc->undoStack()->redo();
    QVERIFY(DocumentIO::save(*doc).ok());
    QVERIFY(open()->collectionConflicts().isEmpty());
    QVERIFY(!QJsonDocument::fromJson(readAll(mSidecar)).object().contains(u"mergeConflicts"));
}

void TestCollectionConflicts::labelAndCollectionFieldTakeTheirs()
{
    auto doc = open();
    QVERIFY(doc);
    doc->undoStack()->push(new AddRegionsCommand(doc.get(), {labelled(QStringLiteral("person"))}));
    const QString collection = SidecarWriter::toJson(*doc).value(u"id").toString();
    const CollectionMergeConflict colour {
        collection,
        {QStringLiteral("labels[person].colour"), QJsonValue(QStringLiteral("#e6194b")),
         QJsonValue(QStringLiteral("#e6194b")), QJsonValue(QStringLiteral("#112233"))}};
    const CollectionMergeConflict stage {collection,
                                         {QStringLiteral("otherTool:stage"), QJsonValue(),
                                          QJsonValue(QStringLiteral("draft")),
                                          QJsonValue(QStringLiteral("final"))}};
    doc->setSidecarExtra({{QStringLiteral("otherTool:stage"), QStringLiteral("draft")}});
    doc->setCollectionConflicts({colour, stage});
    QCOMPARE(CollectionConflicts::describe(*doc, colour), QStringLiteral("Label “Person”"));
    QCOMPARE(CollectionConflicts::describe(*doc, stage), QStringLiteral("The article’s sidecar"));

    auto label = CollectionConflicts::resolve(*doc, collection, colour.conflict.field,
                                              SidecarPull::Take::Theirs);
    QVERIFY2(label.ok(), qPrintable(label.error().toString()));
    doc->undoStack()->push(label.value().release());
    QCOMPARE(doc->labels().find(QStringLiteral("person"))->colour, QColor(0x11, 0x22, 0x33));
    QCOMPARE(doc->collectionConflicts(), CollectionMergeConflicts {stage});
    auto field = CollectionConflicts::resolve(*doc, collection, stage.conflict.field,
                                              SidecarPull::Take::Theirs);
    QVERIFY2(field.ok(), qPrintable(field.error().toString()));
    doc->undoStack()->push(field.value().release());
    QCOMPARE(doc->sidecarExtra().value(u"otherTool:stage").toString(), QStringLiteral("final"));
    QVERIFY(doc->collectionConflicts().isEmpty());
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->labels().find(QStringLiteral("person"))->colour, QColor(0xe6, 0x19, 0x4b));
    QCOMPARE(doc->sidecarExtra().value(u"otherTool:stage").toString(), QStringLiteral("draft"));
    QCOMPARE(doc->collectionConflicts().size(), 2);
}

void TestCollectionConflicts::unknownConflictAndInvalidValueChangeNothing()
{
    auto doc = open();
    QVERIFY(doc);
    ProvenanceClaim claim;
    claim.id = QUuid::createUuid();
    claim.role = ClaimRole::CreditLine;
    claim.value = QStringLiteral("KCNA");
    doc->undoStack()->push(new AddClaimsCommand(doc.get(), 0, {claim}));
    const QString item = QStringLiteral("urn:uuid:") + claim.id.toString(QUuid::WithoutBraces);
    // Their value is not one the sidecar format allows.
    const CollectionMergeConflict broken {item,
                                          {QStringLiteral("status"), QJsonValue(),
                                           QJsonValue(QStringLiteral("accepted")),
                                           QJsonValue(QStringLiteral("bogus"))}};
    doc->setCollectionConflicts({broken});
    const int steps = doc->undoStack()->count();
    auto bad = CollectionConflicts::resolve(*doc, item, QStringLiteral("status"),
                                            SidecarPull::Take::Theirs);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("cannot be taken")),
             qPrintable(bad.error().message));
    auto none = CollectionConflicts::resolve(*doc, item, QStringLiteral("value"),
                                             SidecarPull::Take::Ours);
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(QStringLiteral("value")));
    QCOMPARE(doc->undoStack()->count(), steps);
    QCOMPARE(doc->collectionConflicts(), CollectionMergeConflicts {broken});
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Accepted);
}

void TestCollectionConflicts::labelDefinitionsTheirSideChangedOrDropped()
{
    auto doc = open();
    QVERIFY(doc);
    LabelTaxonomy labels = doc->labels();
    labels.insert({QStringLiteral("protester"), QStringLiteral("Protester"), QColor(Qt::red), {}});
    doc->setLabels(labels);
    const Region protester = labelled(QStringLiteral("protester"));
    const Region person = labelled(QStringLiteral("person"));
    doc->undoStack()->push(new AddRegionsCommand(doc.get(), {protester, person}));
    QVERIFY(DocumentIO::save(*doc).ok());
    const QByteArray base = readAll(mSidecar);
    QVERIFY(base.contains("\"protester\""));
    // Their side deletes the only protester region (so the definition goes from their file) and
    // gives "person" another colour; ours adds a region meanwhile.
    auto theirs = open();
    QVERIFY(theirs);
    theirs->undoStack()->push(new RemoveRegionsCommand(theirs.get(), {protester.id}));
    LabelTaxonomy recoloured = theirs->labels();
    Label p = *recoloured.find(QStringLiteral("person"));
    p.colour = QColor(0x12, 0x34, 0x56);
    recoloured.insert(p);
    theirs->setLabels(recoloured);
    doc->undoStack()->push(new AddRegionsCommand(doc.get(), {labelled(QStringLiteral("person"))}));

    auto merged = SidecarPull::merge(*doc, base, SidecarWriter::write(*theirs), mSidecar);
    QVERIFY2(merged.ok(), qPrintable(merged.error().toString()));
    doc->undoStack()->push(merged->command.release());
    QVERIFY(!doc->region(protester.id));
    QVERIFY(!doc->labels().contains(QStringLiteral("protester")));
    QCOMPARE(doc->labels().find(QStringLiteral("person"))->colour, QColor(0x12, 0x34, 0x56));
    QVERIFY(doc->labels().contains(QStringLiteral("vehicle"))); // built in: stays
    doc->undoStack()->undo();
    QVERIFY(doc->labels().contains(QStringLiteral("protester")));
    QCOMPARE(doc->labels().find(QStringLiteral("person"))->colour, QColor(0xe6, 0x19, 0x4b));
}

void TestCollectionConflicts::anchorConflictTakesTheirs()
{
    auto doc = open();
    QVERIFY(doc);
    const QString text = doc->article().text;
    const CodePointIndex index(text);
    const qsizetype at = text.indexOf(QStringLiteral("container terminal"));
    TextAnchor anchor = makeTextAnchor(text, index, index.toCodePoints(at, at + 18));
    anchor.id = QUuid::createUuid();
    anchor.note = QStringLiteral("base");
    doc->undoStack()->push(new AddTextAnchorsCommand(doc.get(), {anchor}));
    QVERIFY(DocumentIO::save(*doc).ok());
    const QByteArray base = readAll(mSidecar);
    doc->undoStack()->push(
        new ChangeTextAnchorNoteCommand(doc.get(), anchor.id, QStringLiteral("mine")));
    auto theirs = open();
    QVERIFY(theirs);
    theirs->undoStack()->push(
        new ChangeTextAnchorNoteCommand(theirs.get(), anchor.id, QStringLiteral("theirs")));
    auto merged = SidecarPull::merge(*doc, base, SidecarWriter::write(*theirs), mSidecar);
    QVERIFY2(merged.ok(), qPrintable(merged.error().toString()));
    doc->undoStack()->push(merged->command.release());
    QCOMPARE(doc->anchor(anchor.id)->mergeConflicts.size(), 1);
    const QString field = doc->anchor(anchor.id)->mergeConflicts.first().field;
    QCOMPARE(field, QStringLiteral("body[purpose=commenting]"));

    auto take = SidecarPull::resolve(*doc, anchor.id, field, SidecarPull::Take::Theirs);
    QVERIFY2(take.ok(), qPrintable(take.error().toString()));
    doc->undoStack()->push(take.value().release());
    QCOMPARE(doc->anchor(anchor.id)->note, QStringLiteral("theirs"));
    QVERIFY(doc->anchor(anchor.id)->mergeConflicts.isEmpty());
    QVERIFY(doc->anchor(anchor.id)->range == anchor.range); // where it is here
    doc->undoStack()->undo();
    QCOMPARE(doc->anchor(anchor.id)->note, QStringLiteral("mine"));
    QCOMPARE(doc->anchor(anchor.id)->mergeConflicts.size(), 1);
}

QTEST_GUILESS_MAIN(TestCollectionConflicts)
#include "tst_collectionconflicts.moc"
