// SPDX-License-Identifier: MIT
#include "ui/mainwindow/bundleactionhandler.h"

#include "core/document/articledocument.h"
#include "session/documentsession.h"
#include "ui/dialogs/exportbundledialog.h"
#include "ui/mainwindow/actionmanager.h"
#include "ui/mainwindow/fileactionhandler.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtConcurrent>

#include <atomic>

namespace provena {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kNoteMs = 10000;
/** Problems listed in a message box; the rest are counted (all are in the details). */
constexpr int kListedProblems = 12;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

/** Every problem of `verification`, one line each: "entry: message". */
QStringList problemLines(const BundleVerification &verification)
{
    QStringList lines;
    const auto add = [&lines](const BagProblem &problem) {
        lines.append(problem.path.isEmpty()
                         ? problem.message
                         : QStringLiteral("%1: %2").arg(problem.path, problem.message));
    };
    for (const BagProblem &problem : verification.bag.problems)
        add(problem);
    for (const BundleArticleCheck &article : verification.articles) {
        for (const BagProblem &problem : article.problems)
            add(problem);
    }
    return lines;
}

/** `error`'s message, led by its file when the message does not name it already. */
QString messageNamingFile(const Error &error)
{
    if (error.path.isEmpty() || error.message.contains(QFileInfo(error.path).fileName()))
        return error.message;
    return BundleActionHandler::tr("%1: %2").arg(nativePath(error.path), error.message);
}

/** The first problems of `lines`, one a line, and how many more there are. */
QString listed(const QStringList &lines)
{
    QStringList shown = lines.mid(0, kListedProblems);
    if (lines.size() > kListedProblems)
        shown.append(BundleActionHandler::tr("… and %n more (see the details)", nullptr,
                                             int(lines.size() - kListedProblems)));
    return shown.join(u'\n');
}

} // namespace

/** One export, import or report extraction, shared between the window and its worker. */
struct BundleActionHandler::Job
{
    enum class Kind { Export, Import, ShowReport };
    Kind kind = Kind::Export;
    QString zipPath;
    std::atomic_bool cancelled = false;

    /** The newest progress the worker reported; the window reads it when it gets round to it. */
    QMutex mutex;
    BundleExportProgress latest;
    /** A progress update is posted and not yet read: further reports only replace `latest`. */
    std::atomic_bool updatePosted = false;
};

BundleActionHandler::BundleActionHandler(ActionManager *actions, DocumentSession *session,
                                         FileActionHandler *files, QStatusBar *statusBar,
                                         QWidget *window, PromptHandler ask)
    : QObject(window)
    , mActions(actions)
    , mSession(session)
    , mFiles(files)
    , mStatusBar(statusBar)
    , mWindow(window)
    , mAsk(std::move(ask))
{
    mChoosers.extractFolder = [this](const QString &zipPath, const QString &suggested) {
        return QFileDialog::getExistingDirectory(
            mWindow,
            tr("Extract “%1” Into (its folder is made there)").arg(QFileInfo(zipPath).fileName()),
            suggested);
    };
    mChoosers.article = [this](const QStringList &articles) {
        QStringList names;
        for (const QString &article : articles)
            names.append(QFileInfo(article).fileName());
        bool ok = false;
        const QString name = QInputDialog::getItem(
            mWindow, tr("Open Article from Bundle"),
            tr("The bundle holds %n article(s). Open:", nullptr, int(articles.size())), names, 0,
            false, &ok);
        const qsizetype index = names.indexOf(name);
        return ok && index >= 0 ? articles.at(index) : QString();
    };
    mChoosers.openUrl = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };

    QAction *a = mActions->add(QStringLiteral("exportBundle"), tr("&Export Bundle…"),
                               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    a->setStatusTip(tr("Write articles with their images, annotations, renderings and report "
                       "into one BagIt zip for editors, lawyers or archives."));
    connect(a, &QAction::triggered, this, &BundleActionHandler::exportBundle);
    mFiles->setBundleOpener([this](const QString &zipPath) { return openBundle(zipPath); });

    connect(&mExportWatcher, &QFutureWatcher<Result<BundleExportSummary>>::finished, this,
            [this] { onExportDone(mExportWatcher.result()); });
    connect(&mImportWatcher, &QFutureWatcher<Result<BundleImportReport>>::finished, this,
            [this] { onImportDone(mImportWatcher.result()); });
    connect(&mExtractWatcher, &QFutureWatcher<Result<ExtractReport>>::finished, this,
            [this] { onReportExtracted(mExtractWatcher.result()); });
}

