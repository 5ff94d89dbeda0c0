// SPDX-License-Identifier: MIT
// Bundles in the window: File › Export Bundle… driven through its dialog (saving first, the
// default zip beside the article, OK disabled until valid, replacing asks), the export's
// progress and Cancel (no file left), and opening a bundle the way File › Open and a drop do
// (folder prompt, import, the article open with its regions), hostile and damaged zips refused
// with the error shown and nothing opened or left behind.
#include "bundle/bagverifier.h"
#include "bundle/bundleexporter.h"
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/dialogs/exportbundledialog.h"
#include "ui/mainwindow/bundleactionhandler.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <archive.h>
#include <archive_entry.h>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kExportTimeoutMs = 120000;

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

/** The sample article with its two photos, copied into `dir`; returns the article's path. */
QString copySample(const QString &dir)
{
    const QString samples = QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/");
    const QString article = dir + u"/harbour-crane.md"_s;
    const bool ok = copyFile(samples + u"harbour-crane.md"_s, article)
        && copyFile(samples + u"ncna-harbour-crane.jpg"_s, dir + u"/ncna-harbour-crane.jpg"_s)
        && copyFile(samples + u"harbour-crane_files/elvhaven-anchorage.jpg"_s,
                    dir + u"/harbour-crane_files/elvhaven-anchorage.jpg"_s);
    return ok ? article : QString();
}

Region personRegion(const QString &name, const QRectF &box)
{
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(box);
    r.label = u"person"_s;
    r.entity.name = name;
    return r;
}

/** Opens `article` in a session of its own, adds a region and saves: an article with a sidecar. */
bool annotateAndSave(const QString &article, const QString &name)
{
    DocumentSession session;
    if (!session.open(article))
        return false;
    session.document()->undoStack()->push(
        new AddRegionsCommand(session.document(), {personRegion(name, QRectF(10, 10, 40, 60))}));
    return session.save().ok();
}

/** Every file and folder under `dir`, relative, hidden ones too. */
QStringList everythingUnder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(dir).relativeFilePath(it.next()));
    found.sort();
    return found;
}

/** A zip of `entries` (name → data) written with libarchive, as a hostile sender would. */
bool writeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    archive *zip = archive_write_new();
    archive_write_set_format_zip(zip);
    bool ok = archive_write_open_filename(zip, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, data] : entries) {
        if (!ok)
            break;
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, data.size());
        ok = archive_write_header(zip, entry) == ARCHIVE_OK
            && archive_write_data(zip, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(zip) == ARCHIVE_OK && ok;
    archive_write_free(zip);
    return ok;
}

/**
 * A copy of the zip at `from` with every entry whose name ends in `suffix` given one more
 * byte: a bundle damaged after it was made (its manifest no longer matches).
 */
bool copyZipTampering(const QString &from, const QString &to, const QByteArray &suffix)
{
    archive *in = archive_read_new();
    archive_read_support_format_zip(in);
    if (archive_read_open_filename(in, QFile::encodeName(from).constData(), 65536) != ARCHIVE_OK) {
        archive_read_free(in);
        return false;
    }
    QList<std::pair<QByteArray, QByteArray>> entries;
    bool tampered = false;
    archive_entry *entry = nullptr;
    while (archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        const QByteArray name = archive_entry_pathname(entry);
        QByteArray data;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(in, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        if (name.endsWith(suffix)) {
            data.append('!');
            tampered = true;
        }
        if (!name.endsWith('/'))
            entries.append({name, data});
    }
    archive_read_free(in);
    return tampered && writeZip(to, entries);
}

} // namespace

class TestBundleActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void exportThroughTheDialog();
    void dialogRefusesWhatCannotBeExported();
    void replacingAnExistingZipAsksFirst();
    void cancelledExportLeavesNoFile();
    void declinedSaveExportsNothing();
    void failedExportIsShownNamingTheBundle();
    void cancelledImportLeavesNothing();
    void openBundleThroughFileOpen();
    void droppedZipAsksWhereToExtract();
    void bundleWithSeveralArticlesAsksWhichToOpen();
    void hostileZipIsRefusedAndNothingOpens();
    void damagedBundleIsRefusedAndNothingOpens();

