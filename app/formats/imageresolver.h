// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "formats/readoptions.h"

#include <QString>

namespace provena {

/**
 * Finds the local file of an image referenced by an article, without touching the network, and
 * tells whether it lies inside the article's folder tree (docs/file-policy.md, "Images outside the
 * article's folder").
 *
 * Candidates, in order: (1) a relative path, absolute path or file: URL, taken relative to the
 * article's folder; (2) a file with the URL's file name beside the article; (3) the same name in
 * "STEM_files/", where STEM is the article's file name without its extension (what browsers write
 * on "Save page as…"). Query strings and fragments are ignored; %-escapes are decoded segment by
 * segment, so an encoded separator (%2F, %5C) never becomes a path separator silently.
 *
 * A candidate is inside when its cleaned path (QDir::cleanPath, lexically) lies in the article's
 * folder tree, and, when it exists, its canonical path (links resolved) lies in the folder's
 * canonical tree too. Anything else is OutsideFolder: not read unless ReadOptions allow it.
 * Existence is checked with stat only; no file is opened here.
 */
class ImageResolver
{
public:
    /** Where a reference leads. */
    struct Resolution
    {
        ImageRef::Location location = ImageRef::Location::NotFound;
        ImageRef::Escape escape = ImageRef::Escape::None; ///< OutsideFolder only
        /** Local: the file (absolute, cleaned); OutsideFolder: where it leads; else empty. */
        QString path;
    };

    /** Where `url`, written in the article at `articlePath`, leads on this machine. */
    static Resolution locate(const QString &url, const QString &articlePath);

    /**
     * Sets `ref`'s location, escape, outsidePath and localPath from locate(ref.url). localPath
     * is the file to read: a Local one, or an OutsideFolder one that exists when `options`
     * allow it; else empty.
     */
    static void resolveInto(ImageRef &ref, const QString &articlePath,
                            const ReadOptions &options = {});

    /** The localPath resolveInto() would set: the file to read, or an empty string. */
    static QString resolve(const QString &url, const QString &articlePath,
                           const ReadOptions &options = {});

    /**
     * The last path segment of `url`, %-decoded, without query or fragment; may be empty. It
     * may contain '/' or '\' when the URL encoded them (%2F, %5C): never use it as a path as is.
     */
    static QString fileNameFromUrl(const QString &url);

    /** Whether the absolute, cleaned `path` is `folder` or lies below it. */
    static bool liesInside(const QString &path, const QString &folder);
};

} // namespace provena
