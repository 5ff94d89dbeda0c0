// SPDX-License-Identifier: MIT
#include "core/commands/addremoveclaims.h"
#include "core/commands/addremoveregions.h"
#include "core/commands/assessimagecommands.h"
#include "core/commands/changeregionscommand.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "session/documentio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

Q_DECLARE_METATYPE(provena::ImageRecord::Problem)

namespace {

const QString kArticle = QStringLiteral(
    "# Premier inspects rebuilt harbour crane\n\n"
    "![Premier Tal Orsen at the port.](photos/plain.png)\n\n"
    "Premier Tal Orsen toured the rebuilt container terminal at the Port of Elvhaven on "
    "Wednesday, 김정은 \U0001F600 reported.\n\n"
    "![Cargo ships wait outside the port.](photos/orientation6.jpg)\n\n"
    "Orsen was last seen in public on July 24, when he attended a naval parade.\n");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestDocumentIO : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sidecarPath();
    void openWithoutSidecar();
    void saveAndReopen();
    void loadAndSaveUnchangedKeepsBytes();
    void backupKeepsPreviousVersion();
    void unchangedSaveKeepsFileTimesAndBackup();
    void refusesToOverwriteBrokenSidecar();
    void malformedSidecarsAreLeftAlone_data();
    void malformedSidecarsAreLeftAlone();
    void reanchorsWhenArticleChanges();
    void flagsChangedImages();
    void deferredHashesGiveTheSameDocument();
    void unknownFieldsSurviveEverywhere();
    void unknownFieldsSurviveAnEdit();
    void outsideImagesAreNotReadUnlessAllowed();
    void onlyImagesAreHashed_data();
    void onlyImagesAreHashed();
    void missingImageKeepsWhatWasKnown_data();
    void missingImageKeepsWhatWasKnown();
    void provenanceSurvivesSaveAndReopen();
    void provenanceFollowsItsImageWhenTheArticleChanges();
    void provenanceOfAnImageTheArticleDropsIsKept();
    void versionOneSidecarOpensAndSavesAsVersionTwo();

private:
    /**
     * Puts tests/data/sidecar/hangul-emoji.md, photo.png and unknown-fields.provena.jsonld (the
     * documented example with unknown keys at every level, two foreign annotations) in the
     * temporary folder; returns the article path.
     */
    QString copyUnknownFieldsFixture(QByteArray *sidecarBytes);
    /** Adds a rectangle on image 0 linked to "Tal Orsen", and an ellipse on image 1. */
    void annotate(ArticleDocument &doc);

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
};

void TestDocumentIO::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QDir(mDir->path()).mkdir(QStringLiteral("photos"));
    for (const char *name : {"plain.png", "orientation6.jpg"}) {
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name),
                            mDir->filePath(QStringLiteral("photos/")) + QLatin1String(name)));
    }
    mArticle = mDir->filePath(QStringLiteral("story.md"));
    writeAll(mArticle, kArticle.toUtf8());
}

void TestDocumentIO::annotate(ArticleDocument &doc)
{
    doc.setAuthor(QStringLiteral("Analyst A"));
    doc.setClock([] { return QDateTime(QDate(2025, 8, 14), QTime(9, 0), Qt::UTC); });
    Region a;
    a.id = QUuid::createUuid();
    a.imageIndex = 0;
    a.geometry = RegionGeometry::rectangle(QRectF(4, 5, 20.5, 10));
    a.label = QStringLiteral("person");
    Region b;
    b.id = QUuid::createUuid();
    b.imageIndex = 1;
    b.geometry = RegionGeometry::ellipse(QRectF(10, 10, 100, 150));
    b.label = QStringLiteral("vehicle");
    doc.undoStack()->push(new AddRegionsCommand(&doc, {a, b}));
    const CodePointIndex index(doc.article().text);
    for (const QString &quote : {QStringLiteral("Tal Orsen"), QStringLiteral("naval parade"),
                                 QStringLiteral("김정은 \U0001F600")}) {
        const TextRange range = findOccurrence(doc.article().text, index, quote);
        QVERIFY(range.isValid());
        doc.undoStack()->push(new LinkRegionToTextCommand(
            &doc, a.id, makeTextAnchor(doc.article().text, index, range)));
    }
}

void TestDocumentIO::sidecarPath()
{
    QCOMPARE(DocumentIO::sidecarPathFor(QStringLiteral("/a/story.txt")),
             QStringLiteral("/a/story.txt.provena.jsonld"));
}

void TestDocumentIO::openWithoutSidecar()
{
    OpenReport report;
    auto doc = DocumentIO::open(mArticle, &report);
    QVERIFY2(doc.ok(), qPrintable(doc.error().toString()));
    QVERIFY(!report.sidecarFound);
    QVERIFY(!doc.value()->isModified());
    QCOMPARE(doc.value()->article().images.size(), 2);
    QCOMPARE(doc.value()->imageRecord(0).pixelSize, QSize(64, 48));
    // EXIF orientation 6: stored 300x200, shown 200x300.
    QCOMPARE(doc.value()->imageRecord(1).pixelSize, QSize(200, 300));
    QCOMPARE(doc.value()->imageRecord(0).sha256.size(), 64);
    QCOMPARE(doc.value()->articleSha256().size(), 64);
}

