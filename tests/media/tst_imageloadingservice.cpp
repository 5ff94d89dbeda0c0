// SPDX-License-Identifier: MIT
#include "media/imageloadingservice.h"

#include "exifthumbnailjpeg.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QImageWriter>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

using Ticket = ImageLoadingService::Ticket;

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

/** Everything a service delivered, by ticket. */
struct Deliveries
{
    explicit Deliveries(ImageLoadingService *service)
    {
        QObject::connect(service, &ImageLoadingService::loaded, service,
                         [this](Ticket ticket, const QString &path, const QImage &image) {
                             ++count[ticket];
                             paths.insert(ticket, path);
                             images.insert(ticket, image);
                         });
        QObject::connect(service, &ImageLoadingService::failed, service,
                         [this](Ticket ticket, const QString &path, const Error &error) {
                             ++count[ticket];
                             paths.insert(ticket, path);
                             errors.insert(ticket, error);
                         });
    }

    int total() const
    {
        int n = 0;
        for (const int c : count)
            n += c;
        return n;
    }

    QHash<Ticket, int> count;
    QHash<Ticket, QString> paths;
    QHash<Ticket, QImage> images;
    QHash<Ticket, Error> errors;
};

/** Waits until nothing runs and queued deliveries have been made. */
bool settle(ImageLoadingService &service)
{
    if (!QTest::qWaitFor([&] { return !service.isBusy(); }, 20000))
        return false;
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestImageLoadingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullAndReducedSizes();
    void latestWinsOnChannel();
    void supersededCacheHitNeverDelivers();
    void cancelDropsRequests();
    void cacheHitDoesNotDecode();
    void sameImageSharesOneDecode();
    void changedFileIsDecodedAgain();
    void budgetEvictsLeastRecentlyUsed();
    void corruptFilesReportErrorWithPath_data();
    void corruptFilesReportErrorWithPath();
    void concurrentThumbnailsAllDelivered();
    void thumbnailsWaitForTheChannel();
    void embeddedThumbnailComesFromTheSource();

private:
    QString makeImage(const QString &name, int width, int height, QColor colour);

    QTemporaryDir mDir;
};

QString TestImageLoadingService::makeImage(const QString &name, int width, int height,
                                           QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = mDir.filePath(name);
    if (!image.save(path))
        return {};
    return path;
}

void TestImageLoadingService::initTestCase()
{
    QVERIFY(mDir.isValid());
}

void TestImageLoadingService::fullAndReducedSizes()
{
    const QString path = makeImage(QStringLiteral("sizes.png"), 800, 400, Qt::darkCyan);
    ImageLoadingService service;
    Deliveries got(&service);
    const Ticket full = service.request(path);
    const Ticket thumb = service.request(path, 100);
    QVERIFY(full != 0 && thumb != 0 && full != thumb);
    QVERIFY(service.isPending(full));
    QCOMPARE(service.pendingCount(), 2);
    QVERIFY(settle(service));
    QCOMPARE(got.images.value(full).size(), QSize(800, 400));
    QCOMPARE(got.images.value(thumb).size(), QSize(100, 50));
    QCOMPARE(got.paths.value(full), path);
    QCOMPARE(service.pendingCount(), 0);
    QVERIFY(!service.isPending(full));
}

