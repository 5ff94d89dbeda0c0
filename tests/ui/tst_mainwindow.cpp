// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregionscommand.h"
#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarwriter.h"
#include "media/imageloadingservice.h"
#include "session/documentio.h"
#include "session/recoverymanager.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imagestrip.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/canvas/regionitem.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/docks/metadatadock.h"
#include "ui/docks/propertiesdock.h"
#include "ui/docks/regionlistmodel.h"
#include "ui/docks/regionsdock.h"
#include "ui/mainwindow/changebar.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/openreportbar.h"
#include "ui/mainwindow/regionactionhandler.h"
#include "ui/mainwindow/regionclipboard.h"
#include "ui/text/articletextview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineF>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace provena;

namespace {

// The emoji before "Korvik" makes UTF-16 positions differ from code points.
const QString kArticle = QStringLiteral(
    "# Crane at the port\n\nBY MINA SEO\n\n"
    "![Premier Tal Orsen at the quay. [NCNA]](https://images.example/2025/08/13/photo.png)\n\n"
    "The photographer \U0001F4F7 Ansel Korvik took the picture on Wednesday.\n\n"
    "![Ships waiting offshore. (Photo: Desk)](https://images.example/2025/08/12/missing.jpg)\n");

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool saveRecoveryFor(const QString &articlePath)
{
    // A recovery file with one extra region, as an earlier crashed session would leave it.
    ArticleDocument doc;
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(1, 2, 3, 4));
    r.label = QStringLiteral("other");
    doc.resetAnnotations({r}, {});
    const QString path = RecoveryManager::recoveryPathFor(articlePath);
    return QDir().mkpath(QFileInfo(path).absolutePath())
        && writeFile(path, SidecarWriter::write(doc));
}

/** Images decode on a worker thread: wait until the current one is on screen (or failed). */
bool waitForImage(MainWindow &w)
{
    return QTest::qWaitFor([&w] { return !w.isImageLoading(); }, 10000);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void opensArticleAndShowsImage();
    void missingImageShowsPlaceholder();
    void drawRectangleAtZoomAfterPan();
    void polygonByClicksAndEnter();
    void polygonBackspaceAndEscape();
    void moveRegionWithMouseIsOneUndoStep();
    void nudgeWithArrowKeysMerges();
    void resizeWithHandleKeepsInsideImage();
    void toolShortcutNeedsCanvasFocus();
    void linkSelectedTextToRegion();
    void linkTrimsDragSelection();
    void selectionFollowsRegionsDock();
    void copyPasteDuplicateDelete();
    void recoveryAfterCrash();
    void saveAndReopen();
    void captionsAndCreditsMarked();
    void ellipseWithShiftAndPoint();
    void polygonVertexInsertAndDelete();
    void wheelZoomsAroundCursorAndSpacePans();
    void escapeCancelsDrag();
    void layoutPersists();
    void recoveryFileFollowsModifiedState();
    void closeAsksAboutUnsavedWork();
    void fileChangedOnDiskShowsBarAndKeepsWork();
    void shortcutsDialogListsActions();
    void imageLoadsInBackgroundLatestWins();
    void corruptImageShowsErrorNamingFile();
    void stripThumbnailsLoadInBackground();
    void copyPasteRegionsBetweenWindows();
    void reviewStatesAfterChangesOnDisk();
    void rightClickSelectsRegionBeforeMenu();
    void selectionLivesInDocument();
    void saveAsWritesArticleAndSidecar();
    void saveAsOntoExistingFileAsks();
    void changeBarMentionsKeptWorkOnlyWhenThereIsSome();
    void statusBarClearedWhenSwitching();
    void sidecarOpensItsArticle();

private:
    std::unique_ptr<MainWindow> openWindow(QList<Prompt> *prompts = nullptr,
                                           QMessageBox::StandardButton answer = QMessageBox::No);
    QUuid addRect(MainWindow &w, const QRectF &rect);
    void linkText(MainWindow &w, const QUuid &region, const QString &text);

    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    // Per process: runs in other build folders at the same time must not share (and delete)
    // each other's recovery files and settings.
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaUiTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid());
    QSettings().clear(); // test-mode settings of an earlier run
    // These tests draw many regions: no label popup after each (tst_regionediting tests it).
    QSettings().setValue(QStringLiteral("canvas/askLabelAfterDrawing"), false);
}

void TestMainWindow::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    const QString settings = QSettings().fileName();
    QFile::remove(settings);
}

void TestMainWindow::init()
{
    mArticlePath = mDir.filePath(QStringLiteral("crane.md"));
    QVERIFY(writeFile(mArticlePath, kArticle.toUtf8()));
    // 1200x900: at zoom 2.5 it is far larger than the viewport, so the view has no margins.
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QVERIFY(image.save(mDir.filePath(QStringLiteral("photo.png"))));
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(DocumentIO::sidecarPathFor(mArticlePath));
    QFile::remove(DocumentIO::sidecarPathFor(mArticlePath) + DocumentIO::backupSuffix());
    // Any warning the test does not expect fails it (the offscreen platform's one is harmless).
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
}

void TestMainWindow::cleanup()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(mDir.filePath(QStringLiteral("missing.jpg")));
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(QList<Prompt> *prompts,
                                                       QMessageBox::StandardButton answer)
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([prompts, answer](const Prompt &p) {
        if (prompts)
            prompts->append(p);
        return p.kind == Prompt::Kind::Error ? QMessageBox::Ok : answer;
    });
    w->resize(1300, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        return nullptr;
    if (!w->openArticle(mArticlePath) || !waitForImage(*w))
        return nullptr;
    return w;
}

QUuid TestMainWindow::addRect(MainWindow &w, const QRectF &rect)
{
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = w.currentImage();
    r.geometry = RegionGeometry::rectangle(rect);
    r.label = QStringLiteral("person");
    w.document()->undoStack()->push(new AddRegionsCommand(w.document(), {r}));
    return r.id;
}

void TestMainWindow::linkText(MainWindow &w, const QUuid &region, const QString &text)
{
    w.imageScene()->selectRegions({region});
    ArticleTextView *view = w.textView();
    const int at = int(view->toPlainText().indexOf(text));
    QVERIFY(at >= 0);
    QTextCursor c = view->textCursor();
    c.setPosition(at);
    c.setPosition(at + int(text.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    QVERIFY(w.linkSelectedText());
}

void TestMainWindow::opensArticleAndShowsImage()
{
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->document()->article().images.size(), 2);
    QCOMPARE(w->imageScene()->imageSize(), QSizeF(1200, 900));
    QVERIFY(w->imageView()->isVisible());
    QVERIFY(w->windowTitle().contains(QStringLiteral("crane.md")));
    QVERIFY(!w->isWindowModified());
    // The readable view by default; View › Show Source shows the file as written.
    QVERIFY(!w->textView()->showSource());
    QVERIFY(!w->textView()->toPlainText().contains(QStringLiteral("![")));
    w->action(QStringLiteral("showSource"))->trigger();
    QCOMPARE(w->textView()->toPlainText(), kArticle);
    w->action(QStringLiteral("showSource"))->trigger();
    addRect(*w, QRectF(10, 10, 20, 20));
    QVERIFY(w->isWindowModified());
}

void TestMainWindow::missingImageShowsPlaceholder()
{
    auto w = openWindow();
    QVERIFY(w);
    w->showImage(1);
    auto *missing = w->findChild<MissingImageWidget *>();
    QVERIFY(missing);
    QVERIFY(missing->isVisible());
    QVERIFY(!w->imageView()->isVisible());
    QVERIFY(!w->imageScene()->hasImage());
    QVERIFY(w->action(QStringLiteral("attachImage"))->isEnabled());
}

void TestMainWindow::drawRectangleAtZoomAfterPan()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    w->action(QStringLiteral("toolRectangle"))->trigger();
    view->setZoom(2.5);
    view->horizontalScrollBar()->setValue(500);
    view->verticalScrollBar()->setValue(400);

    // Pan with the middle button: the image follows the mouse.
    QTest::mousePress(vp, Qt::MiddleButton, Qt::NoModifier, QPoint(300, 300));
    QTest::mouseMove(vp, QPoint(280, 290));
    QTest::mouseMove(vp, QPoint(250, 260));
    QTest::mouseRelease(vp, Qt::MiddleButton, Qt::NoModifier, QPoint(250, 260));
    QCOMPARE(view->horizontalScrollBar()->value(), 550);
    QCOMPARE(view->verticalScrollBar()->value(), 440);
    QVERIFY(w->document()->regions().isEmpty());

    // Image x = (viewport x + scroll) / zoom.
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, QPoint(100, 110));
    QTest::mouseMove(vp, QPoint(180, 160));
    QTest::mouseMove(vp, QPoint(300, 260));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, QPoint(300, 260));
    QCOMPARE(w->document()->regions().size(), 1);
    const Region r = w->document()->regions().first();
    QCOMPARE(r.geometry.shape(), RegionGeometry::Shape::Rectangle);
    QCOMPARE(r.geometry.boundingRect(), QRectF(QPointF(260, 220), QPointF(340, 280)));
    QCOMPARE(r.imageIndex, 0);
    QCOMPARE(r.label, QStringLiteral("person"));
    QCOMPARE(w->imageScene()->selectedRegionIds(), QList<QUuid> {r.id});

    QCOMPARE(w->document()->undoStack()->count(), 1);
    w->action(QStringLiteral("undo"))->trigger();
    QVERIFY(w->document()->regions().isEmpty());
    QVERIFY(!w->imageScene()->regionItem(r.id));
    w->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(w->document()->regions().size(), 1);
    QVERIFY(w->imageScene()->regionItem(r.id));
}