void TestDocumentIO::saveAndReopen()
{
    auto doc = DocumentIO::open(mArticle);
    QVERIFY(doc.ok());
    annotate(*doc.value());
    QVERIFY(doc.value()->isModified());
    const Status saved = DocumentIO::save(*doc.value());
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY(!doc.value()->isModified());
    QVERIFY(QFile::exists(mArticle + QStringLiteral(".provena.jsonld")));

    OpenReport report;
    auto again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QVERIFY(report.sidecarFound);
    QVERIFY2(report.isClean(), "nothing changed, nothing to report");
    QVERIFY(!again.value()->isModified());
    QCOMPARE(again.value()->regions(), doc.value()->regions());
    QCOMPARE(again.value()->anchors(), doc.value()->anchors());
    const auto content = SidecarReader::readFile(mArticle + QStringLiteral(".provena.jsonld"));
    QVERIFY(content.ok());
    QCOMPARE(content->articleLocalPath, QStringLiteral("story.md"));
    QCOMPARE(content->images.at(1).localPath, QStringLiteral("photos/orientation6.jpg"));
    QCOMPARE(content->articleEncoding, QStringLiteral("UTF-8"));
}

void TestDocumentIO::loadAndSaveUnchangedKeepsBytes()
{
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const QString sidecar = mArticle + QStringLiteral(".provena.jsonld");
    const QByteArray first = readAll(sidecar);
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    QCOMPARE(readAll(sidecar), first);
    auto again = DocumentIO::open(mArticle);
    QVERIFY(DocumentIO::save(*again.value()).ok());
    QCOMPARE(readAll(sidecar), first);
}

void TestDocumentIO::backupKeepsPreviousVersion()
{
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const QString sidecar = mArticle + QStringLiteral(".provena.jsonld");
    const QByteArray v1 = readAll(sidecar);
    doc.value()->undoStack()->undo();
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    QCOMPARE(readAll(sidecar + QLatin1Char('~')), v1);
    QVERIFY(readAll(sidecar) != v1);
}

void TestDocumentIO::unchangedSaveKeepsFileTimesAndBackup()
{
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    doc.value()->undoStack()->undo();
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const QString sidecar = mArticle + QStringLiteral(".provena.jsonld");
    const QString backup = sidecar + DocumentIO::backupSuffix();
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2).addMSecs(-321);
    for (const QString &path : {sidecar, backup}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const QByteArray backupBytes = readAll(backup);
    // The same content from the open document and from a fresh open: nothing is written.
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    QVERIFY(!doc.value()->isModified());
    auto again = DocumentIO::open(mArticle);
    QVERIFY(DocumentIO::save(*again.value()).ok());
    const DocumentIO::WriteOutcome outcome = DocumentIO::writeSidecar(*again.value(), sidecar);
    QVERIFY(outcome.status.ok());
    QVERIFY(outcome.unchanged);
    for (const QString &path : {sidecar, backup})
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), past);
    QCOMPARE(readAll(backup), backupBytes);
}

void TestDocumentIO::refusesToOverwriteBrokenSidecar()
{
    const QString sidecar = mArticle + QStringLiteral(".provena.jsonld");
    const QByteArray broken
        = "{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n  \"first\": {\n";
    writeAll(sidecar, broken);
    OpenReport report;
    auto doc = DocumentIO::open(mArticle, &report);
    QVERIFY(doc.ok());
    QVERIFY(report.sidecarUnreadable);
    QCOMPARE(report.sidecarError.path, sidecar);
    QVERIFY(report.sidecarError.line >= 3);
    QVERIFY(doc.value()->sidecarUnreadable());
    annotate(*doc.value());
    const Status refused = DocumentIO::save(*doc.value());
    QVERIFY(!refused.ok());
    QCOMPARE(readAll(sidecar), broken);
    QVERIFY(!QFile::exists(sidecar + QLatin1Char('~')));

    QString copy;
    const Status saved = DocumentIO::saveKeepingBrokenCopy(*doc.value(), &copy);
    QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
    QVERIFY(copy.startsWith(sidecar + QStringLiteral(".broken-")));
    QCOMPARE(readAll(copy), broken);
    QVERIFY(SidecarReader::readFile(sidecar).ok());
}

