// SPDX-License-Identifier: MIT
#include "session/documentio.h"
#include "core/io/sha256.h"
#include "session/documentio_p.h"

#include "core/document/anchorresolver.h"
#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "formats/articlereader.h"
#include "formats/imageresolver.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "media/imagedecoder.h"
#include "media/imagehasher.h"
#include "session/sidecarlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace provena {

namespace detail {

Result<SidecarOnDisk> readSidecarOnDisk(const QString &path)
{
    SidecarOnDisk disk;
    disk.fingerprint.path = path;
    if (FileAccess::kindOf(path) == FileAccess::Kind::Missing)
        return disk;
    Result<QByteArray> bytes = FileAccess::readRegularFile(path, SidecarReader::kMaxFileSize,
                                                           DocumentIOText::tr("The sidecar"));
    if (!bytes)
        return bytes.error();
    disk.bytes = std::move(bytes).value();
    disk.fingerprint.exists = true;
    disk.fingerprint.size = disk.bytes.size();
    disk.fingerprint.modified = QFileInfo(path).lastModified().toUTC();
    disk.fingerprint.sha256 = Sha256::hash(disk.bytes);
    return disk;
}

QString relativeImagePath(const QString &articlePath, const QString &localPath)
{
    if (localPath.isEmpty())
        return {};
    return QDir::fromNativeSeparators(
        QFileInfo(articlePath).absoluteDir().relativeFilePath(localPath));
}

void listImageProblems(const ArticleDocument &doc, OpenReport &rep)
{
    for (qsizetype i = 0; i < doc.article().images.size(); ++i) {
        const ImageRecord &record = doc.imageRecord(int(i));
        if (record.problem != ImageRecord::Problem::None)
            rep.imageProblems.append({int(i), record.problem, doc.article().images.at(i).url,
                                      record.problemPath, record.problemDetail});
    }
}

} // namespace detail

namespace {

using detail::DocumentIOText;
using detail::listImageProblems;
using detail::readSidecarOnDisk;
using detail::relativeImagePath;
using detail::SidecarOnDisk;

Result<QString> sha256OfArticle(const QString &path)
{
    Result<QByteArray> sha256 = ImageHasher::sha256File(path);
    if (!sha256)
        return sha256.error();
    return QString::fromLatin1(sha256.value());
}

/** The file an image reference stands for, also when it was not read (problemPath). */
QString referencedFile(const ImageRef &ref, const ImageRecord &record)
{
    return ref.localPath.isEmpty() ? record.problemPath : ref.localPath;
}

/**
 * The file the sidecar recorded for an image the article's reference does not lead to (a remote
 * image fetched under a name of its own, docs/fetching.md, or a copy attached from elsewhere in
 * the folder): its path when that is an existing image inside the article's folder, else empty.
 */
QString recordedFileInside(const ImageRef &ref, const ImageRecord &current,
                           const SidecarImage &recorded, const QString &articlePath)
{
    if (!ref.localPath.isEmpty() || current.problem != ImageRecord::Problem::None
        || recorded.localPath.isEmpty())
        return {};
    // Only the very file recorded: locate() would also try its name elsewhere.
    const QString expected = QDir::cleanPath(
        QFileInfo(articlePath).absoluteDir().absoluteFilePath(recorded.localPath));
    const ImageResolver::Resolution found = ImageResolver::locate(recorded.localPath, articlePath);
    if (found.location != ImageRef::Location::Local || found.path != expected)
        return {};
    return ImageDecoder::probe(found.path) ? found.path : QString();
}

/**
 * The sidecar's provenance records moved to the indexes its images were matched to (`mapTo`),
 * image evidence included, sized to the document's `imageCount` images. Sets `changed` when
 * anything moved.
 */
QList<ImageProvenance> matchedProvenance(const QList<ImageProvenance> &recorded,
                                         const QList<int> &mapTo, qsizetype imageCount,
                                         bool *changed)
{
    auto moved = [&](int index) {
        return index >= 0 && index < mapTo.size() ? mapTo.at(index) : index;
    };
    auto remap = [&](QList<Evidence> &evidence) {
        for (Evidence &e : evidence) {
            if (e.kind == Evidence::Kind::Image && moved(e.imageIndex) != e.imageIndex) {
                e.imageIndex = moved(e.imageIndex);
                *changed = true;
            }
        }
    };
    QList<ImageProvenance> out(imageCount);
    for (qsizetype j = 0; j < recorded.size(); ++j) {
        ImageProvenance record = recorded.at(j);
        for (ProvenanceClaim &claim : record.claims)
            remap(claim.evidence);
        for (CustodyEvent &event : record.recordedEvents)
            remap(event.evidence);
        for (PillarAssessment &pillar : record.pillars)
            remap(pillar.evidence);
        const int to = moved(int(j));
        if (to != int(j) && !record.isEmpty())
            *changed = true;
        if (to >= out.size())
            out.resize(to + 1);
        out[to] = std::move(record);
    }
    return out;
}

} // namespace

