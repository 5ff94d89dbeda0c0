// SPDX-License-Identifier: MIT
// The missing-image view's Fetch against a loopback server this test starts: clicking it shows
// progress without blocking, then the image and its retrieved custody event; Cancel leaves no
// file; a failure is said in the view; offline hides the button.
#include "../session/loopbackhttpserver.h"
#include "core/document/articledocument.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/docks/provenancedock.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

/** Where `network/offline` lives: the file the GUI and provena-cli share. */
QSettings sharedSettings()
{
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

ScriptedResponse png()
{
    ScriptedResponse r;
    r.body = readAll(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"));
    r.headers = {{"Content-Type", "image/png"}};
    return r;
}

} // namespace

class TestFetchImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void fetchShowsTheImageAndItsCustody();
    void cancelLeavesNoFile();
    void failureIsShownInTheView();
    void offlineOffersNoFetch();

private:
    std::unique_ptr<MainWindow> openWindow(const QByteArray &path);

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<LoopbackHttpServer> mServer;
    QString mArticle;
};

void TestFetchImage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ProvenaTest"_s);
    QCoreApplication::setApplicationName(
        u"ProvenaFetchImageTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QSettings().setValue(u"canvas/askLabelAfterDrawing"_s, false);
}

void TestFetchImage::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
    QFile::remove(sharedSettings().fileName());
}

void TestFetchImage::init()
{
    sharedSettings().remove(u"network/offline"_s);
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mServer = std::make_unique<LoopbackHttpServer>();
    QVERIFY(mServer->isListening());
    mArticle = mDir->filePath(u"story.md"_s);
    // Unexpected warnings fail; the offscreen platform's own are harmless.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the "
        "keyboard)$)")));
}

std::unique_ptr<MainWindow> TestFetchImage::openWindow(const QByteArray &path)
{
    if (!writeFile(mArticle,
                   "# Fetch\n\n![A photo.](" + mServer->url(path).toEncoded() + ")\n\nBody.\n"))
        return nullptr;
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Discard; });
    w->resize(1000, 700);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openArticle(mArticle))
        return nullptr;
    // View › Show Provenance, as the analyst would open it to see the custody tab.
    w->action(QStringLiteral("showProvenance"))->trigger();
    if (!QTest::qWaitFor([&] { return w->provenanceDock()->isVisible(); }, 5000))
        return nullptr;
    return w;
}

void TestFetchImage::fetchShowsTheImageAndItsCustody()
{
    ScriptedResponse slow = png();
    slow.delayMs = 300; // long enough to see the progress while the UI keeps running
    mServer->route("/img/plain.png", slow);
    auto w = openWindow("/img/plain.png");
    QVERIFY(w);
    MissingImageWidget *view = w->canvasPane()->missingImage();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->fetchButton()->isVisible());
    QVERIFY(!view->fetchProgress()->isVisible());

    QTest::mouseClick(view->fetchButton(), Qt::LeftButton);
    // The click returned at once: the progress and Cancel are up while the server waits.
    QVERIFY(view->fetchProgress()->isVisible());
    QVERIFY(view->cancelFetchButton()->isVisible());
    QVERIFY(!view->fetchButton()->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!w->canvasPane()->image().isNull(), 10000);
    const QString saved = mDir->filePath(u"story_files/plain.png"_s);
    QCOMPARE(w->document()->article().images.at(0).localPath, saved);
    QCOMPARE(readAll(saved), png().body);
    QCOMPARE(w->document()->undoStack()->count(), 1);
    QCOMPARE(w->document()->undoStack()->text(0), u"Fetch Image 1"_s);
    QVERIFY(w->document()->isModified());

    QTreeWidget *custody = w->provenanceDock()->custodyList();
    QTRY_COMPARE(custody->topLevelItemCount(), 1);
    const QTreeWidgetItem *step = custody->topLevelItem(0);
    QCOMPARE(step->text(0), u"Retrieved"_s);
    QVERIFY2(step->text(1).startsWith(u"Provena "_s), qPrintable(step->text(1)));
    QCOMPARE(step->text(3), mServer->url("/img/plain.png").toString());

    // One undo step takes both back: the placeholder offers Fetch again.
    w->document()->undoStack()->undo();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->fetchButton()->isVisible());
    QCOMPARE(custody->topLevelItemCount(), 0);
}

void TestFetchImage::cancelLeavesNoFile()
{
    ScriptedResponse stalled = png();
    stalled.stallAfter = 20;
    mServer->route("/img/plain.png", stalled);
    auto w = openWindow("/img/plain.png");
    QVERIFY(w);
    MissingImageWidget *view = w->canvasPane()->missingImage();
    QTRY_VERIFY(view->isVisible());
    QTest::mouseClick(view->fetchButton(), Qt::LeftButton);
    QTRY_COMPARE(view->fetchProgress()->value(), 0);
    QTRY_COMPARE(mServer->requests().size(), 1);
    QTest::mouseClick(view->cancelFetchButton(), Qt::LeftButton);
    QTRY_VERIFY(view->fetchButton()->isVisible());
    QVERIFY(!view->fetchProgress()->isVisible());
    QVERIFY2(view->problemText().contains(u"cancelled"_s), qPrintable(view->problemText()));
    QVERIFY(!QFileInfo::exists(mDir->filePath(u"story_files"_s)));
    QVERIFY(w->document()->article().images.at(0).localPath.isEmpty());
    QCOMPARE(w->document()->undoStack()->count(), 0);
}

void TestFetchImage::failureIsShownInTheView()
{
    ScriptedResponse page;
    page.body = "<!doctype html><html><head></head><body>Sign in</body></html>";
    mServer->route("/img/photo.jpg", page);
    auto w = openWindow("/img/photo.jpg");
    QVERIFY(w);
    MissingImageWidget *view = w->canvasPane()->missingImage();
    QTRY_VERIFY(view->isVisible());
    QTest::mouseClick(view->fetchButton(), Qt::LeftButton);
    QTRY_VERIFY(view->problemText().contains(u"HTML page, not an image"_s));
    QVERIFY(view->fetchButton()->isVisible());
    QVERIFY(!QFileInfo::exists(mDir->filePath(u"story_files"_s)));
    QCOMPARE(w->document()->undoStack()->count(), 0);
}

void TestFetchImage::offlineOffersNoFetch()
{
    sharedSettings().setValue(u"network/offline"_s, true);
    mServer->route("/img/plain.png", png());
    auto w = openWindow("/img/plain.png");
    QVERIFY(w);
    MissingImageWidget *view = w->canvasPane()->missingImage();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(!view->fetchButton()->isVisible());
    QVERIFY(view->problemText().contains(u"offline"_s));
    QCOMPARE(mServer->connectionCount(), 0);
}

QTEST_MAIN(TestFetchImage)
#include "tst_fetchimage.moc"
