// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace provena {

/**
 * Stands in for the canvas when an image has no local file (or cannot be decoded): says which
 * URL the article names and what the analyst can do about it.
 */
class MissingImageWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MissingImageWidget(QWidget *parent = nullptr);

    void setImage(int index, const QString &url, const QString &problem);
    QPushButton *attachButton() const { return mAttach; }
    /** What the widget says about the image (why it is not shown, what to do). */
    QString problemText() const;

Q_SIGNALS:
    void attachRequested(int index);

private:
    int mIndex = -1;
    QLabel *mTitle;
    QLabel *mUrl;
    QLabel *mHelp;
    QPushButton *mAttach;
};

} // namespace provena
