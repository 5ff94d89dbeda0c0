// SPDX-License-Identifier: MIT
#include "session/documentio.h"

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
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace provena {

namespace {

// Messages under the "DocumentIO" context; lupdate reads the context from the macro.
struct DocumentIOText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIO)
};

Result<QString> sha256OfArticle(const QString &path)
{
    Result<QByteArray> sha256 = ImageHasher::sha256File(path);
    if (!sha256)
        return sha256.error();
    return QString::fromLatin1(sha256.value());
}

/** The sidecar's bytes as read, and its fingerprint: taken from the same read. */
struct SidecarOnDisk
{
    SidecarFingerprint fingerprint;
    QByteArray bytes;
};

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
    disk.fingerprint.sha256 = QCryptographicHash::hash(disk.bytes, QCryptographicHash::Sha256);
    return disk;
}

QString describeForLog(const SidecarFingerprint &f)
{
    if (!f.exists)
        return QStringLiteral("no file");
    return QStringLiteral("%1 bytes, SHA-256 %2, modified %3")
        .arg(f.size)
        .arg(QString::fromLatin1(f.sha256.toHex().left(16)),
             f.modified.toString(Qt::ISODateWithMs));
}

Error conflictError(const QString &path, const SidecarFingerprint &expected,
                    const SidecarFingerprint &found)
{
    const QString name = QFileInfo(path).fileName();
    QString message;
    if (!expected.exists)
        message = DocumentIOText::tr(
                      "“%1” was created by another program after Provena opened the article, "
                      "so Provena saved nothing and left it as it is. Reload to see it, or save "
                      "your version under another name.")
                      .arg(name);
    else if (!found.exists)
        message = DocumentIOText::tr(
                      "“%1” was deleted or moved by another program after Provena read it, so "
                      "Provena saved nothing. Reload, or save your version under another name.")
                      .arg(name);
    else
        message = DocumentIOText::tr(
                      "“%1” was changed on disk by another program after Provena read it, so "
                      "Provena saved nothing and did not overwrite it. Reload to see the other "
                      "version, or save yours under another name.")
                      .arg(name);
    return Error {message,
                  QStringLiteral("expected %1; found %2")
                      .arg(describeForLog(expected), describeForLog(found)),
                  path};
}

bool isSameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