void TestMainWindow::polygonByClicksAndEnter()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    w->action(QStringLiteral("toolPolygon"))->trigger();
    view->setZoom(2);
    view->horizontalScrollBar()->setValue(100);
    view->verticalScrollBar()->setValue(60);
    const QList<QPoint> clicks {{100, 100}, {300, 120}, {260, 300}, {120, 280}};
    for (const QPoint &p : clicks)
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, p);
    QVERIFY(w->document()->regions().isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(w->document()->regions().size(), 1);
    const RegionGeometry g = w->document()->regions().first().geometry;
    QCOMPARE(g.shape(), RegionGeometry::Shape::Polygon);
    QCOMPARE(g.points(),
             QPolygonF({QPointF(100, 80), QPointF(200, 90), QPointF(180, 180), QPointF(110, 170)}));
    QCOMPARE(w->document()->undoStack()->count(), 1);
    w->action(QStringLiteral("undo"))->trigger();
    QVERIFY(w->document()->regions().isEmpty());
}

void TestMainWindow::polygonBackspaceAndEscape()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    w->action(QStringLiteral("toolPolyline"))->trigger();
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    for (const QPoint &p : {QPoint(10, 10), QPoint(50, 20), QPoint(90, 60)})
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, p);
    QTest::keyClick(view, Qt::Key_Backspace);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->document()->regions().first().geometry.points(),
             QPolygonF({QPointF(10, 10), QPointF(50, 20)}));

    w->action(QStringLiteral("toolPolygon"))->trigger();
    for (const QPoint &p : {QPoint(200, 200), QPoint(260, 210), QPoint(230, 260)})
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, p);
    QTest::keyClick(view, Qt::Key_Escape);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(w->document()->regions().size(), 1);

    // Double-click finishes as well.
    for (const QPoint &p : {QPoint(300, 300), QPoint(360, 310)})
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, p);
    QTest::mouseDClick(vp, Qt::LeftButton, Qt::NoModifier, QPoint(330, 360));
    QCOMPARE(w->document()->regions().size(), 2);
    QCOMPARE(w->document()->regions().last().geometry.points().size(), 3);
}

void TestMainWindow::moveRegionWithMouseIsOneUndoStep()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    const QUuid id = addRect(*w, QRectF(100, 100, 50, 40));
    view->setZoom(2);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    const int before = w->document()->undoStack()->count();
    const QPoint start = view->mapFromScene(QPointF(125, 120));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(vp, start + QPoint(15 * i, 10 * i));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 40));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(130, 120, 50, 40));
    QCOMPARE(w->document()->undoStack()->count(), before + 1);
    QCOMPARE(w->imageScene()->regionItem(id)->geometry().boundingRect(), QRectF(130, 120, 50, 40));
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 50, 40));
    w->document()->undoStack()->redo();
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(130, 120, 50, 40));

    // Dragging past the image edge stops at the edge.
    const QPoint from = view->mapFromScene(QPointF(150, 140));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(vp, from - QPoint(600, 600));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, from - QPoint(600, 600));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(0, 0, 50, 40));
}

void TestMainWindow::nudgeWithArrowKeysMerges()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    const QUuid id = addRect(*w, QRectF(100, 100, 50, 40));
    w->imageScene()->selectRegions({id});
    view->setFocus();
    const int before = w->document()->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(101, 110, 50, 40));
    QCOMPARE(w->document()->undoStack()->count(), before + 1);
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 50, 40));
    w->document()->undoStack()->redo();
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(101, 110, 50, 40));
}

void TestMainWindow::resizeWithHandleKeepsInsideImage()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    const QUuid id = addRect(*w, QRectF(100, 100, 40, 20));
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    w->imageScene()->selectRegions({id});
    QCOMPARE(w->imageScene()->handles().size(), 8);
    const QPoint corner = view->mapFromScene(QPointF(140, 120));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, corner);
    QTest::mouseMove(vp, corner + QPoint(10, 10));
    QTest::mouseMove(vp, corner + QPoint(20, 30));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, corner + QPoint(20, 30));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 60, 50));
    // Shift keeps the 60:50 ratio.
    const QPoint corner2 = view->mapFromScene(QPointF(160, 150));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, corner2);
    // QTest::mouseMove takes no modifiers; send the move with Shift held by hand.
    const QPoint to = corner2 + QPoint(60, 5);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), vp->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(vp, &move);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, corner2 + QPoint(60, 5));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 120, 100));
    QCOMPARE(w->document()->undoStack()->count(), 3);
}

void TestMainWindow::toolShortcutNeedsCanvasFocus()
{
    auto w = openWindow();
    QVERIFY(w);
    w->imageView()->setFocus();
    QTRY_VERIFY(w->imageView()->hasFocus());
    QTest::keyClick(w->imageView(), Qt::Key_R);
    QVERIFY(w->action(QStringLiteral("toolRectangle"))->isChecked());
    QTest::keyClick(w->imageView(), Qt::Key_P);
    QVERIFY(w->action(QStringLiteral("toolPolygon"))->isChecked());
    w->textView()->setFocus();
    QTRY_VERIFY(w->textView()->hasFocus());
    QTest::keyClick(w->textView(), Qt::Key_V);
    QVERIFY(w->action(QStringLiteral("toolPolygon"))->isChecked());
}

void TestMainWindow::linkTrimsDragSelection()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid id = addRect(*w, QRectF(10, 10, 30, 30));
    w->imageScene()->selectRegions({id});
    ArticleTextView *text = w->textView();
    // A drag that takes the space before and the space after the name along.
    const QString word = QStringLiteral("Ansel Korvik");
    const int at = int(text->toPlainText().indexOf(word));
    QVERIFY(at > 0);
    QTextCursor c = text->textCursor();
    c.setPosition(at - 1);
    c.setPosition(at + int(word.size()) + 1, QTextCursor::KeepAnchor);
    text->setTextCursor(c);
    QVERIFY(c.selectedText().trimmed() == word && c.selectedText() != word);
    QVERIFY(w->linkSelectedText());
    QCOMPARE(w->document()->anchors().size(), 1);
    QCOMPARE(w->document()->anchors().first().exact, word);

    // Nothing but blanks and punctuation selected: nothing is linked.
    w->imageScene()->selectRegions({id});
    c.setPosition(at - 1);
    c.setPosition(at, QTextCursor::KeepAnchor);
    text->setTextCursor(c);
    QVERIFY(!w->linkSelectedText());
    QCOMPARE(w->document()->anchors().size(), 1);
}

