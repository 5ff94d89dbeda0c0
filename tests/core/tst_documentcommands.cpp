// SPDX-License-Identifier: MIT
// Commands on the document rather than on one region: attaching a local file to an image and
// replacing the label taxonomy.
#include "core/commands/addremoveregions.h"
#include "core/commands/attachimagefilecommand.h"
#include "core/commands/changelabelscommand.h"
#include "core/document/articledocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace provena;

namespace {

const QString kOldHash = QStringLiteral("a1").repeated(32);
const QString kNewHash = QStringLiteral("b2").repeated(32);

void setUpDocument(ArticleDocument &doc)
{
    Article article;
    article.text = QStringLiteral("Premier Tal Orsen inspects the crane.");
    article.images = {ImageRef(), ImageRef()};
    article.images[0].url = QStringLiteral("https://images.example/crane.jpg");
    article.images[1].url = QStringLiteral("https://images.example/port.jpg");
    article.images[1].localPath = QStringLiteral("/photos/port.jpg");
    doc.setArticle(article);
    ImageRecord record;
    record.sha256 = kOldHash;
    record.pixelSize = QSize(1600, 1067);
    record.extra.insert(QStringLiteral("x:kept"), 1);
    doc.setImageRecord(1, record);
}

Region regionOn(int image)
{
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = image;
    r.geometry = RegionGeometry::point(QPointF(1, 1));
    r.label = QStringLiteral("person");
    return r;
}

} // namespace

class TestDocumentCommands : public QObject
{
    Q_OBJECT

private slots:
    void attachSetsPathHashAndSizeAndUndoes();
    void attachToAnnotatedImageWithOtherContentFlagsIt();
    void attachSameFileIsNoStep();
    void changeLabelsReplacesAndUndoes();
    void changeLabelsToTheSameIsNoStep();
};

void TestDocumentCommands::attachSetsPathHashAndSizeAndUndoes()
{
    ArticleDocument doc;
    setUpDocument(doc);
    QSignalSpy changed(&doc, &ArticleDocument::imageFileChanged);
    const ImageRecord before = doc.imageRecord(0);
    QVERIFY(!doc.isModified());

    doc.undoStack()->push(new AttachImageFileCommand(&doc, 0, QStringLiteral("/photos/crane.jpg"),
                                                     kNewHash, QSize(4000, 3000)));
    QCOMPARE(doc.article().images.at(0).localPath, QStringLiteral("/photos/crane.jpg"));
    QCOMPARE(doc.imageRecord(0).sha256, kNewHash);
    QCOMPARE(doc.imageRecord(0).pixelSize, QSize(4000, 3000));
    QVERIFY(!doc.imageRecord(0).contentChanged); // no regions were drawn on it
    QVERIFY(doc.isModified());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toInt(), 0);
    QCOMPARE(doc.article().images.at(1).localPath, QStringLiteral("/photos/port.jpg"));
    QVERIFY(doc.undoStack()->undoText().contains(QLatin1String("Image 1")));

    doc.undoStack()->undo();
    QCOMPARE(doc.article().images.at(0).localPath, QString());
    QCOMPARE(doc.imageRecord(0), before);
    QVERIFY(!doc.isModified());
    QCOMPARE(changed.count(), 2);
    doc.undoStack()->redo();
    QCOMPARE(doc.imageRecord(0).sha256, kNewHash);
    QVERIFY(doc.isModified());
}

void TestDocumentCommands::attachToAnnotatedImageWithOtherContentFlagsIt()
{
    ArticleDocument doc;
    setUpDocument(doc);
    doc.undoStack()->push(new AddRegionsCommand(&doc, {regionOn(1)}));
    const ImageRecord before = doc.imageRecord(1);
    doc.undoStack()->push(new AttachImageFileCommand(&doc, 1, QStringLiteral("/other/port.jpg"),
                                                     kNewHash, QSize(800, 600)));
    const ImageRecord after = doc.imageRecord(1);
    QCOMPARE(after.sha256, kNewHash);
    QCOMPARE(after.pixelSize, QSize(800, 600));
    QVERIFY(after.contentChanged); // the regions were drawn on kOldHash
    QCOMPARE(after.recordedSha256, kOldHash);
    QCOMPARE(after.extra, before.extra); // unknown sidecar fields stay
    // Attaching the original file again: the content is what the regions were drawn on.
    doc.undoStack()->push(new AttachImageFileCommand(&doc, 1, QStringLiteral("/photos/port.jpg"),
                                                     kOldHash, QSize(1600, 1067)));
    QCOMPARE(doc.imageRecord(1), before);
    doc.undoStack()->undo();
    QCOMPARE(doc.imageRecord(1), after);
    doc.undoStack()->undo();
    QCOMPARE(doc.imageRecord(1), before);
    QCOMPARE(doc.article().images.at(1).localPath, QStringLiteral("/photos/port.jpg"));
}

void TestDocumentCommands::attachSameFileIsNoStep()
{
    ArticleDocument doc;
    setUpDocument(doc);
    auto *same = new AttachImageFileCommand(&doc, 1, QStringLiteral("/photos/port.jpg"), kOldHash,
                                            QSize(1600, 1067));
    QVERIFY(same->isObsolete());
    delete same;
    auto *outOfRange
        = new AttachImageFileCommand(&doc, 2, QStringLiteral("/x.jpg"), kNewHash, QSize(1, 1));
    QVERIFY(outOfRange->isObsolete());
    doc.undoStack()->push(outOfRange);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestDocumentCommands::changeLabelsReplacesAndUndoes()
{
    ArticleDocument doc;
    setUpDocument(doc);
    doc.setLabels(LabelTaxonomy::builtIn());
    const QList<Label> before = doc.labels().labels();
    QSignalSpy changed(&doc, &ArticleDocument::labelsChanged);
    LabelTaxonomy edited = doc.labels();
    edited.insert({QStringLiteral("tank"), QStringLiteral("Tank"), QColor(Qt::darkGreen), {}});
    Label person = *edited.find(QStringLiteral("person"));
    person.name = QStringLiteral("Individual");
    edited.insert(person);

    doc.undoStack()->push(new ChangeLabelsCommand(&doc, edited));
    QCOMPARE(doc.labels().labels(), edited.labels());
    QCOMPARE(doc.labels().find(QStringLiteral("person"))->name, QStringLiteral("Individual"));
    QVERIFY(doc.labels().contains(QStringLiteral("tank")));
    QVERIFY(doc.isModified());
    QCOMPARE(changed.count(), 1);

    doc.undoStack()->undo();
    QCOMPARE(doc.labels().labels(), before);
    QVERIFY(!doc.labels().contains(QStringLiteral("tank")));
    QVERIFY(!doc.isModified());
    QCOMPARE(changed.count(), 2);
    doc.undoStack()->redo();
    QCOMPARE(doc.labels().labels(), edited.labels());
}

void TestDocumentCommands::changeLabelsToTheSameIsNoStep()
{
    ArticleDocument doc;
    setUpDocument(doc);
    doc.undoStack()->push(new ChangeLabelsCommand(&doc, doc.labels()));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

QTEST_GUILESS_MAIN(TestDocumentCommands)
#include "tst_documentcommands.moc"
