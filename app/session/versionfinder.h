// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/provenance/versionsuggester.h"
#include "media/imagematcher.h"
#include "session/versionindex.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace provena {

/** One place an image appears in an article under the searched folder. */
struct VersionAppearance
{
    QString articlePath; ///< absolute
    int imageNumber = 0; ///< 1-based, in article order (as `provena-cli region --image N`)
    QString caption;
    QString credit;
    QString title; ///< the article's title
    QString publisher; ///< the organisation its byline names ("Reuters"), else empty
};

/** Another version of the searched image. */
struct FoundVersion
{
    QString path; ///< absolute
    QString relativePath; ///< from the searched folder
    /** A is the searched image, B this version; samePicture is always true here. */
    ImageMatch match;
    /** "dhash", "mirrored-dhash" (a close perceptual hash, confirmed by features) or "features". */
    QString foundBy;
    QList<VersionAppearance> appearances; ///< the articles that show this file
};

/** What VersionFinder::find() found and what it cost. */
struct VersionSearch
{
    QString imagePath;
    QString folder;
    QList<VersionAppearance> imageAppearances; ///< where the searched file itself appears
    QList<FoundVersion> versions; ///< sorted by relative path
    VersionIndexUpdate index;
    int indexedImages = 0; ///< images in the index (readable or not)
    int hashCandidates = 0; ///< images whose dHash or mirrored dHash was close: checked first
    int featureChecks = 0; ///< other images matched by features alone (crops)
    int featureSkipped = 0; ///< images beyond the feature budget, not compared
    int articlesRead = 0;
    QStringList warnings; ///< articles or images that could not be read, index not saved …
};

struct VersionSearchOptions
{
    /**
     * Images whose hashes are not close are still compared by features (a crop changes the
     * dHash), at most this many, in path order; 0 compares only hash candidates.
     */
    int featureBudget = 200;
};

/**
 * Where else does this photo appear? Brings the folder's VersionIndex up to date, takes the
 * images whose dHash or mirrored dHash is within PerceptualHash::kDifferentAbove of the searched
 * image's as candidates, then the others up to the feature budget, confirms each with
 * ImageMatcher, and names the articles (.md, .txt under the folder) that show each version with
 * its caption and credit. Blocking (seconds to minutes): run it off the GUI thread.
 */
class VersionFinder
{
    Q_DECLARE_TR_FUNCTIONS(VersionFinder)

public:
    /** (what is being done, done, total); return false to cancel. */
    using Progress = std::function<bool(const QString &stage, int done, int total)>;

    [[nodiscard]] static Result<VersionSearch> find(const QString &imagePath, const QString &folder,
                                                    const VersionSearchOptions &options = {},
                                                    const Progress &progress = {});

    /** Each version's appearances in articles, as the provenance suggester takes them
     *  (VersionSuggester): one sighting per article image, versions without an article left
     *  out. Rectangles are in the searched image's displayed pixels. */
    static QList<VersionSighting> sightings(const VersionSearch &search);
};

} // namespace provena