void TestMainWindow::linkSelectedTextToRegion()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid id = addRect(*w, QRectF(10, 10, 30, 30));
    w->imageScene()->selectRegions({id});
    ArticleTextView *text = w->textView();
    const QString word = QStringLiteral("Ansel Korvik");
    const int at = int(text->toPlainText().indexOf(word));
    QVERIFY(at > 0);
    QTextCursor c = text->textCursor();
    c.setPosition(at);
    c.setPosition(at + int(word.size()), QTextCursor::KeepAnchor);
    text->setTextCursor(c);
    QVERIFY(w->action(QStringLiteral("linkText"))->isEnabled());
    w->action(QStringLiteral("linkText"))->trigger();

    QCOMPARE(w->document()->anchors().size(), 1);
    const TextAnchor anchor = w->document()->anchors().first();
    // The anchor is in code points of the source: one emoji (two UTF-16 units, one code point)
    // stands before the name there, and the readable view leaves out the Markdown around it.
    const qint64 inSource = kArticle.indexOf(word) - 1;
    QCOMPARE(anchor.range.start, inSource);
    QCOMPARE(anchor.range.end, inSource + word.size());
    QCOMPARE(anchor.exact, word);
    QCOMPARE(CodePointIndex(kArticle).slice(kArticle, anchor.range), word);
    QCOMPARE(w->document()->region(id)->links, QList<QUuid> {anchor.id});
    QVERIFY(!text->extraSelections().isEmpty());
    QCOMPARE(text->extraSelections().first().cursor.selectedText(), word);
    w->document()->undoStack()->undo();
    QVERIFY(w->document()->anchors().isEmpty());
    QVERIFY(w->document()->region(id)->links.isEmpty());
}

void TestMainWindow::selectionFollowsRegionsDock()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid a = addRect(*w, QRectF(10, 10, 30, 30));
    const QUuid b = addRect(*w, QRectF(100, 10, 30, 30));
    w->imageScene()->selectRegions({b});
    QCOMPARE(w->regionsDock()->selectedRegions(), QList<QUuid> {b});
    QTreeView *tree = w->regionsDock()->view();
    tree->selectionModel()->select(tree->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(w->imageScene()->selectedRegionIds(), QList<QUuid> {a});
    QVERIFY(w->imageScene()->regionItem(a)->isSelected());
    QVERIFY(!w->imageScene()->regionItem(b)->isSelected());
    // The filter narrows the list.
    w->document()->undoStack()->push(
        ChangeRegionsCommand::setNote(w->document(), b, QStringLiteral("harbour master")));
    w->regionsDock()->filterEdit()->setText(QStringLiteral("harbour"));
    QCOMPARE(tree->model()->rowCount(), 1);
    w->regionsDock()->filterEdit()->clear();
    QCOMPARE(tree->model()->rowCount(), 2);
}

void TestMainWindow::copyPasteDuplicateDelete()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid a = addRect(*w, QRectF(10, 10, 30, 30));
    w->imageScene()->selectRegions({a});
    w->imageView()->setFocus();
    w->action(QStringLiteral("copy"))->trigger();
    w->action(QStringLiteral("paste"))->trigger();
    QCOMPARE(w->document()->regions().size(), 2);
    QCOMPARE(w->document()->regions().last().geometry.boundingRect(), QRectF(20, 20, 30, 30));
    w->action(QStringLiteral("duplicate"))->trigger();
    QCOMPARE(w->document()->regions().size(), 3);
    QCOMPARE(w->document()->regions().last().geometry.boundingRect(), QRectF(30, 30, 30, 30));
    QCOMPARE(w->imageScene()->selectedRegionIds().size(), 1);
    w->action(QStringLiteral("delete"))->trigger();
    QCOMPARE(w->document()->regions().size(), 2);
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->regions().size(), 3);
}

void TestMainWindow::recoveryAfterCrash()
{
    const QString sidecar = DocumentIO::sidecarPathFor(mArticlePath);
    QByteArray sidecarBefore;
    {
        // A session that saves once, keeps working, autosaves, then dies without closing.
        auto crashed = std::make_unique<MainWindow>();
        crashed->setPromptHandler([](const Prompt &) { return QMessageBox::No; });
        QVERIFY(crashed->openArticle(mArticlePath));
        addRect(*crashed, QRectF(5, 5, 10, 10));
        QVERIFY(crashed->save());
        sidecarBefore = readFile(sidecar);
        QVERIFY(!sidecarBefore.isEmpty());
        addRect(*crashed, QRectF(10, 20, 30, 40));
        addRect(*crashed, QRectF(200, 100, 50, 60));
        QVERIFY(crashed->recoveryManager()->writeNow().ok());
        QVERIFY(RecoveryManager::hasRecovery(mArticlePath));
        crashed.reset(); // no closeEvent: like a crash, the recovery file stays
    }
    QVERIFY(RecoveryManager::hasRecovery(mArticlePath));
    QVERIFY(RecoveryManager::recoveryPathFor(mArticlePath)
                .startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

    QList<Prompt> prompts;
    auto w = openWindow(&prompts, QMessageBox::Yes);
    QVERIFY(w);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().kind, Prompt::Kind::Recover);
    QCOMPARE(w->document()->regions().size(), 3);
    QCOMPARE(w->document()->regions().at(2).geometry.boundingRect(), QRectF(200, 100, 50, 60));
    QVERIFY(w->document()->isModified());
    QVERIFY(w->isWindowModified());
    QCOMPARE(w->imageScene()->regionItems().size(), 3);
    QCOMPARE(readFile(sidecar), sidecarBefore);

    // Closing and discarding the work removes the recovery file and leaves the sidecar alone.
    prompts.clear();
    w->setPromptHandler([&prompts](const Prompt &p) {
        prompts.append(p);
        return QMessageBox::Discard;
    });
    QVERIFY(w->close());
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().kind, Prompt::Kind::UnsavedChanges);
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath));
    QCOMPARE(readFile(sidecar), sidecarBefore);

    // Declining recovery keeps the sidecar's version and deletes the recovery file.
    QVERIFY(saveRecoveryFor(mArticlePath));
    prompts.clear();
    auto again = openWindow(&prompts, QMessageBox::No);
    QVERIFY(again);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(again->document()->regions().size(), 1);
    QVERIFY(!again->document()->isModified());
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath));
}

