// SPDX-License-Identifier: MIT
#include "ui/canvas/missingimagewidget.h"

#include "session/imagefetchjob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace provena {

MissingImageWidget::MissingImageWidget(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel)
    , mUrl(new QLabel)
    , mHelp(new QLabel)
    , mAttach(new QPushButton(tr("&Attach Local File…")))
    , mFetch(new QPushButton(tr("&Fetch")))
    , mProgress(new QProgressBar)
    , mCancel(new QPushButton(tr("&Cancel")))
{
    setObjectName(QStringLiteral("missingImage"));
    setAccessibleName(tr("Image not available"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    QFont big = mTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    mTitle->setFont(big);
    for (QLabel *l : {mTitle, mUrl, mHelp}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
    }
    mFetch->setObjectName(QStringLiteral("fetchImage"));
    mFetch->setAccessibleName(tr("Fetch the image from its web address"));
    mFetch->setToolTip(tr("Download the image into the article's “_files” folder and record "
                          "where it came from in the chain of custody"));
    mAttach->setAccessibleName(tr("Attach a local file for this image"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(mFetch);
    buttons->addWidget(mAttach);
    buttons->addStretch();
    layout->addLayout(buttons);
    mProgress->setObjectName(QStringLiteral("fetchProgress"));
    mProgress->setAccessibleName(tr("Download progress"));
    mProgress->setMaximumWidth(360);
    mCancel->setObjectName(QStringLiteral("cancelFetch"));
    mCancel->setAccessibleName(tr("Cancel the download"));
    auto *progress = new QHBoxLayout;
    progress->addStretch();
    progress->addWidget(mProgress, 1);
    progress->addWidget(mCancel);
    progress->addStretch();
    layout->addLayout(progress);
    layout->addStretch();
    connect(mAttach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(mIndex); });
    connect(mFetch, &QPushButton::clicked, this, [this] {
        // Shown at once; the first bytes may take a while.
        showFetchProgress(mIndex, 0, -1);
        Q_EMIT fetchRequested(mIndex);
    });
    connect(mCancel, &QPushButton::clicked, this, [this] { Q_EMIT fetchCancelRequested(mIndex); });
    updateFetchControls();
}

QString MissingImageWidget::problemText() const
{
    return mHelp->text();
}

void MissingImageWidget::setImage(int index, const QString &url, const QString &problem)
{
    mIndex = index;
    mTitle->setText(tr("Image %1 is not available locally").arg(index + 1));
    mUrl->setText(url);
    const bool offline = FetchOptions::fromSettings().offline;
    mFetchable = ImageFetchJob::isFetchableUrl(url) && !offline;
    QString help = problem;
    if (help.isEmpty())
        help = mFetchable ? tr("Provena looked beside the article and in its “_files” folder. "
                               "Fetch the image from its address, save it there, or attach the "
                               "file you have.")
                          : tr("Provena looked beside the article and in its “_files” folder. "
                               "Save the image there, or attach the file you have.");
    if (offline && ImageFetchJob::isFetchableUrl(url))
        help += u' '
            + tr("Provena is offline (the setting “network/offline”), so it does not fetch.");
    mHelp->setText(help);
    updateFetchControls();
}

void MissingImageWidget::showFetchProgress(int index, qint64 received, qint64 total)
{
    mFetching.insert(index, {received, total});
    if (index == mIndex)
        updateFetchControls();
}

void MissingImageWidget::showFetchFailed(int index, const QString &message)
{
    mFetching.remove(index);
    if (index != mIndex)
        return;
    mHelp->setText(message);
    updateFetchControls();
}

void MissingImageWidget::fetchEnded(int index)
{
    mFetching.remove(index);
    if (index == mIndex)
        updateFetchControls();
}

void MissingImageWidget::clearFetches()
{
    mFetching.clear();
    updateFetchControls();
}

void MissingImageWidget::updateFetchControls()
{
    const auto running = mFetching.constFind(mIndex);
    const bool fetching = running != mFetching.constEnd();
    mFetch->setVisible(mFetchable && !fetching);
    mAttach->setEnabled(!fetching);
    mProgress->setVisible(fetching);
    mCancel->setVisible(fetching);
    if (!fetching)
        return;
    const auto [received, total] = running.value();
    if (total > 0) {
        // QProgressBar counts in int: kilobytes keep 100 MB and more in range.
        mProgress->setRange(0, int(total / 1024) + 1);
        mProgress->setValue(int(received / 1024));
        mProgress->setFormat(tr("%1 of %2 KB").arg(received / 1024).arg(total / 1024));
    } else {
        mProgress->setRange(0, 0); // busy: the server did not say how much
        mProgress->setFormat(tr("%1 KB").arg(received / 1024));
    }
}

} // namespace provena
