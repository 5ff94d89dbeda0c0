// SPDX-License-Identifier: MIT
// The analyst's rough edges around drawing and listing regions, driven through real widgets.
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregionscommand.h"
#include "core/document/articledocument.h"
#include "core/i18n/language.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/regionitem.h"
#include "ui/docks/propertiesdock.h"
#include "ui/docks/regionlistmodel.h"
#include "ui/docks/regionsdock.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace provena;

namespace {

const QString kArticle = QStringLiteral(
    "# Crane at the port\n\nBY MINA SEO\n\n"
    "![Premier Tal Orsen at the quay. [NCNA]](https://images.example/2025/08/13/photo.png)\n\n"
    "The photographer Ansel Korvik took the picture on Wednesday.\n");

const QString kAskKey = QStringLiteral("canvas/askLabelAfterDrawing");

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestRegionEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void regionsCarryAuthorAndTimes();
    void captionsTellRegionsApart();
    void regionsDockFitsWithoutScrolling();
    void labelPopupAfterDrawing();
    void labelPopupCanBeTurnedOff();
    void redoWithCtrlYAndShortcutTooltips();
    void regionsDockKeepsUsableHeight();
    void cursorPositionStaysInsideImage();
    void labelsShowInTheLanguageInForce();

private:
    std::unique_ptr<MainWindow> openWindow();
    /** Drags a rectangle with the Rectangle tool between two viewport points (zoom 1, no scroll).
     */
    void drawRect(MainWindow &w, QPoint from, QPoint to);

    /** Runs `answer` on the label popup once it is up with its default active. */
    void whenPopupShows(std::function<void(QMenu *)> answer, bool *seen);

    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestRegionEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaRegionEditingTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid());
    QSettings().clear();
}

void TestRegionEditing::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestRegionEditing::init()
{
    QSettings().clear();
    QSettings().setValue(kAskKey, false);
    mArticlePath = mDir.filePath(QStringLiteral("crane.md"));
    QVERIFY(writeFile(mArticlePath, kArticle.toUtf8()));
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QVERIFY(image.save(mDir.filePath(QStringLiteral("photo.png"))));
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(DocumentIO::sidecarPathFor(mArticlePath));
    // Any warning the test does not expect fails it; the offscreen platform's own are harmless
    // (popups ask it to raise and grab).
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the "
        "(keyboard|mouse))$)")));
}

std::unique_ptr<MainWindow> TestRegionEditing::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &p) {
        return p.kind == Prompt::Kind::Error ? QMessageBox::Ok : QMessageBox::No;
    });
    w->resize(1300, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        return nullptr;
    if (!w->openArticle(mArticlePath))
        return nullptr;
    if (!QTest::qWaitFor([&w] { return !w->isImageLoading(); }, 10000))
        return nullptr;
    w->imageView()->setZoom(1);
    w->imageView()->horizontalScrollBar()->setValue(0);
    w->imageView()->verticalScrollBar()->setValue(0);
    return w;
}

void TestRegionEditing::drawRect(MainWindow &w, QPoint from, QPoint to)
{
    QWidget *vp = w.imageView()->viewport();
    w.action(QStringLiteral("toolRectangle"))->trigger();
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(vp, (from + to) / 2);
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, to);
}

