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
 *
 * After a save that found the sidecar changed by another program (DocumentSession::
 * saveConflict()), it says that nothing was saved and offers Reload (the other version, after
 * asking about unsaved changes) or Save As… (keep this version under another name).
 */
class ChangeBar : public QFrame
{
    Q_OBJECT

public:
    explicit ChangeBar(QWidget *parent = nullptr);

    void addChangedFile(const QString &path);
    QStringList changedFiles() const { return mFiles; }
    /** A save of `sidecarPath` was refused because another program changed it. */
    void showSaveConflict(const QString &sidecarPath);
    /** True while the bar reports a refused save. */
    bool showsSaveConflict() const { return !mConflictPath.isEmpty(); }
    void clear();
    /** Whether the open article has unsaved changes; the text says so only then. */
    void setUnsavedWork(bool unsaved);
    bool hasUnsavedWork() const { return mUnsavedWork; }
    /** What the bar says. */
    QString text() const;

Q_SIGNALS:
    void reloadRequested();
    void saveAsRequested();

private:
    void updateText();

    QStringList mFiles;
    QString mConflictPath;
    bool mUnsavedWork = false;
    QLabel *mText;
    QPushButton *mReload;
    QPushButton *mSaveAs;
    QPushButton *mDismiss;
};

} // namespace provena