void TestDocumentIO::malformedSidecarsAreLeftAlone_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected"); // in the error text
    QTest::newRow("truncated") << QByteArray() << QByteArray() << QStringLiteral(":");
    QTest::newRow("wrong type") << QByteArray("\"pixelWidth\": 64")
                                << QByteArray("\"pixelWidth\": \"64\"")
                                << QStringLiteral("annotatedImages[0].pixelWidth");
    QTest::newRow("negative size")
        << QByteArray("\"pixelWidth\": 64") << QByteArray("\"pixelWidth\": -64")
        << QStringLiteral("annotatedImages[0].pixelWidth");
    QTest::newRow("huge number") << QByteArray("\"pixelHeight\": 48")
                                 << QByteArray("\"pixelHeight\": 1e308")
                                 << QStringLiteral("annotatedImages[0].pixelHeight");
    QTest::newRow("10 MB note") << QByteArray("\"value\": \"person\"")
                                << QByteArray("\"value\": \"") + QByteArray(10 << 20, 'x') + '"'
                                << QStringLiteral(".body[0].value");
    QTest::newRow("duplicate id") << QByteArray("DUPLICATE") << QByteArray()
                                  << QStringLiteral("is used twice");
}

void TestDocumentIO::malformedSidecarsAreLeftAlone()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const QString sidecar = mArticle + QStringLiteral(".provena.jsonld");
    QByteArray bytes = readAll(sidecar);
    if (from.isEmpty()) {
        bytes.truncate(bytes.size() * 2 / 3);
    } else if (from == "DUPLICATE") {
        // Give the second text anchor the first one's id.
        const QRegularExpression ids(QStringLiteral("\"id\": \"(urn:uuid:[0-9a-f-]+)\""));
        QStringList found;
        for (auto it = ids.globalMatch(QString::fromUtf8(bytes)); it.hasNext();)
            found << it.next().captured(1);
        QVERIFY(found.size() > 3);
        bytes.replace(found.at(2).toUtf8(), found.at(1).toUtf8());
    } else {
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
    }
    writeAll(sidecar, bytes);
    QFile::remove(sidecar + QLatin1Char('~'));

    OpenReport report;
    auto again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QVERIFY(report.sidecarUnreadable);
    QCOMPARE(report.sidecarError.path, sidecar);
    QVERIFY2(report.sidecarError.toString().contains(expected),
             qPrintable(report.sidecarError.toString().left(300)));
    if (from.isEmpty()) // a syntax error: file, line and column
        QVERIFY(report.sidecarError.line > 1 && report.sidecarError.column > 0);
    annotate(*again.value());
    QVERIFY(!DocumentIO::save(*again.value()).ok());
    QCOMPARE(readAll(sidecar), bytes);
    QVERIFY(!QFile::exists(sidecar + QLatin1Char('~')));
}

void TestDocumentIO::reanchorsWhenArticleChanges()
{
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    QString changed = kArticle;
    changed.replace(QStringLiteral("# Premier"), QStringLiteral("# UPDATED: Premier"));
    changed.replace(QStringLiteral("naval parade"), QStringLiteral("naval  parades"));
    changed.replace(QStringLiteral("김정은 \U0001F600"), QStringLiteral("somebody"));
    writeAll(mArticle, changed.toUtf8());

    OpenReport report;
    auto again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QVERIFY(report.articleChanged);
    QCOMPARE(report.reanchored.size(), 2);
    QCOMPARE(report.reanchored.at(0).status, TextAnchor::Status::Moved);
    QCOMPARE(report.reanchored.at(1).status, TextAnchor::Status::Fuzzy);
    QCOMPARE(report.orphaned.size(), 1);
    QCOMPARE(again.value()->anchors().size(), 3); // the orphan is kept
    QVERIFY(again.value()->isModified());
    QVERIFY(DocumentIO::save(*again.value()).ok());
    OpenReport second;
    auto third = DocumentIO::open(mArticle, &second);
    QCOMPARE(second.reanchored.size(), 0);
    QCOMPARE(second.orphaned.size(), 1);
    QCOMPARE(third.value()->anchors().size(), 3);
}

void TestDocumentIO::flagsChangedImages()
{
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    QFile::remove(mDir->filePath(QStringLiteral("photos/plain.png")));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.gif"),
                        mDir->filePath(QStringLiteral("photos/plain.png"))));
    OpenReport report;
    auto again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QCOMPARE(report.changedImages, QList<int>({0}));
    QVERIFY(again.value()->imageRecord(0).contentChanged);
    QCOMPARE(again.value()->regions().size(), 2);
    QVERIFY(again.value()->regions().at(0).needsReview);
    QVERIFY(!again.value()->regions().at(1).needsReview);
}