BundleActionHandler::~BundleActionHandler()
{
    if (mJob)
        mJob->cancelled = true;
    mExportWatcher.waitForFinished();
    mImportWatcher.waitForFinished();
    mExtractWatcher.waitForFinished();
}

ExportBundleDialog *BundleActionHandler::exportDialog() const
{
    return mDialog;
}

QProgressDialog *BundleActionHandler::progressDialog() const
{
    return mProgress;
}

void BundleActionHandler::setChoosers(Choosers choosers)
{
    if (choosers.extractFolder)
        mChoosers.extractFolder = std::move(choosers.extractFolder);
    if (choosers.article)
        mChoosers.article = std::move(choosers.article);
    if (choosers.openUrl)
        mChoosers.openUrl = std::move(choosers.openUrl);
}

void BundleActionHandler::updateActions()
{
    mActions->setEnabled(QStringLiteral("exportBundle"), !mJob);
}

void BundleActionHandler::showError(const QString &title, const Error &error)
{
    Prompt p;
    p.kind = Prompt::Kind::Error;
    p.title = title;
    p.text = messageNamingFile(error);
    p.detailedText = error.toString();
    mAsk(p);
}

// ---- Export -----------------------------------------------------------------------------

bool BundleActionHandler::saveFirst()
{
    const ArticleDocument *doc = mSession->document();
    if (!doc || !doc->isModified())
        return true;
    Prompt p;
    p.kind = Prompt::Kind::UnsavedChanges;
    p.title = tr("Unsaved Changes");
    p.text = tr("“%1” has changes that are not saved.")
                 .arg(QFileInfo(mSession->articlePath()).fileName());
    p.informativeText = tr("A bundle holds the saved files. Save the changes and export?");
    p.buttons = QMessageBox::Save | QMessageBox::Cancel;
    p.defaultButton = QMessageBox::Save;
    if (mAsk(p) != QMessageBox::Save)
        return false;
    // FileActionHandler tells the analyst when the save failed.
    return mFiles->save();
}

void BundleActionHandler::exportBundle()
{
    if (mJob || mDialog || !saveFirst())
        return;
    QStringList articles;
    if (mSession->document())
        articles.append(mSession->articlePath());
    mDialog = new ExportBundleDialog(articles, mAsk, mWindow);
    mDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(mDialog, &QDialog::accepted, this,
            [this] { startExport(mDialog->articles(), mDialog->zipPath(), mDialog->options()); });
    mDialog->open();
}

bool BundleActionHandler::startExport(const QStringList &articles, const QString &zipPath,
                                      const BundleExportOptions &options)
{
    if (mJob)
        return false;
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Export;
    job->zipPath = zipPath;
    mJob = job;
    updateActions();
    startProgressDialog(tr("Export Bundle"),
                        tr("Preparing %n article(s)…", nullptr, int(articles.size())),
                        kProgressSteps);

    // Reports arrive from the worker as fast as it writes; the window shows the newest one
    // each time it gets round to it instead of queueing one event per report.
    const BundleExporter::Progress report = [this, job](const BundleExportProgress &progress) {
        {
            const QMutexLocker lock(&job->mutex);
            job->latest = progress;
        }
        if (job->updatePosted.exchange(true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, job] {
                BundleExportProgress newest;
                {
                    const QMutexLocker lock(&job->mutex);
                    newest = job->latest;
                    job->updatePosted = false;
                }
                if (job == mJob && !job->cancelled)
                    showProgress(newest);
            },
            Qt::QueuedConnection);
    };
    mExportWatcher.setFuture(QtConcurrent::run([articles, zipPath, options, job, report] {
        return BundleExporter::exportBundle(articles, zipPath, options, &job->cancelled, report);
    }));
    return true;
}