void TestRegionEditing::regionsCarryAuthorAndTimes()
{
    // Without a stored name, the OS user.
    qputenv("USER", "osuser");
    QCOMPARE(DocumentSession::userName(), QStringLiteral("osuser"));
    QSettings().setValue(QStringLiteral("user/name"), QStringLiteral("Mina Seo"));
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->document()->author(), QStringLiteral("Mina Seo"));

    drawRect(*w, QPoint(100, 100), QPoint(200, 180));
    QCOMPARE(w->document()->regions().size(), 1);
    const Region first = w->document()->regions().first();
    QCOMPARE(first.author, QStringLiteral("Mina Seo"));
    QVERIFY(first.created.isValid());

    // The Properties dock says who and when, in local time.
    QLabel *provenance = w->propertiesDock()->provenanceLabel();
    QVERIFY(provenance->isVisible());
    QVERIFY2(provenance->text().contains(QStringLiteral("Mina Seo")),
             qPrintable(provenance->text()));
    QVERIFY2(provenance->text().contains(
                 QLocale().toString(first.created.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(provenance->text()));
    QVERIFY(!provenance->text().contains(QStringLiteral("Modified")));
    // An edit later shows the modification time too.
    QTest::qWait(1100);
    w->document()->undoStack()->push(
        ChangeRegionsCommand::setNote(w->document(), first.id, QStringLiteral("at the quay")));
    QVERIFY2(provenance->text().contains(QStringLiteral("Modified")),
             qPrintable(provenance->text()));

    // Tools › Your Name… changes the author of the regions drawn next.
    QAction *name = w->action(QStringLiteral("userName"));
    QVERIFY(name);
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->textValue(), QStringLiteral("Mina Seo"));
        dialog->setTextValue(QStringLiteral("  Ansel Korvik "));
        dialog->accept();
        answered = true;
    });
    name->trigger();
    QVERIFY(answered);
    QCOMPARE(QSettings().value(QStringLiteral("user/name")).toString(),
             QStringLiteral("Ansel Korvik"));
    QCOMPARE(w->document()->author(), QStringLiteral("Ansel Korvik"));
    drawRect(*w, QPoint(300, 300), QPoint(400, 380));
    QCOMPARE(w->document()->regions().size(), 2);
    QCOMPARE(w->document()->regions().last().author, QStringLiteral("Ansel Korvik"));
    QVERIFY(provenance->text().contains(QStringLiteral("Ansel Korvik")));

    // An empty name goes back to the OS user.
    DocumentSession::setUserName(QString());
    QCOMPARE(DocumentSession::userName(), QStringLiteral("osuser"));
}

void TestRegionEditing::captionsTellRegionsApart()
{
    auto w = openWindow();
    QVERIFY(w);
    drawRect(*w, QPoint(100, 100), QPoint(300, 250));
    drawRect(*w, QPoint(400, 100), QPoint(600, 250));
    QCOMPARE(w->document()->regions().size(), 2);
    const QUuid a = w->document()->regions().at(0).id;
    const QUuid b = w->document()->regions().at(1).id;
    RegionItem *itemA = w->imageScene()->regionItem(a);
    RegionItem *itemB = w->imageScene()->regionItem(b);
    QVERIFY(itemA && itemB);
    // Nothing to say: no caption, and the tab is only as wide as the label.
    QVERIFY(itemA->caption().isEmpty());
    // Dark pixels along a line just above region a's top edge, where its tabs sit.
    const auto darkAboveA = [&w] {
        w->imageScene()->clearSelection();
        QApplication::processEvents();
        const QImage shot = w->imageView()->viewport()->grab().toImage();
        const QPoint topLeft = w->imageView()->mapFromScene(QPointF(100, 100));
        int dark = 0;
        for (int x = topLeft.x(); x < topLeft.x() + 290; ++x)
            dark += qGray(shot.pixel(x, topLeft.y() - 4)) < 50 ? 1 : 0;
        return dark;
    };
    const int darkBefore = darkAboveA();

    w->document()->undoStack()->push(ChangeRegionsCommand::setEntity(
        w->document(), a, Entity {QStringLiteral("Tal Orsen"), QString()}));
    w->document()->undoStack()->push(ChangeRegionsCommand::setNote(
        w->document(), b, QStringLiteral("  Ansel Korvik, left\nsecond line")));
    QCOMPARE(itemA->caption(), QStringLiteral("Tal Orsen"));
    QCOMPARE(itemB->caption(), QStringLiteral("Ansel Korvik, left"));
    // The entity wins over the note.
    w->document()->undoStack()->push(
        ChangeRegionsCommand::setNote(w->document(), a, QStringLiteral("the premier")));
    QCOMPARE(itemA->caption(), QStringLiteral("Tal Orsen"));

    // Drawn: the dark caption tab right of the label tab, above the region's top edge.
    const int darkAfter = darkAboveA();
    QVERIFY2(darkAfter > darkBefore + 20,
             qPrintable(QStringLiteral("%1 -> %2").arg(darkBefore).arg(darkAfter)));
    // A long caption is elided on screen but kept whole.
    const QString longName(300, u'x');
    w->document()->undoStack()->push(
        ChangeRegionsCommand::setEntity(w->document(), b, Entity {longName, QString()}));
    QCOMPARE(itemB->caption(), longName);
    QVERIFY(itemB->boundingRect().width() * w->imageView()->zoom()
            < 200 + RegionItem::kCaptionMaxWidthPx + 20);
}