void TestImageLoadingService::latestWinsOnChannel()
{
    const QString a = makeImage(QStringLiteral("latest-a.png"), 1600, 1200, Qt::red);
    const QString b = makeImage(QStringLiteral("latest-b.png"), 640, 480, Qt::green);
    const QString c = makeImage(QStringLiteral("latest-c.png"), 300, 200, Qt::blue);
    ImageLoadingService service;
    Deliveries got(&service);
    const Ticket ta = service.requestLatest(QStringLiteral("canvas"), a);
    const Ticket tb = service.requestLatest(QStringLiteral("canvas"), b);
    const Ticket tc = service.requestLatest(QStringLiteral("canvas"), c);
    // Another channel is independent of "canvas".
    const Ticket other = service.requestLatest(QStringLiteral("other"), a, 64);
    QVERIFY(!service.isPending(ta));
    QVERIFY(!service.isPending(tb));
    QVERIFY(service.isPending(tc));
    QVERIFY(settle(service));
    QCOMPARE(got.count.value(ta), 0);
    QCOMPARE(got.count.value(tb), 0);
    QCOMPARE(got.count.value(tc), 1);
    QCOMPARE(got.count.value(other), 1);
    QCOMPARE(got.total(), 2);
    QCOMPARE(got.images.value(tc).size(), QSize(300, 200));
    // The superseded decodes finished into the cache: going back is immediate.
    QVERIFY(service.cached(a).has_value());
    QVERIFY(service.cached(b).has_value());
    QCOMPARE(service.cachedCount(), 4);
}

void TestImageLoadingService::supersededCacheHitNeverDelivers()
{
    const QString a = makeImage(QStringLiteral("hit-a.png"), 200, 100, Qt::red);
    const QString b = makeImage(QStringLiteral("hit-b.png"), 100, 200, Qt::blue);
    ImageLoadingService service;
    Deliveries got(&service);
    service.request(a);
    QVERIFY(settle(service));
    QCOMPARE(got.total(), 1);
    // Served from the cache, but through the event loop: still superseded in time.
    const Ticket first = service.requestLatest(QStringLiteral("canvas"), a);
    const Ticket second = service.requestLatest(QStringLiteral("canvas"), b);
    QVERIFY(settle(service));
    QCOMPARE(got.count.value(first), 0);
    QCOMPARE(got.count.value(second), 1);
    // cancelChannel drops the pending one; its decode still lands in the cache.
    const QString c = makeImage(QStringLiteral("hit-c.png"), 300, 100, Qt::green);
    const Ticket third = service.requestLatest(QStringLiteral("canvas"), c);
    service.cancelChannel(QStringLiteral("canvas"));
    QVERIFY(!service.isPending(third));
    QVERIFY(settle(service));
    QCOMPARE(got.count.value(third), 0);
    QVERIFY(service.cached(c).has_value());
}

void TestImageLoadingService::cancelDropsRequests()
{
    QStringList paths;
    for (int i = 0; i < 8; ++i)
        paths.append(
            makeImage(QStringLiteral("cancel%1.png").arg(i), 2400, 1800, QColor(20 * i, 100, 200)));
    ImageLoadingService service;
    Deliveries got(&service);

    const Ticket one = service.request(paths.at(0));
    service.cancel(one);
    QVERIFY(!service.isPending(one));
    service.cancel(one); // twice, and unknown tickets, are harmless
    service.cancel(987654);

    QList<Ticket> tickets;
    for (const QString &path : std::as_const(paths))
        tickets.append(service.request(path, 128));
    const Ticket kept = service.request(paths.at(7));
    service.cancelAll();
    QCOMPARE(service.pendingCount(), 0);
    QVERIFY(!service.isPending(kept));
    QVERIFY(settle(service));
    QCOMPARE(got.total(), 0);
    // Two threads: most of the queued decodes never started.
    QVERIFY2(service.decodeCount() < 10, QByteArray::number(service.decodeCount()));

    // A cancelled request does not stop a new one for the same image.
    const Ticket again = service.request(paths.at(3), 128);
    QVERIFY(settle(service));
    QCOMPARE(got.count.value(again), 1);
    QCOMPARE(got.images.value(again).width(), 128);
}