private:
    bool openWindow();
    QMessageBox::StandardButton answer(const Prompt &prompt);
    /** Exports `articles` through startExport() and waits; the zip's path, empty on failure. */
    bool exportAndWait(const QStringList &articles, const QString &zipPath);
    bool waitForExport(QSignalSpy &spy);
    /** Opens `zipPath` as File › Open does and waits for the import to end. */
    bool openAndWait(const QString &zipPath, QList<QVariant> *finished);

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<MainWindow> mWindow;
    QString mArticle; ///< the sample, with a saved sidecar holding two regions
    QList<Prompt> mPrompts;
    QMap<Prompt::Kind, QMessageBox::StandardButton> mAnswers;
    QString mExtractInto; ///< what the folder prompt answers
    QStringList mFolderAsked; ///< "zip|suggested" per folder prompt
    QStringList mArticlesOffered;
    QString mArticleChosen;
    QList<QUrl> mOpenedUrls;
};

void TestBundleActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Per process: BundleSettings live in the organisation's file, which no other test may share.
    QCoreApplication::setOrganizationName(
        u"ProvenaBundleUiTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(u"ProvenaBundleUiTest"_s);
    QSettings().clear();
    QSettings().setValue(u"canvas/askLabelAfterDrawing"_s, false);
}

void TestBundleActions::cleanupTestCase()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(QSettings().fileName());
    QFile::remove(QSettings(QSettings::UserScope, QCoreApplication::organizationName()).fileName());
}

void TestBundleActions::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mArticle = copySample(mDir->filePath(u"src"_s));
    QVERIFY(!mArticle.isEmpty());
    {
        DocumentSession session;
        QVERIFY(session.open(mArticle).ok());
        session.document()->undoStack()->push(
            new AddRegionsCommand(session.document(),
                                  {personRegion(u"Tal Orsen"_s, QRectF(640, 380, 180, 420)),
                                   personRegion(u"Vera Lind"_s, QRectF(300, 360, 160, 400))}));
        QVERIFY(session.save().ok());
    }
    mPrompts.clear();
    mAnswers.clear();
    mExtractInto = mDir->filePath(u"opened"_s);
    QVERIFY(QDir().mkpath(mExtractInto));
    mFolderAsked.clear();
    mArticlesOffered.clear();
    mArticleChosen.clear();
    mOpenedUrls.clear();
    mWindow = std::make_unique<MainWindow>();
}

void TestBundleActions::cleanup()
{
    if (mWindow && mWindow->document())
        mWindow->document()->undoStack()->setClean();
    mWindow.reset();
    mDir.reset();
}

QMessageBox::StandardButton TestBundleActions::answer(const Prompt &prompt)
{
    mPrompts.append(prompt);
    return mAnswers.value(prompt.kind, QMessageBox::Ok);
}

bool TestBundleActions::openWindow()
{
    MainWindow &w = *mWindow;
    w.setPromptHandler([this](const Prompt &p) { return answer(p); });
    BundleActionHandler::Choosers choosers;
    choosers.extractFolder = [this](const QString &zip, const QString &suggested) {
        mFolderAsked.append(zip + u'|' + suggested);
        return mExtractInto;
    };
    choosers.article = [this](const QStringList &articles) {
        mArticlesOffered = articles;
        for (const QString &a : articles) {
            if (QFileInfo(a).fileName() == mArticleChosen)
                return a;
        }
        return QString();
    };
    choosers.openUrl = [this](const QUrl &url) {
        mOpenedUrls.append(url);
        return true;
    };
    w.bundleActions()->setChoosers(choosers);
    w.resize(1200, 800);
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w);
}

bool TestBundleActions::waitForExport(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(kExportTimeoutMs);
}

bool TestBundleActions::exportAndWait(const QStringList &articles, const QString &zipPath)
{
    QSignalSpy finished(mWindow->bundleActions(), &BundleActionHandler::exportFinished);
    BundleExportOptions options;
    options.date = QDate(2025, 8, 20);
    options.pdf = false;
    return mWindow->bundleActions()->startExport(articles, zipPath, options)
        && waitForExport(finished) && finished.first().at(0).toBool();
}

