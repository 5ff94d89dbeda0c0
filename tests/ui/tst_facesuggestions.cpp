// SPDX-License-Identifier: MIT
// Image › Suggest Faces, the dashed suggestions, accepting and rejecting them, cancel, and
// Image › Snap to Outline, driven through the window's actions, menus and buttons.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "session/documentio.h"
#include "session/recoverymanager.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/suggestionitem.h"
#include "ui/mainwindow/assistactionhandler.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace provena;

namespace {

const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

bool writeArticle(const QString &path, const QString &image)
{
    QFile f(path);
    const QByteArray text = "# Two shots\n\n![Both strikers [AP]](" + image.toUtf8()
        + ")\n\nThey scored.\n\nBy A. Writer\n";
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

/** The packaged photo twice side by side: two faces, 1096×342. */
QImage twoFaces()
{
    const QImage photo(kMessi);
    QImage both(photo.width() * 2, photo.height(), QImage::Format_RGB32);
    QPainter painter(&both);
    painter.drawImage(0, 0, photo);
    painter.drawImage(photo.width(), 0, photo);
    return both;
}

} // namespace

class TestFaceSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void suggestionsAreDashedAndOutsideTheDocument();
    void acceptOneFromTheCanvasMenuAndUndo();
    void acceptAllIsOneUndoStepAndNotOfferedAgain();
    void rejectAllLeavesNothing();
    void cancelButtonStopsDetection();
    void snapTurnsTheRectangleIntoAPolygon();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &image);
    bool suggest(MainWindow &w);
    /** Right-clicks `scenePos` and triggers the menu entry `text`; false if it is not there. */
    bool chooseFromCanvasMenu(MainWindow &w, const QPointF &scenePos, const QString &text);

    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestFaceSuggestions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaFaceSuggestionsTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid());
    QVERIFY2(QFile::exists(kMessi), "install opencv-doc (packaging/install-deps.sh)");
    QVERIFY(twoFaces().save(mDir.filePath(QStringLiteral("strikers.png"))));
}

void TestFaceSuggestions::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestFaceSuggestions::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("canvas/askLabelAfterDrawing"), false);
    mArticlePath = mDir.filePath(QStringLiteral("match.md"));
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(DocumentIO::sidecarPathFor(mArticlePath));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the "
        "(keyboard|mouse))$)")));
}

std::unique_ptr<MainWindow> TestFaceSuggestions::openWindow(const QString &image)
{
    if (!writeArticle(mArticlePath, image))
        return nullptr;
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &p) {
        return p.kind == Prompt::Kind::Error ? QMessageBox::Ok : QMessageBox::No;
    });
    w->resize(1300, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()) || !w->openArticle(mArticlePath))
        return nullptr;
    if (!QTest::qWaitFor([&w] { return !w->isImageLoading(); }, 10000))
        return nullptr;
    w->imageView()->setZoom(1);
    w->imageView()->horizontalScrollBar()->setValue(0);
    w->imageView()->verticalScrollBar()->setValue(0);
    return w;
}

bool TestFaceSuggestions::suggest(MainWindow &w)
{
    QSignalSpy finished(w.assistActions(), &AssistActionHandler::finished);
    QAction *action = w.action(QStringLiteral("suggestFaces"));
    if (!action->isEnabled())
        return false;
    action->trigger();
    return finished.wait(60'000);
}

bool TestFaceSuggestions::chooseFromCanvasMenu(MainWindow &w, const QPointF &scenePos,
                                               const QString &text)
{
    bool chosen = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *entry = nullptr;
        for (QAction *a : menu->actions())
            entry = a->text() == text ? a : entry;
        menu->close();
        if (entry) {
            entry->trigger();
            chosen = true;
        }
    });
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
    }
    ImageView *view = w.imageView();
    const QPoint at = view->mapFromScene(scenePos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return QTest::qWaitFor([&chosen] { return chosen; }, 5000);
}

