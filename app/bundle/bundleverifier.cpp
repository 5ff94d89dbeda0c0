// SPDX-License-Identifier: MIT
// BundleVerifier and the checks of a bundle's articles that BundleImporter shares.
#include "bundle/bundleverifier_p.h"

#include "bundle/bundlelayout_p.h"
#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "core/io/sha256.h"
#include "session/documentio.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

QString sha256Of(const QString &path)
{
    auto file = FileAccess::openRegularFile(path);
    if (!file)
        return {};
    Sha256 hash;
    if (!hash.addData(file.value().get()))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

/**
 * An image the article references outside its folder that the exporter put into the bundle as
 * "external/NAME" (docs/bundles.md): the sidecar's recorded path leads to it and its SHA-256 is
 * the recorded one. Such an image is in the bundle as it should be.
 */
bool isBundledExternalImage(const QString &articlePath, const ImageRecord &record)
{
    if (record.keptLocalPath.isEmpty() || record.sha256.isEmpty()
        || !detail::staysInside(record.keptLocalPath))
        return false;
    const QString file = QFileInfo(articlePath).absoluteDir().filePath(record.keptLocalPath);
    return sha256Of(file) == record.sha256;
}

QString problemKind(ImageRecord::Problem problem)
{
    switch (problem) {
    case ImageRecord::Problem::None:
        break;
    case ImageRecord::Problem::Missing:
        return u"image-missing"_s;
    case ImageRecord::Problem::Unreadable:
        return u"image-unreadable"_s;
    case ImageRecord::Problem::NotAnImage:
        return u"not-an-image"_s;
    case ImageRecord::Problem::OutsideFolder:
        return u"image-outside"_s;
    }
    return {};
}

} // namespace

bool BundleVerification::isValid() const
{
    return refusal.isEmpty() && problemCount() == 0;
}

int BundleVerification::problemCount() const
{
    qsizetype count = bag.problems.size();
    for (const BundleArticleCheck &a : articles)
        count += a.problems.size();
    return int(count);
}

namespace detail {

BundleArticleCheck checkArticle(const QString &bagDir, const QString &articlePath)
{
    BundleArticleCheck check;
    const QDir bag(bagDir);
    check.articleFile = bag.relativeFilePath(articlePath);
    auto add = [&check](const QString &kind, const QString &path, const QString &message) {
        check.problems.append({kind, path, message});
    };
    const QString sidecarFile = DocumentIO::sidecarPathFor(check.articleFile);
    OpenReport report;
    // Defaults: a bundle's article never reads outside its own folder.
    auto opened = DocumentIO::open(articlePath, &report);
    if (!opened) {
        add(u"article-unreadable"_s, check.articleFile, opened.error().toString());
        return check;
    }
    if (report.sidecarUnreadable) {
        add(u"sidecar-unreadable"_s, sidecarFile, report.sidecarError.toString());
        return check;
    }
    const ArticleDocument &doc = *opened.value();
    if (report.articleChanged)
        add(u"article-changed"_s, check.articleFile,
            BundleVerifier::tr("“%1” is not the text its sidecar “%2” was written for (its "
                               "SHA-256 differs from the one recorded).")
                .arg(check.articleFile, sidecarFile));
    for (const OpenReport::Anchor &a : std::as_const(report.orphaned))
        add(u"anchor-orphaned"_s, check.articleFile,
            BundleVerifier::tr("%1: the text “%2” a link was anchored to (at %3–%4) is not in the "
                               "article.")
                .arg(check.articleFile, a.exact.left(60))
                .arg(a.oldRange.start)
                .arg(a.oldRange.end));
    const QList<ImageRef> &images = doc.article().images;
    const QString folder = QFileInfo(check.articleFile).path();
    auto imageEntry = [&](int index) {
        const QString local = doc.imageRecord(index).keptLocalPath.isEmpty()
            ? (index < images.size() && !images.at(index).localPath.isEmpty()
                   ? QFileInfo(articlePath)
                         .absoluteDir()
                         .relativeFilePath(images.at(index).localPath)
                   : QString())
            : doc.imageRecord(index).keptLocalPath;
        return local.isEmpty() ? check.articleFile : folder + u'/' + local;
    };
    for (int i : std::as_const(report.changedImages))
        add(u"image-changed"_s, imageEntry(i),
            BundleVerifier::tr("%1: image %2 (%3) is not the one its regions were drawn on: "
                               "SHA-256 %4, the sidecar recorded %5.")
                .arg(check.articleFile)
                .arg(i + 1)
                .arg(images.value(i).url, doc.imageRecord(i).sha256.left(12),
                     doc.imageRecord(i).recordedSha256.left(12)));
    for (int i : std::as_const(report.missingImages))
        add(u"image-not-referenced"_s, check.articleFile,
            BundleVerifier::tr("%1: the sidecar has regions on an image the article does not "
                               "reference (%2).")
                .arg(check.articleFile,
                     doc.imageRecord(i).extra.value(u"originalUrl"_s).toString()));
    for (const OpenReport::ImageProblem &p : std::as_const(report.imageProblems)) {
        if (p.problem == ImageRecord::Problem::OutsideFolder
            && isBundledExternalImage(articlePath, doc.imageRecord(p.index)))
            continue;
        add(problemKind(p.problem), imageEntry(p.index),
            BundleVerifier::tr("%1: image %2 (%3): %4")
                .arg(check.articleFile)
                .arg(p.index + 1)
                .arg(p.url, p.detail));
    }
    return check;
}

BundleVerification verifyExtractedBundle(const QString &bagDir)
{
    BundleVerification result;
    result.bag = BagVerifier::verifyDirectory(bagDir);
    const QDir bag(bagDir);
    // Every sidecar needs its article; BundleImporter::findArticles lists only those that have
    // one, so a sidecar left alone is looked for here.
    const QStringList articles = BundleImporter::findArticles(bagDir);
    for (const QString &article : articles)
        result.articles.append(checkArticle(bagDir, article));
    const QString suffix = DocumentIO::sidecarPathFor(QString());
    QDirIterator it(bag.filePath(u"data"_s), {u"*"_s + suffix}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    QStringList lonely;
    while (it.hasNext()) {
        const QString sidecar = it.next();
        if (!QFileInfo::exists(sidecar.chopped(suffix.size())))
            lonely.append(bag.relativeFilePath(sidecar));
    }
    lonely.sort();
    for (const QString &sidecar : std::as_const(lonely)) {
        BundleArticleCheck check;
        check.articleFile = sidecar.chopped(suffix.size());
        check.problems.append({u"article-missing"_s, sidecar,
                               BundleVerifier::tr("The sidecar “%1” has no article “%2” beside it.")
                                   .arg(sidecar, QFileInfo(check.articleFile).fileName())});
        result.articles.append(check);
    }
    return result;
}

} // namespace detail

BundleVerification BundleVerifier::verify(const QString &zipPath)
{
    BundleVerification result;
    QTemporaryDir scratch(QDir(QDir::tempPath()).filePath(u"provena-verify-XXXXXX"_s));
    if (!scratch.isValid()) {
        result.refusal = tr("Could not create a temporary folder to check “%1” in.")
                             .arg(QFileInfo(zipPath).fileName());
        return result;
    }
    const Result<ExtractReport> extracted = SafeExtractor::extract(zipPath, scratch.path());
    if (!extracted) {
        result.refusal = extracted.error().toString();
        return result;
    }
    return detail::verifyExtractedBundle(extracted->rootDir);
}

} // namespace provena
