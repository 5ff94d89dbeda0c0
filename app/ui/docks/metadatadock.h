// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace provena {

/** EXIF, IPTC and XMP fields of the image on the canvas (MetadataReader), with a filter. */
class MetadataDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MetadataDock(QWidget *parent = nullptr);

    /** Reads and lists `imagePath`'s metadata; an empty path clears the list. */
    void setImage(const QString &imagePath);
    QTreeWidget *tree() const { return mTree; }
    /**
     * Selects and scrolls to the field with the raw key `key` (clearing a filter that hides it);
     * false when the image has no such field.
     */
    bool showKey(const QString &key);

private:
    void applyFilter();

    QLabel *mStatus;
    QLineEdit *mFilter;
    QTreeWidget *mTree;
};

} // namespace provena
