// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace provena {

/** A non-modal bar above the workspace: files of the open article changed on disk. */
class ChangeBar : public QFrame
{
    Q_OBJECT

public:
    explicit ChangeBar(QWidget *parent = nullptr);

    void addChangedFile(const QString &path);
    QStringList changedFiles() const { return mFiles; }
    void clear();

Q_SIGNALS:
    void reloadRequested();

private:
    QStringList mFiles;
    QLabel *mText;
    QPushButton *mReload;
    QPushButton *mDismiss;
};

} // namespace provena
