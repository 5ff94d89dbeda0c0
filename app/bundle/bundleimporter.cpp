// SPDX-License-Identifier: MIT
#include "bundle/bundleimporter.h"

#include "bundle/bundleverifier_p.h"
#include "session/documentio.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace provena {

QStringList BundleImporter::findArticles(const QString &bagDir)
{
    const QString suffix = DocumentIO::sidecarPathFor(QString());
    QStringList articles;
    QDirIterator it(QDir(bagDir).filePath(u"data"_s), {u"*"_s + suffix}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString article = it.next().chopped(suffix.size());
        if (QFileInfo(article).isFile())
            articles.append(QFileInfo(article).absoluteFilePath());
    }
    articles.sort();
    return articles;
}

Result<BundleImportReport> BundleImporter::import(const QString &zipPath, const QString &destDir,
                                                  const ExtractLimits &limits,
                                                  const std::atomic_bool *cancelled)
{
    Result<ExtractReport> extracted = SafeExtractor::extract(zipPath, destDir, limits, cancelled);
    if (!extracted)
        return extracted.error();
    BundleImportReport report;
    report.bagDir = extracted->rootDir;
    report.verification = detail::verifyExtractedBundle(report.bagDir);
    if (cancelled && cancelled->load()) {
        QDir(report.bagDir).removeRecursively();
        return Error {
            tr("Opening “%1” was cancelled; nothing was kept.").arg(QFileInfo(zipPath).fileName()),
            {},
            zipPath};
    }
    if (!report.verification.isValid()) {
        // A bundle that does not verify is not opened: what was extracted goes again.
        QDir(report.bagDir).removeRecursively();
        QStringList lines;
        for (const BagProblem &p : std::as_const(report.verification.bag.problems))
            lines.append(p.path + u": "_s + p.message);
        for (const BundleArticleCheck &a : std::as_const(report.verification.articles)) {
            for (const BagProblem &p : a.problems)
                lines.append(p.path + u": "_s + p.message);
        }
        return Error {tr("The bundle “%1” was not opened: %n problem(s) found when checking it; "
                         "nothing was kept.",
                         nullptr, report.verification.problemCount())
                          .arg(QFileInfo(zipPath).fileName()),
                      lines.join(u'\n'), zipPath};
    }
    report.articlePaths = findArticles(report.bagDir);
    if (report.articlePaths.isEmpty()) {
        QDir(report.bagDir).removeRecursively();
        return Error {tr("The bundle “%1” holds no article with a Provena sidecar; nothing was "
                         "kept.")
                          .arg(QFileInfo(zipPath).fileName()),
                      {},
                      zipPath};
    }
    return report;
}

} // namespace provena