void TestImageLoadingService::cacheHitDoesNotDecode()
{
    const QString path = makeImage(QStringLiteral("cache.png"), 640, 480, Qt::yellow);
    ImageLoadingService service;
    Deliveries got(&service);
    QVERIFY(!service.cached(path, 56).has_value());
    const Ticket first = service.request(path, 56);
    QVERIFY(settle(service));
    QCOMPARE(service.decodeCount(), 1);
    QCOMPARE(got.count.value(first), 1);

    const Ticket second = service.request(path, 56);
    // Never delivered from inside request(): the caller can store the ticket first.
    QCOMPARE(got.count.value(second), 0);
    QVERIFY(service.isPending(second));
    QVERIFY(settle(service));
    QCOMPARE(got.count.value(second), 1);
    QCOMPARE(got.images.value(second), got.images.value(first));
    QCOMPARE(service.decodeCount(), 1);
    QVERIFY(service.cached(path, 56).has_value());
    QCOMPARE(service.cached(path, 56)->size(), QSize(56, 42));

    // Another size is another entry.
    QVERIFY(!service.cached(path).has_value());
    service.request(path);
    QVERIFY(settle(service));
    QCOMPARE(service.decodeCount(), 2);
    QCOMPARE(service.cachedCount(), 2);
}

void TestImageLoadingService::sameImageSharesOneDecode()
{
    const QString path = makeImage(QStringLiteral("shared.png"), 1200, 900, Qt::magenta);
    ImageLoadingService service;
    Deliveries got(&service);
    const Ticket strip = service.request(path, 220);
    const Ticket text = service.request(path, 220);
    QVERIFY(settle(service));
    QCOMPARE(service.decodeCount(), 1);
    QCOMPARE(got.count.value(strip), 1);
    QCOMPARE(got.count.value(text), 1);
    QCOMPARE(got.images.value(text).size(), QSize(220, 165));
}

void TestImageLoadingService::changedFileIsDecodedAgain()
{
    const QString path = makeImage(QStringLiteral("changed.png"), 300, 300, Qt::gray);
    ImageLoadingService service;
    Deliveries got(&service);
    service.request(path);
    QVERIFY(settle(service));
    QTest::qWait(20); // a different modification time, whatever the file system's resolution
    QCOMPARE(makeImage(QStringLiteral("changed.png"), 500, 250, Qt::black), path);
    QVERIFY(!service.cached(path).has_value());
    const Ticket again = service.request(path);
    QVERIFY(settle(service));
    QCOMPARE(service.decodeCount(), 2);
    QCOMPARE(got.images.value(again).size(), QSize(500, 250));
}

void TestImageLoadingService::budgetEvictsLeastRecentlyUsed()
{
    // 400 × 400 RGB32 is 640,000 bytes: the budget holds two of them.
    QStringList paths;
    for (int i = 0; i < 3; ++i)
        paths.append(
            makeImage(QStringLiteral("budget%1.png").arg(i), 400, 400, QColor(80 * i, 80, 80)));
    ImageLoadingService service;
    service.setBudgetBytes(2 * 640000 + 1000);
    QCOMPARE(service.budgetBytes(), 2 * 640000 + 1000);
    service.request(paths.at(0));
    QVERIFY(settle(service));
    service.request(paths.at(1));
    QVERIFY(settle(service));
    QCOMPARE(service.cachedCount(), 2);
    // Using the first makes the second the least recently used.
    QVERIFY(service.cached(paths.at(0)).has_value());
    service.request(paths.at(2));
    QVERIFY(settle(service));
    QCOMPARE(service.cachedCount(), 2);
    QVERIFY(service.cachedBytes() <= service.budgetBytes());
    QVERIFY(service.cached(paths.at(0)).has_value());
    QVERIFY(!service.cached(paths.at(1)).has_value());
    QVERIFY(service.cached(paths.at(2)).has_value());

    // Lowering the budget evicts at once; an image larger than the budget is delivered anyway.
    service.setBudgetBytes(700000);
    QCOMPARE(service.cachedCount(), 1);
    service.setBudgetBytes(1000);
    QCOMPARE(service.cachedCount(), 0);
    Deliveries got(&service);
    const Ticket big = service.request(paths.at(1));
    QVERIFY(settle(service));
    QCOMPARE(got.images.value(big).size(), QSize(400, 400));
    QCOMPARE(service.cachedCount(), 0);
}

