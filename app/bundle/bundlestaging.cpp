// SPDX-License-Identifier: MIT
#include "bundle/bundlestaging_p.h"

#include "bundle/bundleforensics_p.h"
#include "bundle/bundlelayout_p.h"
#include "bundle/cocoexport.h"
#include "bundle/regionrenderer.h"
#include "bundle/reportwriter.h"
#include "bundle/reportwriter_p.h"
#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "metadata/xmpsidecar.h"
#include "session/documentio.h"
#include "session/xmpexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {

namespace {

// An existing XMP sidecar is merged into the bundle's copy; larger ones are not sidecars.
constexpr qint64 kMaxXmpBytes = qint64(64) << 20;

bool isCancelled(const StageOptions &options)
{
    return options.cancelled && options.cancelled->load();
}

/** Writes one staged file; the Error names it. */
Status writeStaged(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {BundleExporter::tr("Could not create the staging folder for “%1”.")
                          .arg(QFileInfo(path).fileName()),
                      {},
                      QFileInfo(path).absolutePath()};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush())
        return Error {BundleExporter::tr("Could not write the staged file “%1”.")
                          .arg(QFileInfo(path).fileName()),
                      file.errorString(), path};
    return Status::success();
}

/** Everything one article's preparation needs along the way. */
class ArticleStager
{
public:
    ArticleStager(const QString &articlePath, const QString &folder, const QString &stagingDir,
                  const StageOptions &options)
        : mArticlePath(articlePath)
        , mFolder(folder)
        , mStageDir(QDir(stagingDir).filePath(folder))
        , mOptions(options)
    {
    }

    StagedArticle run();

private:
    /** Adds a staged file at `relative` (inside the article's folder) to the payload. */
    bool stage(const QString &relative, const QByteArray &bytes);
    void warn(const QString &sentence);
    void placeImages();
    void stageXmp(int index, const QString &bundlePath);
    void stageRenderings();
    void stageForensics();
    void stageCoco();
    void stageReport();

    QString mArticlePath;
    QString mArticleName;
    QString mFolder;
    QString mStageDir;
    StageOptions mOptions;
    std::unique_ptr<ArticleDocument> mDoc;
    BundleNameClaims mClaims;
    StagedArticle mOut;
    /** Per image: where its file is in the article's bundle folder ("" when not there). */
    QStringList mImagePaths;
    /** Per image: the rendering staged for it, absolute (for the PDF). */
    QStringList mStagedRenderings;
};

void ArticleStager::warn(const QString &sentence)
{
    mOut.warnings.append(BundleExporter::tr("%1: %2").arg(mArticleName, sentence));
}

bool ArticleStager::stage(const QString &relative, const QByteArray &bytes)
{
    const QString staged = QDir(mStageDir).filePath(relative);
    if (const Status written = writeStaged(staged, bytes); !written) {
        mOut.failed = true;
        mOut.error = written.error();
        return false;
    }
    mOut.payload.append({mFolder + u'/' + relative, staged, {}});
    return true;
}

void ArticleStager::placeImages()
{
    const QList<ImageRef> &images = mDoc->article().images;
    const QString articleDir = QFileInfo(mArticlePath).absolutePath();
    QHash<QString, QString> placed; // source file → its path in the bundle
    mImagePaths = QStringList(images.size(), QString());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const ImageRef &ref = images.at(i);
        const ImageRecord record = mDoc->imageRecord(int(i));
        const int number = int(i) + 1;
        if (record.problem != ImageRecord::Problem::None) {
            warn(BundleExporter::tr("image %1 (%2) is not in the bundle: %3")
                     .arg(number)
                     .arg(ref.url, record.problemDetail));
            continue;
        }
        if (ref.localPath.isEmpty() || !QFileInfo(ref.localPath).isFile()) {
            warn(BundleExporter::tr("image %1 (%2) has no local file (not fetched yet?); it is "
                                    "not in the bundle, only its annotations are")
                     .arg(number)
                     .arg(ref.url));
            continue;
        }
        const QString source = QFileInfo(ref.localPath).absoluteFilePath();
        if (const auto it = placed.constFind(source); it != placed.constEnd()) {
            // Two references to one file: one copy in the bundle.
            mImagePaths[i] = it.value();
            mOut.layout.imageFiles[i] = mFolder + u'/' + it.value();
            continue;
        }
        const bool inside = ref.location == ImageRef::Location::Local;
        const QString path = bundleImagePath(articleDir, source, inside, mClaims);
        placed.insert(source, path);
        mImagePaths[i] = path;
        mOut.payload.append({mFolder + u'/' + path, source, {}});
        mOut.layout.imageFiles[i] = mFolder + u'/' + path;
        if (!inside)
            warn(BundleExporter::tr("image %1 (%2) lies outside the article's folder; it is in "
                                    "the bundle as “%3”")
                     .arg(number)
                     .arg(ref.url, path));
        if (record.contentChanged)
            warn(BundleExporter::tr("image %1 (%2) changed since its regions were drawn; they "
                                    "are marked for review")
                     .arg(number)
                     .arg(ref.url));
        stageXmp(int(i), path);
        if (mOut.failed)
            return;
    }
}