void TestDocumentIO::deferredHashesGiveTheSameDocument()
{
    auto doc = DocumentIO::open(mArticle);
    annotate(*doc.value());
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const QString recorded = doc.value()->imageRecord(0).sha256;
    QFile::remove(mDir->filePath(QStringLiteral("photos/plain.png")));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.gif"),
                        mDir->filePath(QStringLiteral("photos/plain.png"))));

    // Nothing hashed while opening: both images are left for later.
    OpenReport report;
    QList<PendingImageHash> pending;
    auto deferred = DocumentIO::openDeferringImageHashes(mArticle, &report, {}, &pending, 0);
    QVERIFY(deferred.ok());
    ArticleDocument &d = *deferred.value();
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.at(0).index, 0);
    QCOMPARE(pending.at(0).expectedSha256, recorded);
    QCOMPARE(pending.at(0).regions.size(), 1);
    // Until then the recorded hash stands (a save meanwhile keeps it), nothing is flagged yet,
    // and the displayed size is known from the header.
    QCOMPARE(d.imageRecord(0).sha256, recorded);
    QVERIFY(!d.imageRecord(0).contentChanged);
    QVERIFY(d.imageRecord(1).pixelSize.isValid());
    QVERIFY(report.changedImages.isEmpty());
    QVERIFY(!d.regions().at(0).needsReview);
    QVERIFY(!d.isModified());

    DocumentIO::hashImages(pending);
    QVERIFY(DocumentIO::applyImageHashes(d, pending, &report));
    QCOMPARE(report.changedImages, QList<int>({0}));

    // The same as open(), which takes this very path and waits.
    OpenReport syncReport;
    auto sync = DocumentIO::open(mArticle, &syncReport);
    QVERIFY(sync.ok());
    QCOMPARE(syncReport.changedImages, report.changedImages);
    QCOMPARE(d.imageRecords(), sync.value()->imageRecords());
    QVERIFY(d.imageRecord(0).contentChanged);
    QCOMPARE(d.imageRecord(0).recordedSha256, recorded);
    QCOMPARE(d.regions().size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(d.regions().at(i).needsReview, sync.value()->regions().at(i).needsReview);
    QVERIFY(d.regions().at(0).needsReview);
    QVERIFY(!d.regions().at(1).needsReview);
    QCOMPARE(d.isModified(), sync.value()->isModified());
    QVERIFY(d.isModified());
}

namespace {

/** Claims for `doc`'s image `image` pushed as commands: a creator, a releasing agency, a
 *  rejected suggestion; then a pillar and a verdict. */
void recordProvenance(ArticleDocument &doc, int image)
{
    doc.setAuthor(QStringLiteral("Analyst A"));
    doc.setClock([] { return QDateTime(QDate(2025, 8, 14), QTime(9, 30), Qt::UTC); });
    ProvenanceClaim creator;
    creator.role = ClaimRole::Creator;
    creator.agent.name = QStringLiteral("Jane Roe");
    creator.agent.kind = AgentKind::Person;
    creator.evidence
        = {Evidence::metadataField(QStringLiteral("Exif.Image.Artist"), QStringLiteral("Jane Roe")),
           Evidence::image(1 - image)};
    ProvenanceClaim releaser;
    releaser.role = ClaimRole::ReleasingAgency;
    releaser.agent.name = QStringLiteral("Korean Central News Agency");
    releaser.agent.abbreviations = {QStringLiteral("KCNA"), QStringLiteral("조선중앙통신")};
    releaser.agent.kind = AgentKind::StateMedia;
    releaser.date = QStringLiteral("2025-08-13T06:00:00Z");
    releaser.evidence = {Evidence::textSpan(TextRange {10, 19}, QStringLiteral("Tal Orsen"))};
    ProvenanceClaim rejected;
    rejected.role = ClaimRole::Creator;
    rejected.status = ClaimStatus::Rejected;
    rejected.agent.name = QStringLiteral("Someone Else");
    rejected.suggestionKey = QStringLiteral("exif:creator:someone-else");
    doc.undoStack()->push(new AddClaimsCommand(&doc, image, {creator, releaser, rejected}));
    PillarAssessment source;
    source.status = PillarAssessment::Status::Supports;
    source.note = QStringLiteral("Agency photo.");
    doc.undoStack()->push(new SetPillarAssessmentCommand(&doc, image, Pillar::Source, source));
    Verdict verdict;
    verdict.value = Verdict::Value::Corroborated;
    verdict.confidence = 0.8;
    verdict.rationale = QStringLiteral("Caption and metadata agree.");
    doc.undoStack()->push(new SetVerdictCommand(&doc, image, verdict));
}

} // namespace

void TestDocumentIO::provenanceSurvivesSaveAndReopen()
{
    auto doc = DocumentIO::open(mArticle);
    QVERIFY(doc.ok());
    recordProvenance(*doc.value(), 1);
    const QList<ImageProvenance> recorded = doc.value()->provenance();
    QCOMPARE(recorded.value(1).claims.size(), 3);
    QVERIFY(recorded.value(1).verdict.isDecided());
    QVERIFY(doc.value()->isModified());
    // What a background save serialises carries the provenance too.
    QCOMPARE(SidecarWriter::write(*DocumentIO::snapshot(*doc.value())),
             SidecarWriter::write(*doc.value()));
    QVERIFY(DocumentIO::save(*doc.value()).ok());

    OpenReport report;
    auto again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QVERIFY(report.isClean());
    QVERIFY(!again.value()->isModified());
    QCOMPARE(again.value()->provenance().size(), 2);
    QVERIFY(again.value()->imageProvenance(0).isEmpty());
    QCOMPARE(again.value()->imageProvenance(1), recorded.value(1));
    const QJsonObject image = QJsonDocument::fromJson(readAll(DocumentIO::sidecarPathFor(mArticle)))
                                  .object()
                                  .value(u"annotatedImages")
                                  .toArray()
                                  .at(1)
                                  .toObject();
    QVERIFY(image.contains(u"provenance"));
    QVERIFY(image.contains(u"prov:wasAttributedTo"));

    // Undo on the reopened document works on what was read.
    again.value()->undoStack()->clear();
    recordProvenance(*again.value(), 0);
    QVERIFY(!again.value()->imageProvenance(0).isEmpty());
    again.value()->undoStack()->undo();
    again.value()->undoStack()->undo();
    again.value()->undoStack()->undo();
    QVERIFY(again.value()->imageProvenance(0).isEmpty());
    QCOMPARE(again.value()->imageProvenance(1), recorded.value(1));
}

