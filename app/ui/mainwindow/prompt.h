// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace provena {

/** A question the window asks the analyst. Tests answer it through MainWindow::setPromptHandler. */
struct Prompt
{
    enum class Kind {
        UnsavedChanges, ///< Save / Discard / Cancel before closing or opening another article
        Recover, ///< a recovery file from a crash exists: Yes recovers, No discards it
        ReloadDiscardsChanges, ///< a file changed on disk but there is unsaved work: Yes reloads
        KeepBrokenSidecar, ///< saving over an unreadable sidecar: Save keeps a copy, then saves
        ReplaceFile, ///< Save As onto a file that exists: Yes replaces it, Cancel writes nothing
        Error, ///< something failed; Ok
        Information ///< Ok
    };

    Kind kind = Kind::Information;
    QString title;
    QString text;
    QString informativeText;
    QString detailedText;
    QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    QMessageBox::StandardButton defaultButton = QMessageBox::Ok;
};

/** Answers a Prompt with one of its buttons. */
using PromptHandler = std::function<QMessageBox::StandardButton(const Prompt &prompt)>;

} // namespace provena
