// SPDX-License-Identifier: MIT
#include "ui/canvas/missingimagewidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace provena {

MissingImageWidget::MissingImageWidget(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel)
    , mUrl(new QLabel)
    , mHelp(new QLabel)
    , mAttach(new QPushButton(tr("&Attach Local File…")))
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
    mAttach->setAccessibleName(tr("Attach a local file for this image"));
    layout->addWidget(mAttach, 0, Qt::AlignCenter);
    layout->addStretch();
    connect(mAttach, &QPushButton::clicked, this, [this] { Q_EMIT attachRequested(mIndex); });
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
    mHelp->setText(problem.isEmpty()
                       ? tr("Provena looked beside the article and in its “_files” folder. "
                            "Save the image there, or attach the file you have.")
                       : problem);
}

} // namespace provena
