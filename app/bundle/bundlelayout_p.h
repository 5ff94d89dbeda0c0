// SPDX-License-Identifier: MIT
#pragma once

// Where each file of an article goes inside a bundle, and the sidecar rewritten to match:
// pure planning, no disk writes, so it is tested on its own (tests/bundle/tst_bundleexporter).

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace provena {

class ArticleDocument;

namespace detail {

/**
 * The names taken inside one folder of the bag. Compared case-insensitively, because a bundle
 * with names that differ only by case is refused on import (SafeExtractor) and cannot be
 * extracted on macOS or Windows at all.
 */
class BundleNameClaims
{
public:
    /** Takes `path` when it is free; false when it (or a case variant) is taken. */
    bool claim(const QString &path);
    /** `path`, or "name-2.ext", "name-3.ext"… in the same folder: the first free one, taken. */
    QString claimUnique(const QString &path);
    bool isTaken(const QString &path) const;

private:
    QSet<QString> mTaken; ///< case-folded
};

/**
 * One folder name per article, in input order: the file's name without its last suffix
 * ("story.md" → "story"); the second article with the same name (in any case) gets "story-2",
 * the third "story-3". Names the bag itself uses under data/ ("index.html") are avoided.
 */
QStringList bundleFolderNames(const QStringList &articlePaths);

/**
 * Where the image file `imagePath` goes, relative to its article's bundle folder: its own path
 * relative to the article's folder when it lies inside it (`inside`), else "external/NAME".
 * Never absolute, never with "..". Claimed in `claims` (made unique when taken by another file).
 */
QString bundleImagePath(const QString &articleDir, const QString &imagePath, bool inside,
                        BundleNameClaims &claims);

/** True when `relative` (a '/'-separated path) stays inside its folder: no "..", not absolute. */
bool staysInside(const QString &relative);

/**
 * The article's `.provena.jsonld` sidecar as it goes into the bundle: the document's content
 * (SidecarContent::fromDocument) with each image's localPath replaced by `bundleImagePaths`
 * (per image index, relative to the article's bundle folder; an empty entry keeps what the
 * document has, e.g. an image that is not on disk).
 */
QByteArray bundleSidecar(const ArticleDocument &document, const QStringList &bundleImagePaths);

} // namespace detail
} // namespace provena