void TestMainWindow::saveAndReopen()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid rect = addRect(*w, QRectF(12, 34, 56, 78));
    w->action(QStringLiteral("toolPolygon"))->trigger();
    ImageView *view = w->imageView();
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    for (const QPoint &p : {QPoint(300, 300), QPoint(400, 310), QPoint(350, 380)})
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    QTest::keyClick(view, Qt::Key_Return);
    w->imageScene()->selectRegions({rect});
    ArticleTextView *text = w->textView();
    const int at = int(text->toPlainText().indexOf(QStringLiteral("Korvik")));
    QTextCursor c = text->textCursor();
    c.setPosition(at);
    c.setPosition(at + 6, QTextCursor::KeepAnchor);
    text->setTextCursor(c);
    QVERIFY(w->linkSelectedText());
    QVERIFY(RecoveryManager::hasRecovery(mArticlePath) || w->recoveryManager()->writeNow().ok());
    QVERIFY(RecoveryManager::hasRecovery(mArticlePath));

    QVERIFY(w->document()->isModified());
    w->action(QStringLiteral("save"))->trigger();
    // File › Save writes in the background; the document is saved once the write is done.
    QTRY_VERIFY(!w->document()->isModified());
    QVERIFY(!w->isWindowModified());
    QVERIFY(QFileInfo::exists(DocumentIO::sidecarPathFor(mArticlePath)));
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath));
    const QList<Region> regions = w->document()->regions();
    const QList<TextAnchor> anchors = w->document()->anchors();
    w.reset();

    auto reopened = openWindow();
    QVERIFY(reopened);
    QVERIFY(!reopened->document()->isModified());
    QCOMPARE(reopened->document()->regions().size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Region &a = regions.at(i);
        const Region &b = reopened->document()->regions().at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.geometry, a.geometry);
        QCOMPARE(b.label, a.label);
        QCOMPARE(b.links, a.links);
    }
    QCOMPARE(reopened->document()->regions().at(1).geometry.points(),
             QPolygonF({QPointF(300, 300), QPointF(400, 310), QPointF(350, 380)}));
    QCOMPARE(reopened->document()->anchors().size(), 1);
    QCOMPARE(reopened->document()->anchors().first().range, anchors.first().range);
    QCOMPARE(reopened->document()->anchors().first().exact, QStringLiteral("Korvik"));
    QCOMPARE(reopened->imageScene()->regionItems().size(), 2);
}

void TestMainWindow::captionsAndCreditsMarked()
{
    const QString sample = QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/harbour-crane.md");
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::No; });
    QVERIFY(w->openArticle(sample));
    QVERIFY(waitForImage(*w));
    const Article &article = w->document()->article();
    QCOMPARE(article.images.size(), 2);
    QVERIFY(!article.images.first().localPath.isEmpty());
    QVERIFY(w->imageScene()->hasImage());
    QCOMPARE(w->imageScene()->imageSize(), QSizeF(1600, 1067));
    ArticleTextView *text = w->textView();
    const ImageRef &first = article.images.first();
    QVERIFY(first.captionRange.isValid());
    QVERIFY(first.creditRange.isValid());
    QTextCursor c(text->document());
    c.setPosition(text->toViewPosition(first.captionRange.start) + 1);
    QVERIFY(c.charFormat().fontItalic());
    c.setPosition(text->toViewPosition(first.creditRange.start) + 1);
    QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));
    QCOMPARE(CodePointIndex(article.text).slice(article.text, first.creditRange), first.credit);

    // The Metadata dock lists the sample photo's embedded fields once shown.
    w->show();
    w->metadataDock()->show();
    QTreeWidget *fields = w->metadataDock()->tree();
    QTRY_VERIFY(fields->topLevelItemCount() > 0);
    bool camera = false;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        camera = camera || fields->topLevelItem(i)->text(1).contains(QStringLiteral("Kestrel"));
    QVERIFY(camera);
}

void TestMainWindow::ellipseWithShiftAndPoint()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    w->action(QStringLiteral("toolEllipse"))->trigger();
    QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(160, 130), vp->mapToGlobal(QPointF(160, 130)),
                     Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(vp, &move);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(160, 130));
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->document()->regions().first().geometry.shape(), RegionGeometry::Shape::Ellipse);
    QCOMPARE(w->document()->regions().first().geometry.boundingRect(), QRectF(100, 100, 60, 60));

    w->action(QStringLiteral("toolPoint"))->trigger();
    QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
    QCOMPARE(w->document()->regions().size(), 2);
    QCOMPARE(w->document()->regions().last().geometry.points(), QPolygonF({QPointF(400, 300)}));

    // A drag beyond the image is clamped to its edge.
    w->action(QStringLiteral("toolRectangle"))->trigger();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    const QPoint inside = view->mapFromScene(QPointF(1150, 850));
    const QPoint outside = inside + QPoint(200, 200);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, inside);
    QTest::mouseMove(vp, outside);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, outside);
    QCOMPARE(w->document()->regions().size(), 3);
    QCOMPARE(w->document()->regions().last().geometry.boundingRect(),
             QRectF(QPointF(1150, 850), QPointF(1200, 900)));
}

void TestMainWindow::closeAsksAboutUnsavedWork()
{
    QList<Prompt> prompts;
    auto w = openWindow(&prompts, QMessageBox::Cancel);
    QVERIFY(w);
    QVERIFY(w->close()); // nothing changed: no question
    QVERIFY(prompts.isEmpty());
    w->show();
    addRect(*w, QRectF(10, 10, 30, 30));
    QVERIFY(!w->close());
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().kind, Prompt::Kind::UnsavedChanges);
    QVERIFY(prompts.first().buttons.testFlag(QMessageBox::Save));
    QVERIFY(w->isVisible());
    QCOMPARE(w->document()->regions().size(), 1);
}

void TestMainWindow::fileChangedOnDiskShowsBarAndKeepsWork()
{
    QList<Prompt> prompts;
    auto w = openWindow(&prompts, QMessageBox::No);
    QVERIFY(w);
    addRect(*w, QRectF(10, 10, 30, 30));
    QVERIFY(!w->changeBar()->isVisible());
    QTest::qWait(50);
    QVERIFY(writeFile(mArticlePath, (kArticle + QStringLiteral("\nUpdated.\n")).toUtf8()));
    QTRY_VERIFY(w->changeBar()->isVisible());
    QVERIFY(w->changeBar()->changedFiles().contains(mArticlePath));
    // Declining the reload keeps the work in memory.
    QVERIFY(!w->reload());
    QCOMPARE(prompts.last().kind, Prompt::Kind::ReloadDiscardsChanges);
    QCOMPARE(w->document()->regions().size(), 1);
    QVERIFY(!w->document()->article().text.endsWith(QStringLiteral("Updated.\n")));
    // Accepting reloads the new text.
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Yes; });
    QVERIFY(w->reload());
    QVERIFY(w->document()->article().text.endsWith(QStringLiteral("Updated.\n")));
    QVERIFY(!w->changeBar()->isVisible());
}

void TestMainWindow::shortcutsDialogListsActions()
{
    MainWindow w;
    ShortcutsDialog dialog(w.allActions(), {{QStringLiteral("Esc"), QStringLiteral("Cancel")}});
    QTableWidget *table = dialog.table();
    QHash<QString, QString> rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
    QCOMPARE(rows.value(QStringLiteral("Save")),
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QVERIFY(rows.value(QStringLiteral("Undo")).contains(QStringLiteral("Ctrl+Z")));
    QCOMPARE(rows.value(QStringLiteral("Rectangle")), QStringLiteral("R"));
    QCOMPARE(rows.value(QStringLiteral("Link Selected Text to Region")), QStringLiteral("Ctrl+L"));
    QCOMPARE(rows.value(QStringLiteral("Cancel")), QStringLiteral("Esc"));
    // Every action has a name people can read.
    for (QAction *a : w.allActions())
        QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
}

void TestMainWindow::polygonVertexInsertAndDelete()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::polygon(
        QPolygonF({QPointF(100, 100), QPointF(300, 100), QPointF(300, 300), QPointF(100, 300)}));
    r.label = QStringLiteral("other");
    w->document()->undoStack()->push(new AddRegionsCommand(w->document(), {r}));
    w->imageScene()->selectRegions({r.id});
    QCOMPARE(w->imageScene()->handles().size(), 4);

    // Ctrl+click on the top edge inserts a vertex there.
    QTest::mouseClick(vp, Qt::LeftButton, Qt::ControlModifier,
                      view->mapFromScene(QPointF(200, 101)));
    QCOMPARE(w->document()->region(r.id)->geometry.points(),
             QPolygonF({QPointF(100, 100), QPointF(200, 101), QPointF(300, 100), QPointF(300, 300),
                        QPointF(100, 300)}));
    QCOMPARE(w->imageScene()->handles().size(), 5);
    // Dragging the new vertex moves it; the drag is one step.
    const int steps = w->document()->undoStack()->count();
    const QPoint grip = view->mapFromScene(QPointF(200, 101));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, grip);
    QTest::mouseMove(vp, grip + QPoint(0, -20));
    QTest::mouseMove(vp, grip + QPoint(0, -41));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, grip + QPoint(0, -41));
    QCOMPARE(w->document()->region(r.id)->geometry.points().at(1), QPointF(200, 60));
    QCOMPARE(w->document()->undoStack()->count(), steps + 1);
    // Alt+click on a vertex deletes it.
    QTest::mouseClick(vp, Qt::LeftButton, Qt::AltModifier, view->mapFromScene(QPointF(300, 300)));
    QCOMPARE(
        w->document()->region(r.id)->geometry.points(),
        QPolygonF({QPointF(100, 100), QPointF(200, 60), QPointF(300, 100), QPointF(100, 300)}));
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->region(r.id)->geometry.points().size(), 5);
}

