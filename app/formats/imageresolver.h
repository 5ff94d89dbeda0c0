// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace provena {

/**
 * Finds the local file of an image referenced by an article, without touching the network.
 *
 * In order: (1) a relative path or file: URL, taken relative to the article's folder;
 * (2) a file with the URL's file name beside the article; (3) the same name in "STEM_files/",
 * where STEM is the article's file name without its extension (what browsers write on
 * "Save page as…"). Query strings and fragments are ignored; %-escapes are decoded.
 */
class ImageResolver
{
public:
    /** Absolute, cleaned path of the existing file, or an empty string when none is found. */
    static QString resolve(const QString &url, const QString &articlePath);

    /** The last path segment of `url`, %-decoded, without query or fragment; may be empty. */
    static QString fileNameFromUrl(const QString &url);
};

} // namespace provena
