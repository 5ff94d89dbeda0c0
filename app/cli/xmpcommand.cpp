// SPDX-License-Identifier: MIT
// `provena-cli xmp ARTICLE [--image N] [--naming keep-extension|replace-extension] [--dry-run]
// [--json]`: writes the XMP sidecar of each local image of one article (XmpExport, the same
// code the GUI and the editing commands run on save), and says per image what it did.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "metadata/metadatareader.h"
#include "session/xmpexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class XmpCommand
{
    Q_DECLARE_TR_FUNCTIONS(XmpCommand)

public:
    static int run(CommandContext &context);

private:
    static QJsonObject toJson(const ArticleDocument &doc, const XmpImageExport &e);
    static void printText(QTextStream &out, const XmpImageExport &e, bool dryRun);
    static int exitCodeFor(const QList<XmpImageExport> &exports);
};

QJsonObject XmpCommand::toJson(const ArticleDocument &doc, const XmpImageExport &e)
{
    QJsonObject o {{u"image"_s, e.imageIndex + 1},
                   {u"url"_s, doc.article().images.at(e.imageIndex).url},
                   {u"outcome"_s, XmpImageExport::outcomeName(e.outcome)},
                   {u"notes"_s, QJsonArray::fromStringList(e.notes)}};
    if (!e.imagePath.isEmpty())
        o.insert(u"path"_s, e.imagePath);
    if (!e.sidecarPath.isEmpty())
        o.insert(u"sidecar"_s, e.sidecarPath);
    if (e.outcome == XmpImageExport::Outcome::Written
        || e.outcome == XmpImageExport::Outcome::Unchanged) {
        o.insert(u"created"_s, e.report.created);
        o.insert(u"regions"_s, e.report.regionsWritten);
        o.insert(u"personRegions"_s, e.report.personRegionsWritten);
        o.insert(u"foreignPropertiesKept"_s, e.report.foreignPropertiesKept);
        o.insert(u"foreignRegionsKept"_s, e.report.foreignRegionsKept);
        o.insert(u"notWritten"_s, QJsonArray::fromStringList(e.report.notWritten));
    }
    if (e.outcome == XmpImageExport::Outcome::Failed)
        o.insert(u"error"_s,
                 QJsonObject {{u"message"_s, e.error.message},
                              {u"detail"_s, e.error.detail},
                              {u"path"_s, e.error.path}});
    return o;
}

void XmpCommand::printText(QTextStream &out, const XmpImageExport &e, bool dryRun)
{
    const int number = e.imageIndex + 1;
    switch (e.outcome) {
    case XmpImageExport::Outcome::Skipped:
        out << tr("image %1: skipped").arg(number) << '\n';
        break;
    case XmpImageExport::Outcome::Failed:
        out << tr("image %1: %2: failed: %3").arg(number).arg(e.sidecarPath, e.error.message)
            << '\n';
        break;
    case XmpImageExport::Outcome::Written:
    case XmpImageExport::Outcome::Unchanged: {
        QString what;
        if (e.outcome == XmpImageExport::Outcome::Unchanged)
            what = tr("unchanged");
        else if (dryRun)
            what = e.report.created ? tr("would be created") : tr("would be written");
        else
            what = e.report.created ? tr("created") : tr("written");
        out << tr("image %1: %2: %3").arg(number).arg(e.sidecarPath, what) << '\n'
            << "  " << tr("%n region(s)", nullptr, e.report.regionsWritten) << ", "
            << tr("%n as MWG person region(s)", nullptr, e.report.personRegionsWritten) << "; "
            << tr("kept from other tools: %1 properties, %2 regions")
                   .arg(e.report.foreignPropertiesKept)
                   .arg(e.report.foreignRegionsKept)
            << '\n';
        for (const QString &sentence : e.report.notWritten)
            out << "  " << tr("not written: %1").arg(sentence) << '\n';
        break;
    }
    }
    for (const QString &note : e.notes)
        out << "  " << tr("note: %1").arg(note) << '\n';
}