bool TestBundleActions::openAndWait(const QString &zipPath, QList<QVariant> *finished)
{
    QSignalSpy spy(mWindow->bundleActions(), &BundleActionHandler::importFinished);
    // The same call File › Open makes with the chosen file.
    mWindow->openArticle(zipPath);
    if (spy.isEmpty() && !spy.wait(kExportTimeoutMs))
        return false;
    *finished = spy.first();
    return true;
}

void TestBundleActions::exportThroughTheDialog()
{
    QVERIFY(openWindow());
    MainWindow &w = *mWindow;
    QVERIFY(w.openArticle(mArticle));
    QCOMPARE(w.document()->regions().size(), 2);
    // An unsaved third region: the export asks to save it first.
    w.document()->undoStack()->push(new AddRegionsCommand(
        w.document(), {personRegion(u"Harbour worker"_s, QRectF(100, 100, 50, 120))}));
    QVERIFY(w.document()->isModified());
    mAnswers[Prompt::Kind::UnsavedChanges] = QMessageBox::Save;

    QAction *exportAction = w.action(u"exportBundle"_s);
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    bool inFileMenu = false;
    for (QAction *top : w.menuBar()->actions())
        inFileMenu = inFileMenu || (top->menu() && top->menu()->actions().contains(exportAction));
    QVERIFY(inFileMenu);
    QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);

    QCOMPARE(mPrompts.size(), 1);
    QCOMPARE(mPrompts.first().kind, Prompt::Kind::UnsavedChanges);
    QCOMPARE(mPrompts.first().buttons, QMessageBox::Save | QMessageBox::Cancel);
    QVERIFY(!w.document()->isModified());
    ExportBundleDialog *dialog = w.bundleActions()->exportDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->articles(), QStringList {mArticle});
    QCOMPARE(dialog->zipEdit()->text(),
             QFileInfo(mArticle).absolutePath() + u"/harbour-crane-bundle.zip"_s);
    QCOMPARE(dialog->dateEdit()->date(), QDate::currentDate());
    QVERIFY(dialog->renderCheck()->isChecked());
    QVERIFY(dialog->pdfCheck()->isChecked());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());

    // The analyst types another path, a date, and the bag-info fields.
    const QString zip = mDir->filePath(u"out/harbour.zip"_s);
    QVERIFY(QDir().mkpath(mDir->filePath(u"out"_s)));
    dialog->zipEdit()->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->zipEdit(), zip);
    QVERIFY(ok->isEnabled());
    dialog->dateEdit()->setDate(QDate(2025, 8, 20));
    dialog->organizationEdit()->setText(u"Provena Sample Desk"_s);
    dialog->contactNameEdit()->setText(u"Mina Seo"_s);
    dialog->contactEmailEdit()->clear();
    QTest::keyClicks(dialog->contactEmailEdit(), u"mina.seo"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"bundleProblem"_s)->text().contains(u"mina.seo"_s));
    QTest::keyClicks(dialog->contactEmailEdit(), u"@provena-sample.example"_s);
    QVERIFY(ok->isEnabled());

    QSignalSpy finished(w.bundleActions(), &BundleActionHandler::exportFinished);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!w.bundleActions()->exportDialog());
    QVERIFY(w.bundleActions()->isBusy() || !finished.isEmpty());
    QVERIFY(!exportAction->isEnabled() || !finished.isEmpty());
    QVERIFY(waitForExport(finished));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), zip);
    QVERIFY(!w.bundleActions()->isBusy());
    QVERIFY(exportAction->isEnabled());
    QTRY_VERIFY(!w.bundleActions()->progressDialog());

    QVERIFY(QFileInfo(zip).isFile());
    const BagVerification bag = BagVerifier::verifyZip(zip);
    QVERIFY2(bag.isValid(),
             qPrintable(bag.problems.isEmpty() ? QString() : bag.problems.first().message));
    QCOMPARE(bag.bagName, u"harbour"_s);
    // The article, its two photos and its sidecar at least.
    QVERIFY(bag.payloadFiles >= 4);
    QCOMPARE(mPrompts.size(), 1);

    // The bag-info entries are kept for the next bundle, in the settings provena-cli reads.
    QCOMPARE(BundleSettings::sourceOrganization(), u"Provena Sample Desk"_s);
    QCOMPARE(BundleSettings::contactName(), u"Mina Seo"_s);
    QCOMPARE(BundleSettings::contactEmail(), u"mina.seo@provena-sample.example"_s);

    // The status bar says where the bundle went and offers its folder and report.
    QWidget *note = w.bundleActions()->exportNote();
    QVERIFY(note);
    QVERIFY(note->isVisible());
    const QString noteText = note->findChild<QLabel *>(u"bundleNoteText"_s)->text();
    QVERIFY2(noteText.contains(QDir::toNativeSeparators(zip)), qPrintable(noteText));
    QTest::mouseClick(note->findChild<QToolButton *>(u"bundleOpenFolder"_s), Qt::LeftButton);
    QCOMPARE(mOpenedUrls, QList<QUrl> {QUrl::fromLocalFile(mDir->filePath(u"out"_s))});
    auto *showReport = note->findChild<QToolButton *>(u"bundleShowReport"_s);
    QVERIFY(showReport->isEnabled());
    QTest::mouseClick(showReport, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(mOpenedUrls.size(), 2, kExportTimeoutMs);
    const QString report = mOpenedUrls.last().toLocalFile();
    QVERIFY2(report.endsWith(u"/report.html"_s), qPrintable(report));
    QVERIFY(QFileInfo(report).isFile());
    QCOMPARE(mPrompts.size(), 1);
}

