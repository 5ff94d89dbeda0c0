// SPDX-License-Identifier: MIT
#include "session/versionfinder.h"

#include "formats/articlereader.h"
#include "media/imagedecoder.h"
#include "media/perceptualhash.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

bool looksLikeArticle(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"md"_s || suffix == u"markdown"_s || suffix == u"txt"_s;
}

/** Every image appearance in the articles under `folder`, by canonical image path. */
QHash<QString, QList<VersionAppearance>> readArticles(const QString &folder, VersionSearch *search)
{
    QHash<QString, QList<VersionAppearance>> byImage;
    const QDir dir(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = dir.relativeFilePath(it.filePath());
        if (relative.startsWith(u".provena/"_s) || !looksLikeArticle(relative))
            continue;
        const Result<Article> article = ArticleReader::readFile(it.filePath());
        if (!article) {
            search->warnings.append(article.error().toString());
            continue;
        }
        ++search->articlesRead;
        for (qsizetype i = 0; i < article->images.size(); ++i) {
            const ImageRef &image = article->images.at(i);
            const QString canonical = QFileInfo(image.localPath).canonicalFilePath();
            if (image.localPath.isEmpty() || canonical.isEmpty())
                continue;
            byImage[canonical].append(VersionAppearance {
                QFileInfo(it.filePath()).absoluteFilePath(), int(i) + 1, image.caption,
                image.credit, article->title.trimmed(), article->byline.organisation});
        }
    }
    return byImage;
}

} // namespace

Result<VersionSearch> VersionFinder::find(const QString &imagePath, const QString &folder,
                                          const VersionSearchOptions &options,
                                          const Progress &progress)
{
    VersionSearch search;
    search.imagePath = QFileInfo(imagePath).absoluteFilePath();
    search.folder = QFileInfo(folder).absoluteFilePath();

    MatchOptions matchOptions;
    matchOptions.hashFiles = true;
    const ImageMatcher matcher(imagePath, matchOptions);
    if (!matcher.isValid())
        return matcher.error();

    VersionIndex index;
    const Result<VersionIndexUpdate> updated
        = index.update(folder, [&progress](int done, int total) {
              return !progress || progress(tr("Hashing images"), done, total);
          });
    if (!updated)
        return updated.error();
    search.index = updated.value();
    search.indexedImages = int(index.entries().size());
    if (!search.index.saveWarning.isEmpty())
        search.warnings.append(search.index.saveWarning);

    // The searched image's own hashes, as the index computes them (256-pixel decode).
    const QString queryCanonical = QFileInfo(imagePath).canonicalFilePath();
    const QDir dir(folder);
    quint64 queryHash = 0;
    bool queryHashed = false;
    for (const VersionIndexEntry &entry : index.entries()) {
        if (QFileInfo(dir.filePath(entry.relativePath)).canonicalFilePath() == queryCanonical
            && entry.error.isEmpty()) {
            queryHash = entry.dHash;
            queryHashed = true;
        }
    }
    if (!queryHashed) {
        DecodeOptions decode;
        decode.maxSide = 256;
        const Result<QImage> small = ImageDecoder::decode(imagePath, decode);
        if (!small)
            return small.error();
        queryHash = PerceptualHash::ofImage(small.value());
    }

    QList<const VersionIndexEntry *> candidates;
    QList<const VersionIndexEntry *> others;
    QHash<const VersionIndexEntry *, QString> foundBy;
    for (const VersionIndexEntry &entry : index.entries()) {
        if (!entry.error.isEmpty()) {
            search.warnings.append(
                tr("%1 was not compared: %2").arg(dir.filePath(entry.relativePath), entry.error));
            continue;
        }
        if (QFileInfo(dir.filePath(entry.relativePath)).canonicalFilePath() == queryCanonical)
            continue;
        if (PerceptualHash::distance(queryHash, entry.dHash) <= PerceptualHash::kDifferentAbove) {
            candidates.append(&entry);
            foundBy.insert(&entry, u"dhash"_s);
        } else if (PerceptualHash::distance(queryHash, entry.dHashMirrored)
                   <= PerceptualHash::kDifferentAbove) {
            candidates.append(&entry);
            foundBy.insert(&entry, u"mirrored-dhash"_s);
        } else {
            others.append(&entry);
        }
    }
    search.hashCandidates = int(candidates.size());
    const qsizetype budget = std::min<qsizetype>(others.size(), std::max(options.featureBudget, 0));
    search.featureSkipped = int(others.size() - budget);
    search.featureChecks = int(budget);
    QList<const VersionIndexEntry *> toMatch = candidates;
    toMatch.append(others.mid(0, budget));

    const QHash<QString, QList<VersionAppearance>> appearances = readArticles(folder, &search);
    search.imageAppearances = appearances.value(queryCanonical);

    for (qsizetype i = 0; i < toMatch.size(); ++i) {
        if (progress && !progress(tr("Comparing images"), int(i), int(toMatch.size())))
            return Error {
                tr("The search for versions of %1 was cancelled.").arg(imagePath), {}, imagePath};
        const VersionIndexEntry *entry = toMatch.at(i);
        const QString path = dir.filePath(entry->relativePath);
        const Result<ImageMatch> match = matcher.compareFile(path);
        if (!match) {
            search.warnings.append(match.error().toString());
            continue;
        }
        if (!match->samePicture)
            continue;
        FoundVersion version;
        version.path = QFileInfo(path).absoluteFilePath();
        version.relativePath = entry->relativePath;
        version.match = match.value();
        version.foundBy = foundBy.value(entry, u"features"_s);
        version.appearances = appearances.value(QFileInfo(path).canonicalFilePath());
        search.versions.append(version);
    }
    std::sort(search.versions.begin(), search.versions.end(),
              [](const FoundVersion &a, const FoundVersion &b) {
                  return a.relativePath < b.relativePath;
              });
    return search;
}

QList<VersionSighting> VersionFinder::sightings(const VersionSearch &search)
{
    QList<VersionSighting> out;
    for (const FoundVersion &version : search.versions) {
        for (const VersionAppearance &appearance : version.appearances) {
            VersionSighting sighting;
            sighting.filePath = version.path;
            sighting.sha256 = QString::fromLatin1(version.match.sha256B);
            sighting.articlePath = appearance.articlePath;
            sighting.articleTitle = appearance.title;
            sighting.imageNumber = appearance.imageNumber;
            sighting.caption = appearance.caption;
            sighting.credit = appearance.credit;
            sighting.publisher = appearance.publisher;
            sighting.relations = version.match.relations();
            sighting.rectInImage = version.match.rectInA;
            sighting.scale = version.match.scale;
            sighting.hashDistance
                = std::min(version.match.distance, version.match.mirroredDistance);
            out.append(sighting);
        }
    }
    return out;
}

} // namespace provena
