// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QString>
#include <QStringList>

namespace provena {

class ArticleDocument;

/** What ArticleCopy::saveAs() did with the article's images. */
struct SaveAsReport
{
    /** Image files copied beside the new article (their new paths). */
    QStringList copiedImages;
    /** Already at the new place and left alone (never overwritten). */
    QStringList existingImages;
    /**
     * Outside the article's folder (an absolute path, or "../"): not copied. An article that
     * reaches them by a relative path no longer finds them from the new folder.
     */
    QStringList imagesLeftInPlace;
};

/**
 * File › Save As without widgets: writes the open article under a new name with its sidecar.
 *
 * The article text file is copied byte for byte (so the sidecar's hash and text positions still
 * hold); image files the article found inside its own folder (relative references, files beside
 * the article, `STEM_files/`) are copied to the same place relative to the new article (a
 * `STEM_files/` folder is renamed for the new stem), so the copied text resolves them again;
 * then the sidecar is written for the new article path. Every file is written atomically
 * (saveAtomically), a file already at an image's new place is kept, and nothing is written
 * through a symbolic link. Asking before replacing an existing article is the caller's job.
 */
class ArticleCopy
{
public:
    static Result<SaveAsReport> saveAs(const ArticleDocument &document,
                                       const QString &newArticlePath);

    /**
     * Where image file `localPath` of the article at `oldArticlePath` goes for the article at
     * `newArticlePath`; empty when it is outside the old article's folder (not copied).
     */
    static QString imageTarget(const QString &oldArticlePath, const QString &newArticlePath,
                               const QString &localPath);
};

} // namespace provena