QString relativeImagePath(const QString &articlePath, const QString &localPath)
{
    if (localPath.isEmpty())
        return {};
    return QDir::fromNativeSeparators(
        QFileInfo(articlePath).absoluteDir().relativeFilePath(localPath));
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

/** A reference to a file on this machine (relative path, absolute path, file: URL). */
bool isLocalReference(const QString &url)
{
    const QString scheme = QUrl(url.trimmed()).scheme();
    // "C:/x.jpg" parses with scheme "c".
    return scheme.size() <= 1 || scheme.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
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
        if (ref.localPath.isEmpty() || ref.location == ImageRef::Location::OutsideFolder) {
            record = DocumentIO::measureImage(ref);
        } else {
            // Checked and probed now (a header read); a large file is hashed later, off the
            // thread that waits for the article to be shown.
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

void DocumentIO::hashImages(QList<PendingImageHash> &images)
{
    for (PendingImageHash &image : images) {
        image.measured = examineImageFile(image.path);
        image.hashed = true;
    }
}

bool DocumentIO::applyImageHashes(ArticleDocument &document, const QList<PendingImageHash> &images,
                                  OpenReport *report)
{
    bool flagged = false;
    bool reportChanged = false;
    for (const PendingImageHash &image : images) {
        if (!image.hashed || image.index < 0 || image.index >= document.article().images.size())
            continue;
        // Another file was attached meanwhile: that one was measured when it was attached.
        if (document.article().images.at(image.index).localPath != image.path)
            continue;
        ImageRecord record = document.imageRecord(image.index);
        const ImageRecord &measured = image.measured;
        if (measured.problem != ImageRecord::Problem::None) {
            // Gone or unreadable since it was probed: as open() records such a file, keeping
            // what the sidecar knew so that a save does not drop it.
            record.problem = measured.problem;
            record.problemPath = measured.problemPath;
            record.problemDetail = measured.problemDetail;
            if (record.keptLocalPath.isEmpty())
                record.keptLocalPath = relativeImagePath(document.article().path, image.path);
            if (measured.problem == ImageRecord::Problem::Unreadable)
                document.setImageFile(image.index, QString(), record);
            else
                document.setImageRecord(image.index, record);
            reportChanged = true;
            continue;
        }
        record.sha256 = measured.sha256;
        record.pixelSize = measured.pixelSize;
        if (!image.expectedSha256.isEmpty() && image.expectedSha256 != measured.sha256) {
            record.contentChanged = true;
            record.recordedSha256 = image.expectedSha256;
            if (report && !report->changedImages.contains(image.index)) {
                report->changedImages.append(image.index);
                std::sort(report->changedImages.begin(), report->changedImages.end());
                reportChanged = true;
            }
            // The regions as they are now: an edit made while hashing stays.
            for (const QUuid &id : image.regions) {
                const Region *now = document.region(id);
                if (!now || now->needsReview || now->imageIndex != image.index)
                    continue;
                Region region = *now;
                region.needsReview = true;
                document.replaceRegion(region);
                flagged = true;
            }
        }
        document.setImageRecord(image.index, record);
    }
    if (report && reportChanged) {
        report->imageProblems.clear();
        listImageProblems(document, *report);
    }
    if (flagged)
        document.markModified();
    return reportChanged;
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
    doc->resetAnnotations(std::move(regions), std::move(anchors));
    doc->setProvenance(
        matchedProvenance(sc.provenance, mapTo, doc->imageRecords().size(), &changed));
    return changed;
}

Status DocumentIO::restoreSnapshot(ArticleDocument &document, const QByteArray &snapshot,
                                   const QString &pathForErrors)
{
    Result<SidecarContent> content = SidecarReader::read(snapshot, pathForErrors);
    if (!content)
        return content.error();
    OpenReport ignored;
    applySidecar(document, content.value(), document.article().path, ignored);
    document.markModified();
    return Status::success();
}

Status DocumentIO::save(ArticleDocument &document, const SidecarLock *heldLock,
                        WriteOutcome *outcome)
{
    QString path = document.sidecarPath();
    if (path.isEmpty())
        path = sidecarPathFor(document.article().path);
    if (document.sidecarUnreadable())
        return Error {DocumentIOText::tr(
                          "The existing sidecar could not be read, so Provena will not overwrite "
                          "it. Keep a copy of it first (\"Save and keep the broken file\")."),
                      {},
                      path};
    const WriteOutcome written = writeSidecar(document, path, heldLock);
    if (outcome)
        *outcome = written;
    if (!written.status)
        return written.status;
    document.setSidecarPath(path);
    document.setSidecarFingerprint(written.written);
    document.markSaved();
    return Status::success();
}

DocumentIO::WriteOutcome DocumentIO::writeSidecar(const ArticleDocument &document,
                                                  const QString &path, const SidecarLock *heldLock)
{
    WriteOutcome outcome;
    const QByteArray data = SidecarWriter::write(document);
    outcome.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    // Under the lock nobody who honours it writes between the check and the replace.
    std::optional<SidecarLock> ownLock;
    if (!heldLock || !heldLock->guards(path)) {
        ownLock.emplace(path);
        if (Status locked = ownLock->acquire(); !locked) {
            outcome.status = std::move(locked);
            return outcome;
        }
    }
    const Result<SidecarOnDisk> disk = readSidecarOnDisk(path);
    if (!disk) {
        // Not replaced: it could not be read, so neither could it be checked.
        outcome.status = disk.error();
        return outcome;
    }
    if (disk->fingerprint.exists && disk->bytes == data) {
        // Unchanged content: the file, its modification time and its backup stay as they are,
        // so watchers, backups and sync tools see no change that is not one.
        outcome.unchanged = true;
        outcome.written = disk->fingerprint;
        return outcome;
    }
    // Only what was read from this very path is an expectation: Save As writes a new path.
    const SidecarFingerprint &expected = document.sidecarFingerprint();
    if (expected.isKnown() && isSameFile(expected.path, path)
        && !expected.sameContentAs(disk->fingerprint)) {
        outcome.conflict = true;
        outcome.status = conflictError(path, expected, disk->fingerprint);
        return outcome;
    }
    SaveOptions options;
    options.keepBackup = true;
    options.backupSuffix = backupSuffix();
    outcome.status = saveAtomically(path, data, options);
    if (outcome.status)
        outcome.written
            = {path, true, data.size(), QFileInfo(path).lastModified().toUTC(), outcome.sha256};
    return outcome;
}

std::shared_ptr<ArticleDocument> DocumentIO::snapshot(const ArticleDocument &document)
{
    // Qt containers share their data until written, so this copies pointers, not the
    // 10,000 regions of a big article: cheap enough for the UI thread.
    auto copy = std::make_shared<ArticleDocument>();
    copy->setArticle(document.article());
    for (qsizetype i = 0; i < document.imageRecords().size(); ++i)
        copy->setImageRecord(int(i), document.imageRecords().at(i));
    copy->setSidecarPath(document.sidecarPath());
    copy->setArticleSha256(document.articleSha256());
    copy->setSidecarUnreadable(document.sidecarUnreadable());
    copy->setSidecarFingerprint(document.sidecarFingerprint());
    copy->setLabels(document.labels());
    copy->setSidecarExtra(document.sidecarExtra());
    copy->setAuthor(document.author());
    copy->resetAnnotations(document.regions(), document.anchors());
    copy->setProvenance(document.provenance());
    return copy;
}

Result<QString> DocumentIO::keepBrokenSidecarCopy(ArticleDocument &document)
{
    const QString path = document.sidecarPath();
    if (!QFileInfo::exists(path)) {
        document.setSidecarUnreadable(false);
        return QString();
    }
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // Read through FileAccess (QFile::copy would block on a FIFO and read a device forever),
    // and written by saveAtomically, which never writes through a link at the copy's name.
    const Result<QByteArray> broken = FileAccess::readRegularFile(
        path, SidecarReader::kMaxFileSize, DocumentIOText::tr("The broken sidecar"));
    if (!broken)
        return broken.error();
    const auto taken = [](const QString &name) {
        const QFileInfo info(name);
        return info.exists() || info.isSymLink(); // a dangling link is taken too
    };
    QString copy = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; taken(copy); ++n)
        copy = path + QStringLiteral(".broken-") + stamp + QStringLiteral("-%1").arg(n);
    SaveOptions options;
    options.permissionsFrom = path;
    if (const Status written = saveAtomically(copy, broken.value(), options); !written)
        return Error {DocumentIOText::tr("Could not keep a copy of the broken sidecar."),
                      written.error().toString(), copy};
    document.setSidecarUnreadable(false);
    return copy;
}

Status DocumentIO::saveKeepingBrokenCopy(ArticleDocument &document, QString *copyPath)
{
    if (document.sidecarUnreadable()) {
        auto copy = keepBrokenSidecarCopy(document);
        if (!copy)
            return copy.error();
        if (copyPath)
            *copyPath = copy.value();
    }
    return save(document);
}

ImageRecord DocumentIO::examineImageFile(const QString &path, bool hash)
{
    ImageRecord record;
    if (path.isEmpty())
        return record;
    const QString name = QFileInfo(path).fileName();
    const auto problem = [&](ImageRecord::Problem kind, const QString &sentence) {
        record.problem = kind;
        record.problemPath = path;
        record.problemDetail = sentence;
        return record;
    };
    if (FileAccess::kindOf(path) == FileAccess::Kind::Missing)
        return problem(ImageRecord::Problem::Missing,
                       DocumentIOText::tr("The image “%1” is not there (%2). Put it back, or "
                                          "attach a local copy.")
                           .arg(name, path));
    // Open without blocking and read a byte before the decoder or the hasher sees the file: a
    // folder or FIFO named like an image, or a file that opens but cannot be read, is reported
    // here instead of hanging them or being hashed as if it were the image.
    {
        Result<std::unique_ptr<QFile>> file
            = FileAccess::openRegularFile(path, DocumentIOText::tr("The image"));
        if (!file)
            return problem(ImageRecord::Problem::Unreadable, file.error().message);
        char byte = 0;
        if (file.value()->read(&byte, 1) < 0)
            return problem(ImageRecord::Problem::Unreadable,
                           DocumentIOText::tr("Could not read the image “%1” (%2). Check that "
                                              "the file is readable, or move it away.")
                               .arg(name, file.value()->errorString()));
    }
    const Result<ImageInfo> info = ImageDecoder::probe(path);
    if (!info)
        return problem(ImageRecord::Problem::NotAnImage,
                       DocumentIOText::tr("“%1” is not an image Provena can read (%2), so it was "
                                          "not hashed. Replace it with the image, or attach the "
                                          "right file.")
                           .arg(name, info.error().message));
    record.pixelSize = info->size;
    if (!hash)
        return record;
    Result<QByteArray> sha256 = ImageHasher::sha256File(path);
    if (!sha256) {
        record.pixelSize = QSize();
        return problem(ImageRecord::Problem::Unreadable,
                       DocumentIOText::tr("Could not read the image “%1” to check it against the "
                                          "annotations (%2). Check that the file is readable, or "
                                          "move it away and open again.")
                           .arg(name, sha256.error().message));
    }
    record.sha256 = QString::fromLatin1(sha256.value());
    return record;
}

Result<ImageRecord> DocumentIO::measureImage(const QString &path)
{
    ImageRecord record = examineImageFile(path);
    if (record.problem == ImageRecord::Problem::Unreadable
        || record.problem == ImageRecord::Problem::NotAnImage)
        return Error {record.problemDetail, {}, path};
    return record;
}

ImageRecord DocumentIO::measureImage(const ImageRef &ref)
{
    if (ref.location == ImageRef::Location::OutsideFolder && ref.localPath.isEmpty()) {
        ImageRecord record;
        record.problem = ImageRecord::Problem::OutsideFolder;
        record.problemPath = ref.outsidePath;
        record.problemDetail
            = DocumentIOText::tr("The image “%1” lies outside the article's folder (%2), so "
                                 "Provena did not read it. Move it into the folder, or allow "
                                 "images outside the folder for this article.")
                  .arg(ref.url, ref.outsidePath);
        return record;
    }
    if (ref.localPath.isEmpty()) {
        ImageRecord record;
        if (isLocalReference(ref.url)) {
            // The article itself names a local file; it is not there.
            record.problem = ImageRecord::Problem::Missing;
            record.problemDetail = DocumentIOText::tr("The image “%1” is not in the article's "
                                                      "folder. Put it there, or fix the "
                                                      "reference.")
                                       .arg(ref.url);
        }
        return record;
    }
    return examineImageFile(ref.localPath);
}

} // namespace provena
