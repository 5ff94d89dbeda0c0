// SPDX-License-Identifier: MIT
#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace provena {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions,
                                 const QList<QPair<QString, QString>> &extra, QWidget *parent)
    : QDialog(parent)
    , mTable(new QTableWidget(0, 2))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    mTable->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    mTable->setAccessibleName(tr("Shortcut list"));
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    const auto addRow = [this](const QString &what, const QString &keys) {
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        mTable->setItem(row, 0, new QTableWidgetItem(what));
        mTable->setItem(row, 1, new QTableWidgetItem(keys));
    };
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        QString text = action->text();
        text.remove(u'&');
        if (text.endsWith(QStringLiteral("…")))
            text.chop(1);
        addRow(text, keys.join(QStringLiteral(", ")));
    }
    for (const auto &[keys, what] : extra)
        addRow(what, keys);
    mTable->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addWidget(buttons);
    resize(520, 560);
}

} // namespace provena
