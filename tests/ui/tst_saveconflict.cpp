// SPDX-License-Identifier: MIT
// The GUI when provena-cli saves the same article: File › Save refuses to overwrite the CLI's
// sidecar, the change bar says so, and its Reload brings the CLI's region in.
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
    void cliSaveMeanwhileShowsTheBarAndReloadBringsItIn();

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

void TestSaveConflict::cliSaveMeanwhileShowsTheBarAndReloadBringsItIn()
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
    const QByteArray cliVersion = readAll(sidecar);
    QVERIFY(w.recoveryManager()->writeNow().ok());

    // File › Save, from the keyboard, in the background.
    QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!w.session()->isSaving());
    ChangeBar *bar = w.changeBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->showsSaveConflict());
    QVERIFY2(bar->text().contains(QStringLiteral("Not saved")), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("hangul-emoji.md.provena.jsonld")));
    QPushButton *saveAs = button(bar, QStringLiteral("Save &As…"));
    QVERIFY(saveAs && saveAs->isVisible());
    for (const Prompt &p : std::as_const(prompts))
        QVERIFY2(p.kind != Prompt::Kind::Error, qPrintable(p.text)); // the bar, not a dialog
    QCOMPARE(readAll(sidecar), cliVersion);
    QVERIFY(w.document()->isModified());
    QVERIFY(RecoveryManager::hasRecovery(w.articlePath())); // the unsaved work is still kept

    // Saving again refuses again: nothing of the CLI's is ever overwritten.
    QVERIFY(!w.save());
    QCOMPARE(readAll(sidecar), cliVersion);

    // Reload (after the question about unsaved work) brings the CLI's region in.
    QPushButton *reload = button(bar, QStringLiteral("&Reload"));
    QVERIFY(reload);
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(prompts.last().kind, Prompt::Kind::ReloadDiscardsChanges);
    QVERIFY(w.document()->region(theirs));
    QVERIFY(!w.document()->region(mine.id));
    QVERIFY(!w.document()->isModified());
    QVERIFY(!bar->isVisible());
    QVERIFY(!w.session()->hasSaveConflict());

    // And saving works again.
    w.document()->undoStack()->push(new AddRegionsCommand(w.document(), {mine}));
    QVERIFY(w.save());
    const auto content = SidecarReader::readFile(sidecar);
    QVERIFY(content.ok());
    QCOMPARE(content->regions.size(), 2);
}

QTEST_MAIN(TestSaveConflict)
#include "tst_saveconflict.moc"