void TestMainWindow::wheelZoomsAroundCursorAndSpacePans()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(100);
    view->verticalScrollBar()->setValue(100);
    const QPoint at(300, 200);
    const QPointF before = view->toImage(at);
    QWheelEvent wheel(QPointF(at), vp->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, 480),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(vp, &wheel);
    QCOMPARE(view->zoom(), 2.0);
    // The image point under the cursor stays under it (to within a screen pixel).
    QVERIFY(QLineF(view->toImage(at), before).length() <= 0.5);

    view->setFocus();
    const int h = view->horizontalScrollBar()->value();
    const int v = view->verticalScrollBar()->value();
    QTest::keyPress(view, Qt::Key_Space);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, QPoint(400, 400));
    QTest::mouseMove(vp, QPoint(370, 380));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, QPoint(370, 380));
    QTest::keyRelease(view, Qt::Key_Space);
    QCOMPARE(view->horizontalScrollBar()->value(), h + 30);
    QCOMPARE(view->verticalScrollBar()->value(), v + 20);
    QVERIFY(w->document()->regions().isEmpty());

    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->zoom() > 1.0);
}

void TestMainWindow::escapeCancelsDrag()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    QWidget *vp = view->viewport();
    view->setZoom(1);
    const QUuid id = addRect(*w, QRectF(100, 100, 50, 40));
    const int steps = w->document()->undoStack()->count();
    const QPoint start = view->mapFromScene(QPointF(120, 120));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(vp, start + QPoint(30, 30));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(130, 130, 50, 40));
    QTest::mouseMove(vp, start + QPoint(40, 50));
    QCOMPARE(w->document()->undoStack()->count(), steps + 1);
    QTest::keyClick(view, Qt::Key_Escape);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, start + QPoint(40, 50));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 50, 40));
    // The cancelled move leaves no trace: nothing to undo for it, nothing to redo.
    QCOMPARE(w->document()->undoStack()->count(), steps);
    QCOMPARE(w->document()->undoStack()->index(), steps);
    QVERIFY(!w->document()->undoStack()->canRedo());
    QVERIFY(!w->action(QStringLiteral("redo"))->isEnabled());
    QCOMPARE(w->document()->undoStack()->undoText(), QStringLiteral("Add Region"));

    // The same for a resize with a handle, and the stack stays clean when it was clean.
    w->document()->markSaved();
    w->imageScene()->selectRegions({id});
    const QPoint corner = view->mapFromScene(QPointF(150, 140));
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, corner);
    QTest::mouseMove(vp, corner + QPoint(20, 20));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 70, 60));
    QVERIFY(w->isWindowModified());
    QTest::keyClick(view, Qt::Key_Escape);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, corner + QPoint(20, 20));
    QCOMPARE(w->document()->region(id)->geometry.boundingRect(), QRectF(100, 100, 50, 40));
    QCOMPARE(w->document()->undoStack()->count(), steps);
    QVERIFY(!w->document()->undoStack()->canRedo());
    QVERIFY(!w->document()->isModified());
    QVERIFY(!w->isWindowModified());
}

void TestMainWindow::layoutPersists()
{
    {
        auto w = openWindow();
        QVERIFY(w);
        QVERIFY(w->regionsDock()->isVisible());
        w->regionsDock()->hide();
        auto *combo = w->findChild<QComboBox *>(QStringLiteral("newRegionLabel"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("vehicle")));
        QVERIFY(w->close());
    }
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->regionsDock()->isHidden());
    QCOMPARE(w->imageView()->newRegionLabel(), QStringLiteral("vehicle"));
    w->regionsDock()->show();
    w->findChild<QComboBox *>(QStringLiteral("newRegionLabel"))
        ->setCurrentIndex(w->findChild<QComboBox *>(QStringLiteral("newRegionLabel"))
                              ->findData(QStringLiteral("person")));
    QVERIFY(w->close());
}

void TestMainWindow::recoveryFileFollowsModifiedState()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->recoveryManager()->writeNow().ok());
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath)); // nothing to keep yet
    addRect(*w, QRectF(1, 1, 5, 5));
    QVERIFY(w->recoveryManager()->writeNow().ok());
    QVERIFY(RecoveryManager::hasRecovery(mArticlePath));
    w->document()->undoStack()->undo();
    QVERIFY(!w->document()->isModified());
    QVERIFY(w->recoveryManager()->writeNow().ok());
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath));
    // A clean close leaves nothing behind either.
    w->document()->undoStack()->redo();
    QVERIFY(w->recoveryManager()->writeNow().ok());
    w->document()->undoStack()->undo();
    QVERIFY(RecoveryManager::hasRecovery(mArticlePath));
    QVERIFY(w->close());
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath));
}

void TestMainWindow::imageLoadsInBackgroundLatestWins()
{
    // Three local images of different sizes, so the one on screen can be told apart.
    const QList<QSize> sizes {{1200, 900}, {640, 480}, {300, 200}};
    QString markdown = QStringLiteral("# Three photos\n\n");
    for (int i = 0; i < sizes.size(); ++i) {
        QImage image(sizes.at(i), QImage::Format_RGB32);
        image.fill(QColor(60 * i, 120, 200 - 60 * i));
        QVERIFY(image.save(mDir.filePath(QStringLiteral("img%1.png").arg(i))));
        markdown += QStringLiteral("![Photo %1](img%1.png)\n\n").arg(i);
    }
    const QString article = mDir.filePath(QStringLiteral("three.md"));
    QVERIFY(writeFile(article, markdown.toUtf8()));

    MainWindow w;
    w.setPromptHandler([](const Prompt &) { return QMessageBox::No; });
    w.show();
    QSignalSpy shown(&w, &MainWindow::imageShown);
    QVERIFY(w.openArticle(article));
    // The decode runs on a worker: meanwhile the canvas says so and shows nothing stale.
    QVERIFY(w.isImageLoading());
    auto *loading = w.findChild<QLabel *>(QStringLiteral("imageLoading"));
    QVERIFY(loading);
    QVERIFY(loading->isVisible());
    QVERIFY(loading->text().contains(QStringLiteral("img0.png")));
    QVERIFY(!w.imageScene()->hasImage());
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toInt(), 0);
    QVERIFY(shown.first().at(1).toBool());
    QVERIFY(!loading->isVisible());
    QVERIFY(w.imageView()->isVisible());
    QCOMPARE(w.imageScene()->imageSize(), QSizeF(1200, 900));

    // Switching quickly: only the last request reaches the screen, never an earlier one.
    shown.clear();
    w.showImage(1);
    w.showImage(2);
    w.showImage(1);
    w.showImage(2);
    QVERIFY(w.isImageLoading());
    QVERIFY(!w.imageScene()->hasImage());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isImageLoading(), 10000);
    // Let the superseded decodes finish as well: they must not show up.
    QTRY_VERIFY_WITH_TIMEOUT(!w.imageService()->isBusy(), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().at(0).toInt(), 2);
    QCOMPARE(w.currentImage(), 2);
    QCOMPARE(w.imageScene()->imageSize(), QSizeF(300, 200));

    // Superseded work was cached: going back is immediate.
    for (int i = 0; i < 3; ++i)
        QVERIFY(w.imageService()->cached(mDir.filePath(QStringLiteral("img%1.png").arg(i))));
    w.showImage(1);
    QVERIFY(!w.isImageLoading());
    QCOMPARE(w.imageScene()->imageSize(), QSizeF(640, 480));
    w.showImage(0);
    QVERIFY(!w.isImageLoading());
    QCOMPARE(w.imageScene()->imageSize(), QSizeF(1200, 900));

    // A file changed on disk is not served from the cache.
    QImage bigger(800, 600, QImage::Format_RGB32);
    bigger.fill(Qt::darkGreen);
    QVERIFY(bigger.save(mDir.filePath(QStringLiteral("img1.png"))));
    w.showImage(1);
    QVERIFY(w.isImageLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isImageLoading(), 10000);
    QCOMPARE(w.imageScene()->imageSize(), QSizeF(800, 600));

    // The cache keeps to its byte budget.
    w.imageService()->setBudgetBytes(3 * 1024 * 1024);
    QVERIFY(w.imageService()->cachedBytes() <= 3 * 1024 * 1024);
}