void TestImageLoadingService::corruptFilesReportErrorWithPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("maxSide");
    QTest::newRow("truncated") << fixture("truncated.jpg") << 0;
    QTest::newRow("truncated thumbnail") << fixture("truncated.jpg") << 56;
    QTest::newRow("not an image") << fixture("not-an-image.jpg") << 0;
    QTest::newRow("missing") << mDir.filePath(QStringLiteral("no-such-file.jpg")) << 0;
}

void TestImageLoadingService::corruptFilesReportErrorWithPath()
{
    QFETCH(QString, path);
    QFETCH(int, maxSide);
    ImageLoadingService service;
    Deliveries got(&service);
    const Ticket ticket = service.request(path, maxSide);
    QVERIFY(settle(service));
    QCOMPARE(got.count.value(ticket), 1);
    QVERIFY(got.errors.contains(ticket));
    const Error error = got.errors.value(ticket);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.path, path);
    QCOMPARE(got.paths.value(ticket), path);
    // Failures are not cached: asking again decodes again.
    QCOMPARE(service.cachedCount(), 0);
}

void TestImageLoadingService::concurrentThumbnailsAllDelivered()
{
    QStringList paths;
    for (int i = 0; i < 10; ++i)
        paths.append(makeImage(QStringLiteral("many%1.png").arg(i), 300 + 40 * i, 200,
                               QColor(20 * i, 50, 100)));
    ImageLoadingService service;
    Deliveries got(&service);
    QHash<Ticket, QSize> expected;
    for (int i = 0; i < paths.size(); ++i) {
        expected.insert(service.request(paths.at(i), 56), QSize(56, 200 * 56 / (300 + 40 * i)));
        expected.insert(service.request(paths.at(i), 220), QSize(220, 200 * 220 / (300 + 40 * i)));
    }
    // A broken one among them does not hold up the rest.
    const Ticket broken = service.request(fixture("not-an-image.jpg"), 56);
    QVERIFY(settle(service));
    QCOMPARE(got.total(), expected.size() + 1);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(got.count.value(it.key()), 1);
        QCOMPARE(got.images.value(it.key()).width(), it->width());
        QVERIFY(qAbs(got.images.value(it.key()).height() - it->height()) <= 1);
    }
    QVERIFY(got.errors.contains(broken));
}

void TestImageLoadingService::thumbnailsWaitForTheChannel()
{
    // A large photo for the canvas, then a thumbnail that would decode in a fraction of the time
    // on the pool's second thread: it is held back until the photo is delivered.
    const QString photo = makeImage(QStringLiteral("photo.png"), 4000, 3000, Qt::darkRed);
    const QString small = makeImage(QStringLiteral("small.png"), 200, 100, Qt::darkGreen);
    const QString other = makeImage(QStringLiteral("other.png"), 300, 100, Qt::darkBlue);
    ImageLoadingService service;
    QList<Ticket> order;
    connect(&service, &ImageLoadingService::loaded, this,
            [&order](Ticket ticket) { order.append(ticket); });
    const Ticket canvas = service.requestLatest(QStringLiteral("canvas"), photo);
    const Ticket thumbnail = service.request(small, 50);
    const Ticket dropped = service.request(other, 50);
    service.cancel(dropped); // a held request that is cancelled never runs
    QVERIFY(settle(service));
    QCOMPARE(order, (QList<Ticket> {canvas, thumbnail}));
    QCOMPARE(service.decodeCount(), 2);
    QVERIFY(!service.isPending(dropped));

    // A channel request for a held image starts it at once (and both get it).
    order.clear();
    const Ticket again = service.requestLatest(QStringLiteral("canvas"), photo, 1000);
    const Ticket heldThumb = service.request(other, 60);
    const Ticket chosen = service.requestLatest(QStringLiteral("strip"), other, 60);
    QVERIFY(settle(service));
    QCOMPARE(order.size(), 3);
    QVERIFY(order.contains(again) && order.contains(heldThumb) && order.contains(chosen));
    QCOMPARE(service.decodeCount(), 4);
}