void BundleActionHandler::startProgressDialog(const QString &title, const QString &text,
                                              int maximum)
{
    mProgress = new QProgressDialog(text, tr("Cancel"), 0, maximum, mWindow);
    mProgress->setObjectName(QStringLiteral("bundleProgress"));
    mProgress->setWindowTitle(title);
    mProgress->setAccessibleName(title);
    mProgress->setAttribute(Qt::WA_DeleteOnClose);
    mProgress->setWindowModality(Qt::WindowModal);
    // The dialog closes when the worker is done, not when the bar reaches its end.
    mProgress->setAutoClose(false);
    mProgress->setAutoReset(false);
    mProgress->setMinimumDuration(0);
    mProgress->setMinimumWidth(460);
    mProgress->setValue(0);
    connect(mProgress, &QProgressDialog::canceled, this, &BundleActionHandler::cancel);
    mProgress->show();
}

void BundleActionHandler::showProgress(const BundleExportProgress &progress)
{
    if (!mProgress)
        return;
    const QString article = QFileInfo(progress.current).fileName();
    const int total = qMax(1, progress.articlesTotal);
    // Preparing fills the first half of the bar, writing the zip the second.
    int value = 0;
    QString text;
    switch (progress.phase) {
    case BundleExportProgress::Phase::Preparing:
        value = kProgressSteps / 2 * progress.articlesDone / total;
        text = tr("Preparing article %1 of %2")
                   .arg(qMin(progress.articlesDone + 1, total))
                   .arg(total);
        if (!article.isEmpty())
            text += u'\n' + article;
        break;
    case BundleExportProgress::Phase::Writing:
        value = kProgressSteps / 2
            + (progress.bytesTotal > 0
                   ? int(qint64(kProgressSteps / 2) * progress.bytesDone / progress.bytesTotal)
                   : 0);
        // Every article is prepared by now: the bytes are the measure of the rest.
        text = tr("Writing the zip of %n article(s): %1 of %2", nullptr, total)
                   .arg(dataSize(progress.bytesDone), dataSize(progress.bytesTotal));
        if (!article.isEmpty())
            text += u'\n' + article;
        break;
    case BundleExportProgress::Phase::Done:
        value = kProgressSteps;
        text = tr("Finishing…");
        break;
    }
    mProgress->setLabelText(text);
    mProgress->setValue(qBound(0, value, kProgressSteps));
}

void BundleActionHandler::cancel()
{
    if (!mJob || mJob->cancelled)
        return;
    mJob->cancelled = true;
    Q_EMIT statusMessage(
        mJob->kind == Job::Kind::Export ? tr("Cancelling the export…") : tr("Cancelling…"), 0);
}

void BundleActionHandler::finishJob()
{
    mJob.reset();
    if (mProgress)
        mProgress->close();
    updateActions();
}

void BundleActionHandler::onExportDone(const Result<BundleExportSummary> &result)
{
    const bool cancelled = mJob && mJob->cancelled;
    const QString zipPath = mJob ? mJob->zipPath : QString();
    finishJob();
    if (result) {
        showExportNote(zipPath, result.value());
        Q_EMIT exportFinished(true, zipPath);
        return;
    }
    if (cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled: no bundle was written."), kNoteMs);
    } else {
        Prompt p;
        p.kind = Prompt::Kind::Error;
        p.title = tr("Could Not Export Bundle");
        p.text = messageNamingFile(result.error());
        p.informativeText = tr("The bundle “%1” was not written.").arg(nativePath(zipPath));
        p.detailedText = result.error().toString();
        mAsk(p);
    }
    Q_EMIT exportFinished(false, zipPath);
}

