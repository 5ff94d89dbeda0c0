// SPDX-License-Identifier: MIT
// The Forensics dock driven through its widgets in the main window, on a generated photo with a
// cloned block: ELA laid over the photo with the opacity of the slider, the histogram and the
// "not a JPEG" answer, export as PNG, a copy-move suggestion accepted as two `manipulation`
// regions in one undo step, cancel, and the overlay cleared when another image is shown.
#include "../media/forensicsfixtures.h"
#include "core/document/articledocument.h"
#include "session/recoverymanager.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/overlayitem.h"
#include "ui/docks/forensichistogramplot.h"
#include "ui/docks/forensicsdock.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace provena;
using namespace provena::testing;

namespace {

const QString kArticle
    = QStringLiteral("Harbour works\n\n![The crane at dawn. [NCNA]](clone.png)\n\n"
                     "The crane was moved on Tuesday.\n\n![The quay. [NCNA]](plain.png)\n");

const QRect kFrom(60, 50, 120, 120);
const QPoint kTo(400, 260);

bool near(const QRectF &a, const QRect &b)
{
    const QRect r = a.toAlignedRect();
    return qAbs(r.left() - b.left()) <= 4 && qAbs(r.top() - b.top()) <= 4
        && qAbs(r.right() - b.right()) <= 4 && qAbs(r.bottom() - b.bottom()) <= 4;
}

} // namespace

class TestForensicsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void elaOverlayWithOpacityAndExport();
    void acceptCopyMoveSuggestionAndUndo();
    void cancelLeavesNoView();
    void anotherImageClearsTheOverlay();

private:
    std::unique_ptr<MainWindow> openWindow();
    static ForensicsDock *dockOf(MainWindow &w) { return w.findChild<ForensicsDock *>(); }
    /** Chooses the view in the combo box with the keyboard, as an analyst can. */
    static void chooseView(ForensicsDock *dock, ForensicView::Kind kind);

    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestForensicsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaForensicsTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid());
    QSettings().clear();
    mArticlePath = mDir.filePath(QStringLiteral("harbour.md"));
    QFile article(mArticlePath);
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write(kArticle.toUtf8());
    article.close();
    const QImage texture = texturedImage(QSize(640, 480), 11);
    QImage clone = texture;
    QPainter(&clone).drawImage(kTo, texture.copy(kFrom));
    QVERIFY(clone.save(mDir.filePath(QStringLiteral("clone.png"))));
    QVERIFY(texturedImage(QSize(320, 240), 4).save(mDir.filePath(QStringLiteral("plain.png"))));
}

void TestForensicsDock::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestForensicsDock::init()
{
    QFile::remove(mDir.filePath(QStringLiteral("harbour.provena.jsonld")));
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the "
        "keyboard)$)")));
}

std::unique_ptr<MainWindow> TestForensicsDock::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Discard; });
    w->resize(1400, 950);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()) || !w->openArticle(mArticlePath))
        return nullptr;
    w->document()->setAuthor(QStringLiteral("Test Analyst"));
    ForensicsDock *dock = dockOf(*w);
    if (!dock || dock->isVisible())
        return nullptr;
    // View › Forensics, as the analyst opens it.
    dock->toggleViewAction()->trigger();
    if (!QTest::qWaitFor([&] { return dock->isVisible() && w->imageScene()->hasImage(); }, 10000))
        return nullptr;
    if (!QTest::qWaitFor([&] { return !dock->histogramPlot()->histogram().isEmpty(); }, 20000))
        return nullptr;
    return w;
}

void TestForensicsDock::chooseView(ForensicsDock *dock, ForensicView::Kind kind)
{
    QComboBox *box = dock->viewBox();
    box->setFocus();
    const int target = box->findData(int(kind));
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
}

