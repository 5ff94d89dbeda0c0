// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>

namespace provena {

struct Article;

/** Thumbnails of the article's images in article order; shown when there are several. */
class ImageStrip : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int kThumbnailSize = 56;

    explicit ImageStrip(QWidget *parent = nullptr);

    /** One entry per image; images without a local file get a placeholder icon. */
    void setArticle(const Article &article);
    void setCurrentImage(int index);

Q_SIGNALS:
    void imageChosen(int index);
};

} // namespace provena
