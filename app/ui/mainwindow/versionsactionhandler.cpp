// SPDX-License-Identifier: MIT
#include "ui/mainwindow/versionsactionhandler.h"

#include "core/document/articledocument.h"
#include "session/documentsession.h"
#include "ui/dialogs/compareversionsdialog.h"
#include "ui/mainwindow/actionmanager.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace provena {

VersionsActionHandler::VersionsActionHandler(ActionManager *actions, DocumentSession *session,
                                             std::function<int()> currentImage, QWidget *window)
    : QObject(window)
    , mActions(actions)
    , mSession(session)
    , mCurrentImage(std::move(currentImage))
    , mWindow(window)
{
    mFolderChooser = [this](const QString &suggested) {
        return QFileDialog::getExistingDirectory(mWindow, tr("Find Other Versions in Folder"),
                                                 suggested);
    };
    QAction *a
        = mActions->add(QStringLiteral("compareVersions"), tr("Compare with Another &Version…"));
    connect(a, &QAction::triggered, this, &VersionsActionHandler::compareVersions);
    a = mActions->add(QStringLiteral("findVersions"), tr("Find Other Versions…"));
    connect(a, &QAction::triggered, this, &VersionsActionHandler::findVersions);
    connect(&mWatcher, &QFutureWatcher<Result<VersionSearch>>::finished, this,
            &VersionsActionHandler::showFound);
}

VersionsActionHandler::~VersionsActionHandler()
{
    if (mCancel)
        mCancel->store(true);
    mWatcher.waitForFinished();
}

void VersionsActionHandler::setFolderChooser(std::function<QString(const QString &)> chooser)
{
    mFolderChooser = std::move(chooser);
}

CompareVersionsDialog *VersionsActionHandler::compareDialog() const
{
    return mCompare;
}

QDialog *VersionsActionHandler::resultsDialog() const
{
    return mResults;
}

QString VersionsActionHandler::currentImagePath() const
{
    const ArticleDocument *doc = mSession->document();
    const int index = mCurrentImage();
    if (!doc || index < 0 || index >= doc->article().images.size())
        return {};
    return doc->article().images.at(index).localPath;
}

void VersionsActionHandler::compareVersions()
{
    const QString path = currentImagePath();
    if (path.isEmpty()) {
        QMessageBox::information(mWindow, tr("Compare with Another Version"),
                                 tr("The current image has no local file to compare."));
        return;
    }
    if (mCompare)
        mCompare->close();
    mCompare = new CompareVersionsDialog(mSession->document(), mCurrentImage(), path, mWindow);
    mCompare->setAttribute(Qt::WA_DeleteOnClose);
    mCompare->show();
}

void VersionsActionHandler::findVersions()
{
    const QString path = currentImagePath();
    if (path.isEmpty() || mWatcher.isRunning())
        return;
    const QString folder = mFolderChooser(QFileInfo(path).absolutePath());
    if (folder.isEmpty())
        return;
    mCancel = std::make_shared<std::atomic_bool>(false);
    mSearchedImage = mCurrentImage();
    mProgress = new QProgressDialog(
        tr("Looking for other versions of %1 in %2…").arg(QFileInfo(path).fileName(), folder),
        tr("Cancel"), 0, 0, mWindow);
    mProgress->setAttribute(Qt::WA_DeleteOnClose);
    mProgress->setMinimumDuration(0);
    connect(mProgress, &QProgressDialog::canceled, this,
            [cancel = mCancel] { cancel->store(true); });
    mProgress->show();
    QPointer<QProgressDialog> progress = mProgress;
    mWatcher.setFuture(QtConcurrent::run([path, folder, cancel = mCancel, progress] {
        return VersionFinder::find(path, folder, {},
                                   [cancel, progress](const QString &stage, int done, int total) {
                                       QMetaObject::invokeMethod(
                                           progress,
                                           [progress, stage, done, total] {
                                               if (!progress)
                                                   return;
                                               progress->setLabelText(stage);
                                               progress->setMaximum(total);
                                               progress->setValue(done);
                                           },
                                           Qt::QueuedConnection);
                                       return !cancel->load();
                                   });
    }));
}

void VersionsActionHandler::showFound()
{
    if (mProgress)
        mProgress->close();
    const Result<VersionSearch> search = mWatcher.result();
    if (!search) {
        QMessageBox::warning(mWindow, tr("Find Other Versions"), search.error().message);
        return;
    }
    QString text = tr("%n other version(s) of %1 under %2:", nullptr, int(search->versions.size()))
                       .arg(search->imagePath, search->folder)
        + u'\n';
    for (const FoundVersion &v : search->versions) {
        const QRectF &r = v.match.rectInA;
        text += u'\n'
            + tr("%1 — %2; x %3, y %4, %5 × %6; scale %7")
                  .arg(v.relativePath, v.match.relations().join(QStringLiteral(", ")))
                  .arg(r.x(), 0, 'f', 0)
                  .arg(r.y(), 0, 'f', 0)
                  .arg(r.width(), 0, 'f', 0)
                  .arg(r.height(), 0, 'f', 0)
                  .arg(v.match.scale, 0, 'f', 3)
            + u'\n';
        for (const VersionAppearance &a : v.appearances)
            text += tr("    in %1, image %2: %3 [%4]")
                        .arg(a.articlePath)
                        .arg(a.imageNumber)
                        .arg(a.caption, a.credit)
                + u'\n';
    }
    for (const QString &warning : search->warnings)
        text += u'\n' + warning;
    auto *dialog = new QDialog(mWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Other Versions of %1").arg(QFileInfo(search->imagePath).fileName()));
    auto *view = new QPlainTextEdit(text, dialog);
    view->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Each appearance in another article becomes a suggestion in the Provenance dock; the
    // analyst accepts or rejects them there, so nothing is recorded here.
    const QList<VersionSighting> sightings = VersionFinder::sightings(search.value());
    QPushButton *offer
        = buttons->addButton(tr("&Offer as Provenance Suggestions"), QDialogButtonBox::ActionRole);
    offer->setObjectName(QStringLiteral("offerSuggestions"));
    offer->setEnabled(!sightings.isEmpty());
    offer->setToolTip(sightings.isEmpty()
                          ? tr("No other article shows a version of this photo.")
                          : tr("Offer who else published this photo as republisher suggestions "
                               "in the Provenance dock."));
    const int imageIndex = mSearchedImage;
    connect(offer, &QPushButton::clicked, this, [this, offer, imageIndex, sightings] {
        emit versionSightingsOffered(imageIndex, sightings);
        offer->setEnabled(false);
    });
    mResults = dialog;
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(720, 480);
    dialog->show();
}

} // namespace provena
