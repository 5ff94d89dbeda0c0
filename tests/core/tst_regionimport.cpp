// SPDX-License-Identifier: MIT
// RegionImportPlanner: label mapping, unmapped labels, refusals and duplicates.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "core/model/regionimport.h"

#include <QTest>

using namespace provena;

namespace {

ImportedShape shape(const QRectF &rect, const QString &label, const QString &origin)
{
    ImportedShape s;
    s.geometry = RegionGeometry::rectangle(rect);
    s.label = label;
    s.origin = origin;
    return s;
}

void setUp(ArticleDocument &doc)
{
    Article article;
    article.text = QStringLiteral("A photo.");
    article.images.append(ImageRef {});
    doc.setArticle(article);
    ImageRecord record;
    record.pixelSize = QSize(200, 100);
    doc.setImageRecord(0, record);
    doc.setAuthor(QStringLiteral("Analyst A"));
}

} // namespace

class TestRegionImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsMapByIdNameAndMap()
    {
        ArticleDocument doc;
        setUp(doc);
        const QList<ImportedShape> shapes = {
            shape(QRectF(0, 0, 10, 10), QStringLiteral("Person"), QStringLiteral("shapes[0]")),
            shape(QRectF(10, 0, 10, 10), QStringLiteral("Face"), QStringLiteral("shapes[1]")),
            shape(QRectF(20, 0, 10, 10), QStringLiteral("car"), QStringLiteral("shapes[2]")),
            shape(QRectF(30, 0, 10, 10), QStringLiteral("tank"), QStringLiteral("shapes[3]")),
            shape(QRectF(40, 0, 10, 10), QStringLiteral("tank"), QStringLiteral("shapes[4]")),
        };
        const RegionImportPlan plan = RegionImportPlanner::plan(
            doc, 0, shapes, {{QStringLiteral("car"), QStringLiteral("vehicle")}});
        QCOMPARE(plan.regions.size(), 5);
        QCOMPARE(plan.regions.at(0).label, QStringLiteral("person"));
        QCOMPARE(plan.regions.at(1).label, QStringLiteral("person"));
        QCOMPARE(plan.regions.at(2).label, QStringLiteral("vehicle"));
        QCOMPARE(plan.regions.at(3).label, QString());
        QCOMPARE(plan.unmappedLabels.value(QStringLiteral("tank")), 2);
        QCOMPARE(plan.unmappedLabels.size(), 1);
        QCOMPARE(plan.regions.at(0).author, QStringLiteral("Analyst A"));
        QVERIFY(plan.regions.at(0).id != plan.regions.at(1).id);
    }

    void outsideShapesAreRefusedNotClipped()
    {
        ArticleDocument doc;
        setUp(doc);
        const RegionImportPlan plan
            = RegionImportPlanner::plan(doc, 0,
                                        {shape(QRectF(150, 50, 100, 10), QStringLiteral("person"),
                                               QStringLiteral("annotations[7]"))});
        QVERIFY(plan.regions.isEmpty());
        QCOMPARE(plan.refused.size(), 1);
        QVERIFY2(plan.refused.first().startsWith(QStringLiteral("annotations[7]: ")),
                 qPrintable(plan.refused.first()));
    }

    void importingTwiceAddsNothing()
    {
        ArticleDocument doc;
        setUp(doc);
        const QList<ImportedShape> shapes
            = {shape(QRectF(1, 2, 30, 40), QStringLiteral("person"), QStringLiteral("a")),
               shape(QRectF(1, 2, 30, 40), QStringLiteral("person"), QStringLiteral("b"))};
        const RegionImportPlan first = RegionImportPlanner::plan(doc, 0, shapes);
        QCOMPARE(first.regions.size(), 1); // the second shape repeats the first
        QCOMPARE(first.alreadyPresent, 1);
        doc.undoStack()->push(new AddRegionsCommand(&doc, first.regions));
        const RegionImportPlan second = RegionImportPlanner::plan(doc, 0, shapes);
        QVERIFY(second.regions.isEmpty());
        QCOMPARE(second.alreadyPresent, 2);

        ImportedShape own
            = shape(QRectF(5, 5, 5, 5), QStringLiteral("person"), QStringLiteral("c"));
        own.provenaRegionId = first.regions.first().id;
        // Another label mapping does not make the same outline a new region.
        ImportedShape relabelled = shapes.first();
        relabelled.label = QStringLiteral("vehicle");
        QCOMPARE(RegionImportPlanner::plan(doc, 0, {relabelled}).alreadyPresent, 1);
        QCOMPARE(RegionImportPlanner::plan(doc, 0, {own}).alreadyPresent, 1);
    }
};

QTEST_GUILESS_MAIN(TestRegionImport)
#include "tst_regionimport.moc"
