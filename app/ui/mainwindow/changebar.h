// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace provena {

/**
 * A non-modal bar above the workspace: files of the open article changed on disk. It mentions
 * keeping unsaved work only while there is some (setUnsavedWork()).
 */
class ChangeBar : public QFrame
{
    Q_OBJECT

public:
    explicit ChangeBar(QWidget *parent = nullptr);

    void addChangedFile(const QString &path);
    QStringList changedFiles() const { return mFiles; }
    void clear();
    /** Whether the open article has unsaved changes; the text says so only then. */
    void setUnsavedWork(bool unsaved);
    bool hasUnsavedWork() const { return mUnsavedWork; }
    /** What the bar says. */
    QString text() const;

Q_SIGNALS:
    void reloadRequested();

private:
    void updateText();

    QStringList mFiles;
    bool mUnsavedWork = false;
    QLabel *mText;
    QPushButton *mReload;
    QPushButton *mDismiss;
};

} // namespace provena