void TestImageLoadingService::embeddedThumbnailComesFromTheSource()
{
    const QString path = makeImage(QStringLiteral("camera.jpg"), 600, 400, Qt::darkRed);
    QVERIFY(!path.isEmpty());
    ImageLoadingService service;
    Deliveries got(&service);

    // No source: the request fails with the file named, and the caller goes on to the preview.
    const Ticket none = service.requestLatest(QStringLiteral("thumb"), path,
                                              ImageLoadingService::kEmbeddedThumbnail);
    QVERIFY(settle(service));
    QVERIFY(got.errors.contains(none));
    QCOMPARE(got.errors.value(none).path, path);
    QVERIFY2(got.errors.value(none).message.contains(QStringLiteral("camera.jpg")),
             qPrintable(got.errors.value(none).message));

    // With a source: its bytes become the frame, cropped to the photo's 3:2 and on a worker.
    QImage padded(160, 120, QImage::Format_RGB32);
    padded.fill(Qt::black);
    for (int y = 7; y < 113; ++y)
        for (int x = 0; x < 160; ++x)
            padded.setPixel(x, y, qRgb(20, 200, 40));
    const QByteArray thumbnailBytes = test::jpegBytes(padded, 95);
    QMutex mutex;
    QStringList asked;
    service.setEmbeddedThumbnailSource([&](const QString &file) -> Result<QByteArray> {
        const QMutexLocker lock(&mutex);
        asked << file;
        return thumbnailBytes;
    });
    const Ticket shown = service.requestLatest(QStringLiteral("thumb"), path,
                                               ImageLoadingService::kEmbeddedThumbnail);
    QVERIFY(settle(service));
    QVERIFY2(got.images.contains(shown), qPrintable(got.errors.value(shown).toString()));
    QCOMPARE(got.images.value(shown).size(), QSize(160, 107));
    QCOMPARE(qGreen(got.images.value(shown).pixel(80, 3)) > 150, true);
    {
        const QMutexLocker lock(&mutex);
        QCOMPARE(asked, QStringList {path});
    }

    // The source's error is what the caller gets.
    const QString other = makeImage(QStringLiteral("other.jpg"), 300, 200, Qt::darkRed);
    service.setEmbeddedThumbnailSource([](const QString &file) -> Result<QByteArray> {
        return Error {QStringLiteral("no thumbnail in %1").arg(file), {}, file};
    });
    const Ticket refused = service.requestLatest(QStringLiteral("thumb"), other,
                                                 ImageLoadingService::kEmbeddedThumbnail);
    QVERIFY(settle(service));
    QCOMPARE(got.errors.value(refused).message, QStringLiteral("no thumbnail in %1").arg(other));
    QCOMPARE(got.errors.value(refused).path, other);

    // A progressive JPEG without a thumbnail gives its first scans at 1/8 instead.
    QImage card(640, 424, QImage::Format_RGB32);
    card.fill(QColor(30, 60, 200));
    const QString progressive = mDir.filePath(QStringLiteral("progressive.jpg"));
    QImageWriter writer(progressive, "jpeg");
    writer.setProgressiveScanWrite(true);
    QVERIFY2(writer.write(card), qPrintable(writer.errorString()));
    const Ticket coarse = service.requestLatest(QStringLiteral("thumb"), progressive,
                                                ImageLoadingService::kEmbeddedThumbnail);
    QVERIFY(settle(service));
    QVERIFY2(got.images.contains(coarse), qPrintable(got.errors.value(coarse).toString()));
    QCOMPARE(got.images.value(coarse).size(), QSize(80, 53));
    QVERIFY(qBlue(got.images.value(coarse).pixel(40, 26)) > 150);
}

QTEST_GUILESS_MAIN(TestImageLoadingService)
#include "tst_imageloadingservice.moc"
