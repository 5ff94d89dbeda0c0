// SPDX-License-Identifier: MIT
// Fetching an image by URL (ImageFetcher, ImageFetchJob) against a loopback server each test
// starts itself: success with every custody fact, refusals (status, redirects, size, time, HTML,
// cut-off transfers, offline, schemes, existing files, links), and never a partial file left.
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "loopbackhttpserver.h"
#include "session/documentio.h"
#include "session/imagefetcher.h"
#include "session/imagefetchjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray pngBytes()
{
    return readAll(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"));
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ScriptedResponse png()
{
    ScriptedResponse r;
    r.body = pngBytes();
    r.headers = {{"Content-Type", "image/png"},
                 {"Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT"},
                 {"ETag", "\"abc123\""},
                 {"Date", "Wed, 02 Dec 2026 08:00:00 GMT"}};
    return r;
}

/** Every file in `folder`, hidden ones (a ".part" left behind) included. */
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

} // namespace

class TestImageFetcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void successRecordsEveryFact();
    void notFoundSavesNothing();
    void redirectChainRecordsTheFinalUrl();
    void redirectLoopIsNamed();
    void tooManyRedirects();
    void redirectPolicy();
    void oversizeWithContentLengthIsRefusedBeforeReading();
    void oversizeChunkedStopsWhileStreaming();
    void slowServerTimesOut();
    void silentServerTimesOut();
    void refusedConnectionIsNamed();
    void htmlPosingAsJpegIsNamed();
    void interruptedTransferLeavesNoFile();
    void offlineMakesNoConnection();
    void nonHttpSchemesAreRefused_data();
    void nonHttpSchemesAreRefused();
    void existingDifferentFileIsNotOverwritten();
    void existingIdenticalFileIsReused();
    void folderLinkingOutIsRefused();
    void cancelLeavesNoFile();
    void fileNames_data();
    void fileNames();
    void applyIsOneUndoStepAndDetailsRoundTrip();
    void reopenFindsAFileSavedUnderItsOwnName();

private:
    Result<FetchedImage> fetch(const QUrl &url, FetchOptions options = {});

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<LoopbackHttpServer> mServer;
    QString mArticle;
    QString mFolder; ///< mDir/story_files
};

void TestImageFetcher::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mServer = std::make_unique<LoopbackHttpServer>();
    QVERIFY(mServer->isListening());
    mArticle = mDir->filePath(u"story.md"_s);
    mFolder = mDir->filePath(u"story_files"_s);
}

Result<FetchedImage> TestImageFetcher::fetch(const QUrl &url, FetchOptions options)
{
    ImageFetcher fetcher;
    fetcher.setOptions(options);
    return fetcher.fetchAndWait(url.toString(), mArticle);
}

void TestImageFetcher::successRecordsEveryFact()
{
    mServer->route("/photos/plain.png", png());
    ImageFetcher fetcher;
    QSignalSpy progress(&fetcher, &ImageFetcher::progress);
    const QString url = mServer->url("/photos/plain.png").toString();
    const Result<FetchedImage> r = fetcher.fetchAndWait(url, mArticle);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const QByteArray bytes = pngBytes();
    QCOMPARE(r->path, mFolder + u"/plain.png"_s);
    QCOMPARE(readAll(r->path), bytes);
    QCOMPARE(filesIn(mFolder), QStringList {u"plain.png"_s}); // the temporary file is gone
    QVERIFY(QFileInfo(r->path).permissions().testFlag(QFileDevice::ReadOther));
    QVERIFY(!r->reused);
    QCOMPARE(r->sha256, sha256Hex(bytes));
    QCOMPARE(r->byteSize, bytes.size());
    QCOMPARE(r->format, u"png"_s);
    QVERIFY(r->pixelSize.isValid());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), bytes.size());
    QCOMPARE(progress.last().at(1).toLongLong(), bytes.size());

    const QJsonObject d = r->details();
    QCOMPARE(d.value(u"finalUrl").toString(), url);
    QCOMPARE(d.value(u"redirects").toArray().size(), 0);
    QCOMPARE(d.value(u"httpStatus").toInt(), 200);
    QCOMPARE(d.value(u"contentType").toString(), u"image/png"_s);
    QCOMPARE(d.value(u"contentLength").toInteger(), bytes.size());
    QCOMPARE(d.value(u"lastModified").toString(), u"Tue, 01 Dec 2026 10:00:00 GMT"_s);
    QCOMPARE(d.value(u"etag").toString(), u"\"abc123\""_s);
    QCOMPARE(d.value(u"serverDate").toString(), u"Wed, 02 Dec 2026 08:00:00 GMT"_s);
    QCOMPARE(d.value(u"byteSize").toInteger(), bytes.size());
    QCOMPARE(d.value(u"sha256").toString(), sha256Hex(bytes));
    QCOMPARE(d.value(u"retrievedWith").toString(),
             u"Provena %1 (Qt Network)"_s.arg(QStringLiteral(PROVENA_VERSION)));

    const CustodyEvent event = ImageFetchJob::custodyEvent(r.value());
    QCOMPARE(event.role, CustodyEvent::Role::Retrieved);
    QCOMPARE(event.agent.name, u"Provena %1"_s.arg(QStringLiteral(PROVENA_VERSION)));
    QCOMPARE(event.agent.kind, AgentKind::Software);
    QCOMPARE(event.url, url);
    QVERIFY(ProvenanceDate::isValid(event.date));
    QVERIFY(event.date.endsWith(u'Z'));
    const QDateTime when = QDateTime::fromString(event.date, Qt::ISODate);
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(event.details, d);
}