void TestRegionEditing::regionsDockFitsWithoutScrolling()
{
    auto w = openWindow();
    QVERIFY(w);
    drawRect(*w, QPoint(100, 100), QPoint(300, 250));
    const QUuid id = w->document()->regions().first().id;
    const QString note = QStringLiteral("A long note about who stands where on the quay, and "
                                        "why the crane behind them matters for the date.\nMore.");
    const QString entity = QStringLiteral("Premier Tal Orsen of the Northern Coastal Republic");
    w->document()->undoStack()->push(ChangeRegionsCommand::setNote(w->document(), id, note));
    w->document()->undoStack()->push(
        ChangeRegionsCommand::setEntity(w->document(), id, Entity {entity, QString()}));
    RegionsDock *dock = w->regionsDock();
    QTreeView *view = dock->view();
    // Narrow, as docks beside the canvas are: the short columns need about 330 px.
    w->resizeDocks({dock}, {440}, Qt::Horizontal);
    QApplication::processEvents();
    QVERIFY(view->isVisible());
    QVERIFY(view->viewport()->width() < 450);
    QVERIFY(view->fontMetrics().horizontalAdvance(note) > view->viewport()->width());
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    const QModelIndex noteIndex = view->model()->index(0, RegionListModel::NoteColumn);
    const QModelIndex entityIndex = view->model()->index(0, RegionListModel::EntityColumn);
    // Both columns are on screen, side by side, within the viewport.
    QVERIFY(view->visualRect(noteIndex).right() <= view->viewport()->width());
    QVERIFY(view->visualRect(entityIndex).width() > 20);
    QVERIFY(view->visualRect(noteIndex).width() > 20);
    // The full text is in the tooltip; the cell shows one line.
    QCOMPARE(noteIndex.data(Qt::ToolTipRole).toString(), note);
    QVERIFY(!noteIndex.data(Qt::DisplayRole).toString().contains(u'\n'));
    QCOMPARE(entityIndex.data(Qt::ToolTipRole).toString(), entity);
}

void TestRegionEditing::whenPopupShows(std::function<void(QMenu *)> answer, bool *seen)
{
    *seen = false;
    QTimer::singleShot(0, this, [answer, seen] {
        QMenu *menu = nullptr;
        const bool up = QTest::qWaitFor(
            [&menu] {
                menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                return menu && menu->activeAction();
            },
            5000);
        if (!up)
            return;
        *seen = true;
        answer(menu);
    });
}

void TestRegionEditing::labelPopupAfterDrawing()
{
    QSettings().setValue(kAskKey, true);
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->action(QStringLiteral("askLabelAfterDrawing"))->isChecked());
    const QString defaultLabel = w->imageView()->newRegionLabel();
    QVERIFY(!defaultLabel.isEmpty());

    // Enter takes the default, the current "New:" label.
    bool seen = false;
    QString firstText;
    whenPopupShows(
        [&firstText](QMenu *menu) {
            QCOMPARE(menu->objectName(), QStringLiteral("labelPopup"));
            QVERIFY(menu->actions().size() > 2);
            firstText = menu->activeAction()->text();
            QCOMPARE(menu->defaultAction(), menu->activeAction());
            QTest::keyClick(menu, Qt::Key_Return);
        },
        &seen);
    drawRect(*w, QPoint(100, 100), QPoint(200, 180));
    QVERIFY(seen);
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->document()->regions().last().label, defaultLabel);

    // Down, Enter: the next label, in the same single undo step as the drawing.
    QString chosen;
    whenPopupShows(
        [&chosen](QMenu *menu) {
            QTest::keyClick(menu, Qt::Key_Down);
            chosen = menu->activeAction()->data().toString();
            QTest::keyClick(menu, Qt::Key_Return);
        },
        &seen);
    const int steps = w->document()->undoStack()->count();
    drawRect(*w, QPoint(300, 300), QPoint(400, 380));
    QVERIFY(seen);
    QCOMPARE(w->document()->regions().size(), 2);
    QVERIFY(!chosen.isEmpty());
    QVERIFY(chosen != defaultLabel);
    QCOMPARE(w->document()->regions().last().label, chosen);
    QCOMPARE(w->document()->undoStack()->count(), steps + 1);
    w->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(w->document()->regions().size(), 1);
    w->action(QStringLiteral("redo"))->trigger();
    QCOMPARE(w->document()->regions().last().label, chosen);

    // Escape keeps the default (the region is still added).
    whenPopupShows(
        [](QMenu *menu) {
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Escape);
        },
        &seen);
    drawRect(*w, QPoint(500, 300), QPoint(600, 380));
    QVERIFY(seen);
    QCOMPARE(w->document()->regions().size(), 3);
    QCOMPARE(w->document()->regions().last().label, defaultLabel);
}

