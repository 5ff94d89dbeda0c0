// SPDX-License-Identifier: MIT
// `provena-cli export ARTICLE… -o BUNDLE.zip`: articles with everything Provena knows of them as
// one BagIt zip (BundleExporter, docs/bundles.md).
#include "bundle/bundleexporter.h"
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(CommandContext &context);

    /** The article files a folder argument stands for: its articles, not its subfolders. */
    static QStringList articlesIn(const QString &folder);

private:
    static QJsonObject toJson(const BundleExportSummary &summary);
    /** The views named by --forensics ("ela,noise"); an error message in `problem` else. */
    static QList<ForensicView::Kind> forensicViews(const QString &value, QString *problem);
    /** The progress line for `p`; empty when the export is done. */
    static QString progressLine(const BundleExportProgress &p);
};

QStringList ExportCommand::articlesIn(const QString &folder)
{
    // The suffixes ArticleReader reads as Markdown or plain text.
    const QStringList patterns {u"*.md"_s,  u"*.markdown"_s, u"*.mdown"_s,
                                u"*.mkd"_s, u"*.txt"_s,      u"*.text"_s};
    QStringList out;
    const QFileInfoList entries
        = QDir(folder).entryInfoList(patterns, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries)
        out.append(entry.filePath());
    return out;
}

namespace {

int forensicCount(const BundleArticleLayout &layout)
{
    int count = 0;
    for (const QStringList &files : layout.forensicFiles)
        count += int(files.size());
    return count;
}

} // namespace

QJsonObject ExportCommand::toJson(const BundleExportSummary &summary)
{
    QJsonArray articles;
    for (const BundleArticleLayout &a : summary.articles) {
        QJsonArray images;
        for (const QString &image : a.imageFiles)
            images.append(image.isEmpty() ? QJsonValue() : QJsonValue(image));
        articles.append(QJsonObject {
            {u"article"_s, a.articlePath},
            {u"folder"_s, a.folder},
            {u"articleFile"_s, a.articleFile},
            {u"sidecarFile"_s, a.sidecarFile},
            {u"images"_s, images},
            {u"renderings"_s, int(a.renderingFiles.size() - a.renderingFiles.count(QString()))},
            {u"crops"_s, int(a.cropFiles.size())},
            {u"forensicViews"_s, forensicCount(a)},
            {u"cocoFile"_s, a.cocoFile},
            {u"reportFile"_s, a.reportFile},
            {u"reportPdfFile"_s, a.reportPdfFile}});
    }
    return QJsonObject {{u"schema"_s, u"provena-export/1"_s},
                        {u"zip"_s, QFileInfo(summary.bag.zipPath).absoluteFilePath()},
                        {u"bag"_s, summary.bag.bagName},
                        {u"payloadFiles"_s, summary.bag.payloadFiles},
                        {u"payloadBytes"_s, double(summary.bag.payloadBytes)},
                        {u"zipBytes"_s, double(summary.bag.zipBytes)},
                        {u"articles"_s, articles},
                        {u"warnings"_s, QJsonArray::fromStringList(summary.warnings)}};
}

QList<ForensicView::Kind> ExportCommand::forensicViews(const QString &value, QString *problem)
{
    QList<ForensicView::Kind> kinds;
    for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<ForensicView::Kind> kind = ForensicView::fromId(name.trimmed());
        if (!kind) {
            *problem = tr("--forensics: “%1” is not a view (ela, noise, gradient, copymove)")
                           .arg(name.trimmed());
            return {};
        }
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    if (kinds.isEmpty())
        *problem = tr("--forensics: no view named (ela, noise, gradient, copymove)");
    return kinds;
}

QString ExportCommand::progressLine(const BundleExportProgress &p)
{
    switch (p.phase) {
    case BundleExportProgress::Phase::Preparing:
        return tr("preparing %1/%2: %3")
            .arg(p.articlesDone)
            .arg(p.articlesTotal)
            .arg(QFileInfo(p.current).fileName());
    case BundleExportProgress::Phase::Writing:
        return tr("writing %1 of %2 MB")
            .arg(double(p.bytesDone) / 1e6, 0, 'f', 1)
            .arg(double(p.bytesTotal) / 1e6, 0, 'f', 1);
    case BundleExportProgress::Phase::Done:
        break;
    }
    return {};
}

int ExportCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export articles with their annotations, images, XMP sidecars, renderings, crops, "
           "COCO file and report as one BagIt bag inside a zip (docs/bundles.md). A folder "
           "argument stands for the articles directly in it (.md, .markdown, .mdown, .mkd, .txt, "
           ".text; not its subfolders).\nExit 0: the bundle was written (warnings, if any, on "
           "stderr); 2: an article or its sidecar could not be read, or the zip could not be "
           "written (nothing is left at its path); 64: bad command line."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The bundle to write (.zip)."),
                                    u"BUNDLE.zip"_s);
    const QCommandLineOption date(u"date"_s,
                                  tr("The Bagging-Date and every entry's time (default: today, "
                                     "UTC); the same inputs and date give the same zip."),
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption noRender(u"no-render"_s, tr("No renderings or crops."));
    const QCommandLineOption noPdf(u"no-pdf"_s, tr("No PDF of the report."));
    const QCommandLineOption organization(
        u"organization"_s,
        tr("bag-info Source-Organization (default: bundle/sourceOrganization "
           "in Provena.conf)."),
        u"NAME"_s);
    const QCommandLineOption contactName(
        u"contact-name"_s, tr("bag-info Contact-Name (default: bundle/contactName)."), u"NAME"_s);
    const QCommandLineOption contactEmail(
        u"contact-email"_s, tr("bag-info Contact-Email (default: bundle/contactEmail)."),
        u"EMAIL"_s);
    const QCommandLineOption description(
        u"description"_s,
        tr("bag-info External-Description (default: the number of articles and their titles)."),
        u"TEXT"_s);
    const QCommandLineOption forensics(
        u"forensics"_s,
        tr("Also write forensic views of every image as forensics/IMAGE-VIEW.png, listed in the "
           "report (aids, not a verdict). VIEWS: a comma-separated list of ela, noise, gradient, "
           "copymove; --forensics alone means ela,noise,gradient."),
        u"VIEWS"_s);
    const QCommandLineOption json(u"json"_s, tr("Print what was written as JSON."));
    parser.addOptions({help, output, date, noRender, noPdf, forensics, organization, contactName,
                       contactEmail, description, json, CliSupport::allowOutsideOption()});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("Article files or folders of articles."),
                                 u"ARTICLE…"_s);
    // --forensics takes an optional value, which QCommandLineParser cannot say: alone it means
    // the three pixel views (and must not swallow the ARTICLE after it); followed by a list of
    // views that is not a file ("--forensics ela,copymove", as the help shows it), that list.
    QStringList arguments = context.arguments;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) != u"--forensics"_s)
            continue;
        const QString next = arguments.value(i + 1);
        QString notViews;
        if (!next.isEmpty() && !QFileInfo::exists(next) && !forensicViews(next, &notViews).isEmpty()
            && notViews.isEmpty()) {
            arguments[i] = u"--forensics="_s + next;
            arguments.removeAt(i + 1);
        } else {
            arguments[i] = u"--forensics=ela,noise,gradient"_s;
        }
    }
    if (!parser.parse(arguments))
        return CliSupport::usageError(context, parser.errorText(), parser.helpText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return ExitSuccess;
    }
    context.allowImagesOutsideFolder = parser.isSet(CliSupport::allowOutsideOption());
    if (parser.positionalArguments().isEmpty())
        return CliSupport::usageError(context, tr("no ARTICLE given"), parser.helpText());
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return CliSupport::usageError(context, tr("-o BUNDLE.zip is required"), parser.helpText());

    BundleExportOptions options;
    if (parser.isSet(date)) {
        options.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.date.isValid())
            return CliSupport::usageError(
                context, tr("--date: “%1” is not a date as YYYY-MM-DD").arg(parser.value(date)));
    }
    options.render = !parser.isSet(noRender);
    options.pdf = !parser.isSet(noPdf);
    if (parser.isSet(forensics)) {
        QString problem;
        options.forensicViews = forensicViews(parser.value(forensics), &problem);
        if (!problem.isEmpty())
            return CliSupport::usageError(context, problem);
    }
    options.sourceOrganization = parser.value(organization);
    options.contactName = parser.value(contactName);
    options.contactEmail = parser.value(contactEmail);
    options.externalDescription = parser.value(description);
    options.readOptions = CliSupport::readOptions(context);

    QStringList articles;
    for (const QString &argument : parser.positionalArguments()) {
        if (QFileInfo(argument).isDir()) {
            const QStringList found = articlesIn(argument);
            if (found.isEmpty()) {
                context.err << tr("%1: no articles (.md, .txt, …) in this folder.\n").arg(argument);
                return ExitInputError;
            }
            articles.append(found);
        } else {
            articles.append(argument);
        }
    }

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    BundleExporter::Progress progress;
    QString shown;
    if (terminal) {
        // One line, rewritten in place ("\r", erase to the end of the line) when it changes;
        // the last one (Done) erases it.
        progress = [&context, &shown](const BundleExportProgress &p) {
            const QString line = progressLine(p).left(100);
            if (line == shown)
                return;
            shown = line;
            context.err << "\r\x1b[K" << line;
            context.err.flush();
        };
    }
    const QString zipPath = parser.value(output);
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle(articles, zipPath, options, nullptr, progress);
    if (!exported) {
        context.err << exported.error().toString() << '\n';
        return ExitInputError;
    }
    const BundleExportSummary &summary = exported.value();
    for (const QString &warning : summary.warnings)
        context.err << tr("warning: %1\n").arg(warning);
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(toJson(summary)).toJson());
        return ExitSuccess;
    }
    context.out << tr("%1: %n article(s), %2 files, %3 MB of payload, %4 MB zip (bag “%5”)\n",
                      nullptr, int(summary.articles.size()))
                       .arg(summary.bag.zipPath)
                       .arg(summary.bag.payloadFiles)
                       .arg(double(summary.bag.payloadBytes) / 1e6, 0, 'f', 1)
                       .arg(double(summary.bag.zipBytes) / 1e6, 0, 'f', 1)
                       .arg(summary.bag.bagName);
    return ExitSuccess;
}

int runExport(CommandContext &context)
{
    return ExportCommand::run(context);
}

} // namespace provena::cli