void TestMainWindow::corruptImageShowsErrorNamingFile()
{
    // The second image of the article resolves to a local file that is not an image.
    QVERIFY(writeFile(mDir.filePath(QStringLiteral("missing.jpg")),
                      QByteArray("This is a text file someone saved with an image's name.\n")));
    QList<Prompt> prompts;
    auto w = openWindow(&prompts);
    QVERIFY(w);
    QVERIFY(!w->document()->article().images.at(1).localPath.isEmpty());
    QSignalSpy shown(w.get(), &MainWindow::imageShown);
    w->showImage(1);
    QVERIFY(w->isImageLoading());
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().at(0).toInt(), 1);
    QVERIFY(!shown.last().at(1).toBool());
    auto *missing = w->findChild<MissingImageWidget *>();
    QVERIFY(missing->isVisible());
    QVERIFY2(missing->problemText().contains(QStringLiteral("missing.jpg")),
             qPrintable(missing->problemText()));
    QVERIFY(!w->imageView()->isVisible());
    QVERIFY(!w->imageScene()->hasImage());
    QVERIFY(prompts.isEmpty()); // said in place, no modal dialog
    // The good image comes back from the cache at once.
    w->showImage(0);
    QVERIFY(!w->isImageLoading());
    QVERIFY(w->imageView()->isVisible());
    QCOMPARE(w->imageScene()->imageSize(), QSizeF(1200, 900));
}

