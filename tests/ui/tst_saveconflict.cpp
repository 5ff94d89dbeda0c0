// SPDX-License-Identifier: MIT
// The GUI when provena-cli saves the same article: File › Save merges the CLI's sidecar in and
// writes both (issue 14); a sidecar it cannot read is never overwritten and the bar says so.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/mainwindow/changebar.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QPushButton *button(ChangeBar *bar, const QString &text)
{
    for (QPushButton *b : bar->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestSaveConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cliSaveMeanwhileIsMergedAndSaved();
    void unreadableSidecarMeanwhileShowsTheBar();

private:
    QUuid cliRegionAdd();

    QTemporaryDir mDir;
    QTemporaryDir mConfig;
    QString mArticle;
};

void TestSaveConflict::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaConflictTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid() && mConfig.isValid());
    QSettings().clear();
    QSettings().setValue(QStringLiteral("canvas/askLabelAfterDrawing"), false);
}

void TestSaveConflict::cleanupTestCase()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestSaveConflict::init()
{
    for (const char *name : {"hangul-emoji.md", "photo.png"}) {
        QFile::remove(mDir.filePath(QLatin1String(name)));
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mDir.filePath(QLatin1String(name))));
    }
    mArticle = mDir.filePath(QStringLiteral("hangul-emoji.md"));
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
}

QUuid TestSaveConflict::cliRegionAdd()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), mConfig.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PROVENA_CLI),
            {QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
             QStringLiteral("1"), QStringLiteral("--rect"), QStringLiteral("30,20,10,10"),
             QStringLiteral("--label"), QStringLiteral("vehicle")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QUuid::fromString(QString::fromUtf8(p.readAllStandardOutput()).trimmed());
}

void TestSaveConflict::cliSaveMeanwhileIsMergedAndSaved()
{
    QList<Prompt> prompts;
    MainWindow w;
    w.setPromptHandler([&prompts](const Prompt &p) {
        prompts.append(p);
        return p.kind == Prompt::Kind::ReloadDiscardsChanges ? QMessageBox::Yes : QMessageBox::Ok;
    });
    w.resize(1200, 800);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.openArticle(mArticle));
    const QString sidecar = DocumentIO::sidecarPathFor(w.articlePath());

    Region mine;
    mine.id = QUuid::createUuid();
    mine.geometry = RegionGeometry::rectangle(QRectF(2, 2, 10, 10));
    mine.label = QStringLiteral("person");
    w.document()->undoStack()->push(new AddRegionsCommand(w.document(), {mine}));
    QVERIFY(w.document()->isModified());

    const QUuid theirs = cliRegionAdd();
    QVERIFY(!theirs.isNull());

    // File › Save, from the keyboard, in the background: the CLI's region is merged in (issue
    // 14) and both are written; no bar, no dialog.
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!w.session()->isSaving());
    QTRY_VERIFY(!w.document()->isModified());
    QVERIFY(w.document()->region(theirs));
    QVERIFY(w.document()->region(mine.id));
    QVERIFY(!w.changeBar()->showsSaveConflict());
    for (const Prompt &p : std::as_const(prompts))
        QVERIFY2(p.kind != Prompt::Kind::Error, qPrintable(p.text));
    const auto content = SidecarReader::readFile(sidecar);
    QVERIFY(content.ok());
    QCOMPARE(content->regions.size(), 2);
}

void TestSaveConflict::unreadableSidecarMeanwhileShowsTheBar()
{
    QList<Prompt> prompts;
    MainWindow w;
    w.setPromptHandler([&prompts](const Prompt &p) {
        prompts.append(p);
        return QMessageBox::Ok;
    });
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openArticle(mArticle));
    const QString sidecar = DocumentIO::sidecarPathFor(w.articlePath());
    QVERIFY(!cliRegionAdd().isNull()); // the sidecar exists and the window has read it
    QVERIFY(w.reload());
    Region mine;
    mine.id = QUuid::createUuid();
    mine.geometry = RegionGeometry::rectangle(QRectF(2, 2, 10, 10));
    mine.label = QStringLiteral("person");
    w.document()->undoStack()->push(new AddRegionsCommand(w.document(), {mine}));

    // Another program leaves a file Provena cannot read: nothing to merge, nothing overwritten.
    const QByteArray broken = "{ \"@context\": [";
    {
        QFile f(sidecar);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(broken), broken.size());
    }
    QVERIFY(w.recoveryManager()->writeNow().ok());
    QVERIFY(!w.save());
    ChangeBar *bar = w.changeBar();
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(bar->showsSaveConflict());
    QVERIFY2(bar->text().contains(QStringLiteral("Not saved")), qPrintable(bar->text()));
    QPushButton *saveAs = button(bar, QStringLiteral("Save &As…"));
    QVERIFY(saveAs && saveAs->isVisible());
    QCOMPARE(readAll(sidecar), broken);
    QVERIFY(w.document()->isModified());
    QVERIFY(RecoveryManager::hasRecovery(w.articlePath())); // the unsaved work is still kept
}

QTEST_MAIN(TestSaveConflict)
#include "tst_saveconflict.moc"