void TestDocumentIO::provenanceFollowsItsImageWhenTheArticleChanges()
{
    auto doc = DocumentIO::open(mArticle);
    QVERIFY(doc.ok());
    recordProvenance(*doc.value(), 1); // its creator's image evidence names image 0
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const ImageProvenance recorded = doc.value()->imageProvenance(1);

    // The second image moves first: its record and the evidence pointing at the other follow.
    QString text = kArticle;
    const QString first = QStringLiteral("![Premier Tal Orsen at the port.](photos/plain.png)");
    const QString second
        = QStringLiteral("![Cargo ships wait outside the port.](photos/orientation6.jpg)");
    text.replace(first, QStringLiteral("@@"))
        .replace(second, first)
        .replace(QStringLiteral("@@"), second);
    writeAll(mArticle, text.toUtf8());
    auto again = DocumentIO::open(mArticle);
    QVERIFY(again.ok());
    QVERIFY(again.value()->isModified());
    QVERIFY(again.value()->imageProvenance(1).isEmpty());
    const ImageProvenance moved = again.value()->imageProvenance(0);
    QCOMPARE(moved.claims.size(), 3);
    QCOMPARE(moved.claims.at(0).evidence.at(1).imageIndex, 1);
    QCOMPARE(moved.verdict, recorded.verdict);
}

void TestDocumentIO::provenanceOfAnImageTheArticleDropsIsKept()
{
    auto doc = DocumentIO::open(mArticle);
    QVERIFY(doc.ok());
    recordProvenance(*doc.value(), 1);
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const ImageProvenance recorded = doc.value()->imageProvenance(1);

    // The article no longer shows the second image: its record stays with it, after the
    // article's images, as its regions would, and is saved again.
    QString text = kArticle;
    text.remove(QStringLiteral("![Cargo ships wait outside the port.](photos/orientation6.jpg)"));
    writeAll(mArticle, text.toUtf8());
    OpenReport report;
    auto again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QCOMPARE(report.missingImages, QList<int>({1}));
    QCOMPARE(again.value()->article().images.size(), 1);
    QCOMPARE(again.value()->imageProvenance(1), recorded);
    QVERIFY(DocumentIO::save(*again.value()).ok());
    auto third = DocumentIO::open(mArticle);
    QVERIFY(third.ok());
    QCOMPARE(third.value()->imageProvenance(1), recorded);
}

void TestDocumentIO::versionOneSidecarOpensAndSavesAsVersionTwo()
{
    const QString data = QStringLiteral(PROVENA_TEST_DATA "/sidecar/");
    const QString article = mDir->filePath(QStringLiteral("hangul-emoji.md"));
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(data + QLatin1String(name), mDir->filePath(QLatin1String(name))));
    const QString sidecar = DocumentIO::sidecarPathFor(article);
    QVERIFY(QFile::copy(data + QStringLiteral("v1-unknown-fields.provena.jsonld"), sidecar));
    QFile::setPermissions(sidecar, QFile::ReadOwner | QFile::WriteOwner);

    OpenReport report;
    auto doc = DocumentIO::open(article, &report);
    QVERIFY(doc.ok());
    QVERIFY2(!report.sidecarUnreadable, qPrintable(report.sidecarError.toString()));
    QCOMPARE(doc.value()->regions().size(), 2);
    QCOMPARE(doc.value()->anchors().size(), 2);
    const QList<Region> regions = doc.value()->regions();
    const QList<TextAnchor> anchors = doc.value()->anchors();
    // Saving writes version 2 (the file differs, so it is written although nothing was edited).
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const QByteArray saved = readAll(sidecar);
    QVERIFY(saved.contains("\"schemaVersion\": 2,"));
    QVERIFY(saved.contains("https://w3id.org/provena/ns#"));
    QVERIFY(!saved.contains("https://provena.example.org/ns/sidecar#"));
    QVERIFY(readAll(sidecar + DocumentIO::backupSuffix()).contains("\"schemaVersion\": 1,"));

    auto again = DocumentIO::open(article);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->regions(), regions);
    QCOMPARE(again.value()->anchors(), anchors);
}

