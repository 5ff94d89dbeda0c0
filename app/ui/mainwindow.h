// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;

namespace provena {

/** The annotation workspace: the article text beside its images. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /** Opens `path`; on failure shows why and keeps the current article. */
    bool openArticle(const QString &path);

private:
    QPlainTextEdit *mTextView = nullptr;
    QLabel *mImageView = nullptr;
};

} // namespace provena