void TestRegionEditing::labelPopupCanBeTurnedOff()
{
    QSettings().setValue(kAskKey, true);
    auto w = openWindow();
    QVERIFY(w);
    QAction *ask = w->action(QStringLiteral("askLabelAfterDrawing"));
    QVERIFY(ask->isCheckable() && ask->isChecked());
    ask->trigger();
    QCOMPARE(QSettings().value(kAskKey).toBool(), false);
    bool seen = false;
    whenPopupShows([](QMenu *menu) { QTest::keyClick(menu, Qt::Key_Escape); }, &seen);
    drawRect(*w, QPoint(100, 100), QPoint(200, 180));
    QCOMPARE(w->document()->regions().size(), 1);
    QVERIFY(!seen);
}

void TestRegionEditing::redoWithCtrlYAndShortcutTooltips()
{
    auto w = openWindow();
    QVERIFY(w);
    drawRect(*w, QPoint(100, 100), QPoint(200, 180));
    QCOMPARE(w->document()->regions().size(), 1);
    w->imageView()->setFocus();
    QTest::keyClick(w->imageView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->document()->regions().size(), 0);
    QTest::keyClick(w->imageView(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(w->document()->regions().size(), 1);
    // The platform's own Redo key still works.
    QTest::keyClick(w->imageView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->document()->regions().size(), 0);
    QAction *redo = w->action(QStringLiteral("redo"));
    QVERIFY(redo->shortcuts().contains(QKeySequence(QKeySequence::Redo)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));

    // Every action with a shortcut says it in its tooltip, also after its text changed.
    const QList<QAction *> actions = w->findChildren<QAction *>();
    int checked = 0;
    for (QAction *a : actions) {
        if (a->shortcuts().isEmpty() || a->objectName().isEmpty() || a->text().isEmpty())
            continue;
        const QString key = a->shortcuts().first().toString(QKeySequence::NativeText);
        QVERIFY2(a->toolTip().endsWith(QStringLiteral(" (%1)").arg(key)),
                 qPrintable(a->objectName() + QStringLiteral(": ") + a->toolTip()));
        ++checked;
    }
    QVERIFY(checked > 10);
    QVERIFY2(redo->toolTip().contains(QStringLiteral("Redo Add Region")),
             qPrintable(redo->toolTip()));
    // The tool buttons show them.
    QToolButton *rect = nullptr;
    for (QToolBar *bar : w->findChildren<QToolBar *>()) {
        if (auto *button = qobject_cast<QToolButton *>(
                bar->widgetForAction(w->action(QStringLiteral("toolRectangle")))))
            rect = button;
    }
    QVERIFY(rect);
    const QString rectKey
        = w->action(QStringLiteral("toolRectangle"))->shortcut().toString(QKeySequence::NativeText);
    QVERIFY(!rectKey.isEmpty());
    QVERIFY2(rect->toolTip().contains(rectKey), qPrintable(rect->toolTip()));
}

void TestRegionEditing::regionsDockKeepsUsableHeight()
{
    QByteArray squashed;
    {
        auto w = openWindow();
        QVERIFY(w);
        RegionsDock *dock = w->regionsDock();
        QVERIFY(dock->isVisible());
        w->resizeDocks({dock}, {1}, Qt::Vertical);
        QApplication::processEvents();
        squashed = w->saveState();
        QVERIFY(dock->view()->height()
                >= dock->view()->fontMetrics().height() * RegionsDock::kMinimumRows);
    }
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->restoreState(squashed));
    QApplication::processEvents();
    RegionsDock *dock = w->regionsDock();
    QVERIFY(dock->isVisible());
    QVERIFY2(dock->view()->height()
                 >= dock->view()->fontMetrics().height() * RegionsDock::kMinimumRows,
             qPrintable(QString::number(dock->view()->height())));
}

void TestRegionEditing::cursorPositionStaysInsideImage()
{
    auto w = openWindow();
    QVERIFY(w);
    ImageView *view = w->imageView();
    // Small enough that the viewport shows margins around the image.
    view->setZoom(0.25);
    QApplication::processEvents();
    QSignalSpy moved(view, &ImageView::cursorMoved);
    QWidget *vp = view->viewport();
    const QPoint beyond = view->mapFromScene(QPointF(1200, 900)) + QPoint(30, 30);
    QVERIFY(vp->rect().contains(beyond));
    QTest::mouseMove(vp, beyond);
    QTest::mouseMove(vp, QPoint(2, 2));
    QVERIFY(moved.size() >= 2);
    for (const QList<QVariant> &args : std::as_const(moved)) {
        const QPointF p = args.at(0).toPointF();
        QVERIFY2(p.x() >= 0 && p.y() >= 0 && p.x() <= 1200 && p.y() <= 900,
                 qPrintable(QStringLiteral("%1, %2").arg(p.x()).arg(p.y())));
    }
    QCOMPARE(moved.at(moved.size() - 2).at(0).toPointF(), QPointF(1200, 900));
    QCOMPARE(moved.at(moved.size() - 2).at(1).toBool(), false);
    // Drawing past the edge ends the region at the edge too.
    drawRect(*w, view->mapFromScene(QPointF(1000, 700)), beyond);
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->document()->regions().first().geometry.boundingRect().bottomRight(),
             QPointF(1200, 900));
}

