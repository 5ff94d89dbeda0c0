// SPDX-License-Identifier: MIT
#include "session/articlecopy.h"

#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "formats/articlereader.h"
#include "media/imagehasher.h"
#include "session/documentio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace provena {

namespace {

// Messages under the "ArticleCopy" context; lupdate reads the context from the macro.
struct ArticleCopyText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleCopy)
};

/** The whole of `path`, a regular file of at most `maxBytes` (FileAccess names what it is not). */
Result<QByteArray> readAll(const QString &path, qint64 maxBytes)
{
    return FileAccess::readRegularFile(path, maxBytes, ArticleCopyText::tr("The file to copy"));
}

/** True when `path` or the folder it goes in leads somewhere else through a symbolic link. */
bool throughSymlink(const QString &path, const QString &root)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return true;
    const QString folder = info.absolutePath();
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonical.isEmpty() || canonicalRoot.isEmpty())
        return true;
    return canonical != canonicalRoot && !canonical.startsWith(canonicalRoot + QLatin1Char('/'));
}

Error symlinkError(const QString &path)
{
    return Error {
        ArticleCopyText::tr("Provena does not save through a symbolic link. Choose another name or "
                            "folder."),
        {},
        path};
}

/** Copies a file, keeping who may read it: a private photo stays private in the new folder. */
Status copyFile(const QString &from, const QString &to, qint64 maxBytes)
{
    const Result<QByteArray> bytes = readAll(from, maxBytes);
    if (!bytes)
        return bytes.error();
    SaveOptions options;
    options.permissionsFrom = from;
    return saveAtomically(to, bytes.value(), options);
}

} // namespace

QString ArticleCopy::imageTarget(const QString &oldArticlePath, const QString &newArticlePath,
                                 const QString &localPath)
{
    if (localPath.isEmpty())
        return {};
    const QFileInfo oldInfo(oldArticlePath);
    const QFileInfo newInfo(newArticlePath);
    QString relative = QDir::fromNativeSeparators(
        oldInfo.absoluteDir().relativeFilePath(QFileInfo(localPath).absoluteFilePath()));
    if (relative.isEmpty() || QDir::isAbsolutePath(relative)
        || relative.startsWith(QStringLiteral("../")) || relative == QStringLiteral(".."))
        return {};
    // Images found in "STEM_files/" follow the new stem, where ImageResolver looks for them.
    const QString oldFolder = oldInfo.completeBaseName() + QStringLiteral("_files/");
    if (relative.startsWith(oldFolder))
        relative = newInfo.completeBaseName() + QStringLiteral("_files/")
            + relative.mid(oldFolder.size());
    return QDir::cleanPath(newInfo.absoluteDir().filePath(relative));
}

Result<SaveAsReport> ArticleCopy::saveAs(const ArticleDocument &document,
                                         const QString &newArticlePath)
{
    const QString oldPath = document.article().path;
    const QString newPath = QFileInfo(newArticlePath).absoluteFilePath();
    const QString newDir = QFileInfo(newPath).absolutePath();
    const QString sidecar = DocumentIO::sidecarPathFor(newPath);
    if (!QFileInfo(newDir).isDir())
        return Error {ArticleCopyText::tr("The folder does not exist."), {}, newDir};
    if (QFileInfo(newPath).canonicalFilePath() == QFileInfo(oldPath).canonicalFilePath()
        || newPath == oldPath)
        return Error {ArticleCopyText::tr(
                          "That is the article's own file: use File › Save to save it in place."),
                      {},
                      newPath};
    for (const QString &p : {newPath, sidecar, sidecar + DocumentIO::backupSuffix()}) {
        if (QFileInfo(p).isSymLink())
            return symlinkError(p);
    }

    // The text file as it is on disk, unless it changed since the sidecar was matched to it.
    const Result<QByteArray> text = readAll(oldPath, ArticleReader::kMaxFileSize);
    if (!text)
        return text.error();
    if (const Result<QByteArray> sha = ImageHasher::sha256File(oldPath);
        !sha || QString::fromLatin1(sha.value()) != document.articleSha256())
        return Error {ArticleCopyText::tr(
                          "The article changed on disk since it was opened. Reload it, then save "
                          "it under the new name."),
                      {},
                      oldPath};

    SaveAsReport report;
    Article article = document.article();
    article.path = newPath;
    for (ImageRef &ref : article.images) {
        if (ref.localPath.isEmpty() || !QFileInfo(ref.localPath).isFile())
            continue;
        const QString target = imageTarget(oldPath, newPath, ref.localPath);
        if (target.isEmpty()) {
            report.imagesLeftInPlace.append(ref.localPath);
            continue;
        }
        if (target == QFileInfo(ref.localPath).absoluteFilePath())
            continue; // the same folder and stem: nothing to copy
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error {
                ArticleCopyText::tr("Could not create the folder for the article's images."),
                {},
                target};
        if (throughSymlink(target, newDir))
            return symlinkError(target);
        if (QFileInfo::exists(target)) {
            report.existingImages.append(target);
        } else {
            if (const Status copied = copyFile(ref.localPath, target, FileAccess::kMaxImageBytes);
                !copied)
                return copied.error();
            report.copiedImages.append(target);
        }
        ref.localPath = target;
    }

    SaveOptions textOptions;
    textOptions.permissionsFrom = oldPath;
    if (const Status written = saveAtomically(newPath, text.value(), textOptions); !written)
        return written.error();

    // The sidecar describes the new article: its path, and the images where it now finds them.
    const std::shared_ptr<ArticleDocument> copy = DocumentIO::snapshot(document);
    copy->setArticle(std::move(article));
    copy->setSidecarPath(sidecar);
    copy->setSidecarUnreadable(false);
    if (const DocumentIO::WriteOutcome outcome = DocumentIO::writeSidecar(*copy, sidecar);
        !outcome.status)
        return outcome.status.error();
    return report;
}

} // namespace provena
