// SPDX-License-Identifier: MIT
#include "bundle/bundleexporter.h"

#include "bundle/bundlelayout_p.h"
#include "bundle/bundlestaging_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRunnable>
#include <QSemaphore>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

/** Organisation-wide, so the GUI (app "Provena") and provena-cli read the same values. */
QSettings sharedSettings()
{
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

const QString kOrganizationKey = u"bundle/sourceOrganization"_s;
const QString kContactNameKey = u"bundle/contactName"_s;
const QString kContactEmailKey = u"bundle/contactEmail"_s;

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

Error cancelledError(const QString &zipPath)
{
    return {BundleExporter::tr("The export to “%1” was cancelled; nothing was written.")
                .arg(QFileInfo(zipPath).fileName()),
            {},
            zipPath};
}

BagInfo bagInfoFor(const BundleExportOptions &options, const QList<detail::StagedArticle> &staged)
{
    auto orSetting = [](const QString &value, QString (*setting)()) {
        return value.isEmpty() ? setting() : value;
    };
    QString description = options.externalDescription;
    if (description.isEmpty()) {
        QStringList titles;
        for (const detail::StagedArticle &a : staged)
            titles.append(a.title);
        description
            = BundleExporter::tr("Provena bundle of %n article(s): %1", nullptr, int(staged.size()))
                  .arg(titles.join(u"; "_s));
    }
    BagInfo info;
    const QList<QPair<QString, QString>> fields {
        {u"Source-Organization"_s,
         orSetting(options.sourceOrganization, &BundleSettings::sourceOrganization)},
        {u"Contact-Name"_s, orSetting(options.contactName, &BundleSettings::contactName)},
        {u"Contact-Email"_s, orSetting(options.contactEmail, &BundleSettings::contactEmail)},
        {u"External-Description"_s, description},
    };
    // An empty field says nothing; RFC 8493 makes all of these optional.
    for (const auto &field : fields) {
        if (!field.second.trimmed().isEmpty())
            info.fields.append({field.first, field.second.simplified()});
    }
    return info;
}

/**
 * Stages every article on `threads` workers; the calling thread reports progress as each one
 * finishes. Results are in input order.
 */
QList<detail::StagedArticle> stageAll(const QStringList &articlePaths, const QStringList &folders,
                                      const QString &stagingDir,
                                      const detail::StageOptions &stageOptions, int threads,
                                      const BundleExporter::Progress &progress)
{
    QList<detail::StagedArticle> staged(articlePaths.size());
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, threads));
    QSemaphore finished;
    QMutex mutex;
    QString lastFinished;
    for (qsizetype i = 0; i < articlePaths.size(); ++i) {
        pool.start([&, i] {
            detail::StagedArticle result
                = detail::stageArticle(articlePaths.at(i), folders.at(i), stagingDir, stageOptions);
            {
                const QMutexLocker lock(&mutex);
                staged[i] = std::move(result);
                lastFinished = articlePaths.at(i);
            }
            finished.release();
        });
    }
    for (qsizetype done = 1; done <= articlePaths.size(); ++done) {
        finished.acquire();
        if (progress) {
            BundleExportProgress p;
            p.phase = BundleExportProgress::Phase::Preparing;
            p.articlesDone = int(done);
            p.articlesTotal = int(articlePaths.size());
            {
                const QMutexLocker lock(&mutex);
                p.current = lastFinished;
            }
            progress(p);
        }
    }
    pool.waitForDone();
    return staged;
}

} // namespace

namespace BundleSettings {

QString sourceOrganization()
{
    return sharedSettings().value(kOrganizationKey).toString();
}

void setSourceOrganization(const QString &value)
{
    sharedSettings().setValue(kOrganizationKey, value);
}

QString contactName()
{
    return sharedSettings().value(kContactNameKey).toString();
}

void setContactName(const QString &value)
{
    sharedSettings().setValue(kContactNameKey, value);
}

QString contactEmail()
{
    return sharedSettings().value(kContactEmailKey).toString();
}

void setContactEmail(const QString &value)
{
    sharedSettings().setValue(kContactEmailKey, value);
}

} // namespace BundleSettings

