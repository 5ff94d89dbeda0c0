// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/regionimport.h"

#include <QFrame>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <optional>

class QLabel;
class QPushButton;

namespace provena {

class ArticleDocument;

/**
 * A non-modal bar above the canvas: the shown image's XMP (embedded or its sidecar) holds
 * regions the article does not have yet, e.g. faces tagged in digiKam. Import adds them all as
 * one undo step (AddRegionsCommand) and then says what did not fit (labels the article lacks,
 * refused shapes); Dismiss hides the offer for that image until another article, or the same one
 * again, is opened. Regions Provena wrote and the analyst has removed since opening are not
 * offered back (the sidecar keeps them until the next save).
 *
 * The XMP is read on a worker thread (XmpRegionReader); a read that ends after the analyst moved
 * to another image is dropped. The bar never changes the document except through Import.
 */
class XmpImportBar : public QFrame
{
    Q_OBJECT

public:
    explicit XmpImportBar(QWidget *parent = nullptr);
    ~XmpImportBar() override;

    /** The open article (null: none); forgets what was dismissed. Call before it is destroyed. */
    void setDocument(ArticleDocument *document);
    /** Image `index` is on the canvas (`shown` false: its placeholder is): reads its XMP. */
    void setImage(int index, bool shown);

    /** How many new regions the bar offers (0 when it offers none). */
    int offeredCount() const;
    /** True while the current image's XMP is being read. */
    bool isReading() const { return mReading; }
    QString text() const;
    QPushButton *importButton() const { return mImport; }
    QPushButton *dismissButton() const { return mDismiss; }

Q_SIGNALS:
    /** The read for image `index` ended (whether or not the bar is shown): for tests. */
    void readFinished(int index);
    /** Import added `count` regions to image `index`. */
    void regionsImported(int index, int count);

private:
    struct Loaded;

    void showLoaded(const Loaded &loaded);
    void importRegions();
    void dismiss();
    void reset();

    QPointer<ArticleDocument> mDocument;
    int mImageIndex = -1;
    QString mImagePath;
    quint64 mRequest = 0;
    bool mReading = false;
    bool mShowsReport = false; ///< the bar says what happened (an import, an unreadable sidecar)
    std::optional<ShapeImport> mFound;
    int mOffered = 0;
    /** Local paths of images whose offer was dismissed in this article. */
    QSet<QString> mDismissed;
    /** Regions removed from this article since it was opened (see setDocument()). */
    QSet<QUuid> mRemovedIds;
    QLabel *mText;
    QPushButton *mImport;
    QPushButton *mDismiss;
};

} // namespace provena