void BundleActionHandler::showExportNote(const QString &zipPath, const BundleExportSummary &summary)
{
    if (!mNote) {
        // A note in the status bar rather than a message: it keeps its buttons until the next
        // bundle, and messages shown meanwhile only cover it for their while.
        mNote = new QWidget;
        mNote->setObjectName(QStringLiteral("bundleNote"));
        auto *layout = new QHBoxLayout(mNote);
        layout->setContentsMargins(0, 0, 0, 0);
        mNoteText = new QLabel;
        mNoteText->setObjectName(QStringLiteral("bundleNoteText"));
        auto *openFolder = new QToolButton;
        openFolder->setObjectName(QStringLiteral("bundleOpenFolder"));
        openFolder->setText(tr("Open Folder"));
        openFolder->setAutoRaise(true);
        connect(openFolder, &QToolButton::clicked, this, [this] {
            mChoosers.openUrl(QUrl::fromLocalFile(QFileInfo(mLastZip).absolutePath()));
        });
        mShowReport = new QToolButton;
        mShowReport->setObjectName(QStringLiteral("bundleShowReport"));
        mShowReport->setText(tr("Show Report"));
        mShowReport->setToolTip(tr("Extracts the bundle into a temporary folder and opens the "
                                   "first article's report in the browser."));
        mShowReport->setAutoRaise(true);
        connect(mShowReport, &QToolButton::clicked, this, &BundleActionHandler::showReport);
        auto *close = new QToolButton;
        close->setObjectName(QStringLiteral("bundleNoteClose"));
        close->setText(QStringLiteral("×"));
        close->setToolTip(tr("Hide this note"));
        close->setAutoRaise(true);
        connect(close, &QToolButton::clicked, mNote, &QWidget::hide);
        layout->addWidget(mNoteText);
        layout->addWidget(openFolder);
        layout->addWidget(mShowReport);
        layout->addWidget(close);
        mStatusBar->addWidget(mNote, 1);
    }
    mLastZip = zipPath;
    mLastReport = summary.articles.isEmpty() ? QString() : summary.articles.first().reportFile;
    QString text = tr("Exported %n article(s) to %1 (%2)", nullptr, int(summary.articles.size()))
                       .arg(nativePath(mLastZip), dataSize(QFileInfo(mLastZip).size()));
    if (!summary.warnings.isEmpty())
        text += tr("; %n warning(s): %1", nullptr, int(summary.warnings.size()))
                    .arg(summary.warnings.first());
    mNoteText->setText(text);
    mNoteText->setToolTip(summary.warnings.join(u'\n'));
    mShowReport->setEnabled(!mLastReport.isEmpty());
    mStatusBar->clearMessage();
    mNote->show();
}

void BundleActionHandler::showReport()
{
    if (mJob || mLastReport.isEmpty())
        return;
    if (!QFileInfo(mLastZip).isFile()) {
        showError(tr("Could Not Show Report"),
                  Error {tr("The bundle “%1” is not there any more.").arg(nativePath(mLastZip)),
                         {},
                         mLastZip});
        return;
    }
    // The report refers to its images by relative path, so the whole bag is extracted: into a
    // temporary folder that lives as long as the window (the browser reads it meanwhile).
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        showError(tr("Could Not Show Report"),
                  Error {tr("Provena could not make a temporary folder to extract the report "
                            "into."),
                         folder->errorString(),
                         {}});
        return;
    }
    mReportDir = std::move(folder);
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::ShowReport;
    job->zipPath = mLastZip;
    mJob = job;
    updateActions();
    startProgressDialog(
        tr("Show Report"),
        tr("Extracting “%1” to show its report…").arg(QFileInfo(mLastZip).fileName()), 0);
    const QString destDir = mReportDir->path();
    const QString zipPath = mLastZip;
    mExtractWatcher.setFuture(QtConcurrent::run([zipPath, destDir, job] {
        return SafeExtractor::extract(zipPath, destDir, {}, &job->cancelled);
    }));
}

void BundleActionHandler::onReportExtracted(const Result<ExtractReport> &result)
{
    const bool cancelled = mJob && mJob->cancelled;
    finishJob();
    if (!result) {
        if (cancelled)
            Q_EMIT statusMessage(tr("Show Report cancelled."), kNoteMs);
        else
            showError(tr("Could Not Show Report"), result.error());
        return;
    }
    const QString report = QDir(result->rootDir).filePath(QLatin1String("data/") + mLastReport);
    if (!QFileInfo(report).isFile()) {
        showError(
            tr("Could Not Show Report"),
            Error {tr("The bundle “%1” has no report at “%2”.")
                       .arg(QFileInfo(mLastZip).fileName(), QLatin1String("data/") + mLastReport),
                   {},
                   mLastZip});
        return;
    }
    if (!mChoosers.openUrl(QUrl::fromLocalFile(report)))
        Q_EMIT statusMessage(tr("No application opened %1.").arg(nativePath(report)), kNoteMs);
}

