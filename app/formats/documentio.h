// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "core/model/textanchor.h"

#include <QList>
#include <QString>

#include <memory>

namespace provena {

/** What DocumentIO::open found while matching a sidecar to the article and its images. */
struct OpenReport
{
    struct Anchor
    {
        QUuid id;
        TextAnchor::Status status = TextAnchor::Status::Resolved;
        double similarity = 1.0;
        QString exact; ///< the quote as the sidecar recorded it
        TextRange oldRange; ///< code points, as recorded
        TextRange newRange; ///< where it is now (== oldRange when orphaned)
    };

    bool sidecarFound = false;
    /** A sidecar exists but could not be read; `sidecarError` says why. Nothing was loaded. */
    bool sidecarUnreadable = false;
    Error sidecarError;
    /** The article's SHA-256 differs from the one the sidecar recorded. */
    bool articleChanged = false;
    QList<Anchor> reanchored; ///< Moved or Fuzzy
    QList<Anchor> orphaned;
    QList<int> changedImages; ///< 0-based indexes of images whose content hash changed
    /** Recorded images no longer referenced by the article (their regions are kept). */
    QList<int> missingImages;

    /** True when every anchor resolved where it was and no image changed. */
    bool isClean() const
    {
        return !sidecarUnreadable && reanchored.isEmpty() && orphaned.isEmpty()
            && changedImages.isEmpty() && missingImages.isEmpty();
    }
};

/**
 * Opening and saving articles with their sidecar: the one path the GUI and the CLI share.
 *
 * The sidecar is ARTICLE + ".provena.jsonld" beside the article (docs/sidecar-format.md).
 * Saving is atomic and keeps the previous sidecar as ARTICLE.provena.jsonld~. A sidecar that
 * could not be read is never overwritten: save() refuses until saveKeepingBrokenCopy() (or
 * keepBrokenSidecarCopy()) has set the broken file aside.
 */
class DocumentIO
{
public:
    /**
     * Reads the article (ArticleReader), hashes and measures its images (pixel size after EXIF
     * orientation), loads the sidecar when there is one, matches recorded images to the
     * article's, re-anchors text anchors (AnchorResolver) and flags regions of changed images
     * (Region::needsReview). Fails only when the article itself cannot be read; an unreadable
     * sidecar is reported in `report` and marks the document (sidecarUnreadable()).
     * The document is unmodified after open unless re-anchoring or image matching changed it.
     */
    static Result<std::unique_ptr<ArticleDocument>> open(const QString &articlePath,
                                                         OpenReport *report = nullptr);

    /** Writes the sidecar atomically (with "~" backup) and marks the document saved. */
    static Status save(ArticleDocument &document);

    /**
     * Copies the broken sidecar to SIDECAR.broken-YYYYMMDDTHHMMSSZ, then clears
     * sidecarUnreadable(). Returns the copy's path.
     */
    static Result<QString> keepBrokenSidecarCopy(ArticleDocument &document);
    /** keepBrokenSidecarCopy() when needed, then save(). `copyPath` receives the copy's path. */
    static Status saveKeepingBrokenCopy(ArticleDocument &document, QString *copyPath = nullptr);

    /** "story.txt" → "story.txt.provena.jsonld" in the same folder. */
    static QString sidecarPathFor(const QString &articlePath);
    /** The suffix of the previous version kept on save. */
    static QString backupSuffix() { return QStringLiteral("~"); }
};

} // namespace provena
