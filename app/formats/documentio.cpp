// SPDX-License-Identifier: MIT
#include "formats/documentio.h"

#include "core/document/anchorresolver.h"
#include "core/io/savefile.h"
#include "formats/articlereader.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageIOHandler>
#include <QImageReader>

namespace provena {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentIO", text);
}

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

/** Pixel size as displayed: EXIF orientations that rotate by 90° swap width and height. */
QSize displayedSize(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && (reader.transformation() & QImageIOHandler::TransformationRotate90))
        size.transpose();
    return size;
}

QString relativeImagePath(const QString &articlePath, const QString &localPath)
{
    if (localPath.isEmpty())
        return {};
    return QDir::fromNativeSeparators(
        QFileInfo(articlePath).absoluteDir().relativeFilePath(localPath));
}

} // namespace

QString DocumentIO::sidecarPathFor(const QString &articlePath)
{
    return articlePath + QStringLiteral(".provena.jsonld");
}

Result<std::unique_ptr<ArticleDocument>> DocumentIO::open(const QString &articlePath,
                                                          OpenReport *report)
{
    OpenReport localReport;
    OpenReport &rep = report ? *report : localReport;
    rep = OpenReport {};

    auto parsed = ArticleReader::readFile(articlePath);
    if (!parsed)
        return parsed.error();
    Article article = std::move(parsed).value();
    if (article.path.isEmpty())
        article.path = QFileInfo(articlePath).absoluteFilePath();

    auto doc = std::make_unique<ArticleDocument>();
    doc->setArticleSha256(sha256OfFile(articlePath));
    doc->setSidecarPath(sidecarPathFor(articlePath));

    QList<ImageRecord> current;
    for (const ImageRef &ref : article.images) {
        ImageRecord record;
        if (!ref.localPath.isEmpty()) {
            record.sha256 = sha256OfFile(ref.localPath);
            record.pixelSize = displayedSize(ref.localPath);
        }
        current.append(record);
    }
    const QList<ImageRef> refs = article.images;
    doc->setArticle(std::move(article));
    for (qsizetype i = 0; i < current.size(); ++i)
        doc->setImageRecord(int(i), current.at(i));

    const QString sidecarPath = doc->sidecarPath();
    if (!QFileInfo::exists(sidecarPath)) {
        doc->markSaved();
        return doc;
    }
    rep.sidecarFound = true;
    auto content = SidecarReader::readFile(sidecarPath);
    if (!content) {
        rep.sidecarUnreadable = true;
        rep.sidecarError = content.error();
        doc->setSidecarUnreadable(true);
        doc->markSaved();
        return doc;
    }
    SidecarContent &sc = content.value();
    rep.articleChanged = !sc.articleSha256.isEmpty() && sc.articleSha256 != doc->articleSha256();
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
                && s.localPath == relativeImagePath(articlePath, refs.at(i).localPath);
        });
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
        ImageRecord record = current.at(i);
        record.extra = s.record.extra;
        if (record.sha256.isEmpty()) {
            // The file is not here (not fetched yet): keep what the sidecar knew.
            record.sha256 = s.record.sha256;
            if (!record.pixelSize.isValid())
                record.pixelSize = s.record.pixelSize;
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
    doc->markSaved();
    if (changed)
        doc->markModified();
    return doc;
}

Status DocumentIO::save(ArticleDocument &document)
{
    QString path = document.sidecarPath();
    if (path.isEmpty())
        path = sidecarPathFor(document.article().path);
    if (document.sidecarUnreadable())
        return Error {tr("The existing sidecar could not be read, so Provena will not overwrite "
                         "it. Keep a copy of it first (\"Save and keep the broken file\")."),
                      {},
                      path};
    const QByteArray data = SidecarWriter::write(document);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.size() == data.size()
        && existing.readAll() == data) {
        document.markSaved(); // unchanged content: keep the file and its backup as they are
        return Status::success();
    }
    existing.close();
    SaveOptions options;
    options.keepBackup = true;
    options.backupSuffix = backupSuffix();
    const Status status = saveAtomically(path, data, options);
    if (!status)
        return status;
    document.setSidecarPath(path);
    document.markSaved();
    return Status::success();
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
    QString copy = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(copy); ++n)
        copy = path + QStringLiteral(".broken-") + stamp + QStringLiteral("-%1").arg(n);
    if (!QFile::copy(path, copy))
        return Error {tr("Could not keep a copy of the broken sidecar."), {}, copy};
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

} // namespace provena