void TestMainWindow::stripThumbnailsLoadInBackground()
{
    // Three good images, one file that is not an image, and one that is not on disk.
    QString markdown = QStringLiteral("# Five photos\n\n");
    for (int i = 0; i < 3; ++i) {
        QImage image(400 + 100 * i, 300, QImage::Format_RGB32);
        image.fill(QColor(60 * i, 120, 200 - 60 * i));
        QVERIFY(image.save(mDir.filePath(QStringLiteral("strip%1.png").arg(i))));
        markdown += QStringLiteral("![Photo %1](strip%1.png)\n\n").arg(i);
    }
    QVERIFY(writeFile(mDir.filePath(QStringLiteral("broken.jpg")),
                      QByteArray("Not a JPEG at all, just text.\n")));
    markdown += QStringLiteral("![Broken](broken.jpg)\n\n"
                               "![Remote](https://images.example/remote.jpg)\n");
    const QString article = mDir.filePath(QStringLiteral("five.md"));
    QVERIFY(writeFile(article, markdown.toUtf8()));

    MainWindow w;
    w.setPromptHandler([](const Prompt &) { return QMessageBox::No; });
    w.show();
    auto *strip = w.findChild<ImageStrip *>(QStringLiteral("imageStrip"));
    QVERIFY(strip);
    QVERIFY(w.openArticle(article));
    // openArticle returned without decoding the thumbnails: they are placeholders for now.
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->count(), 5);
    QCOMPARE(strip->pendingCount(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(strip->tileState(i), ImageStrip::TileState::Pending);
    QCOMPARE(strip->tileState(4), ImageStrip::TileState::NotLocal);

    QSignalSpy ready(strip, &ImageStrip::thumbnailsReady);
    QTRY_COMPARE_WITH_TIMEOUT(strip->pendingCount(), 0, 10000);
    QCOMPARE(ready.size(), 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(strip->tileState(i), ImageStrip::TileState::Ready);
    QCOMPARE(strip->tileState(3), ImageStrip::TileState::Failed);
    QCOMPARE(strip->tileState(4), ImageStrip::TileState::NotLocal);
    QVERIFY2(strip->item(3)->toolTip().contains(QStringLiteral("broken.jpg")),
             qPrintable(strip->item(3)->toolTip()));
    QVERIFY(strip->item(3)
                ->data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("broken.jpg")));
    QVERIFY(waitForImage(w));

    // Replaced at once by another article: the first one's thumbnails never land on its tiles.
    QVERIFY(w.openArticle(article));
    QCOMPARE(strip->pendingCount(), 4);
    QVERIFY(w.openArticle(mArticlePath)); // photo.png, then missing.jpg (not on disk)
    QCOMPARE(strip->count(), 2);
    QCOMPARE(strip->pendingCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isBusy(), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(strip->pendingCount(), 0);
    QCOMPARE(strip->tileState(0), ImageStrip::TileState::Ready);
    QCOMPARE(strip->tileState(1), ImageStrip::TileState::NotLocal);

    // Closed while decoding: nothing comes back afterwards.
    QVERIFY(w.openArticle(article));
    QVERIFY(strip->pendingCount() > 0);
    w.action(QStringLiteral("closeArticle"))->trigger();
    QCOMPARE(strip->count(), 0);
    QCOMPARE(strip->pendingCount(), 0);
    QVERIFY(!strip->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!strip->isBusy(), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(strip->count(), 0);
    QCOMPARE(strip->pendingCount(), 0);
    QVERIFY(waitForImage(w));
}

void TestMainWindow::copyPasteRegionsBetweenWindows()
{
    auto source = openWindow();
    QVERIFY(source);
    const QUuid id = addRect(*source, QRectF(1000, 700, 150, 150));
    source->document()->undoStack()->push(
        ChangeRegionsCommand::setNote(source->document(), id, QStringLiteral("harbour master")));
    source->imageScene()->selectRegions({id});
    source->imageView()->setFocus();
    source->action(QStringLiteral("copy"))->trigger();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasFormat(RegionClipboard::kMimeType));
    QVERIFY(data->hasText());
    QVERIFY2(data->text().contains(QStringLiteral("rectangle")), qPrintable(data->text()));
    QVERIFY(data->text().contains(QStringLiteral("150 × 150")));

    // Another article, in another folder, with a smaller image.
    QTemporaryDir otherDir;
    QVERIFY(otherDir.isValid());
    QImage small(300, 200, QImage::Format_RGB32);
    small.fill(Qt::darkRed);
    QVERIFY(small.save(otherDir.filePath(QStringLiteral("small.png"))));
    const QString otherArticle = otherDir.filePath(QStringLiteral("other.md"));
    QVERIFY(writeFile(otherArticle, QByteArrayLiteral("# Other\n\n![Small](small.png)\n")));
    MainWindow target;
    target.setPromptHandler([](const Prompt &) { return QMessageBox::No; });
    target.show();
    QVERIFY(target.openArticle(otherArticle));
    QVERIFY(waitForImage(target));
    QVERIFY(target.action(QStringLiteral("paste"))->isEnabled());
    target.action(QStringLiteral("paste"))->trigger();

    QCOMPARE(target.document()->regions().size(), 1);
    const Region pasted = target.document()->regions().first();
    QVERIFY(pasted.id != id);
    QVERIFY(!pasted.id.isNull());
    QCOMPARE(pasted.label, QStringLiteral("person"));
    QCOMPARE(pasted.note, QStringLiteral("harbour master"));
    QCOMPARE(pasted.imageIndex, 0);
    // Moved into the smaller image, whole (no offset: it is another image).
    QCOMPARE(pasted.geometry.boundingRect(), QRectF(150, 50, 150, 150));
    QCOMPARE(target.imageScene()->selectedRegionIds(), QList<QUuid> {pasted.id});
    // A second paste gets fresh ids again.
    target.action(QStringLiteral("paste"))->trigger();
    QCOMPARE(target.document()->regions().size(), 2);
    QVERIFY(target.document()->regions().at(1).id != pasted.id);
    // Each paste is one undo step.
    QCOMPARE(target.document()->undoStack()->count(), 2);
    target.action(QStringLiteral("undo"))->trigger();
    target.action(QStringLiteral("undo"))->trigger();
    QVERIFY(target.document()->regions().isEmpty());
    target.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(target.document()->regions().size(), 1);
    QCOMPARE(target.document()->regions().first().id, pasted.id);
    // The source document is untouched.
    QCOMPARE(source->document()->regions().size(), 1);

    // Plain text on the clipboard pastes nothing.
    QGuiApplication::clipboard()->setText(QStringLiteral("just words"));
    QVERIFY(!target.action(QStringLiteral("paste"))->isEnabled());
    target.regionActions()->pasteRegions();
    QCOMPARE(target.document()->regions().size(), 1);
}

void TestMainWindow::reviewStatesAfterChangesOnDisk()
{
    QUuid named;
    QUuid caption;
    {
        auto w = openWindow();
        QVERIFY(w);
        named = addRect(*w, QRectF(100, 100, 200, 150));
        caption = addRect(*w, QRectF(400, 300, 100, 100));
        linkText(*w, named, QStringLiteral("Ansel Korvik"));
        linkText(*w, caption, QStringLiteral("Ships waiting offshore"));
        QVERIFY(w->save());
    }
    // The photographer's name goes, a paragraph comes before the caption, the photo is edited.
    QString text = kArticle;
    text.replace(QStringLiteral("The photographer \U0001F4F7 Ansel Korvik took the picture"),
                 QStringLiteral("The picture was taken"));
    text.replace(QStringLiteral("![Ships"),
                 QStringLiteral("A second paragraph arrived later.\n\n![Ships"));
    QVERIFY(writeFile(mArticlePath, text.toUtf8()));
    QImage edited(1200, 900, QImage::Format_RGB32);
    edited.fill(QColor(200, 90, 40));
    QVERIFY(edited.save(mDir.filePath(QStringLiteral("photo.png"))));

    QList<Prompt> prompts;
    auto w = openWindow(&prompts, QMessageBox::Ok);
    QVERIFY(w);
    // A non-modal notice summarises what the sidecar no longer matched.
    OpenReportBar *bar = w->openReportBar();
    QVERIFY(bar->isVisible());
    QVERIFY(prompts.isEmpty());
    QCOMPARE(bar->report().reanchored.size(), 1);
    QCOMPARE(bar->report().orphaned.size(), 1);
    QCOMPARE(bar->report().changedImages, QList<int> {0});
    QVERIFY2(bar->summary().contains(QStringLiteral("1 text link(s) re-anchored, 1 orphaned, "
                                                    "1 image(s) changed")),
             qPrintable(bar->summary()));
    QTest::mouseClick(bar->detailsButton(), Qt::LeftButton);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().kind, Prompt::Kind::Information);
    QVERIFY(prompts.first().informativeText.contains(QStringLiteral("“Ansel Korvik”: orphaned")));
    QVERIFY(prompts.first().informativeText.contains(QStringLiteral("“Ships waiting offshore”")));
    QVERIFY(prompts.first().informativeText.contains(QStringLiteral("Image 1 changed")));

    // Both regions of the changed image are drawn for review and flagged in the Regions dock.
    QVERIFY(w->document()->region(named)->needsReview);
    QVERIFY(w->imageScene()->regionItem(named)->needsReview());
    QVERIFY(w->imageScene()->regionItem(caption)->needsReview());
    QTreeView *tree = w->regionsDock()->view();
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->headerData(RegionListModel::ReviewColumn, Qt::Horizontal).toString(),
             QStringLiteral("Review"));
    QCOMPARE(model->index(0, RegionListModel::ReviewColumn).data().toString(),
             QStringLiteral("Needs review"));

    // The orphaned link is marked in the Properties dock.
    w->imageScene()->selectRegions({named});
    QListWidget *links = w->propertiesDock()->linksList();
    QCOMPARE(links->count(), 1);
    QVERIFY2(links->item(0)->text().contains(QStringLiteral("orphaned")),
             qPrintable(links->item(0)->text()));
    QCOMPARE(links->item(0)->data(PropertiesDock::anchorStatusRole()).toInt(),
             int(TextAnchor::Status::Orphaned));
    QVERIFY(w->propertiesDock()->summaryLabel()->text().contains(QStringLiteral("needs review")));
    w->imageScene()->selectRegions({caption});
    QCOMPARE(links->count(), 1);
    QVERIFY(!links->item(0)->text().contains(QStringLiteral("orphaned")));

    // Mark the named region reviewed: one undo step; the dock's review filter follows.
    w->imageScene()->selectRegions({named});
    QAction *reviewed = w->action(QStringLiteral("markReviewed"));
    QVERIFY(reviewed->isEnabled());
    const int steps = w->document()->undoStack()->count();
    reviewed->trigger();
    QVERIFY(!w->document()->region(named)->needsReview);
    QVERIFY(!w->imageScene()->regionItem(named)->needsReview());
    QVERIFY(w->imageScene()->regionItem(caption)->needsReview());
    QVERIFY(!reviewed->isEnabled());
    QCOMPARE(w->document()->undoStack()->count(), steps + 1);
    QVERIFY(w->isWindowModified());
    w->regionsDock()->reviewFilter()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(w->regionsDock()->view()->model()->index(0, 0).data(RegionListModel::IdRole).toUuid(),
             caption);
    w->action(QStringLiteral("undo"))->trigger();
    QVERIFY(w->document()->region(named)->needsReview);
    QVERIFY(w->imageScene()->regionItem(named)->needsReview());
    QCOMPARE(model->rowCount(), 2);
    w->regionsDock()->reviewFilter()->setChecked(false);
    QCOMPARE(model->rowCount(), 2);

    // A clean reopen shows no notice.
    bar->setReport({});
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::rightClickSelectsRegionBeforeMenu()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ImageView *view = w->imageView();
    view->setZoom(1);
    view->horizontalScrollBar()->setValue(0);
    view->verticalScrollBar()->setValue(0);
    const QUuid pointedAt = addRect(*w, QRectF(20, 20, 60, 60));
    const QUuid selected = addRect(*w, QRectF(200, 200, 60, 60));
    w->imageScene()->selectRegions({selected});
    QCOMPARE(w->document()->selectedRegions(), QList<QUuid> {selected});

    // Delete in the menu of a right-click on the other region removes that one.
    bool menuShown = false;
    QList<QUuid> selectionWhenShown;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuShown = true;
        selectionWhenShown = w->document()->selectedRegions();
        menu->close();
        w->action(QStringLiteral("delete"))->trigger();
    });
    // The offscreen platform (ctest runs every GUI test on it) says so when a popup opens.
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
    }
    const QPoint at = view->mapFromScene(QPointF(50, 50));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QTRY_VERIFY(menuShown);
    QCOMPARE(selectionWhenShown, QList<QUuid> {pointedAt});
    QVERIFY(!w->document()->region(pointedAt));
    QVERIFY(w->document()->region(selected));
}

