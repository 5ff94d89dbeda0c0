// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace provena {

/** Help › Keyboard Shortcuts: a table generated from the window's actions. */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /** `extra` rows are (key, description) pairs for keys that are not actions (canvas keys). */
    ShortcutsDialog(const QList<QAction *> &actions, const QList<QPair<QString, QString>> &extra,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }

private:
    QTableWidget *mTable;
};

} // namespace provena
