// SPDX-License-Identifier: MIT
// MainWindow's Edit › Preferences…, Help › User Guide and Help › About: opening them, and applying
// what the Preferences dialog stored to the open window.
#include "ui/mainwindow/mainwindow.h"

#include "core/document/articledocument.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "session/xmpexport.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/userguidewindow.h"

#include <QAction>
#include <QStatusBar>

namespace provena {

void MainWindow::showPreferences()
{
    if (mPreferencesDialog) {
        mPreferencesDialog->raise();
        mPreferencesDialog->activateWindow();
        return;
    }
    // Window-modal but not blocking (open(), not exec()): tests drive it via preferencesDialog().
    mPreferencesDialog = new PreferencesDialog(this);
    mPreferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(mPreferencesDialog, &QDialog::accepted, this, &MainWindow::applyPreferences);
    connect(mPreferencesDialog, &PreferencesDialog::labelsChanged, this,
            &MainWindow::applyUserLabels);
    mPreferencesDialog->open();
}

PreferencesDialog *MainWindow::preferencesDialog() const
{
    return mPreferencesDialog;
}

void MainWindow::applyPreferences()
{
    // The rest is read where it is used (decoding, fetching, export), each time.
    mSession->recovery()->setIntervalSeconds(RecoveryManager::configuredIntervalSeconds());
    if (ArticleDocument *doc = document())
        doc->setAuthor(DocumentSession::userName());
    if (QAction *xmp = action(QStringLiteral("writeXmpOnSave")))
        xmp->setChecked(XmpSettings::writeOnSave());
    statusBar()->showMessage(tr("Preferences saved."), 3000);
}

void MainWindow::showAbout()
{
    if (mAboutDialog) {
        mAboutDialog->raise();
        return;
    }
    mAboutDialog = new AboutDialog(this);
    mAboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    mAboutDialog->open();
}

AboutDialog *MainWindow::aboutDialog() const
{
    return mAboutDialog;
}

void MainWindow::showUserGuide()
{
    // Not modal: the analyst follows the steps in this window with the guide beside it.
    if (!mUserGuide) {
        mUserGuide = new UserGuideWindow(this);
        mUserGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    mUserGuide->show();
    mUserGuide->raise();
    mUserGuide->activateWindow();
}

UserGuideWindow *MainWindow::userGuideWindow() const
{
    return mUserGuide;
}

} // namespace provena