void TestFaceSuggestions::suggestionsAreDashedAndOutsideTheDocument()
{
    auto w = openWindow(QStringLiteral("strikers.png"));
    QVERIFY(w);
    QVERIFY(!w->action(QStringLiteral("acceptAllSuggestions"))->isEnabled());
    QVERIFY(suggest(*w));
    const QList<SuggestionItem *> items = w->imageScene()->suggestionItems();
    QCOMPARE(items.size(), 2);
    // One on each copy of the photo, around the face at about 228,95 36×36.
    for (SuggestionItem *item : items) {
        const double x = item->rect().center().x();
        QVERIFY2(qAbs(x - 246) < 15 || qAbs(x - 548 - 246) < 15, qPrintable(QString::number(x)));
        QVERIFY(qAbs(item->rect().center().y() - 113) < 15);
        QVERIFY(item->isVisible());
        QCOMPARE(item->scene(), w->imageScene());
    }
    QCOMPARE(SuggestionItem::penStyle(), Qt::DashLine);
    // Not part of the annotation: no region, nothing to undo, nothing to save.
    QVERIFY(w->document()->regions().isEmpty());
    QCOMPARE(w->document()->undoStack()->count(), 0);
    QVERIFY(!w->document()->isModified());
    QVERIFY(w->action(QStringLiteral("acceptAllSuggestions"))->isEnabled());
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("2 face(s) suggested")));
}

void TestFaceSuggestions::acceptOneFromTheCanvasMenuAndUndo()
{
    auto w = openWindow(QStringLiteral("strikers.png"));
    QVERIFY(w);
    QVERIFY(suggest(*w));
    SuggestionItem *first = w->imageScene()->suggestionItems().first();
    const QRectF rect = first->rect();
    QVERIFY(chooseFromCanvasMenu(*w, rect.center(), QStringLiteral("Accept Suggestion")));

    QCOMPARE(w->document()->regions().size(), 1);
    const Region region = w->document()->regions().first();
    QCOMPARE(region.label, QStringLiteral("person"));
    QCOMPARE(region.geometry.boundingRect(), rect);
    QCOMPARE(w->imageScene()->suggestionItems().size(), 1);
    QVERIFY(w->imageScene()->regionItem(region.id));

    w->action(QStringLiteral("undo"))->trigger();
    QVERIFY(w->document()->regions().isEmpty());

    // Rejecting the other one from its menu leaves no suggestion and no region.
    const QRectF other = w->imageScene()->suggestionItems().first()->rect();
    QVERIFY(chooseFromCanvasMenu(*w, other.center(), QStringLiteral("Reject Suggestion")));
    QVERIFY(w->imageScene()->suggestionItems().isEmpty());
    QVERIFY(w->document()->regions().isEmpty());
}

void TestFaceSuggestions::acceptAllIsOneUndoStepAndNotOfferedAgain()
{
    auto w = openWindow(QStringLiteral("strikers.png"));
    QVERIFY(w);
    QVERIFY(suggest(*w));
    w->action(QStringLiteral("acceptAllSuggestions"))->trigger();
    QCOMPARE(w->document()->regions().size(), 2);
    QCOMPARE(w->document()->undoStack()->count(), 1);
    QVERIFY(w->imageScene()->suggestionItems().isEmpty());

    // Both faces are annotated now: asking again offers nothing.
    QVERIFY(suggest(*w));
    QVERIFY(w->imageScene()->suggestionItems().isEmpty());
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("2 already annotated")));

    w->action(QStringLiteral("undo"))->trigger();
    QVERIFY(w->document()->regions().isEmpty());
    QVERIFY(suggest(*w));
    QCOMPARE(w->imageScene()->suggestionItems().size(), 2);
}