void TestMainWindow::selectionLivesInDocument()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid a = addRect(*w, QRectF(20, 20, 60, 60));
    const QUuid b = addRect(*w, QRectF(200, 200, 60, 60));
    // Set on the document: the canvas, the Regions dock and Properties follow.
    w->document()->setSelectedRegions({b});
    QVERIFY(w->imageScene()->regionItem(b)->isSelected());
    QVERIFY(!w->imageScene()->regionItem(a)->isSelected());
    QCOMPARE(w->regionsDock()->selectedRegions(), QList<QUuid> {b});
    QVERIFY(w->action(QStringLiteral("delete"))->isEnabled());
    // Undoing the region's creation drops it from the selection.
    w->document()->undoStack()->undo();
    QVERIFY(w->document()->selectedRegions().isEmpty());
    QVERIFY(!w->action(QStringLiteral("delete"))->isEnabled());
    QVERIFY(w->regionsDock()->selectedRegions().isEmpty());
}

void TestMainWindow::saveAsWritesArticleAndSidecar()
{
    auto w = openWindow();
    QVERIFY(w);
    const QUuid rect = addRect(*w, QRectF(12, 34, 56, 78));
    linkText(*w, rect, QStringLiteral("Korvik"));
    QVERIFY(w->document()->isModified());
    const QString folder = mDir.filePath(QStringLiteral("saveas"));
    QVERIFY(QDir().mkpath(folder));
    const QString copy = QDir(folder).filePath(QStringLiteral("renamed.md"));

    QVERIFY(w->action(QStringLiteral("saveAs")));
    QCOMPARE(w->action(QStringLiteral("saveAs"))->shortcut(), QKeySequence(QKeySequence::SaveAs));
    QVERIFY(w->saveAs(copy));

    // The article as it was on disk, and a sidecar that describes the new article.
    QCOMPARE(readFile(copy), kArticle.toUtf8());
    const QString sidecar = DocumentIO::sidecarPathFor(copy);
    QVERIFY(QFileInfo::exists(sidecar));
    QVERIFY(readFile(sidecar).contains("renamed.md"));
    QVERIFY(!readFile(sidecar).contains("crane.md"));
    // The image found beside the old article is copied beside the new one.
    QCOMPARE(readFile(QDir(folder).filePath(QStringLiteral("photo.png"))),
             readFile(mDir.filePath(QStringLiteral("photo.png"))));
    // Nothing was written for the old article.
    QVERIFY(!QFileInfo::exists(DocumentIO::sidecarPathFor(mArticlePath)));
    QCOMPARE(readFile(mArticlePath), kArticle.toUtf8());

    // The window now works on the new article, saved.
    QCOMPARE(w->articlePath(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(w->windowTitle().contains(QStringLiteral("renamed.md")));
    QVERIFY(!w->windowTitle().contains(QStringLiteral("crane.md")));
    QVERIFY(!w->document()->isModified());
    QVERIFY(!w->isWindowModified());
    QVERIFY(!w->openReportBar()->isVisible());
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->document()->regions().first().id, rect);
    QCOMPARE(w->document()->anchors().size(), 1);
    QCOMPARE(w->document()->anchors().first().exact, QStringLiteral("Korvik"));
    QCOMPARE(w->document()->article().images.first().localPath,
             QDir(folder).filePath(QStringLiteral("photo.png")));
    QVERIFY(!RecoveryManager::hasRecovery(mArticlePath));
}

void TestMainWindow::saveAsOntoExistingFileAsks()
{
    QList<Prompt> prompts;
    auto w = openWindow(&prompts, QMessageBox::Cancel);
    QVERIFY(w);
    addRect(*w, QRectF(10, 10, 30, 30));
    const QString folder = mDir.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(folder));
    const QString existing = QDir(folder).filePath(QStringLiteral("other.md"));
    QVERIFY(writeFile(existing, "# Someone else's article\n"));
    prompts.clear();

    QVERIFY(!w->saveAs(existing));
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().kind, Prompt::Kind::ReplaceFile);
    QVERIFY(prompts.first().buttons.testFlag(QMessageBox::Cancel));
    QCOMPARE(prompts.first().defaultButton, QMessageBox::Cancel);
    // Cancel writes nothing and keeps working on the open article.
    QCOMPARE(readFile(existing), QByteArray("# Someone else's article\n"));
    QVERIFY(!QFileInfo::exists(DocumentIO::sidecarPathFor(existing)));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("photo.png"))));
    QCOMPARE(w->articlePath(), mArticlePath);
    QVERIFY(w->document()->isModified());

    // Yes replaces it (atomically), with the sidecar beside it.
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Yes; });
    QVERIFY(w->saveAs(existing));
    QCOMPARE(readFile(existing), kArticle.toUtf8());
    QVERIFY(QFileInfo::exists(DocumentIO::sidecarPathFor(existing)));
    QCOMPARE(w->articlePath(), existing);
}

void TestMainWindow::changeBarMentionsKeptWorkOnlyWhenThereIsSome()
{
    auto w = openWindow();
    QVERIFY(w);
    QTest::qWait(50);
    QVERIFY(writeFile(mArticlePath, (kArticle + QStringLiteral("\nUpdated.\n")).toUtf8()));
    QTRY_VERIFY(w->changeBar()->isVisible());
    // Nothing unsaved: the bar does not claim to keep any work.
    QVERIFY(w->changeBar()->text().contains(QStringLiteral("crane.md")));
    QVERIFY(!w->changeBar()->text().contains(QStringLiteral("unsaved")));
    QVERIFY(!w->changeBar()->text().contains(QStringLiteral("kept")));
    // With unsaved work it says the work is kept.
    addRect(*w, QRectF(10, 10, 30, 30));
    QVERIFY(w->changeBar()->text().contains(QStringLiteral("unsaved changes are kept")));
    // Undoing back to the saved state takes the claim away again.
    w->document()->undoStack()->undo();
    QVERIFY(!w->document()->isModified());
    QVERIFY(!w->changeBar()->text().contains(QStringLiteral("unsaved")));
}

void TestMainWindow::statusBarClearedWhenSwitching()
{
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->currentImage(), 0);
    w->statusBar()->showMessage(QStringLiteral("About image 1"));
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("About image 1"));
    w->showImage(1);
    QVERIFY(waitForImage(*w));
    QCOMPARE(w->currentImage(), 1);
    QVERIFY(w->statusBar()->currentMessage().isEmpty());

    const QString other = mDir.filePath(QStringLiteral("other-article.md"));
    QVERIFY(writeFile(other, kArticle.toUtf8()));
    w->statusBar()->showMessage(QStringLiteral("About crane.md"));
    QVERIFY(w->openArticle(other));
    QVERIFY(waitForImage(*w));
    QCOMPARE(w->articlePath(), other);
    QVERIFY(w->statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::sidecarOpensItsArticle()
{
    // What a file manager passes for a `*.provena.jsonld` (the desktop entry's MIME types).
    auto w = openWindow();
    QVERIFY(w);
    const QUuid rect = addRect(*w, QRectF(12, 34, 56, 78));
    w->action(QStringLiteral("save"))->trigger();
    QTRY_VERIFY(!w->document()->isModified());
    const QString sidecar = DocumentIO::sidecarPathFor(mArticlePath);
    QVERIFY(QFileInfo::exists(sidecar));

    const QString other = mDir.filePath(QStringLiteral("other-article.md"));
    QVERIFY(writeFile(other, kArticle.toUtf8()));
    QVERIFY(w->openArticle(other));
    QVERIFY(waitForImage(*w));
    QCOMPARE(w->articlePath(), other);
    QVERIFY(w->document()->regions().isEmpty());

    QVERIFY(w->openArticle(sidecar));
    QVERIFY(waitForImage(*w));
    QCOMPARE(w->articlePath(), mArticlePath);
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->document()->regions().constFirst().id, rect);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
