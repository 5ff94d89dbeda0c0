// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace provena {

struct ImageMetadata;
struct MetadataEvidence;

/**
 * The metadata of the image on the canvas: flags and warnings on top, then the provenance
 * evidence grouped as EvidenceGroups orders it (who, caption, rights, dates, history, camera,
 * location, identifiers), then every EXIF/IPTC/XMP field under "All fields"; with a filter.
 * Each group is a heading row followed by its rows, so the list stays flat. Reading (Exiv2 and
 * the thumbnail check's decode) runs on a worker thread; only the newest request is shown.
 */
class MetadataDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MetadataDock(QWidget *parent = nullptr);

    /** Starts reading `imagePath`'s metadata; an empty path clears the list at once. */
    void setImage(const QString &imagePath);
    QTreeWidget *tree() const { return mTree; }
    /**
     * Selects and scrolls to the field with the raw key `key` (clearing a filter that hides it).
     * While the image is being read the key is remembered and shown when the read ends; when
     * the image has no such field, keyMissing() tells.
     */
    void showKey(const QString &key);
    /** The flags and warnings above the list; hidden when there are none. */
    QLabel *flagsLabel() const { return mFlags; }

    /** Rows that head a group carry this in Qt::UserRole + 1 on column 0. */
    static constexpr int kHeadingRole = Qt::UserRole + 1;

signals:
    /** The list now shows `imagePath` (or the reason it could not be read). */
    void imageLoaded(const QString &imagePath);
    /** showKey() found no field `key` in the image's metadata. */
    void keyMissing(const QString &key);

private:
    struct Loaded;
    void showLoaded(const Loaded &loaded);
    void showEvidence(const MetadataEvidence &evidence);
    void showFields(const ImageMetadata &metadata);
    QTreeWidgetItem *addHeading(const QString &title);
    void applyFilter();

    QLabel *mStatus;
    QLabel *mFlags;
    QLineEdit *mFilter;
    QTreeWidget *mTree;
    bool selectKey(const QString &key);

    /** The field showKey() asked for: selected again whenever this image is read again (the
     *  window re-reads it when the dock's visibility changes). */
    QString mKeyToShow;
    QString mImagePath; ///< the image setImage() was last given
    bool mReading = false;
    quint64 mRequest = 0; ///< the newest setImage() call; older results are dropped
};

} // namespace provena
