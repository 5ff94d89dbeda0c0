// SPDX-License-Identifier: MIT
// The bundle's report (ReportWriter): the HTML page is self-contained (no script, nothing
// loaded from the network, images by relative path), shows every region and linked span with an
// id, escapes everything, and is the same bytes for the same input, also in another process;
// the PDF carries the same content (checked with pdftotext: title, entity, Hangul, Cyrillic,
// verdict) and is deterministic too; keyMetadata reads what the Metadata dock reads.
#include "bundle/reportwriter.h"
#include "reportfixture.h"

#include <QGuiApplication>
#include <QHashSeed>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace provena;
using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Set in the environment of the copy of this test that another process runs: it writes the
// fixture's report there (report.html, report.pdf) and exits.
const char kDumpVariable[] = "TST_REPORTWRITER_DUMP";

QString idOf(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/** As the report escapes text (apostrophes too). */
QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString textBetween(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(to, start + from.size());
    return text.mid(start, end < 0 ? -1 : end - start);
}

/** The text pdftotext extracts; fails the test (never skips) without poppler-utils. */
QString pdfText(const QString &pdfPath)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        qWarning("pdftotext is not installed (poppler-utils, packaging/install-deps.sh)");
        return {};
    }
    QProcess process;
    // -raw keeps the order the text was drawn in, so a table cell's words stay together.
    process.start(tool, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("pdftotext did not finish within 60 s");
        return {};
    }
    if (process.exitCode() != 0)
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

int dumpReport(const QString &outDir)
{
    QTemporaryDir dir;
    if (!dir.isValid() || !writeReportFiles(dir.path()))
        return 3;
    const ReportFixture fixture = buildReportFixture(dir.path());
    const Result<QByteArray> pdf = ReportWriter::pdf(fixture.input);
    return writeFile(outDir + u"/report.html"_s, ReportWriter::html(fixture.input)) && pdf
            && writeFile(outDir + u"/report.pdf"_s, pdf.value())
        ? 0
        : 4;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageIsSelfContained();
    void everyRegionAndSpanHasItsElement();
    void linkedSpansCarryRegionNumbers();
    void spansOutsideTheTextAreListed();
    void everythingIsEscaped();
    void overlayDrawsEveryShape();
    void tablesShowRegionsProvenanceAndMetadata();
    void relativePathsAreEncoded();
    void htmlIsDeterministic();
    void keyMetadataReadsWhatTheDockReads();
    void pdfCarriesTheReport();
    void pdfIsDeterministicAcrossProcessesAndTimeZones();
    void reportsFromWorkerThreadsAreTheSame();
    void unreadableImageIsNamedInThePdf();
    void emptyArticleStillMakesAReport();
    void namesFollowTheLanguageInForce();

private:
    QTemporaryDir mDir;
    ReportFixture mFixture;
    QString mHtml;
};

void TestReportWriter::initTestCase()
{
    QVERIFY(mDir.isValid());
    QVERIFY(writeReportFiles(mDir.path()));
    mFixture = buildReportFixture(mDir.path());
    QCOMPARE(mFixture.document->article().images.size(), 2);
    const QByteArray html = ReportWriter::html(mFixture.input);
    mHtml = QString::fromUtf8(html);
    QVERIFY(!mHtml.isEmpty());
    QCOMPARE(mHtml.toUtf8(), html); // valid UTF-8: decoding and encoding again changes nothing
}