void TestBundleActions::dialogRefusesWhatCannotBeExported()
{
    ExportBundleDialog dialog({mArticle}, [this](const Prompt &p) { return answer(p); });
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    const auto refuses = [&](const QString &zip, const QString &says) {
        dialog.zipEdit()->setText(zip);
        const QString problem = dialog.problem();
        return !ok->isEnabled() && problem.contains(says) ? QString() : problem;
    };
    QCOMPARE(refuses(u"bundle.zip"_s, u"full path"_s), QString());
    QCOMPARE(refuses(mDir->filePath(u"bundle.tar"_s), u".zip"_s), QString());
    QCOMPARE(refuses(mDir->filePath(u"nowhere/bundle.zip"_s), u"nowhere"_s), QString());
    QVERIFY(QDir().mkpath(mDir->filePath(u"folder.zip"_s)));
    QCOMPARE(refuses(mDir->filePath(u"folder.zip"_s), u"folder"_s), QString());
    dialog.zipEdit()->setText(mDir->filePath(u"bundle.zip"_s));
    QVERIFY(ok->isEnabled());

    // Removing the only article leaves nothing to export; Add brings articles back.
    dialog.articleList()->item(0)->setSelected(true);
    QVERIFY(dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(dialog.articleList()->count(), 0);
    QVERIFY(!ok->isEnabled());
    const QString ferry = mDir->filePath(u"src/ferry-talks.txt"_s);
    QVERIFY(
        copyFile(QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ferry-talks.txt"), ferry));
    dialog.addArticles({mArticle, ferry, mArticle});
    QCOMPARE(dialog.articles(), (QStringList {mArticle, ferry}));
    // The path the analyst typed stays; only a default would follow the first article.
    QCOMPARE(dialog.zipPath(), mDir->filePath(u"bundle.zip"_s));
    QVERIFY(ok->isEnabled());
    QVERIFY(QFile::remove(ferry));
    dialog.accept();
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(u"ferry-talks.txt"_s));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(mPrompts.isEmpty());
}

void TestBundleActions::replacingAnExistingZipAsksFirst()
{
    QVERIFY(openWindow());
    const QString zip = mDir->filePath(u"existing.zip"_s);
    QFile existing(zip);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    QVERIFY(existing.write("not replaced") > 0);
    existing.close();

    ExportBundleDialog dialog({mArticle}, [this](const Prompt &p) { return answer(p); });
    dialog.zipEdit()->setText(zip);
    mAnswers[Prompt::Kind::ReplaceFile] = QMessageBox::Cancel;
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(mPrompts.size(), 1);
    QCOMPARE(mPrompts.first().kind, Prompt::Kind::ReplaceFile);
    QVERIFY(mPrompts.first().text.contains(u"existing.zip"_s));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    mAnswers[Prompt::Kind::ReplaceFile] = QMessageBox::Yes;
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(mPrompts.size(), 2);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(exportAndWait(dialog.articles(), dialog.zipPath()));
    QVERIFY(BagVerifier::verifyZip(zip).isValid());
}

void TestBundleActions::cancelledExportLeavesNoFile()
{
    QVERIFY(openWindow());
    // Enough articles that the export is still running when Cancel is clicked.
    QStringList articles;
    for (int i = 1; i <= 8; ++i) {
        const QString article = copySample(mDir->filePath(u"many/%1"_s.arg(i)));
        QVERIFY(!article.isEmpty());
        articles.append(article);
    }
    const QString out = mDir->filePath(u"cancel"_s);
    QVERIFY(QDir().mkpath(out));
    const QString zip = out + u"/many.zip"_s;

    BundleActionHandler *bundles = mWindow->bundleActions();
    for (const bool waitForProgress : {true, false}) {
        QSignalSpy finished(bundles, &BundleActionHandler::exportFinished);
        BundleExportOptions options;
        options.date = QDate(2025, 8, 20);
        QVERIFY(bundles->startExport(articles, zip, options));
        QProgressDialog *progress = bundles->progressDialog();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        const QString first = progress->labelText();
        QVERIFY2(first.contains(u'8'), qPrintable(first));
        if (waitForProgress)
            QTRY_VERIFY_WITH_TIMEOUT(progress->labelText() != first || !finished.isEmpty(),
                                     kExportTimeoutMs);
        QVERIFY2(finished.isEmpty(), "the export ended before Cancel could be clicked");
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(waitForExport(finished));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(zip));
        QCOMPARE(everythingUnder(out), QStringList());
        QVERIFY(mWindow->statusBar()->currentMessage().contains(u"cancelled"_s));
        QVERIFY(!bundles->isBusy());
    }
    // Nothing was asked: a cancel is not an error.
    QVERIFY(mPrompts.isEmpty());
}

void TestBundleActions::declinedSaveExportsNothing()
{
    QVERIFY(openWindow());
    QVERIFY(mWindow->openArticle(mArticle));
    mWindow->document()->undoStack()->push(new AddRegionsCommand(
        mWindow->document(), {personRegion(u"Harbour worker"_s, QRectF(100, 100, 50, 120))}));
    mAnswers[Prompt::Kind::UnsavedChanges] = QMessageBox::Cancel;
    mWindow->action(u"exportBundle"_s)->trigger();
    QCOMPARE(mPrompts.size(), 1);
    QCOMPARE(mPrompts.first().kind, Prompt::Kind::UnsavedChanges);
    QVERIFY(!mWindow->bundleActions()->exportDialog());
    QVERIFY(mWindow->document()->isModified());
}

void TestBundleActions::failedExportIsShownNamingTheBundle()
{
    QVERIFY(openWindow());
    const QString zip = mDir->filePath(u"failed.zip"_s);
    QSignalSpy finished(mWindow->bundleActions(), &BundleActionHandler::exportFinished);
    QVERIFY(mWindow->bundleActions()->startExport({mDir->filePath(u"src/gone.md"_s)}, zip, {}));
    QVERIFY(waitForExport(finished));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(mPrompts.size(), 1);
    QCOMPARE(mPrompts.first().kind, Prompt::Kind::Error);
    QVERIFY2(mPrompts.first().text.contains(u"gone.md"_s), qPrintable(mPrompts.first().text));
    QVERIFY(mPrompts.first().informativeText.contains(QDir::toNativeSeparators(zip)));
    QVERIFY(!QFileInfo::exists(zip));
    QVERIFY(mWindow->action(u"exportBundle"_s)->isEnabled());
}

void TestBundleActions::cancelledImportLeavesNothing()
{
    QVERIFY(openWindow());
    QStringList articles;
    for (int i = 1; i <= 8; ++i)
        articles.append(copySample(mDir->filePath(u"many/%1"_s.arg(i))));
    for (const QString &article : articles)
        QVERIFY(annotateAndSave(article, u"Tal Orsen"_s));
    const QString zip = mDir->filePath(u"many.zip"_s);
    QVERIFY(exportAndWait(articles, zip));

    QSignalSpy imported(mWindow->bundleActions(), &BundleActionHandler::importFinished);
    QVERIFY(mWindow->bundleActions()->openBundle(zip));
    QProgressDialog *progress = mWindow->bundleActions()->progressDialog();
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY(imported.isEmpty());
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    QVERIFY(imported.wait(kExportTimeoutMs));
    QCOMPARE(imported.first().at(0).toBool(), false);
    QVERIFY(mPrompts.isEmpty());
    QVERIFY(!mWindow->document());
    QCOMPARE(everythingUnder(mExtractInto), QStringList());
    QVERIFY(mWindow->statusBar()->currentMessage().contains(u"cancelled"_s));
}

void TestBundleActions::openBundleThroughFileOpen()
{
    QVERIFY(openWindow());
    const QString zip = mDir->filePath(u"out/story.zip"_s);
    QVERIFY(QDir().mkpath(mDir->filePath(u"out"_s)));
    QVERIFY(exportAndWait({mArticle}, zip));
    QVERIFY(!mWindow->document());

    QList<QVariant> finished;
    QVERIFY(openAndWait(zip, &finished));
    QCOMPARE(mFolderAsked, QStringList {zip + u'|' + mDir->filePath(u"out"_s)});
    QVERIFY2(mPrompts.isEmpty(), qPrintable(mPrompts.isEmpty() ? QString() : mPrompts[0].text));
    QCOMPARE(finished.at(0).toBool(), true);
    const QString opened = finished.at(1).toString();
    QVERIFY2(opened.startsWith(mExtractInto + u"/story/data/"_s), qPrintable(opened));
    QVERIFY(opened.endsWith(u"/harbour-crane.md"_s));
    QCOMPARE(mWindow->articlePath(), opened);
    ArticleDocument *doc = mWindow->document();
    QVERIFY(doc);
    QCOMPARE(doc->regions().size(), 2);
    QStringList names;
    for (const Region &r : doc->regions())
        names.append(r.entity.name);
    names.sort();
    QCOMPARE(names, (QStringList {u"Tal Orsen"_s, u"Vera Lind"_s}));
    // Its images were found in the extracted bag, not back in the source folder.
    const QString photo = doc->article().images.first().localPath;
    QVERIFY2(photo.startsWith(mExtractInto), qPrintable(photo));
    QVERIFY(QFileInfo(photo).isFile());
    QVERIFY(!doc->isModified());
}

void TestBundleActions::droppedZipAsksWhereToExtract()
{
    QVERIFY(openWindow());
    const QString zip = mDir->filePath(u"dropped.zip"_s);
    QVERIFY(exportAndWait({mArticle}, zip));
    QSignalSpy imported(mWindow->bundleActions(), &BundleActionHandler::importFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(zip)});
    const QPoint centre = mWindow->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mWindow.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mWindow.get(), &drop);
    QVERIFY(imported.wait(kExportTimeoutMs));
    QCOMPARE(mFolderAsked, QStringList {zip + u'|' + mDir->path()});
    QCOMPARE(imported.first().at(0).toBool(), true);
    QVERIFY(mWindow->document());
    QCOMPARE(mWindow->document()->regions().size(), 2);
}

