// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>

namespace provena {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *splitter = new QSplitter(this);
    mTextView = new QPlainTextEdit(splitter);
    mTextView->setReadOnly(true);
    mTextView->setAccessibleName(tr("Article text"));
    mImageView = new QLabel(tr("No image"), splitter);
    mImageView->setAlignment(Qt::AlignCenter);
    mImageView->setAccessibleName(tr("Image"));
    setCentralWidget(splitter);
    setWindowTitle(tr("Provena"));
    resize(1200, 800);
}

bool MainWindow::openArticle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    mTextView->setPlainText(QString::fromUtf8(file.readAll()));
    setWindowTitle(tr("%1 — Provena").arg(path));
    return true;
}

} // namespace provena