void TestReportWriter::pageIsSelfContained()
{
    QVERIFY(mHtml.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
    QVERIFY(mHtml.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(mHtml.contains(u"<style>"_s));
    QVERIFY(mHtml.contains(u"@media print"_s));
    QVERIFY(mHtml.contains(u"page-break-before: always"_s));
    QVERIFY(mHtml.contains(u"Content-Security-Policy"_s));
    for (const QString &forbidden : {u"<script"_s, u"<link"_s, u"@import"_s, u"url("_s,
                                     u"<iframe"_s, u"<object"_s, u"<embed"_s, u"javascript:"_s})
        QVERIFY2(!mHtml.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    // Every src is a relative path: no scheme, no leading slash, no "..".
    const QRegularExpression src(uR"re(\ssrc\s*=\s*"([^"]*)")re"_s);
    int sources = 0;
    for (auto it = src.globalMatch(mHtml); it.hasNext();) {
        const QString value = it.next().captured(1);
        ++sources;
        QVERIFY2(!value.contains(u':') && !value.startsWith(u'/') && !value.contains(u".."_s),
                 qPrintable(value));
    }
    QCOMPARE(sources, 3); // photo.jpg, the night photo, crops/r1.jpg
    // Links to the article's original URLs may be there, as links only.
    QVERIFY(mHtml.contains(u"href=\"https://example.org/kcna/story\""_s));
}

void TestReportWriter::everyRegionAndSpanHasItsElement()
{
    for (const QUuid &id : mFixture.regions) {
        QCOMPARE(mHtml.count(u"id=\"region-%1\""_s.arg(idOf(id))), 1);
        QCOMPARE(mHtml.count(u"id=\"region-row-%1\""_s.arg(idOf(id))), 1);
    }
    for (const QUuid &id : mFixture.anchors)
        QCOMPARE(mHtml.count(u"id=\"anchor-%1\""_s.arg(idOf(id))), 1);
}

void TestReportWriter::linkedSpansCarryRegionNumbers()
{
    const QString twice = idOf(mFixture.spanLinkedTwice);
    const QString overlap = idOf(mFixture.overlappingSpan);
    // "김정은 국무위원장" and "국무위원장 visited" overlap: the shared words are in both marks, the
    // later pieces point to the first one's id.
    QVERIFY(mHtml.contains(u"<mark class=\"anchor\" id=\"anchor-%1\">김정은 </mark>"_s.arg(twice)));
    QVERIFY(mHtml.contains(
        u"<mark class=\"anchor\" data-anchor=\"anchor-%1\"><mark "
        "class=\"anchor\" id=\"anchor-%2\">국무위원장</mark></mark>"_s.arg(twice, overlap)));
    // Regions 1.1 and 1.3 link to the first span: their numbers follow its last piece.
    const QString afterTwice = textBetween(mHtml, u"id=\"anchor-%1\""_s.arg(twice), u"visited"_s);
    QVERIFY2(afterTwice.contains(u"<sup class=\"refs\"><a href=\"#region-row-%1\">1.1</a>, <a "
                                 "href=\"#region-row-%2\">1.3</a></sup>"_s.arg(
                                     idOf(mFixture.regions.at(0)), idOf(mFixture.regions.at(2)))),
             qPrintable(afterTwice));
    QVERIFY(mHtml.contains(u"<mark class=\"anchor\" data-anchor=\"anchor-%1\"> visited</mark>"
                           "<sup class=\"refs\"><a href=\"#region-row-%2\">2.2</a></sup>"_s.arg(
                               overlap, idOf(mFixture.regions.at(4)))));
    // A span inside bold text keeps the bold inside the mark.
    QVERIFY(mHtml.contains(
        u"id=\"anchor-%1\"><strong>новый кран</strong></mark>"_s.arg(idOf(mFixture.boldSpan))));
    // A span in a caption is marked in the article text, where the caption stands.
    QVERIFY(mHtml.contains(u"<p class=\"caption\">"_s));
    QVERIFY(mHtml.contains(
        u"id=\"anchor-%1\">Korean Central News Agency</mark>"_s.arg(idOf(mFixture.captionSpan))));
    // A span with a note and no region is marked differently and shows its note (escaped).
    QVERIFY(mHtml.contains(u"<mark class=\"anchor note-only\" id=\"anchor-%1\" title=\"Check "
                           "Sentinel-2 &lt;b&gt;June&lt;/b&gt;\">satellite images</mark>"_s.arg(
                               idOf(mFixture.noteOnlySpan))));
}

void TestReportWriter::spansOutsideTheTextAreListed()
{
    const QString outside
        = textBetween(mHtml, u"<section id=\"spans-outside-text\">"_s, u"</section>"_s);
    QVERIFY(!outside.isEmpty());
    QVERIFY(outside.contains(u"<li id=\"anchor-%1\">“a sentence the agency removed”"_s.arg(
        idOf(mFixture.orphanedSpan))));
    QVERIFY(outside.contains(u"no longer found in the text"_s));
    QVERIFY(outside.contains(u">2.1</a>"_s)); // r4 links to it
    // Only the orphaned one: every other span is in the text.
    QCOMPARE(outside.count(u"<li "_s), 1);
}

void TestReportWriter::everythingIsEscaped()
{
    const QString escapedScript = u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;
    QVERIFY(!mHtml.contains(kScriptText));
    // The region note: in the table and in the overlay's <title>; the caption: in the figure.
    QVERIFY(mHtml.contains(u"<td>%1<br>"_s.arg(escapedScript)));
    QVERIFY(mHtml.contains(u"<title>1.1 Person: %1</title>"_s.arg(escapedScript)));
    QVERIFY(mHtml.contains(u"<p class=\"caption\">Harbour at night %1</p>"_s.arg(escapedScript)));
    QVERIFY(mHtml.count(escapedScript) >= 3);
}

void TestReportWriter::overlayDrawsEveryShape()
{
    const QString first = textBetween(mHtml, u"<svg viewBox=\"0 0 640 480\""_s, u"</svg>"_s);
    const QString second = textBetween(mHtml, u"<svg viewBox=\"0 0 320 200\""_s, u"</svg>"_s);
    QVERIFY(!first.isEmpty());
    QVERIFY(!second.isEmpty());
    QVERIFY(first.contains(u"<rect x=\"100\" y=\"80\" width=\"200\" height=\"260\""_s));
    QVERIFY(first.contains(u"<ellipse cx=\"410\" cy=\"145\" rx=\"60\" ry=\"45\""_s));
    QVERIFY(first.contains(u"<polygon points=\"400,300 600,320 560,460 420,440\""_s));
    QVERIFY(second.contains(u"<polyline points=\"10,150 150,120 300,160\" fill=\"none\""_s));
    QVERIFY(second.contains(u"<circle cx=\"200\" cy=\"60\""_s));
    // Outlines in the label's colour (person is #e6194b in the built-in labels).
    QVERIFY(first.contains(u"stroke=\"#e6194b\""_s));
    QVERIFY(first.contains(u">1 Person · Kim Jong Un</text>"_s));
    QVERIFY(first.contains(u">2 Building or place · Портовый кран</text>"_s)
            || first.contains(u" · Портовый кран</text>"_s));
    // The photo and the overlay fill one box of the image's proportions (480/640 = 75%).
    QVERIFY(mHtml.contains(u"<div class=\"photo\" style=\"padding-top: 75%\">\n<img "
                           "src=\"photo.jpg\""_s));
}

void TestReportWriter::tablesShowRegionsProvenanceAndMetadata()
{
    const QString photoSection = textBetween(mHtml, u"id=\"image-1\""_s, u"</section>"_s);
    QVERIFY(!photoSection.isEmpty());
    // Regions: entity, geometry, linked quotes, needs-review, crop.
    QVERIFY(photoSection.contains(u"Kim Jong Un"_s));
    QVERIFY(photoSection.contains(u"rectangle x 100, y 80, 200 × 260"_s));
    QVERIFY(photoSection.contains(
        u"<a href=\"#anchor-%1\">“김정은 국무위원장”</a>"_s.arg(idOf(mFixture.spanLinkedTwice))));
    QVERIFY(photoSection.contains(u"Needs review"_s));
    QVERIFY(photoSection.contains(u"confidence 90 %"_s));
    QVERIFY(photoSection.contains(u"<img class=\"crop\" src=\"crops/r1.jpg\""_s));
    // Provenance: claims with status and evidence, custody, pillars, verdict.
    QVERIFY(photoSection.contains(u"Korean Central News Agency"_s));
    QVERIFY(photoSection.contains(u"(KCNA, state media, KP)"_s));
    QVERIFY(photoSection.contains(ProvenanceClaim::roleTitle(ClaimRole::CreditLine)));
    QVERIFY(photoSection.contains(u"<td>Rejected</td>"_s));
    QVERIFY(photoSection.contains(
        Evidence::metadataField(u"Exif.Image.Artist"_s, u"KCNA"_s).summary()));
    QVERIFY(photoSection.contains(u"note: Not in Reuters&#39; archive."_s));
    const QString timeline = textBetween(photoSection, u"<ol class=\"timeline\">"_s, u"</ol>"_s);
    QVERIFY(timeline.contains(CustodyEvent::roleTitle(CustodyEvent::Role::Created)));
    QVERIFY(timeline.contains(CustodyEvent::roleTitle(CustodyEvent::Role::Retrieved)));
    QVERIFY(timeline.contains(u"contentType: image/jpeg; status: 200"_s));
    QVERIFY(timeline.indexOf(CustodyEvent::roleTitle(CustodyEvent::Role::Created))
            < timeline.indexOf(CustodyEvent::roleTitle(CustodyEvent::Role::Retrieved)));
    for (int p = 0; p < kPillarCount; ++p)
        QVERIFY(photoSection.contains(htmlEscaped(PillarAssessment::pillarTitle(Pillar(p)))));
    QVERIFY(photoSection.contains(
        PillarAssessment::statusTitle(PillarAssessment::Status::Contradicts)));
    QVERIFY(photoSection.contains(u"<strong>%1</strong> (confidence 80 %)"_s.arg(
        Verdict::valueTitle(Verdict::Value::Corroborated))));
    QVERIFY(photoSection.contains(u"Matches the agency release — подтверждено."_s));
    // Key metadata from the XMP sidecar beside the photo.
    QVERIFY(
        photoSection.contains(u"<tr><th>Creator</th><td>Analyst One (XMP sidecar)</td></tr>"_s));

    // The second image: no provenance, its two regions, metadata noting what is missing.
    const QString nightSection = textBetween(mHtml, u"id=\"image-2\""_s, u"</section>"_s);
    QVERIFY(nightSection.contains(u"Nothing is recorded yet"_s));
    QVERIFY(nightSection.contains(u"line of 3 points"_s));
    QVERIFY(nightSection.contains(u"point at x 200, y 60"_s));
}

void TestReportWriter::relativePathsAreEncoded()
{
    QVERIFY(mHtml.contains(u"<img src=\"night%20photo%20%232.png\""_s));
    QVERIFY(mHtml.contains(u"<a href=\"story.md\">story.md</a>"_s));
    QVERIFY(mHtml.contains(u"<a href=\"story.md.provena.jsonld\">"_s));

    ReportInput input = mFixture.input;
    input.images[0].imageFile = u"../outside.jpg"_s;
    input.images[1].imageFile = u"/etc/hostname"_s;
    const QString html = QString::fromUtf8(ReportWriter::html(input));
    QVERIFY(!html.contains(u"outside.jpg"_s));
    QVERIFY(!html.contains(u"/etc/hostname"_s));
    QCOMPARE(html.count(u"The image file is not in the bundle"_s), 2);
}

void TestReportWriter::htmlIsDeterministic()
{
    QCOMPARE(ReportWriter::html(mFixture.input), mHtml.toUtf8());
    // A document built again from scratch (fresh hashes) gives the same bytes.
    const ReportFixture again = buildReportFixture(mDir.path());
    QCOMPARE(ReportWriter::html(again.input), mHtml.toUtf8());
}

void TestReportWriter::keyMetadataReadsWhatTheDockReads()
{
    const QList<QPair<QString, QString>> metadata
        = ReportWriter::keyMetadata(mDir.filePath(u"photo.jpg"_s));
    QVERIFY(metadata.contains(qMakePair(u"Creator"_s, u"Analyst One (XMP sidecar)"_s)));
    QVERIFY(metadata.contains(qMakePair(u"Credit"_s, u"KCNA via Yonhap (XMP sidecar)"_s)));
    // Qt writes no EXIF: the metadata module flags that, and so does the report.
    bool stripped = false;
    for (const auto &[name, value] : metadata)
        stripped = stripped || name == u"Metadata stripped"_s;
    QVERIFY(stripped);
    QVERIFY(ReportWriter::keyMetadata(mDir.filePath(u"no-such.jpg"_s)).isEmpty());
    QVERIFY(ReportWriter::keyMetadata(mDir.filePath(u"story.md"_s)).isEmpty());
}

void TestReportWriter::pdfCarriesTheReport()
{
    const Result<QByteArray> pdf = ReportWriter::pdf(mFixture.input);
    QVERIFY2(pdf, qPrintable(pdf.error().toString()));
    QVERIFY(pdf->startsWith("%PDF-"));
    QVERIFY(pdf->contains("/CreationDate (D:20250814000000Z)"));
    const QString path = mDir.filePath(u"report.pdf"_s);
    QVERIFY(writeFile(path, pdf.value()));
    // Table cells wrap: compare with every run of white space as one space.
    const QString text = pdfText(path).simplified();
    QVERIFY2(!text.isEmpty(), "pdftotext gave no text (is poppler-utils installed?)");
    for (const QString &expected :
         {u"Harbour crane"_s, u"Kim Jong Un"_s, u"김정은"_s, u"국무위원장"_s, u"Москве"_s,
          u"Портовый кран"_s, u"Korean Central News Agency"_s,
          Verdict::valueTitle(Verdict::Value::Corroborated), u"подтверждено"_s, u"Analyst One"_s,
          kScriptText,
          // The regions, listed as paragraphs: geometry and review.
          u"Geometry (pixels): rectangle x 100, y 80, 200 × 260"_s, u"Needs review"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text.left(3000)));
}

void TestReportWriter::pdfIsDeterministicAcrossProcessesAndTimeZones()
{
    const Result<QByteArray> first = ReportWriter::pdf(mFixture.input);
    const Result<QByteArray> second = ReportWriter::pdf(mFixture.input);
    QVERIFY(first && second);
    QCOMPARE(second.value(), first.value());

    // Another process has another hash seed; in Seoul Qt stamps the PDF "+09'00'", not "Z".
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kDumpVariable), out.path());
    environment.insert(u"TZ"_s, u"Asia/Seoul"_s);
    environment.remove(u"QT_HASH_SEED"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitCode(), 0);
    QFile html(out.filePath(u"report.html"_s));
    QFile pdf(out.filePath(u"report.pdf"_s));
    QVERIFY(html.open(QIODevice::ReadOnly) && pdf.open(QIODevice::ReadOnly));
    QCOMPARE(html.readAll(), mHtml.toUtf8());
    const QByteArray childPdf = pdf.readAll();
    QVERIFY(childPdf.contains("/CreationDate (D:20250814000000Z)"));
    QCOMPARE(childPdf.size(), first->size());
    QVERIFY(childPdf == first.value());
    // The shifted cross-reference table still leads pdftotext to every page.
    QVERIFY(pdfText(out.filePath(u"report.pdf"_s)).contains(u"подтверждено"_s));
}

void TestReportWriter::reportsFromWorkerThreadsAreTheSame()
{
    // The exporter prepares two articles at once: PDFs made side by side on worker threads are
    // the bytes the main thread makes, and the hash seed is random again afterwards.
    const Result<QByteArray> expected = ReportWriter::pdf(mFixture.input);
    QVERIFY(expected);
    QList<QByteArray> pdfs(4);
    QList<QByteArray> pages(4);
    // QThreads, as the exporter's pool uses: QTextDocument starts timers on the thread it runs on.
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < 4; ++i) {
        workers.emplace_back(QThread::create([&, i] {
            const Result<QByteArray> pdf = ReportWriter::pdf(mFixture.input);
            pdfs[i] = pdf ? pdf.value() : QByteArray();
            pages[i] = ReportWriter::html(mFixture.input);
        }));
        workers.back()->start();
    }
    for (const std::unique_ptr<QThread> &worker : workers)
        QVERIFY(worker->wait(120000));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(pdfs.at(i) == expected.value());
        QCOMPARE(pages.at(i), mHtml.toUtf8());
    }
    if (qEnvironmentVariableIsEmpty("QT_HASH_SEED"))
        QVERIFY(QHashSeed::globalSeed() != 0);
}

void TestReportWriter::unreadableImageIsNamedInThePdf()
{
    ReportInput input = mFixture.input;
    input.images[1].pdfImageSource = mDir.filePath(u"story.md"_s);
    const Result<QByteArray> pdf = ReportWriter::pdf(input);
    QVERIFY(pdf);
    const QString path = mDir.filePath(u"unreadable.pdf"_s);
    QVERIFY(writeFile(path, pdf.value()));
    const QString text = pdfText(path).simplified();
    QVERIFY2(text.contains(u"The image could not be read for this PDF:"_s), qPrintable(text));
    // Its regions are still drawn, on an empty frame, and listed.
    QVERIFY(text.contains(u"point at x 200, y 60"_s));
}

void TestReportWriter::emptyArticleStillMakesAReport()
{
    ArticleDocument document;
    Article article;
    article.text = u"Just one line <b>&amp;</b>."_s;
    article.paragraphs = {Paragraph {{0, 27}}};
    document.setArticle(article);
    ReportInput input;
    input.document = &document;
    const QString html = QString::fromUtf8(ReportWriter::html(input));
    QVERIFY(html.contains(u"<h1>Untitled article</h1>"_s));
    QVERIFY(html.contains(u"Just one line &lt;b&gt;&amp;amp;&lt;/b&gt;."_s));
    QVERIFY(!html.contains(u"<section class=\"image\""_s));
    const Result<QByteArray> pdf = ReportWriter::pdf(input);
    QVERIFY(pdf);
    QVERIFY(pdf->startsWith("%PDF-"));
    // An image nobody measured and without regions is still shown, without an overlay.
    ReportImage image;
    image.imageIndex = 0;
    image.imageFile = u"unmeasured.jpg"_s;
    input.images = {image};
    const QString withImage = QString::fromUtf8(ReportWriter::html(input));
    QVERIFY(withImage.contains(u"<img src=\"unmeasured.jpg\" alt=\"Image 1: unmeasured.jpg\" "
                               "style=\"max-width: 100%\">"_s));
    QVERIFY(!withImage.contains(u"<svg"_s));
    QVERIFY(withImage.contains(u"no longer references this image"_s));
    QVERIFY(ReportWriter::html(ReportInput {}).isEmpty());
    QVERIFY(!ReportWriter::pdf(ReportInput {}));
}

void TestReportWriter::namesFollowTheLanguageInForce()
{
    // The report names labels and directory agencies in the language in force when it is made
    // (QLocale's default, which Language::apply sets with the translators); the words around
    // them come from the translation loaded (none in this test: English).
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QString html = QString::fromUtf8(ReportWriter::html(mFixture.input));
    for (const QString &expected :
         {u"인물"_s, u"건물·장소"_s, u"차량·장비"_s, u"기타"_s, u"글자·표지"_s, u"조선중앙통신"_s})
        QVERIFY2(html.contains(expected), qPrintable(expected));
    for (const QString &english : {u"Building or place"_s, u"Text or sign"_s})
        QVERIFY2(!html.contains(english), qPrintable(english));
    // In English, as the page made in initTestCase.
    for (const QString &english :
         {u"Building or place"_s, u"Text or sign"_s, u"Korean Central News Agency"_s})
        QVERIFY2(mHtml.contains(english), qPrintable(english));
    QVERIFY(!mHtml.contains(u"건물·장소"_s));
    QVERIFY(!mHtml.contains(u"조선중앙통신"_s));

    QLocale::setDefault(QLocale(QLocale::Russian));
    const Result<QByteArray> pdf = ReportWriter::pdf(mFixture.input);
    QVERIFY2(pdf, qPrintable(pdf.error().toString()));
    const QString path = mDir.filePath(u"report-ru.pdf"_s);
    QVERIFY(writeFile(path, pdf.value()));
    const QString text = pdfText(path).simplified();
    for (const QString &expected : {u"Здание или место"_s, u"Техника"_s, u"Другое"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text.left(3000)));
    QVERIFY(!text.contains(u"Building or place"_s));
}

int main(int argc, char **argv)
{
    // Fonts and QPdfWriter need a QGuiApplication (offscreen in CTest).
    QGuiApplication app(argc, argv);
    const QString dump = qEnvironmentVariable(kDumpVariable);
    if (!dump.isEmpty())
        return dumpReport(dump);
    TestReportWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportwriter.moc"