QString DocumentIO::sidecarPathFor(const QString &articlePath)
{
    return articlePath + QStringLiteral(".provena.jsonld");
}

Result<std::unique_ptr<ArticleDocument>>
DocumentIO::open(const QString &articlePath, OpenReport *report, const ReadOptions &options)
{
    OpenReport localReport;
    OpenReport &rep = report ? *report : localReport;
    QList<PendingImageHash> pending;
    Result<std::unique_ptr<ArticleDocument>> doc
        = openDeferringImageHashes(articlePath, &rep, options, &pending);
    if (!doc || pending.isEmpty())
        return doc;
    hashImages(pending);
    applyImageHashes(*doc.value(), pending, &rep);
    return doc;
}

Result<std::unique_ptr<ArticleDocument>>
DocumentIO::openDeferringImageHashes(const QString &articlePath, OpenReport *report,
                                     const ReadOptions &options, QList<PendingImageHash> *pending,
                                     qint64 inlineHashBytes)
{
    OpenReport localReport;
    OpenReport &rep = report ? *report : localReport;
    rep = OpenReport {};
    QList<PendingImageHash> localPending;
    QList<PendingImageHash> &deferred = pending ? *pending : localPending;
    deferred.clear();

    auto parsed = ArticleReader::readFile(articlePath, options);
    if (!parsed)
        return parsed.error();
    Article article = std::move(parsed).value();
    if (article.path.isEmpty())
        article.path = QFileInfo(articlePath).absoluteFilePath();

    auto doc = std::make_unique<ArticleDocument>();
    const Result<QString> articleSha256 = sha256OfArticle(articlePath);
    if (!articleSha256)
        return articleSha256.error();
    doc->setArticleSha256(articleSha256.value());
    doc->setSidecarPath(sidecarPathFor(articlePath));

    QList<ImageRecord> current;
    for (qsizetype i = 0; i < article.images.size(); ++i) {
        ImageRef &ref = article.images[i];
        ImageRecord record;
        if (ref.localPath.isEmpty()) {
            // Not read: missing, or outside the folder without the analyst's consent.
            record = DocumentIO::measureImage(ref);
        } else {
            // Checked and probed now (a header read); a large file is hashed later, off the
            // thread that waits for the article to be shown. An image outside the folder that
            // the analyst allowed is treated like one inside.
            const bool hashNow = QFileInfo(ref.localPath).size() <= inlineHashBytes;
            record = examineImageFile(ref.localPath, hashNow);
            if (!hashNow && record.problem == ImageRecord::Problem::None)
                deferred.append({int(i), ref.localPath, {}, {}, {}, false});
        }
        // The views load localPath: a folder or FIFO named like an image (which could block a
        // loader) stays out of them; the record keeps where it is (problemPath). A file that
        // is not an image stays, so that the canvas says why it cannot show it.
        if (record.problem == ImageRecord::Problem::Unreadable)
            ref.localPath.clear();
        current.append(std::move(record));
    }
    doc->setArticle(std::move(article));
    for (qsizetype i = 0; i < current.size(); ++i)
        doc->setImageRecord(int(i), current.at(i));

    // The fingerprint comes from the very bytes parsed, so a save can tell whether anyone
    // replaced them since.
    const QString sidecarPath = doc->sidecarPath();
    const Result<SidecarOnDisk> disk = readSidecarOnDisk(sidecarPath);
    if (disk)
        doc->setSidecarFingerprint(disk->fingerprint);
    if (disk && !disk->fingerprint.exists) {
        listImageProblems(*doc, rep);
        doc->markSaved();
        return doc;
    }
    rep.sidecarFound = true;
    if (disk)
        rep.sidecarBytes = disk->bytes;
    const Result<SidecarContent> content = disk ? SidecarReader::read(disk->bytes, sidecarPath)
                                                : Result<SidecarContent>(disk.error());
    if (!content) {
        rep.sidecarUnreadable = true;
        rep.sidecarError = content.error();
        doc->setSidecarUnreadable(true);
        listImageProblems(*doc, rep);
        doc->markSaved();
        return doc;
    }
    rep.articleChanged
        = !content->articleSha256.isEmpty() && content->articleSha256 != doc->articleSha256();
    const bool changed
        = applySidecar(*doc, content.value(), articlePath, rep, &deferred, inlineHashBytes);
    listImageProblems(*doc, rep);
    doc->markSaved();
    if (changed)
        doc->markModified();
    return doc;
}

