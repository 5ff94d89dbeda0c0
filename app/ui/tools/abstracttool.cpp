// SPDX-License-Identifier: MIT
#include "ui/tools/abstracttool.h"

#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"

#include <cmath>

namespace provena {

AbstractTool::AbstractTool(const QString &name, const QKeySequence &shortcut, QObject *parent)
    : QObject(parent)
    , mName(name)
    , mShortcut(shortcut)
{
}

void AbstractTool::activate(ImageView *view)
{
    mView = view;
}

void AbstractTool::deactivate()
{
    cancel();
    mView = nullptr;
}

ImageView *AbstractTool::view() const
{
    return mView;
}

ImageScene *AbstractTool::scene() const
{
    return mView ? mView->imageScene() : nullptr;
}

ArticleDocument *AbstractTool::document() const
{
    return scene() ? scene()->document() : nullptr;
}

QPointF AbstractTool::snapToImage(const QPointF &imagePos) const
{
    const QSizeF size = scene() ? scene()->imageSize() : QSizeF();
    return {std::clamp(std::round(imagePos.x()), 0.0, size.width()),
            std::clamp(std::round(imagePos.y()), 0.0, size.height())};
}

} // namespace provena