QString BundleExporter::bagNameFor(const QString &zipPath)
{
    const QString name = QFileInfo(zipPath).fileName();
    if (name.endsWith(u".zip"_s, Qt::CaseInsensitive))
        return name.chopped(4);
    return name;
}

Result<BundleExportSummary> BundleExporter::exportBundle(const QStringList &articlePaths,
                                                         const QString &zipPath,
                                                         const BundleExportOptions &options,
                                                         const std::atomic_bool *cancelled,
                                                         const Progress &progress)
{
    if (articlePaths.isEmpty())
        return Error {
            tr("No articles to export to “%1”.").arg(QFileInfo(zipPath).fileName()), {}, zipPath};
    const QString bagName = bagNameFor(zipPath);
    if (bagName.isEmpty() || bagName.startsWith(u'.'))
        return Error {tr("“%1” is not a usable bundle name: the zip's name (without .zip) "
                         "names the folder inside it.")
                          .arg(QFileInfo(zipPath).fileName()),
                      {},
                      zipPath};
    // The bundle must not contain itself, nor overwrite one of its articles.
    const QString zipAbsolute = QFileInfo(zipPath).absoluteFilePath();
    for (const QString &article : articlePaths) {
        if (QFileInfo(article).absoluteFilePath() == zipAbsolute)
            return Error {tr("The bundle “%1” would overwrite the article it exports.")
                              .arg(QFileInfo(zipPath).fileName()),
                          {},
                          zipPath};
    }

    QTemporaryDir staging(QDir(QDir::tempPath()).filePath(u"provena-bundle-XXXXXX"_s));
    if (!staging.isValid())
        return Error {tr("Could not create a temporary folder to prepare the bundle “%1”.")
                          .arg(QFileInfo(zipPath).fileName()),
                      staging.errorString(), QDir::tempPath()};

    detail::StageOptions stageOptions;
    stageOptions.render = options.render;
    stageOptions.pdf = options.pdf;
    stageOptions.forensicViews = options.forensicViews;
    stageOptions.readOptions = options.readOptions;
    stageOptions.date
        = options.date.isValid() ? options.date : QDateTime::currentDateTimeUtc().date();
    stageOptions.bundleName = bagName;
    stageOptions.cancelled = cancelled;

    const QStringList folders = detail::bundleFolderNames(articlePaths);
    const QString dataDir = staging.filePath(u"data"_s);
    QList<detail::StagedArticle> staged
        = stageAll(articlePaths, folders, dataDir, stageOptions, options.threads, progress);
    if (isCancelled(cancelled))
        return cancelledError(zipPath);

    BundleExportSummary summary;
    QList<BagPayloadFile> payload;
    for (detail::StagedArticle &article : staged) {
        if (article.failed)
            return article.error;
        payload.append(article.payload);
        summary.warnings.append(article.warnings);
        summary.articles.append(article.layout);
    }
    if (staged.size() > 1) {
        const QString index = QDir(dataDir).filePath(u"index.html"_s);
        QFile file(index);
        const QByteArray html = detail::bundleIndexHtml(bagName, staged, stageOptions.date);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.flush())
            return Error {tr("Could not write the staged file “%1”.").arg(u"index.html"_s),
                          file.errorString(), index};
        payload.append({u"index.html"_s, index, {}});
    }

    const BagInfo info = bagInfoFor(options, staged);
    BagProgress bagProgress;
    if (progress) {
        bagProgress = [&progress, total = int(staged.size())](qint64 done, qint64 all) {
            BundleExportProgress p;
            p.phase = BundleExportProgress::Phase::Writing;
            p.articlesDone = total;
            p.articlesTotal = total;
            p.bytesDone = done;
            p.bytesTotal = all;
            progress(p);
        };
    }
    Result<BagWriteSummary> written = BagWriter::write(zipPath, bagName, std::move(payload), info,
                                                       stageOptions.date, cancelled, bagProgress);
    if (!written)
        return isCancelled(cancelled) ? cancelledError(zipPath) : written.error();
    summary.bag = std::move(written).value();
    if (progress) {
        BundleExportProgress p;
        p.phase = BundleExportProgress::Phase::Done;
        p.articlesDone = p.articlesTotal = int(staged.size());
        p.bytesDone = p.bytesTotal = summary.bag.payloadBytes;
        progress(p);
    }
    return summary;
}

} // namespace provena
