// SPDX-License-Identifier: MIT
// MainWindow's label handling: the "New:" label combo, Tools › Labels… and applying the user's
// labels to the open document. Kept apart from mainwindow.cpp, which lays the window out.
#include "ui/mainwindow/mainwindow.h"

#include "core/commands/changelabelscommand.h"
#include "core/document/articledocument.h"
#include "core/model/labeltaxonomy.h"
#include "ui/canvas/imageview.h"
#include "ui/dialogs/labelsdialog.h"

#include <QComboBox>
#include <QIcon>
#include <QPixmap>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QUndoStack>

namespace provena {

void MainWindow::refillNewLabelCombo()
{
    if (!mNewLabelCombo)
        return;
    // The open document's labels (the standard set plus those its sidecar carries), else the
    // standard set.
    const LabelTaxonomy taxonomy = document() ? document()->labels() : LabelTaxonomy::standard();
    {
        const QSignalBlocker blocker(mNewLabelCombo);
        mNewLabelCombo->clear();
        for (const Label &label : taxonomy.labels()) {
            QPixmap swatch(12, 12);
            swatch.fill(label.colour);
            mNewLabelCombo->addItem(QIcon(swatch), label.displayName(), label.id);
            mNewLabelCombo->setItemData(mNewLabelCombo->count() - 1, label.displayDescription(),
                                        Qt::ToolTipRole);
        }
        mNewLabelCombo->setCurrentIndex(
            qMax(0, mNewLabelCombo->findData(imageView()->newRegionLabel())));
    }
    // A label that is gone (removed by the user) gives way to the first one.
    if (mNewLabelCombo->currentIndex() >= 0
        && mNewLabelCombo->currentData().toString() != imageView()->newRegionLabel())
        imageView()->setNewRegionLabel(mNewLabelCombo->currentData().toString());
}

void MainWindow::manageLabels()
{
    if (mLabelsDialog) {
        mLabelsDialog->raise();
        mLabelsDialog->activateWindow();
        return;
    }
    // Window-modal but not blocking (open(), not exec()): tests drive it via labelsDialog().
    mLabelsDialog = new LabelsDialog(this);
    mLabelsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(mLabelsDialog, &QDialog::accepted, this, &MainWindow::applyUserLabels);
    mLabelsDialog->open();
}

LabelsDialog *MainWindow::labelsDialog() const
{
    return mLabelsDialog;
}

void MainWindow::applyUserLabels()
{
    if (document()) {
        // The new standard set, keeping the labels the document already has (its sidecar may
        // carry labels this account does not define).
        LabelTaxonomy labels = LabelTaxonomy::standard();
        labels.merge(document()->labels());
        // Undoable like any edit; labelsChanged refills the combos.
        document()->undoStack()->push(new ChangeLabelsCommand(document(), labels));
    } else {
        refillNewLabelCombo();
    }
    statusBar()->showMessage(tr("Labels saved."), 3000);
}

} // namespace provena