void TestImageFetcher::notFoundSavesNothing()
{
    const Result<FetchedImage> r = fetch(mServer->url("/missing.png"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"404"_s), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(mServer->url("/missing.png").toString()));
    QVERIFY(!QFileInfo::exists(mFolder)); // the folder it made is removed again
}

void TestImageFetcher::redirectChainRecordsTheFinalUrl()
{
    // Five redirects, the most that is followed; relative and absolute Locations.
    mServer->route("/a", ScriptedResponse::redirect(301, "/b"));
    mServer->route("/b", ScriptedResponse::redirect(302, "c"));
    mServer->route("/c", ScriptedResponse::redirect(303, mServer->url("/d").toEncoded()));
    mServer->route("/d", ScriptedResponse::redirect(307, "/e"));
    mServer->route("/e", ScriptedResponse::redirect(308, "/final/plain.png"));
    mServer->route("/final/plain.png", png());
    const Result<FetchedImage> r = fetch(mServer->url("/a"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->finalUrl, mServer->url("/final/plain.png").toString());
    QCOMPARE(r->requestedUrl, mServer->url("/a").toString());
    const QJsonArray hops = r->redirects;
    QCOMPARE(hops.size(), 5);
    QCOMPARE(hops.at(0).toObject().value(u"url").toString(), mServer->url("/a").toString());
    QCOMPARE(hops.at(0).toObject().value(u"httpStatus").toInt(), 301);
    QCOMPARE(hops.at(1).toObject().value(u"location").toString(), mServer->url("/c").toString());
    QCOMPARE(hops.at(4).toObject().value(u"httpStatus").toInt(), 308);
    // Named after the URL in the article, with the extension its bytes call for.
    QCOMPARE(r->path, mFolder + u"/a.png"_s);
    QCOMPARE(mServer->requests().size(), 6);
}

void TestImageFetcher::redirectLoopIsNamed()
{
    mServer->route("/x", ScriptedResponse::redirect(302, "/y"));
    mServer->route("/y", ScriptedResponse::redirect(302, "/x"));
    const Result<FetchedImage> r = fetch(mServer->url("/x"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"loop"_s), qPrintable(r.error().message));
    QCOMPARE(mServer->requests().size(), 2);
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::tooManyRedirects()
{
    for (int i = 1; i <= 7; ++i)
        mServer->route("/r" + QByteArray::number(i),
                       ScriptedResponse::redirect(302, "/r" + QByteArray::number(i + 1)));
    const Result<FetchedImage> r = fetch(mServer->url("/r1"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"more than 5"_s), qPrintable(r.error().message));
    QCOMPARE(mServer->requests().size(), 6); // the first request and five redirects
}

void TestImageFetcher::redirectPolicy()
{
    // TLS needs certificates on the loopback, so the decision is tested on its own.
    const QUrl secure(u"https://example.org/a.jpg"_s);
    QVERIFY(!ImageFetcher::checkRedirect(secure, QUrl(u"http://example.org/a.jpg"_s), {secure}));
    QVERIFY(ImageFetcher::checkRedirect(secure, QUrl(u"http://example.org/a.jpg"_s), {secure})
                .error()
                .message.contains(u"https to plain http"_s));
    QVERIFY(
        ImageFetcher::checkRedirect(secure, QUrl(u"https://cdn.example.org/a.jpg"_s), {secure}));
    const QUrl plain(u"http://example.org/a.jpg"_s);
    QVERIFY(ImageFetcher::checkRedirect(plain, QUrl(u"https://example.org/a.jpg"_s), {plain}));
    QVERIFY(!ImageFetcher::checkRedirect(plain, QUrl(u"file:///etc/passwd"_s), {plain}));
    QVERIFY(!ImageFetcher::checkRedirect(plain, QUrl(u"ftp://example.org/a.jpg"_s), {plain}));
    // A fragment does not make another resource.
    QVERIFY(!ImageFetcher::checkRedirect(plain, QUrl(u"http://example.org/a.jpg#x"_s), {plain}));
    QList<QUrl> five;
    for (int i = 0; i <= 5; ++i)
        five.append(QUrl(u"http://example.org/%1"_s.arg(i)));
    QVERIFY(!ImageFetcher::checkRedirect(five.last(), QUrl(u"http://example.org/z"_s), five));
    five.removeLast();
    QVERIFY(ImageFetcher::checkRedirect(five.last(), QUrl(u"http://example.org/z"_s), five));
}

void TestImageFetcher::oversizeWithContentLengthIsRefusedBeforeReading()
{
    ScriptedResponse big = png();
    big.body = QByteArray(5000, 'x');
    mServer->route("/big.png", big);
    FetchOptions options;
    options.maxBytes = 1000;
    ImageFetcher fetcher;
    fetcher.setOptions(options);
    QSignalSpy progress(&fetcher, &ImageFetcher::progress);
    const Result<FetchedImage> r
        = fetcher.fetchAndWait(mServer->url("/big.png").toString(), mArticle);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"more than the limit"_s), qPrintable(r.error().message));
    QVERIFY(progress.isEmpty()); // refused on the headers, not a byte read
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::oversizeChunkedStopsWhileStreaming()
{
    ScriptedResponse big = png();
    big.chunked = true;
    big.chunkSize = 500;
    big.body = pngBytes() + QByteArray(20000, 'x');
    mServer->route("/big.png", big);
    FetchOptions options;
    options.maxBytes = 2000 + pngBytes().size();
    const Result<FetchedImage> r = fetch(mServer->url("/big.png"), options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"passed the limit"_s), qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::slowServerTimesOut()
{
    ScriptedResponse slow = png();
    slow.stallAfter = 40;
    mServer->route("/slow.png", slow);
    FetchOptions options;
    options.idleTimeoutMs = 300;
    const Result<FetchedImage> r = fetch(mServer->url("/slow.png"), options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"sent nothing for 0.3 s"_s),
             qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::refusedConnectionIsNamed()
{
    // A port nobody listens on: the server this test started is closed first.
    const QUrl url = mServer->url("/plain.png");
    mServer->close();
    const Result<FetchedImage> r = fetch(url);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"could not reach"_s), qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::silentServerTimesOut()
{
    ScriptedResponse silent;
    silent.neverAnswer = true;
    mServer->route("/silent.png", silent);
    FetchOptions options;
    options.connectTimeoutMs = 300;
    const Result<FetchedImage> r = fetch(mServer->url("/silent.png"), options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"did not answer within 0.3 s"_s),
             qPrintable(r.error().message));
}

void TestImageFetcher::htmlPosingAsJpegIsNamed()
{
    ScriptedResponse page;
    page.headers = {{"Content-Type", "image/jpeg"}};
    page.body = "\n  <!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>\n";
    mServer->route("/photo.jpg", page);
    const Result<FetchedImage> r = fetch(mServer->url("/photo.jpg"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"HTML page, not an image"_s),
             qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(mFolder));

    ScriptedResponse noise;
    noise.body = QByteArray(300, '\x01');
    mServer->route("/noise.jpg", noise);
    const Result<FetchedImage> n = fetch(mServer->url("/noise.jpg"));
    QVERIFY(!n.ok());
    QVERIFY2(n.error().message.contains(u"not an image Provena can read"_s),
             qPrintable(n.error().message));
}

void TestImageFetcher::interruptedTransferLeavesNoFile()
{
    ScriptedResponse cut = png();
    cut.body = pngBytes().leftJustified(10000, '\0');
    cut.contentLength = 10000;
    cut.closeAfter = 3000;
    mServer->route("/cut.png", cut);
    const Result<FetchedImage> r = fetch(mServer->url("/cut.png"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"3000"_s), qPrintable(r.error().message));
    QVERIFY(!QFileInfo::exists(mFolder));

    // The same cut-off in a folder that already exists: the folder stays, empty.
    QVERIFY(QDir().mkdir(mFolder));
    QVERIFY(!fetch(mServer->url("/cut.png")).ok());
    QCOMPARE(filesIn(mFolder), QStringList());
}

void TestImageFetcher::offlineMakesNoConnection()
{
    mServer->route("/plain.png", png());
    FetchOptions options;
    options.offline = true;
    const Result<FetchedImage> r = fetch(mServer->url("/plain.png"), options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"offline"_s), qPrintable(r.error().message));
    QTest::qWait(100); // a connection would have arrived by now
    QCOMPARE(mServer->connectionCount(), 0);
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::nonHttpSchemesAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/a.jpg"_s;
    QTest::newRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s;
    QTest::newRow("relative") << u"photos/a.jpg"_s;
    QTest::newRow("no host") << u"http:///a.jpg"_s;
}

void TestImageFetcher::nonHttpSchemesAreRefused()
{
    QFETCH(QString, url);
    ImageFetcher fetcher;
    const Result<FetchedImage> r = fetcher.fetchAndWait(url, mArticle);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(mServer->connectionCount(), 0);
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::existingDifferentFileIsNotOverwritten()
{
    mServer->route("/plain.png", png());
    QVERIFY(QDir().mkdir(mFolder));
    QVERIFY(writeFile(mFolder + u"/plain.png"_s, "the analyst's own file"));
    const Result<FetchedImage> r = fetch(mServer->url("/plain.png"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"already exists"_s), qPrintable(r.error().message));
    QCOMPARE(r.error().path, mFolder + u"/plain.png"_s);
    QCOMPARE(readAll(mFolder + u"/plain.png"_s), QByteArray("the analyst's own file"));
    QCOMPARE(filesIn(mFolder), QStringList {u"plain.png"_s});

    // A link at that name is not followed either.
    QVERIFY(QFile::remove(mFolder + u"/plain.png"_s));
    const QString elsewhere = mDir->filePath(u"elsewhere.png"_s);
    QVERIFY(QFile::link(elsewhere, mFolder + u"/plain.png"_s));
    QVERIFY(!fetch(mServer->url("/plain.png")).ok());
    QVERIFY(!QFileInfo::exists(elsewhere));
}

void TestImageFetcher::existingIdenticalFileIsReused()
{
    mServer->route("/plain.png", png());
    QVERIFY(QDir().mkdir(mFolder));
    QVERIFY(writeFile(mFolder + u"/plain.png"_s, pngBytes()));
    const Result<FetchedImage> r = fetch(mServer->url("/plain.png"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(r->reused);
    QCOMPARE(r->path, mFolder + u"/plain.png"_s);
    QCOMPARE(filesIn(mFolder), QStringList {u"plain.png"_s});
}

void TestImageFetcher::folderLinkingOutIsRefused()
{
    mServer->route("/plain.png", png());
    QTemporaryDir outside;
    QVERIFY(QFile::link(outside.path(), mFolder));
    const Result<FetchedImage> r = fetch(mServer->url("/plain.png"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"symbolic link"_s), qPrintable(r.error().message));
    QCOMPARE(filesIn(outside.path()), QStringList());
    QCOMPARE(mServer->connectionCount(), 0);
}

void TestImageFetcher::cancelLeavesNoFile()
{
    ScriptedResponse slow = png();
    slow.stallAfter = 40;
    mServer->route("/slow.png", slow);
    ImageFetcher fetcher;
    QSignalSpy finished(&fetcher, &ImageFetcher::finished);
    connect(&fetcher, &ImageFetcher::progress, &fetcher, &ImageFetcher::cancel);
    fetcher.start(mServer->url("/slow.png").toString(), mArticle);
    QVERIFY(finished.wait(10000));
    QVERIFY(!fetcher.result().ok());
    QVERIFY(fetcher.result().error().message.contains(u"cancelled"_s));
    QVERIFY(!QFileInfo::exists(mFolder));
}

void TestImageFetcher::fileNames_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << u"https://e.org/a/photo.JPG?w=100#x"_s << u"jpeg"_s << u"photo.JPG"_s;
    QTest::newRow("no extension") << u"https://e.org/image?id=4"_s << u"jpeg"_s << u"image.jpg"_s;
    QTest::newRow("script") << u"https://e.org/get.php"_s << u"png"_s << u"get.php.png"_s;
    QTest::newRow("no name") << u"https://e.org/"_s << u"gif"_s << u"image.gif"_s;
    QTest::newRow("encoded separator")
        << u"https://e.org/a%2F..%2F..%2Fx.jpg"_s << u"jpeg"_s << u"a_.._.._x.jpg"_s;
    QTest::newRow("leading dots") << u"https://e.org/..hidden.png"_s << u"png"_s << u"hidden.png"_s;
    QTest::newRow("control") << u"https://e.org/a%0Ab.png"_s << u"png"_s << u"a_b.png"_s;
    QTest::newRow("long") << u"https://e.org/%1.png"_s.arg(QString(300, u'n')) << u"png"_s
                          << QString(116, u'n') + u".png"_s;
}

void TestImageFetcher::fileNames()
{
    QFETCH(QString, url);
    QFETCH(QString, format);
    QFETCH(QString, name);
    QCOMPARE(ImageFetcher::fileNameFor(url, format), name);
}

void TestImageFetcher::applyIsOneUndoStepAndDetailsRoundTrip()
{
    mServer->route("/plain.png", png());
    const QString url = mServer->url("/plain.png").toString();
    QVERIFY(writeFile(mArticle, "# Fetch\n\n![A photo.](" + url.toUtf8() + ")\n\nBody.\n"));
    Result<std::unique_ptr<ArticleDocument>> opened = DocumentIO::open(mArticle);
    QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
    ArticleDocument &doc = *opened.value();
    QVERIFY(ImageFetchJob::needsFetch(doc.article().images.at(0)));

    const Result<FetchedImage> r = fetch(QUrl(url));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(ImageFetchJob::apply(doc, 0, r.value()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), u"Fetch Image 1"_s);
    QCOMPARE(doc.article().images.at(0).localPath, r->path);
    QCOMPARE(doc.imageRecord(0).sha256, r->sha256);
    QVERIFY(doc.imageRecord(0).pixelSize.isValid());
    QCOMPARE(doc.imageProvenance(0).recordedEvents.size(), 1);
    const CustodyEvent event = doc.imageProvenance(0).recordedEvents.at(0);
    QCOMPARE(event.details, r->details());

    // The sidecar keeps every detail, and reads back the same.
    const QByteArray sidecar = SidecarWriter::write(doc);
    const Result<SidecarContent> read
        = SidecarReader::read(sidecar, mArticle + u".provena.jsonld"_s);
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read->provenance.value(0).recordedEvents.value(0), event);

    doc.undoStack()->undo();
    QVERIFY(doc.article().images.at(0).localPath.isEmpty());
    QVERIFY(doc.imageProvenance(0).recordedEvents.isEmpty());
    QVERIFY(!ImageFetchJob::apply(doc, 5, r.value()));
}

void TestImageFetcher::reopenFindsAFileSavedUnderItsOwnName()
{
    // The URL names no image file, so the file gets a name of its own, which only the sidecar
    // knows: opening the article again must find it there, not call it missing.
    mServer->route("/get?id=4", png());
    const QString url = mServer->url("/get?id=4").toString();
    QVERIFY(writeFile(mArticle, "# Fetch\n\n![A photo.](" + url.toUtf8() + ")\n\nBody.\n"));
    Result<std::unique_ptr<ArticleDocument>> opened = DocumentIO::open(mArticle);
    QVERIFY(opened.ok());
    const Result<FetchedImage> r = fetch(QUrl(url));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->path, mFolder + u"/get.png"_s);
    QVERIFY(ImageFetchJob::apply(*opened.value(), 0, r.value()));
    QVERIFY2(DocumentIO::save(*opened.value()), "save");

    OpenReport report;
    Result<std::unique_ptr<ArticleDocument>> again = DocumentIO::open(mArticle, &report);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->article().images.at(0).localPath, r->path);
    QCOMPARE(again.value()->imageRecord(0).problem, ImageRecord::Problem::None);
    QCOMPARE(again.value()->imageRecord(0).sha256, r->sha256);
    QVERIFY(!again.value()->isModified());
    QVERIFY(report.missingImages.isEmpty());

    // A recorded path that is no image is not taken.
    QVERIFY(QFile::remove(r->path));
    QVERIFY(writeFile(r->path, "not an image"));
    Result<std::unique_ptr<ArticleDocument>> third = DocumentIO::open(mArticle);
    QVERIFY(third.ok());
    QVERIFY(third.value()->article().images.at(0).localPath.isEmpty());
}

QTEST_GUILESS_MAIN(TestImageFetcher)
#include "tst_imagefetcher.moc"
