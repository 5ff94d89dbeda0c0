// SPDX-License-Identifier: MIT
// ArticleDocument's selection and the RegionChanges that regionChanged() reports.
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregionscommand.h"
#include "core/commands/markregionsreviewedcommand.h"
#include "core/document/articledocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace provena;

namespace {

Region square(double x)
{
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = 0;
    r.geometry = RegionGeometry::rectangle(QRectF(x, x, 10, 10));
    r.label = QStringLiteral("person");
    return r;
}

ArticleDocument::RegionChanges lastChange(const QSignalSpy &spy)
{
    return spy.last().at(1).value<ArticleDocument::RegionChanges>();
}

} // namespace

class TestDocumentSelection : public QObject
{
    Q_OBJECT

private slots:
    void selectionKeepsOnlyExistingRegions();
    void removedRegionsLeaveTheSelection();
    void regionChangedSaysWhat();
};

void TestDocumentSelection::selectionKeepsOnlyExistingRegions()
{
    ArticleDocument doc;
    const Region a = square(0);
    const Region b = square(20);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {a, b}));
    QSignalSpy changed(&doc, &ArticleDocument::selectedRegionsChanged);
    doc.setSelectedRegions({b.id, QUuid::createUuid(), b.id, a.id});
    QCOMPARE(doc.selectedRegions(), QList<QUuid>({b.id, a.id}));
    QCOMPARE(changed.size(), 1);
    doc.setSelectedRegions({b.id, a.id});
    QCOMPARE(changed.size(), 1); // no change, no signal
    QVERIFY(doc.isRegionSelected(a.id));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void TestDocumentSelection::removedRegionsLeaveTheSelection()
{
    ArticleDocument doc;
    const Region a = square(0);
    const Region b = square(20);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {a, b}));
    doc.setSelectedRegions({a.id, b.id});
    QSignalSpy changed(&doc, &ArticleDocument::selectedRegionsChanged);
    doc.undoStack()->push(new RemoveRegionsCommand(&doc, {a.id}));
    QCOMPARE(doc.selectedRegions(), QList<QUuid> {b.id});
    QVERIFY(!changed.isEmpty());
    doc.resetAnnotations({}, {});
    QVERIFY(doc.selectedRegions().isEmpty());
}

void TestDocumentSelection::regionChangedSaysWhat()
{
    ArticleDocument doc;
    Region a = square(0);
    a.needsReview = true;
    doc.undoStack()->push(new AddRegionsCommand(&doc, {a}));
    QSignalSpy changed(&doc, &ArticleDocument::regionChanged);
    doc.undoStack()->push(ChangeRegionsCommand::setNote(&doc, a.id, QStringLiteral("n")));
    QVERIFY(lastChange(changed).testFlag(ArticleDocument::RegionChange::Note));
    QVERIFY(!lastChange(changed).testFlag(ArticleDocument::RegionChange::Geometry));
    QVERIFY(!lastChange(changed).testFlag(ArticleDocument::RegionChange::Links));
    doc.undoStack()->push(ChangeRegionsCommand::relabel(&doc, {a.id}, QStringLiteral("vehicle")));
    QVERIFY(lastChange(changed).testFlag(ArticleDocument::RegionChange::Label));
    QVERIFY(!lastChange(changed).testFlag(ArticleDocument::RegionChange::Note));
    doc.undoStack()->push(new MarkRegionsReviewedCommand(&doc, {a.id}));
    QVERIFY(lastChange(changed).testFlag(ArticleDocument::RegionChange::Review));
    QVERIFY(!lastChange(changed).testFlag(ArticleDocument::RegionChange::Label));
}

QTEST_GUILESS_MAIN(TestDocumentSelection)
#include "tst_documentselection.moc"
