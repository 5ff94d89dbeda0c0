// SPDX-License-Identifier: MIT
// DocumentIO, part three: measuring and hashing image files, off the UI thread when opening
// (documentio.cpp opens, documentsave.cpp saves, imagemeasurement.cpp measures and hashes images).
#include "session/documentio.h"
#include "session/documentio_p.h"

#include "core/io/fileaccess.h"
#include "formats/imageresolver.h"
#include "media/imagedecoder.h"
#include "media/imagehasher.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace provena {

namespace {

using detail::DocumentIOText;
using detail::listImageProblems;
using detail::relativeImagePath;

/** A reference to a file on this machine (relative path, absolute path, file: URL). */
bool isLocalReference(const QString &url)
{
    const QString scheme = QUrl(url.trimmed()).scheme();
    // "C:/x.jpg" parses with scheme "c".
    return scheme.size() <= 1 || scheme.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0;
}

} // namespace

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