bool DocumentIO::applySidecar(ArticleDocument &document, const SidecarContent &sc,
                              const QString &articlePath, OpenReport &rep,
                              QList<PendingImageHash> *pending, qint64 inlineHashBytes)
{
    ArticleDocument *doc = &document;
    const QList<ImageRef> &refs = doc->article().images;
    QList<ImageRecord> current;
    for (qsizetype i = 0; i < refs.size(); ++i)
        current.append(doc->imageRecord(int(i)));
    bool changed = false;

    // Match recorded images to the article's: by URL as written, then local path, then content
    // hash, then position.
    const qsizetype recorded = sc.images.size();
    QList<int> mapTo(recorded, -1);
    QList<bool> taken(refs.size(), false);
    auto claim = [&](qsizetype j, auto &&same) {
        if (mapTo[j] >= 0)
            return;
        for (qsizetype i = 0; i < refs.size(); ++i) {
            if (!taken[i] && same(sc.images.at(j), i)) {
                mapTo[j] = int(i);
                taken[i] = true;
                return;
            }
        }
    };
    for (qsizetype j = 0; j < recorded; ++j)
        claim(j, [&](const SidecarImage &s, qsizetype i) {
            return !s.originalUrl.isEmpty() && s.originalUrl == refs.at(i).url;
        });
    for (qsizetype j = 0; j < recorded; ++j)
        claim(j, [&](const SidecarImage &s, qsizetype i) {
            return !s.localPath.isEmpty()
                && s.localPath
                == relativeImagePath(articlePath, referencedFile(refs.at(i), current.at(i)));
        });
    const auto pendingFor = [&](qsizetype i) -> PendingImageHash * {
        if (!pending)
            return nullptr;
        for (PendingImageHash &p : *pending) {
            if (p.index == i)
                return &p;
        }
        return nullptr;
    };
    // Matching by content needs the hashes of the images still unmatched: those are hashed now.
    bool needHashes = false;
    for (qsizetype j = 0; j < recorded; ++j)
        needHashes = needHashes || (mapTo[j] < 0 && !sc.images.at(j).record.sha256.isEmpty());
    if (needHashes && pending) {
        for (qsizetype k = pending->size() - 1; k >= 0; --k) {
            const PendingImageHash p = pending->at(k);
            if (taken[p.index])
                continue;
            pending->removeAt(k);
            current[p.index] = examineImageFile(p.path);
            if (current.at(p.index).problem == ImageRecord::Problem::Unreadable)
                doc->setImageFile(p.index, QString(), current.at(p.index));
            else
                doc->setImageRecord(p.index, current.at(p.index));
        }
    }
    for (qsizetype j = 0; j < recorded; ++j)
        claim(j, [&](const SidecarImage &s, qsizetype i) {
            return !s.record.sha256.isEmpty() && s.record.sha256 == current.at(i).sha256;
        });
    for (qsizetype j = 0; j < recorded; ++j)
        claim(j, [&](const SidecarImage &, qsizetype i) { return i == j; });

    int nextExtra = int(refs.size());
    for (qsizetype j = 0; j < recorded; ++j) {
        const SidecarImage &s = sc.images.at(j);
        if (mapTo[j] < 0) {
            // The article no longer references this image: keep what was recorded (and its
            // regions) after the article's images.
            ImageRecord record = s.record;
            record.extra.insert(QStringLiteral("originalUrl"), s.originalUrl);
            if (!s.localPath.isEmpty())
                record.extra.insert(QStringLiteral("localPath"), s.localPath);
            mapTo[j] = nextExtra++;
            doc->setImageRecord(mapTo[j], record);
            rep.missingImages.append(mapTo[j]);
            changed = true;
            continue;
        }
        const int i = mapTo[j];
        if (const QString kept = recordedFileInside(refs.at(i), current.at(i), s, articlePath);
            !kept.isEmpty()) {
            const bool hashNow = !pending || QFileInfo(kept).size() <= inlineHashBytes;
            current[i] = examineImageFile(kept, hashNow);
            if (!hashNow && current.at(i).problem == ImageRecord::Problem::None)
                pending->append({i, kept, {}, {}, {}, false});
            doc->setImageFile(i, kept, current.at(i));
        }
        ImageRecord record = current.at(i);
        record.extra = s.record.extra;
        if (PendingImageHash *p = pendingFor(i)) {
            // Not hashed yet: what the sidecar recorded stands until the hash comes.
            p->expectedSha256 = s.record.sha256;
            record.sha256 = s.record.sha256;
        } else if (record.sha256.isEmpty()) {
            // The file is not here (not fetched yet, gone, unreadable or not allowed): keep what
            // the sidecar knew, its path included, so that the next save does not drop it.
            record.sha256 = s.record.sha256;
            if (!record.pixelSize.isValid())
                record.pixelSize = s.record.pixelSize;
            if (record.keptLocalPath.isEmpty())
                record.keptLocalPath = s.localPath;
            if (record.problem == ImageRecord::Problem::None
                && (!s.localPath.isEmpty() || !s.record.sha256.isEmpty())) {
                // Annotated against a local file that is not here any more.
                record.problem = ImageRecord::Problem::Missing;
                record.problemDetail
                    = DocumentIOText::tr(
                          "The image “%1” the annotations were made on is not there any more "
                          "(the sidecar recorded it as “%2”). Put it back, or attach a local "
                          "copy.")
                          .arg(refs.at(i).url,
                               s.localPath.isEmpty() ? DocumentIOText::tr("no local file")
                                                     : s.localPath);
            }
        } else if (!s.record.sha256.isEmpty() && s.record.sha256 != record.sha256) {
            record.contentChanged = true;
            record.recordedSha256 = s.record.sha256;
            rep.changedImages.append(i);
        }
        doc->setImageRecord(i, record);
    }

    QList<Region> regions = sc.regions;
    for (Region &r : regions) {
        if (r.imageIndex >= 0 && r.imageIndex < mapTo.size()
            && r.imageIndex != mapTo[r.imageIndex]) {
            r.imageIndex = mapTo[r.imageIndex];
            changed = true;
        }
        if (!r.needsReview
            && (doc->imageRecord(r.imageIndex).contentChanged
                || rep.missingImages.contains(r.imageIndex))) {
            r.needsReview = true;
            changed = true;
        }
    }

    if (pending) {
        for (PendingImageHash &p : *pending) {
            for (const Region &r : std::as_const(regions)) {
                if (r.imageIndex == p.index)
                    p.regions.append(r.id);
            }
        }
    }

    const AnchorResolver resolver(doc->article().text);
    QList<TextAnchor> anchors;
    anchors.reserve(sc.anchors.size());
    for (const TextAnchor &old : std::as_const(sc.anchors)) {
        const TextAnchor now = resolver.reanchored(old);
        OpenReport::Anchor entry {old.id,    now.status, now.similarity,
                                  old.exact, old.range,  now.range};
        if (now.status == TextAnchor::Status::Moved || now.status == TextAnchor::Status::Fuzzy) {
            rep.reanchored.append(entry);
            changed = true;
        } else if (now.status == TextAnchor::Status::Orphaned) {
            rep.orphaned.append(entry);
            changed = changed || old.status != TextAnchor::Status::Orphaned;
        }
        anchors.append(now);
    }

    LabelTaxonomy labels = doc->labels();
    labels.merge(sc.labels);
    doc->setLabels(labels);
    doc->setSidecarExtra(sc.extra);
    doc->setCollectionConflicts(sc.collectionConflicts);
    doc->resetAnnotations(std::move(regions), std::move(anchors));
    doc->setProvenance(
        matchedProvenance(sc.provenance, mapTo, doc->imageRecords().size(), &changed));
    return changed;
}

} // namespace provena