// ---- Import -----------------------------------------------------------------------------

bool BundleActionHandler::openBundle(const QString &zipPath)
{
    if (mJob) {
        Q_EMIT statusMessage(tr("Wait for the bundle being worked on, or cancel it."), kNoteMs);
        return false;
    }
    const QFileInfo zip(QFileInfo(zipPath).absoluteFilePath());
    if (!zip.isFile()) {
        showError(tr("Could Not Open Bundle"),
                  Error {tr("“%1” is not a file in “%2”.")
                             .arg(zip.fileName(), nativePath(zip.absolutePath())),
                         {},
                         zip.filePath()});
        return false;
    }
    // The bundle's folder is made inside the chosen one, so by default it lands beside the zip.
    const QString destDir = mChoosers.extractFolder(zip.filePath(), zip.absolutePath());
    if (destDir.isEmpty())
        return false;
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Import;
    job->zipPath = zip.filePath();
    mJob = job;
    updateActions();
    startProgressDialog(
        tr("Open Bundle"),
        tr("Extracting and checking “%1” into %2…").arg(zip.fileName(), nativePath(destDir)), 0);
    const QString zipFile = zip.filePath();
    mImportWatcher.setFuture(QtConcurrent::run([zipFile, destDir, job] {
        return BundleImporter::import(zipFile, destDir, {}, &job->cancelled);
    }));
    return true;
}

void BundleActionHandler::onImportDone(const Result<BundleImportReport> &result)
{
    const bool cancelled = mJob && mJob->cancelled;
    const QString zipPath = mJob ? mJob->zipPath : QString();
    finishJob();
    if (!result) {
        if (cancelled) {
            Q_EMIT statusMessage(tr("Opening the bundle was cancelled: nothing was extracted."),
                                 kNoteMs);
        } else {
            Prompt p;
            p.kind = Prompt::Kind::Error;
            p.title = tr("Could Not Open Bundle");
            p.text = messageNamingFile(result.error());
            p.informativeText = listed(result.error().detail.split(u'\n', Qt::SkipEmptyParts));
            p.detailedText = result.error().toString();
            mAsk(p);
        }
        Q_EMIT importFinished(false, QString());
        return;
    }
    const BundleImportReport &report = result.value();
    if (const QStringList problems = problemLines(report.verification); !problems.isEmpty()) {
        // The importer refuses a bundle that fails its checks; anything it still reports is
        // shown before the article opens, so the analyst knows what to distrust.
        Prompt p;
        p.kind = Prompt::Kind::Information;
        p.title = tr("Bundle Problems");
        p.text = tr("“%1” opened with %n problem(s):", nullptr, int(problems.size()))
                     .arg(QFileInfo(zipPath).fileName());
        p.informativeText = listed(problems);
        p.detailedText = problems.join(u'\n');
        mAsk(p);
    }
    openArticleOf(report);
}

void BundleActionHandler::openArticleOf(const BundleImportReport &report)
{
    if (report.articlePaths.isEmpty()) {
        Prompt p;
        p.kind = Prompt::Kind::Information;
        p.title = tr("No Article in Bundle");
        p.text = tr("The bundle holds no article with Provena annotations.");
        p.informativeText = tr("Its files are in %1.").arg(nativePath(report.bagDir));
        mAsk(p);
        Q_EMIT importFinished(true, QString());
        return;
    }
    const QString article = report.articlePaths.size() == 1
        ? report.articlePaths.first()
        : mChoosers.article(report.articlePaths);
    if (article.isEmpty()) {
        Q_EMIT statusMessage(tr("The bundle is in %1.").arg(nativePath(report.bagDir)), kNoteMs);
        Q_EMIT importFinished(true, QString());
        return;
    }
    // A .zip here would be taken for another bundle: articles are text files.
    const bool opened = !article.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
        && mFiles->openArticle(article);
    if (opened)
        Q_EMIT statusMessage(tr("Opened %1 from the bundle in %2.")
                                 .arg(QFileInfo(article).fileName(), nativePath(report.bagDir)),
                             kNoteMs);
    Q_EMIT importFinished(opened, opened ? article : QString());
}

} // namespace provena
