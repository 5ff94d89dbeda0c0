// SPDX-License-Identifier: MIT
// File › Write XMP Sidecars on Save: clicking it in the menu changes the setting, a save writes
// photo.jpg.xmp only while it is on, and problems of the XMP write show in the status bar.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "session/xmpexport.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kArticle = "# Premier inspects rebuilt harbour crane\n\n"
                            "![Premier Tal Orsen at the port.](photo.jpg)\n\n"
                            "Premier Tal Orsen toured the rebuilt container terminal.\n";

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/** The menu of the menu bar that holds `action`. */
QMenu *menuHolding(MainWindow &w, QAction *action)
{
    for (QAction *top : w.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            return top->menu();
    }
    return nullptr;
}

} // namespace

class TestXmpSaveAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void menuToggleDecidesWhetherSaveWritesTheSidecar();
    void xmpProblemsShowInTheStatusBar();

private:
    bool openWindow(MainWindow &w);
    void clickInMenu(MainWindow &w, QAction *action);
    void addRegionAndSave(MainWindow &w);

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mXmp;
};

void TestXmpSaveAction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Per process: XmpSettings live in the organisation's file, which no other test may share.
    QCoreApplication::setOrganizationName(
        u"ProvenaXmpUiTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(u"ProvenaXmpUiTest"_s);
    QSettings().clear();
    QSettings().setValue(u"canvas/askLabelAfterDrawing"_s, false);
}

void TestXmpSaveAction::cleanupTestCase()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(QSettings().fileName());
    QFile::remove(QSettings(QSettings::UserScope, QCoreApplication::organizationName()).fileName());
}

void TestXmpSaveAction::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mArticle = mDir->filePath(u"story.md"_s);
    QVERIFY(writeAll(mArticle, kArticle));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/provenance.jpg"),
                        mDir->filePath(u"photo.jpg"_s)));
    mXmp = mDir->filePath(u"photo.jpg.xmp"_s);
    XmpSettings::setWriteOnSave(true);
    // Any warning the test does not expect fails it; the offscreen platform's own are harmless
    // (the menu's popup asks it to raise and grab).
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the "
        "(keyboard|mouse))$)")));
}

bool TestXmpSaveAction::openWindow(MainWindow &w)
{
    w.setPromptHandler([](const Prompt &) { return QMessageBox::Ok; });
    w.resize(1200, 800);
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w) && w.openArticle(mArticle);
}

void TestXmpSaveAction::clickInMenu(MainWindow &w, QAction *action)
{
    QMenu *menu = menuHolding(w, action);
    QVERIFY(menu);
    menu->popup(w.mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    const QRect where = menu->actionGeometry(action);
    QVERIFY(where.isValid());
    QTest::mouseClick(menu, Qt::LeftButton, {}, where.center());
    QTRY_VERIFY(!menu->isVisible());
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

void TestXmpSaveAction::addRegionAndSave(MainWindow &w)
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(20, 20, 60, 80));
    r.label = u"person"_s;
    r.entity.name = u"Tal Orsen"_s;
    w.document()->undoStack()->push(new AddRegionsCommand(w.document(), {r}));
    // File › Save, from the keyboard, in the background.
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!w.session()->isSaving());
    QVERIFY(!w.document()->isModified());
}

void TestXmpSaveAction::menuToggleDecidesWhetherSaveWritesTheSidecar()
{
    MainWindow w;
    QVERIFY(openWindow(w));
    QAction *toggle = w.action(u"writeXmpOnSave"_s);
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    QVERIFY(toggle->isChecked()); // on by default

    clickInMenu(w, toggle);
    QVERIFY(!toggle->isChecked());
    QCOMPARE(XmpSettings::writeOnSave(), false);
    addRegionAndSave(w);
    QVERIFY(QFileInfo::exists(DocumentIO::sidecarPathFor(mArticle)));
    QVERIFY(!QFileInfo::exists(mXmp));

    clickInMenu(w, toggle);
    QVERIFY(toggle->isChecked());
    QCOMPARE(XmpSettings::writeOnSave(), true);
    addRegionAndSave(w);
    QTRY_VERIFY(QFileInfo(mXmp).isFile());
    QVERIFY2(!w.statusBar()->currentMessage().contains(u"XMP"_s),
             qPrintable(w.statusBar()->currentMessage()));
}

void TestXmpSaveAction::xmpProblemsShowInTheStatusBar()
{
    // A folder where the sidecar goes: the XMP write fails, the save does not.
    QVERIFY(QDir(mDir->path()).mkdir(u"photo.jpg.xmp"_s));
    MainWindow w;
    QVERIFY(openWindow(w));
    addRegionAndSave(w);
    QVERIFY(QFileInfo(DocumentIO::sidecarPathFor(mArticle)).isFile());
    const QString message = w.statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Saved, but 1 XMP sidecar problem"_s), qPrintable(message));
    QVERIFY2(message.contains(u"image 1: "_s), qPrintable(message));
}

QTEST_MAIN(TestXmpSaveAction)
#include "tst_xmpsaveaction.moc"
