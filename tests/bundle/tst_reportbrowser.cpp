// SPDX-License-Identifier: MIT
// The report opened in a real browser: headless Chromium (Debian's chromium) loads report.html
// from a folder with its images, as an analyst opens an extracted bundle. The DOM it builds has
// every region and every linked span; its screenshot is not blank and shows the photo. Fails
// (never skips) when chromium is not installed. Loads file:// only; any host name resolves to
// nothing, so a stray network reference could not be fetched.
#include "bundle/reportwriter.h"
#include "reportfixture.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace provena;
using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;

struct BrowserRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestReportBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void domHasEveryRegionAndSpan();
    void screenshotShowsThePhoto();

private:
    BrowserRun runChromium(const QStringList &arguments);

    QTemporaryDir mDir;
    QString mChromium;
    ReportFixture mFixture;
    QUrl mReportUrl;
};

void TestReportBrowser::initTestCase()
{
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s}) {
        mChromium = QStandardPaths::findExecutable(name);
        if (!mChromium.isEmpty())
            break;
    }
    QVERIFY2(!mChromium.isEmpty(),
             "chromium is not installed: packaging/install-deps.sh installs Debian's chromium");
    QVERIFY(mDir.isValid());
    QVERIFY(writeReportFiles(mDir.path()));
    mFixture = buildReportFixture(mDir.path());
    const QString reportPath = mDir.filePath(u"report.html"_s);
    QVERIFY(writeFile(reportPath, ReportWriter::html(mFixture.input)));
    mReportUrl = QUrl::fromLocalFile(reportPath);
}

BrowserRun TestReportBrowser::runChromium(const QStringList &arguments)
{
    // A fresh profile per run, inside the test's folder; no first-run chores, no background
    // traffic, and every host name mapped to nothing.
    const QString profile = mDir.filePath(u"profile-%1"_s.arg(QDir(mDir.path()).count()));
    QStringList all {u"--headless"_s,
                     u"--no-sandbox"_s,
                     u"--disable-gpu"_s,
                     u"--user-data-dir="_s + profile,
                     u"--no-first-run"_s,
                     u"--no-default-browser-check"_s,
                     u"--disable-extensions"_s,
                     u"--disable-background-networking"_s,
                     u"--disable-component-update"_s,
                     u"--disable-sync"_s,
                     u"--no-proxy-server"_s,
                     u"--host-resolver-rules=MAP * ~NOTFOUND"_s,
                     u"--hide-scrollbars"_s};
    all += arguments;
    all.append(mReportUrl.toString(QUrl::FullyEncoded));

    BrowserRun run;
    QProcess process;
    process.setWorkingDirectory(mDir.path());
    process.start(mChromium, all);
    if (!process.waitForStarted(kTimeoutMs))
        return run;
    run.finished = process.waitForFinished(kTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestReportBrowser::domHasEveryRegionAndSpan()
{
    const BrowserRun run = runChromium({u"--dump-dom"_s});
    QVERIFY2(run.finished, "chromium --dump-dom did not finish within 60 s (killed)");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString dom = QString::fromUtf8(run.out);
    QVERIFY2(dom.contains(u"</html>"_s), qPrintable(dom.left(500) + QString::fromUtf8(run.err)));

    for (const QUuid &id : mFixture.regions) {
        const QString needle = u"id=\"region-"_s + id.toString(QUuid::WithoutBraces) + u'"';
        QVERIFY2(dom.count(needle) == 1, qPrintable(needle));
    }
    for (const QUuid &id : mFixture.anchors) {
        const QString needle = u"id=\"anchor-"_s + id.toString(QUuid::WithoutBraces) + u'"';
        QVERIFY2(dom.count(needle) == 1, qPrintable(needle));
    }
    // The browser parsed the overlay as SVG and the marks as marks, with Hangul intact.
    QCOMPARE(dom.count(u"<svg "_s), 2);
    QVERIFY(dom.contains(u"<polyline "_s));
    QVERIFY(dom.contains(u">김정은 </mark>"_s));
    // The escaped script stayed text: the DOM has no script element.
    QVERIFY(!dom.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(dom.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
}

void TestReportBrowser::screenshotShowsThePhoto()
{
    const QString shot = mDir.filePath(u"out.png"_s);
    const BrowserRun run = runChromium({u"--screenshot="_s + shot, u"--window-size=1280,2000"_s});
    QVERIFY2(run.finished, "chromium --screenshot did not finish within 60 s (killed)");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QImage image(shot);
    QVERIFY2(!image.isNull(),
             qPrintable(u"no screenshot at "_s + shot + u": "_s + QString::fromUtf8(run.err)));
    image = image.convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.width(), 1280);

    QSet<QRgb> colours;
    qint64 photoPixels = 0;
    const auto near = [](int a, int b) {
        return std::abs(a - b) <= 16;
    };
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            colours.insert(pixel);
            if (near(qRed(pixel), kPhotoColour.red()) && near(qGreen(pixel), kPhotoColour.green())
                && near(qBlue(pixel), kPhotoColour.blue()))
                ++photoPixels;
        }
    }
    // Text, highlights, the photo and its overlay: far from one colour.
    QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    // The photo is shown ~960 px wide: well over 100,000 of its pixels must be on screen.
    QVERIFY2(photoPixels > 100000, qPrintable(QString::number(photoPixels)));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestReportBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportbrowser.moc"
