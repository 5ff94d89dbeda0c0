// SPDX-License-Identifier: MIT
#include "core/commands/markregionsreviewedcommand.h"
#include "core/document/articledocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace provena;

namespace {

QDateTime fixedTime(int seconds)
{
    return QDateTime(QDate(2025, 8, 14), QTime(9, 0, seconds), Qt::UTC);
}

Region region(bool needsReview)
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(1, 2, 30, 40));
    r.label = QStringLiteral("person");
    r.needsReview = needsReview;
    r.modified = fixedTime(0);
    return r;
}

} // namespace

class TestMarkRegionsReviewedCommand : public QObject
{
    Q_OBJECT

private slots:
    void clearsFlagAndUndoRestoresIt();
    void onlyFlaggedRegionsChange();
    void nothingFlaggedLeavesNoStep();
};

void TestMarkRegionsReviewedCommand::clearsFlagAndUndoRestoresIt()
{
    ArticleDocument doc;
    doc.setClock([] { return fixedTime(30); });
    const Region a = region(true);
    const Region b = region(true);
    doc.resetAnnotations({a, b}, {});
    QVERIFY(!doc.isModified());
    QSignalSpy changed(&doc, &ArticleDocument::regionChanged);

    doc.undoStack()->push(new MarkRegionsReviewedCommand(&doc, {a.id, b.id}));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Mark 2 Region(s) Reviewed"));
    QVERIFY(!doc.region(a.id)->needsReview);
    QVERIFY(!doc.region(b.id)->needsReview);
    QCOMPARE(doc.region(a.id)->modified, fixedTime(30));
    QCOMPARE(changed.size(), 2);
    QVERIFY(doc.isModified());

    doc.undoStack()->undo();
    QCOMPARE(*doc.region(a.id), a);
    QCOMPARE(*doc.region(b.id), b);
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    QVERIFY(!doc.region(a.id)->needsReview);
    QVERIFY(!doc.region(b.id)->needsReview);
}

void TestMarkRegionsReviewedCommand::onlyFlaggedRegionsChange()
{
    ArticleDocument doc;
    doc.setClock([] { return fixedTime(30); });
    const Region flagged = region(true);
    const Region clean = region(false);
    doc.resetAnnotations({flagged, clean}, {});
    auto *command
        = new MarkRegionsReviewedCommand(&doc, {flagged.id, clean.id, QUuid::createUuid()});
    QCOMPARE(command->count(), 1);
    doc.undoStack()->push(command);
    QVERIFY(!doc.region(flagged.id)->needsReview);
    // The region that needed nothing keeps its modification time.
    QCOMPARE(*doc.region(clean.id), clean);
}

void TestMarkRegionsReviewedCommand::nothingFlaggedLeavesNoStep()
{
    ArticleDocument doc;
    const Region clean = region(false);
    doc.resetAnnotations({clean}, {});
    doc.undoStack()->push(new MarkRegionsReviewedCommand(&doc, {clean.id}));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
    QCOMPARE(*doc.region(clean.id), clean);
}

QTEST_GUILESS_MAIN(TestMarkRegionsReviewedCommand)
#include "tst_markregionsreviewedcommand.moc"