void ArticleStager::stageXmp(int index, const QString &bundlePath)
{
    const ImageRef &ref = mDoc->article().images.at(index);
    const int number = index + 1;
    QByteArray existing;
    // Only a sidecar inside the article's folder is read, as for the image itself.
    const QString existingPath = XmpSidecarWriter::sidecarPathFor(ref.localPath);
    if (ref.location == ImageRef::Location::Local && QFileInfo::exists(existingPath)) {
        Result<QByteArray> bytes = FileAccess::readRegularFile(
            existingPath, kMaxXmpBytes, BundleExporter::tr("The XMP sidecar"));
        if (!bytes) {
            warn(BundleExporter::tr("image %1: %2; its XMP sidecar in the bundle holds only "
                                    "what Provena knows")
                     .arg(number)
                     .arg(bytes.error().toString()));
        } else {
            existing = std::move(bytes).value();
        }
    }
    QStringList notes;
    const Result<XmpSidecarContent> content
        = XmpExport::contentFor(*mDoc, index, ref.localPath, &notes);
    for (const QString &note : std::as_const(notes))
        warn(BundleExporter::tr("image %1: %2").arg(number).arg(note));
    if (!content) {
        warn(BundleExporter::tr("image %1: no XMP sidecar: %2")
                 .arg(number)
                 .arg(content.error().toString()));
        return;
    }
    const Result<QByteArray> packet = XmpSidecarWriter::render(existing, content.value());
    if (!packet) {
        warn(BundleExporter::tr("image %1: no XMP sidecar: %2")
                 .arg(number)
                 .arg(packet.error().toString()));
        return;
    }
    const QString xmpPath = mClaims.claimUnique(bundlePath + u".xmp"_s);
    if (stage(xmpPath, packet.value()))
        mOut.layout.xmpFiles[index] = mFolder + u'/' + xmpPath;
}

void ArticleStager::stageRenderings()
{
    const QList<ImageRef> &images = mDoc->article().images;
    mStagedRenderings = QStringList(images.size(), QString());
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (mImagePaths.at(i).isEmpty() || isCancelled(mOptions))
            continue;
        const int number = int(i) + 1;
        const QList<Region> regions = mDoc->regionsOnImage(int(i));
        const Result<ImageRendering> drawn
            = RegionRenderer::renderFile(images.at(i).localPath, regions, mDoc->labels());
        if (!drawn) {
            warn(BundleExporter::tr("image %1 (%2): no rendering: %3")
                     .arg(number)
                     .arg(images.at(i).url, drawn.error().toString()));
            continue;
        }
        const Result<QByteArray> jpeg = RegionRenderer::encodeJpeg(drawn->rendering);
        if (!jpeg) {
            warn(BundleExporter::tr("image %1 (%2): no rendering: %3")
                     .arg(number)
                     .arg(images.at(i).url, jpeg.error().toString()));
            continue;
        }
        const QString stem = QFileInfo(mImagePaths.at(i)).completeBaseName();
        const QString rendering = mClaims.claimUnique(
            u"renderings/%1-%2.jpg"_s.arg(number).arg(stem.isEmpty() ? u"image"_s : stem));
        if (!stage(rendering, jpeg.value()))
            return;
        mOut.layout.renderingFiles[i] = mFolder + u'/' + rendering;
        mStagedRenderings[i] = QDir(mStageDir).filePath(rendering);
        // Crops are numbered as the rendering numbers the regions: their order on the image.
        for (qsizetype k = 0; k < regions.size(); ++k) {
            const QImage crop = drawn->crops.value(regions.at(k).id);
            if (crop.isNull())
                continue;
            const Result<QByteArray> cropJpeg = RegionRenderer::encodeJpeg(crop);
            if (!cropJpeg) {
                warn(BundleExporter::tr("image %1, region %2: no crop: %3")
                         .arg(number)
                         .arg(k + 1)
                         .arg(cropJpeg.error().toString()));
                continue;
            }
            const QString cropPath
                = mClaims.claimUnique(u"crops/%1-%2.jpg"_s.arg(number).arg(k + 1));
            if (!stage(cropPath, cropJpeg.value()))
                return;
            mOut.layout.cropFiles.insert(regions.at(k).id, mFolder + u'/' + cropPath);
        }
    }
}