QString TestDocumentIO::copyUnknownFieldsFixture(QByteArray *sidecarBytes)
{
    const QString data = QStringLiteral(PROVENA_TEST_DATA "/sidecar/");
    const QString article = mDir->filePath(QStringLiteral("hangul-emoji.md"));
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QFile::copy(data + QLatin1String(name), mDir->filePath(QLatin1String(name)));
    *sidecarBytes = readAll(data + QStringLiteral("unknown-fields.provena.jsonld"));
    writeAll(DocumentIO::sidecarPathFor(article), *sidecarBytes);
    return article;
}

void TestDocumentIO::unknownFieldsSurviveEverywhere()
{
    QByteArray input;
    const QString article = copyUnknownFieldsFixture(&input);
    QVERIFY(!input.isEmpty());
    OpenReport report;
    auto doc = DocumentIO::open(article, &report);
    QVERIFY(doc.ok());
    QVERIFY2(!report.sidecarUnreadable, qPrintable(report.sidecarError.toString()));
    QVERIFY(report.isClean());
    QVERIFY(!doc.value()->isModified());
    QCOMPARE(doc.value()->regions().size(), 2);
    QCOMPARE(doc.value()->anchors().size(), 2);
    QCOMPARE(doc.value()->regions().at(0).author, QStringLiteral("Analyst A"));
    const Region *crane
        = doc.value()->region(QUuid::fromString(u"bc7cba74-40ce-424e-90ad-50489d98313b"));
    QVERIFY(crane);
    QCOMPARE(crane->entity.name, QStringLiteral("Crane 7"));
    // The provenance record, with unknown keys in it, and a newer Provena's evidence kind.
    QCOMPARE(doc.value()->imageProvenance(0).claims.size(), 6);
    QCOMPARE(doc.value()->imageProvenance(0).claims.at(1).extra.value(u"provena:weight").toInt(),
             3);

    const QByteArray output = SidecarWriter::write(*doc.value());
    QCOMPARE(QJsonDocument::fromJson(output), QJsonDocument::fromJson(input));
    QCOMPARE(output, input); // the fixture is in the writer's own layout

    // Saving changes nothing on disk either.
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    QCOMPARE(readAll(DocumentIO::sidecarPathFor(article)), input);
}

void TestDocumentIO::unknownFieldsSurviveAnEdit()
{
    QByteArray input;
    const QString article = copyUnknownFieldsFixture(&input);
    auto opened = DocumentIO::open(article);
    QVERIFY(opened.ok());
    ArticleDocument &doc = *opened.value();
    const QDateTime stamp(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC);
    doc.setClock([stamp] { return stamp; });
    // The person region (the other is a vehicle already).
    const QUuid first = QUuid::fromString(u"ee73cda2-4ba6-4e6a-9559-abee80211e87");
    QCOMPARE(doc.region(first)->label, QStringLiteral("person"));
    doc.undoStack()->push(ChangeRegionsCommand::setNote(&doc, first, QStringLiteral("Edited")));
    doc.undoStack()->push(ChangeRegionsCommand::relabel(&doc, {first}, QStringLiteral("vehicle")));
    QVERIFY(DocumentIO::save(doc).ok());

    // Expected: the input with exactly the edited values changed, every unknown key in place.
    QJsonObject expected = QJsonDocument::fromJson(input).object();
    QJsonObject page = expected.value(u"first").toObject();
    QJsonArray items = page.value(u"items").toArray();
    const QString firstIri = QStringLiteral("urn:uuid:") + first.toString(QUuid::WithoutBraces);
    bool found = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject a = items.at(i).toObject();
        if (a.value(u"id") != firstIri)
            continue;
        found = true;
        QJsonArray bodies = a.value(u"body").toArray();
        for (qsizetype j = 0; j < bodies.size(); ++j) {
            QJsonObject b = bodies.at(j).toObject();
            if (b.value(u"purpose") == QLatin1String("describing"))
                b.insert(QStringLiteral("value"), QStringLiteral("Edited"));
            if (b.value(u"purpose") == QLatin1String("tagging"))
                b.insert(QStringLiteral("value"), QStringLiteral("vehicle"));
            bodies[j] = b;
        }
        a.insert(QStringLiteral("body"), bodies);
        a.insert(QStringLiteral("modified"), QStringLiteral("2026-12-01T10:30:00Z"));
        items[i] = a;
    }
    QVERIFY(found);
    page.insert(QStringLiteral("items"), items);
    expected.insert(QStringLiteral("first"), page);
    // "person" is no longer used, so only "vehicle" is defined.
    QJsonArray labels = expected.value(u"labels").toArray();
    for (qsizetype i = labels.size() - 1; i >= 0; --i)
        if (labels.at(i).toObject().value(u"id").toString() == QLatin1String("person"))
            labels.removeAt(i);
    QCOMPARE(labels.size(), 1);
    expected.insert(QStringLiteral("labels"), labels);

    const QJsonObject saved
        = QJsonDocument::fromJson(readAll(DocumentIO::sidecarPathFor(article))).object();
    if (saved != expected) {
        QFile out(mDir->filePath(QStringLiteral("expected.json")));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(expected).toJson());
        qWarning("saved: %s", readAll(DocumentIO::sidecarPathFor(article)).constData());
    }
    QCOMPARE(saved, expected);
    // The region's own unknown keys, spot-checked by name.
    QJsonObject region;
    for (const QJsonValue &item : saved.value(u"first").toObject().value(u"items").toArray())
        if (item.toObject().value(u"id").toString() == firstIri)
            region = item.toObject();
    QCOMPARE(region.value(u"id").toString(), firstIri);
    QVERIFY(region.contains(u"generator"));
    QCOMPARE(region.value(u"creator").toObject().value(u"email").toString(),
             QStringLiteral("a@example.org"));
    QCOMPARE(
        region.value(u"target").toObject().value(u"selector").toObject().value(u"x:selectorNote"),
        QJsonValue(QStringLiteral("FragmentSelector")));

    // Undo back to the file's state: byte-identical again.
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(SidecarWriter::write(doc), input);
}