void TestFaceSuggestions::rejectAllLeavesNothing()
{
    auto w = openWindow(QStringLiteral("strikers.png"));
    QVERIFY(w);
    QVERIFY(suggest(*w));
    QCOMPARE(w->imageScene()->suggestionItems().size(), 2);
    w->action(QStringLiteral("rejectAllSuggestions"))->trigger();
    QVERIFY(w->imageScene()->suggestionItems().isEmpty());
    QVERIFY(w->document()->regions().isEmpty());
    QCOMPARE(w->document()->undoStack()->count(), 0);
    QVERIFY(!w->action(QStringLiteral("rejectAllSuggestions"))->isEnabled());
}

void TestFaceSuggestions::cancelButtonStopsDetection()
{
    // A 24 MP photo: the worker is still decoding it when Cancel is clicked right after the
    // start, and the detection checks for a cancel after each stage.
    QImage large = twoFaces().scaled(6000, 1872, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    QVERIFY(large.save(mDir.filePath(QStringLiteral("large.jpg")), "JPEG", 95));
    auto w = openWindow(QStringLiteral("large.jpg"));
    QVERIFY(w);

    QSignalSpy finished(w->assistActions(), &AssistActionHandler::finished);
    w->action(QStringLiteral("suggestFaces"))->trigger();
    QVERIFY(w->assistActions()->progressBar()->isVisible());
    QVERIFY(w->assistActions()->cancelButton()->isVisible());
    QVERIFY(!w->action(QStringLiteral("suggestFaces"))->isEnabled());
    QTest::mouseClick(w->assistActions()->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(60'000));

    QVERIFY(w->imageScene()->suggestionItems().isEmpty());
    QVERIFY(!w->assistActions()->progressBar()->isVisible());
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(w->statusBar()->currentMessage()));
    QVERIFY(w->action(QStringLiteral("suggestFaces"))->isEnabled());
}

void TestFaceSuggestions::snapTurnsTheRectangleIntoAPolygon()
{
    // A dark disc on a textured light background.
    QImage image(640, 480, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int v = 190 + int(random.bounded(45));
            image.setPixel(x, y, qRgb(v, v, v - 15));
        }
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(40, 35, 60));
        painter.drawEllipse(QPointF(300, 230), 100, 100);
    }
    QVERIFY(image.save(mDir.filePath(QStringLiteral("disc.png"))));
    auto w = openWindow(QStringLiteral("disc.png"));
    QVERIFY(w);

    Region box;
    box.id = QUuid::createUuid();
    box.imageIndex = 0;
    box.label = QStringLiteral("object");
    box.geometry = RegionGeometry::rectangle(QRectF(170, 100, 265, 255));
    w->document()->undoStack()->push(new AddRegionsCommand(w->document(), {box}));
    // Nothing selected: the action says what to do instead of guessing.
    QVERIFY(!w->action(QStringLiteral("snapToOutline"))->isEnabled());
    w->imageScene()->selectRegions({box.id});
    QVERIFY(w->action(QStringLiteral("snapToOutline"))->isEnabled());

    QSignalSpy finished(w->assistActions(), &AssistActionHandler::finished);
    w->action(QStringLiteral("snapToOutline"))->trigger();
    QVERIFY(finished.wait(60'000));
    const Region *snapped = w->document()->region(box.id);
    QVERIFY(snapped);
    QCOMPARE(snapped->geometry.shape(), RegionGeometry::Shape::Polygon);
    const QRectF bounds = snapped->geometry.boundingRect();
    QVERIFY2(qAbs(bounds.left() - 200) < 6 && qAbs(bounds.right() - 400) < 6
                 && qAbs(bounds.top() - 130) < 6 && qAbs(bounds.bottom() - 330) < 6,
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(bounds.x())
                            .arg(bounds.y())
                            .arg(bounds.width())
                            .arg(bounds.height())));
    QCOMPARE(w->document()->undoStack()->count(), 2);

    w->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(w->document()->region(box.id)->geometry.shape(), RegionGeometry::Shape::Rectangle);
}

QTEST_MAIN(TestFaceSuggestions)
#include "tst_facesuggestions.moc"