void TestRegionEditing::labelsShowInTheLanguageInForce()
{
    // As `--lang de` leaves it (Language::apply sets QLocale's default with the translators):
    // label names are shown in German, the sidecar keeps the id and the English name.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QCOMPARE(Language::current(), QStringLiteral("de"));
    auto w = openWindow();
    QVERIFY(w);
    QComboBox *newLabel = w->newLabelCombo();
    const int vehicleIndex = newLabel->findData(QStringLiteral("vehicle"));
    QVERIFY(vehicleIndex >= 0);
    QCOMPARE(newLabel->itemText(vehicleIndex), QStringLiteral("Fahrzeug"));
    QCOMPARE(newLabel->itemData(vehicleIndex, Qt::ToolTipRole).toString(),
             QStringLiteral("Auto, Schiff, Flugzeug, Kran oder andere Maschine"));
    newLabel->setCurrentIndex(vehicleIndex);
    drawRect(*w, QPoint(100, 100), QPoint(300, 250));
    QCOMPARE(w->document()->regions().size(), 1);
    const Region region = w->document()->regions().first();
    QCOMPARE(region.label, QStringLiteral("vehicle"));

    // The canvas tab, the Regions dock and the Properties dock.
    RegionItem *item = w->imageScene()->regionItem(region.id);
    QVERIFY(item);
    QCOMPARE(item->labelText(), QStringLiteral("Fahrzeug"));
    QTreeView *list = w->regionsDock()->view();
    const QModelIndex labelCell = list->model()->index(0, RegionListModel::LabelColumn);
    QCOMPARE(labelCell.data().toString(), QStringLiteral("Fahrzeug"));
    w->document()->setSelectedRegions({region.id});
    QApplication::processEvents();
    QComboBox *properties = w->propertiesDock()->labelCombo();
    QCOMPARE(properties->currentData().toString(), QStringLiteral("vehicle"));
    QCOMPARE(properties->currentText(), QStringLiteral("Fahrzeug"));
    const int screenIndex = properties->findData(QStringLiteral("document-screen"));
    QCOMPARE(properties->itemText(screenIndex), QStringLiteral("Dokument oder Bildschirm"));

    // Saved: language-neutral.
    QVERIFY(w->save());
    QFile sidecar(DocumentIO::sidecarPathFor(mArticlePath));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(sidecar.readAll());
    QVERIFY(saved.contains(QStringLiteral("Vehicle")));
    QVERIFY(!saved.contains(QStringLiteral("Fahrzeug")));
}

QTEST_MAIN(TestRegionEditing)
#include "tst_regionediting.moc"