void TestDocumentIO::outsideImagesAreNotReadUnlessAllowed()
{
    // mDir/article/story.md references mDir/outside.png (an image) by "../" and by absolute path.
    QVERIFY(QDir(mDir->path()).mkdir(QStringLiteral("article")));
    const QString outside = mDir->filePath(QStringLiteral("outside.png"));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"), outside));
    const QString article = mDir->filePath(QStringLiteral("article/story.md"));
    writeAll(article,
             QStringLiteral("# Outside\n\n![One.](../outside.png)\n\n![Two.](%1)\n\nText.\n")
                 .arg(outside)
                 .toUtf8());

    OpenReport report;
    auto doc = DocumentIO::open(article, &report);
    QVERIFY(doc.ok());
    QCOMPARE(report.imageProblems.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const ImageRecord &record = doc.value()->imageRecord(i);
        QCOMPARE(record.problem, ImageRecord::Problem::OutsideFolder);
        QVERIFY2(record.sha256.isEmpty(), "an image outside the folder is not hashed");
        QVERIFY(!record.pixelSize.isValid());
        QCOMPARE(record.problemPath, outside);
        QVERIFY(record.problemDetail.contains(outside));
        QVERIFY(doc.value()->article().images.at(i).localPath.isEmpty());
        QCOMPARE(report.imageProblems.at(i).problem, ImageRecord::Problem::OutsideFolder);
    }
    QVERIFY(!report.isClean());
    // Saving writes no hash of the outside file.
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const auto written = SidecarReader::readFile(article + QStringLiteral(".provena.jsonld"));
    QVERIFY(written.ok());
    QVERIFY(written->images.at(0).record.sha256.isEmpty());

    ReadOptions allow;
    allow.allowImagesOutsideFolder = true;
    OpenReport allowedReport;
    auto allowed = DocumentIO::open(article, &allowedReport, allow);
    QVERIFY(allowed.ok());
    QVERIFY(allowedReport.imageProblems.isEmpty());
    for (int i = 0; i < 2; ++i) {
        const ImageRecord &record = allowed.value()->imageRecord(i);
        QCOMPARE(record.problem, ImageRecord::Problem::None);
        QCOMPARE(record.sha256.size(), 64);
        QVERIFY(record.pixelSize.isValid());
        QCOMPARE(allowed.value()->article().images.at(i).location,
                 ImageRef::Location::OutsideFolder);
        QCOMPARE(allowed.value()->article().images.at(i).localPath, outside);
    }

    // Allowed, they are hashed like the images inside: later, off the thread that shows them.
    OpenReport deferredReport;
    QList<PendingImageHash> pending;
    auto deferred
        = DocumentIO::openDeferringImageHashes(article, &deferredReport, allow, &pending, 0);
    QVERIFY(deferred.ok());
    QCOMPARE(pending.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(pending.at(i).path, outside);
        QVERIFY(deferred.value()->imageRecord(i).sha256.isEmpty());
        QVERIFY(deferred.value()->imageRecord(i).pixelSize.isValid());
    }
    DocumentIO::hashImages(pending);
    DocumentIO::applyImageHashes(*deferred.value(), pending, &deferredReport);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(deferred.value()->imageRecord(i).sha256, allowed.value()->imageRecord(i).sha256);
}

void TestDocumentIO::onlyImagesAreHashed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ImageRecord::Problem>("problem");
    QTest::newRow("text file") << QStringLiteral("text") << ImageRecord::Problem::NotAnImage;
    QTest::newRow("empty file") << QStringLiteral("empty") << ImageRecord::Problem::NotAnImage;
    QTest::newRow("folder") << QStringLiteral("folder") << ImageRecord::Problem::Unreadable;
#ifdef Q_OS_UNIX
    QTest::newRow("fifo") << QStringLiteral("fifo") << ImageRecord::Problem::Unreadable;
#endif
#ifdef Q_OS_LINUX
    // Opens, but reading fails (EIO); a link out of the folder, so only read when allowed.
    QTest::newRow("/proc/self/mem") << QStringLiteral("mem") << ImageRecord::Problem::Unreadable;