int XmpCommand::exitCodeFor(const QList<XmpImageExport> &exports)
{
    int code = ExitSuccess;
    for (const XmpImageExport &e : exports) {
        if (e.outcome == XmpImageExport::Outcome::Failed)
            return ExitInputError;
        if (e.outcome == XmpImageExport::Outcome::Skipped || !e.report.notWritten.isEmpty()
            || !e.notes.isEmpty())
            code = ExitFindings;
    }
    return code;
}

int XmpCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write an XMP sidecar (IMAGE.EXT.xmp) beside each local image of the article: the "
           "image's accepted provenance (creator, credit line, source, copyright or usage terms, "
           "digital source type, date created), its caption, the persons shown, and every "
           "region as an IPTC image region (people also as MWG regions), so digiKam, Lightroom "
           "and exiftool see them. Fields other tools wrote are kept. One article per run; see "
           "docs/cli.md for many articles with GNU parallel."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption imageOption(u"image"_s, tr("Only image N (from 1, in article order)."),
                                         u"N"_s);
    const QCommandLineOption namingOption(
        u"naming"_s,
        tr("keep-extension (photo.jpg.xmp, digiKam and darktable) or replace-extension "
           "(photo.xmp, Lightroom). Default: the setting xmp/sidecarNaming, else "
           "keep-extension."),
        u"NAMING"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s,
                                          tr("Say what would be written; write nothing."));
    const QCommandLineOption jsonOption(u"json"_s,
                                        tr("Print JSON (schema provena-xmp/1, see docs/cli.md)."));
    for (const QCommandLineOption &option :
         {helpOption, imageOption, namingOption, dryRunOption, jsonOption})
        parser.addOption(option);
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file (Markdown, HTML or text)."));
    if (const int code = CliSupport::parseOrExit(parser, helpOption, context, {u"ARTICLE"_s});
        code >= 0)
        return code;

    XmpExport::Options options;
    options.dryRun = parser.isSet(dryRunOption);
    options.naming = XmpSettings::naming();
    if (parser.isSet(namingOption)) {
        const std::optional<XmpSidecarNaming> naming
            = XmpSettings::namingFromName(parser.value(namingOption));
        if (!naming)
            return CliSupport::usageError(
                context,
                tr("--naming must be keep-extension or replace-extension, not “%1”")
                    .arg(parser.value(namingOption)));
        options.naming = *naming;
    }
    const QString articlePath = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    int exitCode = ExitSuccess;
    const std::unique_ptr<ArticleDocument> doc
        = CliSupport::openDocument(articlePath, context, &exitCode, false);
    if (!doc)
        return exitCode;
    if (parser.isSet(imageOption)) {
        bool ok = false;
        const int number = parser.value(imageOption).toInt(&ok);
        const int count = int(doc->article().images.size());
        if (!ok || number < 1 || number > count)
            return CliSupport::usageError(
                context,
                tr("image %1 does not exist: the article has %n image(s)", nullptr, count)
                    .arg(parser.value(imageOption)));
        options.imageIndex = number - 1;
    }

    MetadataReader::initialise();
    const QList<XmpImageExport> exports = XmpExport::writeSidecars(*doc, options);
    if (parser.isSet(jsonOption)) {
        QJsonArray images;
        for (const XmpImageExport &e : exports)
            images.append(toJson(*doc, e));
        const QJsonObject root {{u"schema"_s, u"provena-xmp/1"_s},
                                {u"article"_s, articlePath},
                                {u"dryRun"_s, options.dryRun},
                                {u"naming"_s, XmpSettings::namingName(options.naming)},
                                {u"images"_s, images}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const XmpImageExport &e : exports)
            printText(context.out, e, options.dryRun);
        if (exports.isEmpty())
            context.out << tr("The article has no images.") << '\n';
    }
    for (const XmpImageExport &e : exports) {
        if (e.outcome == XmpImageExport::Outcome::Failed)
            context.err << "provena-cli xmp: " << tr("image %1: ").arg(e.imageIndex + 1)
                        << e.error.toString() << '\n';
    }
    return exitCodeFor(exports);
}

int runXmp(CommandContext &context)
{
    return XmpCommand::run(context);
}

} // namespace provena::cli