void TestForensicsDock::elaOverlayWithOpacityAndExport()
{
    auto w = openWindow();
    QVERIFY(w);
    ForensicsDock *dock = dockOf(*w);
    QVERIFY(dock->aidNote()->isVisible());
    QVERIFY(dock->aidNote()->text().contains(QStringLiteral("do not declare an image fake")));
    QCOMPARE(dock->histogramPlot()->histogram().pixels, 640 * 480);
    QVERIFY2(dock->jpegLabel()->text().contains(QStringLiteral("not a JPEG file")),
             qPrintable(dock->jpegLabel()->text()));
    OverlayItem *overlay = w->imageScene()->overlayItem();
    QVERIFY(!overlay->isVisible());
    QVERIFY(!dock->exportButton()->isEnabled());

    QSignalSpy finished(dock, &ForensicsDock::viewFinished);
    chooseView(dock, ForensicView::Kind::ErrorLevel);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->overlay().size(), QSize(640, 480));
    QCOMPARE(overlay->coveredSize(), QSizeF(640, 480));
    QCOMPARE(overlay->opacity(), 0.7);
    QVERIFY(dock->qualityBox()->isEnabled());

    // The slider sets the overlay's opacity.
    dock->opacitySlider()->setFocus();
    QTest::keyClick(dock->opacitySlider(), Qt::Key_PageUp);
    QCOMPARE(overlay->opacity(), 0.8);

    // Another quality recomputes the view.
    dock->qualityBox()->setFocus();
    QTest::keyClick(dock->qualityBox(), Qt::Key_Down);
    QCOMPARE(dock->qualityBox()->value(), 89);
    QVERIFY(finished.wait(20000));
    QVERIFY(overlay->isVisible());

    // Closing the dock takes the view off the photo; opening it again brings it back.
    dock->toggleViewAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return !dock->isVisible(); }, 5000));
    QVERIFY(!overlay->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return dock->isVisible(); }, 5000));
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->opacity(), 0.8);

    QVERIFY(dock->exportButton()->isEnabled());
    const QString exported = mDir.filePath(QStringLiteral("ela.png"));
    const Status written = dock->exportView(exported);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QCOMPARE(QImage(exported).size(), QSize(640, 480));
    QVERIFY(!dock->exportView(mDir.filePath(QStringLiteral("no/such/dir/x.png"))).ok());
}

void TestForensicsDock::acceptCopyMoveSuggestionAndUndo()
{
    auto w = openWindow();
    QVERIFY(w);
    ForensicsDock *dock = dockOf(*w);
    QSignalSpy finished(dock, &ForensicsDock::viewFinished);
    chooseView(dock, ForensicView::Kind::CopyMove);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(w->imageScene()->overlayItem()->isVisible());
    QListWidget *list = dock->suggestionList();
    QCOMPARE(list->count(), 1);
    QVERIFY(dock->acceptButton()->isEnabled());
    QVERIFY(w->document()->regions().isEmpty());

    QTest::mouseClick(dock->acceptButton(), Qt::LeftButton);
    const QList<Region> regions = w->document()->regions();
    QCOMPARE(regions.size(), 2);
    const QRect to(kTo, kFrom.size());
    for (const Region &region : regions) {
        QCOMPARE(region.label, QStringLiteral("manipulation"));
        QCOMPARE(region.imageIndex, 0);
        QVERIFY(region.note.contains(QStringLiteral("not a verdict")));
    }
    const QRectF a = regions.at(0).geometry.boundingRect();
    const QRectF b = regions.at(1).geometry.boundingRect();
    QVERIFY((near(a, kFrom) && near(b, to)) || (near(a, to) && near(b, kFrom)));
    QCOMPARE(list->count(), 0);
    QVERIFY(!dock->acceptButton()->isEnabled());

    // One undo step takes both away.
    QCOMPARE(w->document()->undoStack()->count(), 1);
    w->document()->undoStack()->undo();
    QVERIFY(w->document()->regions().isEmpty());
}

void TestForensicsDock::cancelLeavesNoView()
{
    auto w = openWindow();
    QVERIFY(w);
    ForensicsDock *dock = dockOf(*w);
    chooseView(dock, ForensicView::Kind::CopyMove);
    QVERIFY(dock->isBusy());
    QVERIFY(dock->cancelButton()->isVisible());
    QTest::mouseClick(dock->cancelButton(), Qt::LeftButton);
    QVERIFY(!dock->isBusy());
    QCOMPARE(dock->statusLabel()->text(), QStringLiteral("Cancelled."));
    // Let the worker end and its result arrive: it must be dropped.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(!dock->hasView());
    QVERIFY(!w->imageScene()->overlayItem()->isVisible());
    QCOMPARE(dock->suggestionList()->count(), 0);
}

void TestForensicsDock::anotherImageClearsTheOverlay()
{
    auto w = openWindow();
    QVERIFY(w);
    ForensicsDock *dock = dockOf(*w);
    QSignalSpy finished(dock, &ForensicsDock::viewFinished);
    chooseView(dock, ForensicView::Kind::LuminanceGradient);
    QVERIFY(finished.wait(20000));
    QVERIFY(w->imageScene()->overlayItem()->isVisible());

    // The next image: the old overlay goes at once, the chosen view follows for the new photo.
    w->showImage(1);
    QVERIFY(!w->imageScene()->overlayItem()->isVisible() || w->imageScene()->imageIndex() == 1);
    QVERIFY(finished.wait(20000));
    QVERIFY(QTest::qWaitFor(
        [&] { return w->imageScene()->hasImage() && w->imageScene()->imageIndex() == 1; }, 10000));
    QCOMPARE(dock->histogramPlot()->histogram().pixels, 320 * 240);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return w->imageScene()->overlayItem()->isVisible()
                && w->imageScene()->overlayItem()->overlay().size() == QSize(320, 240);
        },
        10000));
}

QTEST_MAIN(TestForensicsDock)
#include "tst_forensicsdock.moc"
