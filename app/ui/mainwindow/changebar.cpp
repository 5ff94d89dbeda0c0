// SPDX-License-Identifier: MIT
#include "ui/mainwindow/changebar.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace provena {

ChangeBar::ChangeBar(QWidget *parent)
    : QFrame(parent)
    , mText(new QLabel)
    , mReload(new QPushButton(tr("&Reload")))
    , mSaveAs(new QPushButton(tr("Save &As…")))
    , mDismiss(new QPushButton(tr("&Keep Current")))
{
    setObjectName(QStringLiteral("changeBar"));
    setAccessibleName(tr("Files changed on disk"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    mText->setWordWrap(true);
    layout->addWidget(mText, 1);
    mReload->setAccessibleName(tr("Reload the article from disk"));
    mSaveAs->setObjectName(QStringLiteral("changeBarSaveAs"));
    mSaveAs->setAccessibleName(tr("Save your version under another name"));
    mSaveAs->hide();
    mDismiss->setAccessibleName(tr("Keep the version in Provena"));
    layout->addWidget(mReload);
    layout->addWidget(mSaveAs);
    layout->addWidget(mDismiss);
    connect(mReload, &QPushButton::clicked, this, &ChangeBar::reloadRequested);
    connect(mSaveAs, &QPushButton::clicked, this, &ChangeBar::saveAsRequested);
    connect(mDismiss, &QPushButton::clicked, this, &ChangeBar::clear);
    hide();
}

void ChangeBar::addChangedFile(const QString &path)
{
    if (!mFiles.contains(path))
        mFiles.append(path);
    updateText();
    show();
}

void ChangeBar::showSaveConflict(const QString &sidecarPath)
{
    mConflictPath = sidecarPath;
    mSaveAs->show();
    updateText();
    show();
}

void ChangeBar::setUnsavedWork(bool unsaved)
{
    if (mUnsavedWork == unsaved)
        return;
    mUnsavedWork = unsaved;
    updateText();
}

QString ChangeBar::text() const
{
    return mText->text();
}

void ChangeBar::updateText()
{
    if (!mConflictPath.isEmpty()) {
        // Reload discards the unsaved work, so the bar says so; FileActionHandler asks first.
        mText->setText(tr("Not saved: %1 was changed on disk by another program since you "
                          "opened it, and Provena did not overwrite it. Reload to load that "
                          "version (your unsaved changes are discarded), or Save As… to keep "
                          "your version under another name.")
                           .arg(QFileInfo(mConflictPath).fileName()));
        return;
    }
    if (mFiles.isEmpty()) {
        mText->clear();
        return;
    }
    QStringList names;
    for (const QString &f : std::as_const(mFiles))
        names.append(QFileInfo(f).fileName());
    const QString files = names.join(QStringLiteral(", "));
    // Only claim to keep work when there is work to keep.
    mText->setText(mUnsavedWork
                       ? tr("Changed on disk: %1. Reload to see the new version; your unsaved "
                            "changes are kept unless you choose to discard them.")
                             .arg(files)
                       : tr("Changed on disk: %1. Reload to see the new version.").arg(files));
}

void ChangeBar::clear()
{
    mFiles.clear();
    mConflictPath.clear();
    mSaveAs->hide();
    updateText();
    hide();
}

} // namespace provena