void ArticleStager::stageForensics()
{
    const QList<ImageRef> &images = mDoc->article().images;
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (mImagePaths.at(i).isEmpty() || isCancelled(mOptions))
            continue;
        const int number = int(i) + 1;
        const Result<QList<ForensicViewFile>> views = renderForensicViews(
            images.at(i).localPath, mOptions.forensicViews, mOptions.cancelled);
        if (!views) {
            if (!isCancelled(mOptions))
                warn(BundleExporter::tr("image %1 (%2): no forensic views: %3")
                         .arg(number)
                         .arg(images.at(i).url, views.error().toString()));
            continue;
        }
        const QString stem = QFileInfo(mImagePaths.at(i)).completeBaseName();
        for (const ForensicViewFile &view : views.value()) {
            const QString path = mClaims.claimUnique(u"forensics/%1-%2.png"_s.arg(
                stem.isEmpty() ? u"image"_s : stem, ForensicView::id(view.kind)));
            if (!stage(path, view.png))
                return;
            mOut.layout.forensicFiles[i].append(mFolder + u'/' + path);
        }
    }
}

void ArticleStager::stageCoco()
{
    QList<CocoImageEntry> entries;
    for (qsizetype i = 0; i < mImagePaths.size(); ++i) {
        const ImageRecord record = mDoc->imageRecord(int(i));
        if (!mImagePaths.at(i).isEmpty() && record.sizeKnown())
            entries.append({int(i), mImagePaths.at(i), record.pixelSize});
    }
    const QJsonObject coco = CocoExport::build(*mDoc, entries, mOptions.date);
    for (const QString &problem : CocoExport::check(coco))
        warn(BundleExporter::tr("coco.json: %1").arg(problem));
    const QString cocoPath = mClaims.claimUnique(u"coco.json"_s);
    if (stage(cocoPath, QJsonDocument(coco).toJson(QJsonDocument::Indented)))
        mOut.layout.cocoFile = mFolder + u'/' + cocoPath;
}

void ArticleStager::stageReport()
{
    ReportInput input;
    input.document = mDoc.get();
    input.articleFile = mArticleName;
    input.sidecarFile = DocumentIO::sidecarPathFor(mArticleName);
    input.date = mOptions.date;
    input.bundleName = mOptions.bundleName;
    const QString prefix = mFolder + u'/';
    for (qsizetype i = 0; i < mDoc->article().images.size(); ++i) {
        ReportImage image;
        image.imageIndex = int(i);
        image.imageFile = mImagePaths.value(i);
        image.renderingFile = mOut.layout.renderingFiles.value(i).mid(prefix.size());
        for (const Region &region : mDoc->regionsOnImage(int(i))) {
            if (const QString crop = mOut.layout.cropFiles.value(region.id); !crop.isEmpty())
                image.cropFiles.insert(region.id, crop.mid(prefix.size()));
        }
        image.size = mDoc->imageRecord(int(i)).pixelSize;
        const QStringList forensics = mOut.layout.forensicFiles.value(i);
        for (qsizetype k = 0; k < forensics.size() && k < mOptions.forensicViews.size(); ++k)
            image.forensicViews.append({ForensicView::title(mOptions.forensicViews.at(k)),
                                        forensics.at(k).mid(prefix.size())});
        const QString original = image.imageFile.isEmpty()
            ? QString()
            : QFileInfo(mDoc->article().images.at(i).localPath).absoluteFilePath();
        image.pdfImageSource
            = mStagedRenderings.value(i).isEmpty() ? original : mStagedRenderings.value(i);
        if (!original.isEmpty())
            image.metadata = ReportWriter::keyMetadata(original);
        input.images.append(image);
    }
    const QString html = mClaims.claimUnique(u"report.html"_s);
    if (!stage(html, ReportWriter::html(input)))
        return;
    mOut.layout.reportFile = prefix + html;
    if (!mOptions.pdf || isCancelled(mOptions))
        return;
    const Result<QByteArray> pdf = ReportWriter::pdf(input);
    if (!pdf) {
        warn(BundleExporter::tr("no PDF report: %1").arg(pdf.error().toString()));
        return;
    }
    const QString pdfPath = mClaims.claimUnique(u"report.pdf"_s);
    if (stage(pdfPath, pdf.value()))
        mOut.layout.reportPdfFile = prefix + pdfPath;
}