void TestBundleActions::bundleWithSeveralArticlesAsksWhichToOpen()
{
    QVERIFY(openWindow());
    const QString ferry = mDir->filePath(u"src/ferry-talks.txt"_s);
    QVERIFY(
        copyFile(QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ferry-talks.txt"), ferry));
    QVERIFY(copyFile(QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/1004-ferry-talks.jpg"),
                     mDir->filePath(u"src/1004-ferry-talks.jpg"_s)));
    QVERIFY(annotateAndSave(ferry, u"Ferry captain"_s));
    const QString zip = mDir->filePath(u"two.zip"_s);
    QVERIFY(exportAndWait({mArticle, ferry}, zip));

    mArticleChosen = u"ferry-talks.txt"_s;
    QList<QVariant> finished;
    QVERIFY(openAndWait(zip, &finished));
    QCOMPARE(mArticlesOffered.size(), 2);
    QCOMPARE(finished.at(0).toBool(), true);
    QVERIFY(finished.at(1).toString().endsWith(u"/ferry-talks.txt"_s));
    QVERIFY(mWindow->document());
    QCOMPARE(mWindow->document()->regions().size(), 1);
    QCOMPARE(mWindow->document()->regions().first().entity.name, u"Ferry captain"_s);

    // Declining the choice opens nothing; the extracted bundle stays for the analyst.
    mArticleChosen.clear();
    mExtractInto = mDir->filePath(u"again"_s);
    QVERIFY(QDir().mkpath(mExtractInto));
    QVERIFY(openAndWait(zip, &finished));
    QCOMPARE(finished.at(1).toString(), QString());
    QVERIFY(mWindow->articlePath().endsWith(u"/ferry-talks.txt"_s));
    QVERIFY(!mWindow->articlePath().startsWith(mExtractInto));
}

void TestBundleActions::hostileZipIsRefusedAndNothingOpens()
{
    QVERIFY(openWindow());
    const QString zip = mDir->filePath(u"hostile.zip"_s);
    QVERIFY(writeZip(zip,
                     {{"bag/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"},
                      {"bag/../../escaped.txt", "outside"},
                      {"bag/data/story.md", "# Story\n"}}));
    QList<QVariant> finished;
    QVERIFY(openAndWait(zip, &finished));
    QCOMPARE(finished.at(0).toBool(), false);
    QCOMPARE(mPrompts.size(), 1);
    QCOMPARE(mPrompts.first().kind, Prompt::Kind::Error);
    QVERIFY(!mPrompts.first().text.isEmpty());
    QVERIFY(!mWindow->document());
    QCOMPARE(everythingUnder(mExtractInto), QStringList());
    QVERIFY(!QFileInfo::exists(mDir->filePath(u"escaped.txt"_s)));
    QVERIFY(!QFileInfo::exists(mDir->filePath(u"opened/escaped.txt"_s)));

    // Not a zip at all, named like one.
    const QString fake = mDir->filePath(u"fake.zip"_s);
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write("# just text\n") > 0);
    f.close();
    QVERIFY(openAndWait(fake, &finished));
    QCOMPARE(finished.at(0).toBool(), false);
    QCOMPARE(mPrompts.size(), 2);
    QCOMPARE(mPrompts.last().kind, Prompt::Kind::Error);
    QVERIFY(!mWindow->document());
    QCOMPARE(everythingUnder(mExtractInto), QStringList());
}

void TestBundleActions::damagedBundleIsRefusedAndNothingOpens()
{
    QVERIFY(openWindow());
    // An article open before: a refused bundle leaves it open.
    QVERIFY(mWindow->openArticle(mArticle));
    const QString good = mDir->filePath(u"good.zip"_s);
    QVERIFY(exportAndWait({mArticle}, good));
    const QString damaged = mDir->filePath(u"damaged.zip"_s);
    QVERIFY(copyZipTampering(good, damaged, "/harbour-crane.md"));
    QVERIFY(!BagVerifier::verifyZip(damaged).isValid());

    QList<QVariant> finished;
    QVERIFY(openAndWait(damaged, &finished));
    QCOMPARE(finished.at(0).toBool(), false);
    QCOMPARE(mPrompts.size(), 1);
    QCOMPARE(mPrompts.first().kind, Prompt::Kind::Error);
    const QString shown = mPrompts.first().text + u'\n' + mPrompts.first().informativeText + u'\n'
        + mPrompts.first().detailedText;
    QVERIFY2(shown.contains(u"harbour-crane.md"_s), qPrintable(shown));
    QCOMPARE(mWindow->articlePath(), mArticle);
    QCOMPARE(everythingUnder(mExtractInto), QStringList());
}

QTEST_MAIN(TestBundleActions)
#include "tst_bundleactions.moc"