#endif
}

void TestDocumentIO::onlyImagesAreHashed()
{
    QFETCH(QString, kind);
    QFETCH(ImageRecord::Problem, problem);
    const QString image = mDir->filePath(QStringLiteral("photos/plain.png"));
    QVERIFY(QFile::remove(image));
    if (kind == QLatin1String("text"))
        writeAll(image, "root:x:0:0:root:/root:/bin/bash\n");
    else if (kind == QLatin1String("empty"))
        writeAll(image, {});
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(image));
    else if (kind == QLatin1String("mem"))
        QVERIFY(QFile::link(QStringLiteral("/proc/self/mem"), image));
    else
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {image}), 0);

    OpenReport report;
    ReadOptions allow;
    allow.allowImagesOutsideFolder = true;
    auto doc = DocumentIO::open(mArticle, &report, allow);
    QVERIFY(doc.ok());
    const ImageRecord &record = doc.value()->imageRecord(0);
    QCOMPARE(record.problem, problem);
    QVERIFY2(record.sha256.isEmpty(), "only files that probe as images are hashed");
    // The link to /proc/self/mem is followed to where it leads.
    const QString expectedPath
        = kind == QLatin1String("mem") ? QFileInfo(image).canonicalFilePath() : image;
    QCOMPARE(record.problemPath, expectedPath);
    QVERIFY2(record.problemDetail.contains(QFileInfo(expectedPath).fileName()),
             qPrintable(record.problemDetail));
    // A folder or FIFO is not given to the views; a file that is not an image is, so that the
    // canvas can say why it cannot show it.
    QCOMPARE(doc.value()->article().images.at(0).localPath.isEmpty(),
             problem == ImageRecord::Problem::Unreadable);
    QCOMPARE(report.imageProblems.size(), 1);
    QCOMPARE(report.imageProblems.at(0).index, 0);
    // The other image is measured as usual.
    QCOMPARE(doc.value()->imageRecord(1).sha256.size(), 64);
    // Attaching such a file is refused with the same reason.
    const Result<ImageRecord> attached = DocumentIO::measureImage(image);
    QVERIFY(!attached.ok());
    QCOMPARE(attached.error().path, image);
    QVERIFY(attached.error().message.contains(QStringLiteral("plain.png")));
}

void TestDocumentIO::missingImageKeepsWhatWasKnown_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("deleted") << QStringLiteral("deleted");
    QTest::newRow("not an image") << QStringLiteral("text");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestDocumentIO::missingImageKeepsWhatWasKnown()
{
    QFETCH(QString, kind);
    const QString sidecar = mArticle + QStringLiteral(".provena.jsonld");
    {
        auto doc = DocumentIO::open(mArticle);
        QVERIFY(doc.ok());
        annotate(*doc.value());
        QVERIFY(DocumentIO::save(*doc.value()).ok());
    }
    const auto before = SidecarReader::readFile(sidecar);
    QVERIFY(before.ok());
    const SidecarImage recorded = before->images.at(0);
    QCOMPARE(recorded.localPath, QStringLiteral("photos/plain.png"));
    QCOMPARE(recorded.record.sha256.size(), 64);
    QVERIFY(recorded.record.pixelSize.isValid());

    const QString image = mDir->filePath(QStringLiteral("photos/plain.png"));
    QVERIFY(QFile::remove(image));
    if (kind == QLatin1String("text"))
        writeAll(image, "not an image");
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(image));

    OpenReport report;
    auto doc = DocumentIO::open(mArticle, &report);
    QVERIFY(doc.ok());
    const ImageRecord &record = doc.value()->imageRecord(0);
    QVERIFY(record.problem != ImageRecord::Problem::None);
    QCOMPARE(record.sha256, recorded.record.sha256);
    QCOMPARE(record.pixelSize, recorded.record.pixelSize);
    QCOMPARE(record.keptLocalPath, recorded.localPath);
    QCOMPARE(report.imageProblems.size(), 1);
    QVERIFY(report.changedImages.isEmpty());

    // An edit and a save: what was known about the image is written again, not dropped.
    doc.value()->undoStack()->push(new RemoveRegionsCommand(
        doc.value().get(), {doc.value()->regionsOnImage(1).constFirst().id}));
    QVERIFY(DocumentIO::save(*doc.value()).ok());
    const auto after = SidecarReader::readFile(sidecar);
    QVERIFY(after.ok());
    QCOMPARE(after->images.at(0).localPath, recorded.localPath);
    QCOMPARE(after->images.at(0).record.sha256, recorded.record.sha256);
    QCOMPARE(after->images.at(0).record.pixelSize, recorded.record.pixelSize);
    QCOMPARE(after->images.at(0).iri, recorded.iri);
    QCOMPARE(after->regions.size(), 1);
    QCOMPARE(after->regions.at(0).imageIndex, 0);
}

QTEST_GUILESS_MAIN(TestDocumentIO)
#include "tst_documentio.moc"