StagedArticle ArticleStager::run()
{
    mArticleName = QFileInfo(mArticlePath).fileName();
    mOut.layout.articlePath = QFileInfo(mArticlePath).absoluteFilePath();
    mOut.layout.folder = mFolder;
    if (isCancelled(mOptions)) {
        mOut.cancelled = true;
        return std::move(mOut);
    }
    OpenReport report;
    auto opened = DocumentIO::open(mArticlePath, &report, mOptions.readOptions);
    if (!opened) {
        mOut.failed = true;
        mOut.error = opened.error();
        return std::move(mOut);
    }
    if (report.sidecarUnreadable) {
        // Exporting would drop the analyst's annotations; the sidecar must be fixed first.
        mOut.failed = true;
        mOut.error = report.sidecarError;
        mOut.error.message = BundleExporter::tr("The sidecar of “%1” cannot be read, so its "
                                                "annotations cannot go into the bundle: %2")
                                 .arg(mArticleName, report.sidecarError.message);
        return std::move(mOut);
    }
    mDoc = std::move(opened).value();
    const QString title = mDoc->article().title.trimmed();
    mOut.title = title.isEmpty() ? mArticleName : title;
    for (const OpenReport::Anchor &a : std::as_const(report.orphaned))
        warn(BundleExporter::tr("the text “%1” a link was anchored to is no longer in the "
                                "article; the link stays in the sidecar, orphaned")
                 .arg(a.exact.left(60)));

    const qsizetype imageCount = mDoc->article().images.size();
    mOut.layout.imageFiles = QStringList(imageCount, QString());
    mOut.layout.xmpFiles = QStringList(imageCount, QString());
    mOut.layout.renderingFiles = QStringList(imageCount, QString());
    mOut.layout.forensicFiles = QList<QStringList>(imageCount);

    mClaims.claim(mArticleName);
    mOut.layout.articleFile = mFolder + u'/' + mArticleName;
    mOut.payload.append({mOut.layout.articleFile, mOut.layout.articlePath, {}});
    const QString sidecarName = DocumentIO::sidecarPathFor(mArticleName);
    mClaims.claim(sidecarName);

    placeImages();
    if (mOut.failed)
        return std::move(mOut);
    if (!stage(sidecarName, bundleSidecar(*mDoc, mImagePaths)))
        return std::move(mOut);
    mOut.layout.sidecarFile = mFolder + u'/' + sidecarName;
    if (mOptions.render)
        stageRenderings();
    if (!mOut.failed && !mOptions.forensicViews.isEmpty())
        stageForensics();
    if (!mOut.failed && !isCancelled(mOptions))
        stageCoco();
    if (!mOut.failed && !isCancelled(mOptions))
        stageReport();
    mOut.cancelled = isCancelled(mOptions);
    return std::move(mOut);
}

} // namespace

StagedArticle stageArticle(const QString &articlePath, const QString &folder,
                           const QString &stagingDir, const StageOptions &options)
{
    ArticleStager stager(articlePath, folder, stagingDir, options);
    return stager.run();
}

QByteArray bundleIndexHtml(const QString &bundleName, const QList<StagedArticle> &articles,
                           const QDate &date)
{
    QString html = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
        + report::escaped(bundleName)
        + u"</title>\n<style>body{font-family:\"Noto Sans\",\"DejaVu Sans\",\"Noto Sans CJK KR\","
          "sans-serif;max-width:50em;margin:2em auto;"
          "padding:0 1em}li{margin:.4em 0}</style>\n</head>\n<body>\n<h1>"_s
        + report::escaped(bundleName) + u"</h1>\n<p>"_s
        + BundleExporter::tr("%n article(s), bundled on %1.", nullptr, int(articles.size()))
              .arg(date.toString(Qt::ISODate))
              .toHtmlEscaped()
        + u"</p>\n<ul>\n"_s;
    for (const StagedArticle &a : articles) {
        // Links are relative to data/, where this page is.
        const QString link
            = a.layout.reportFile.isEmpty() ? a.layout.articleFile : a.layout.reportFile;
        html += u"<li><a href=\""_s + QString::fromUtf8(QUrl::toPercentEncoding(link, "/"))
            + u"\">"_s + report::escaped(a.title) + u"</a> ("_s
            + report::escaped(a.layout.articleFile) + u")</li>\n"_s;
    }
    html += u"</ul>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace provena::detail
