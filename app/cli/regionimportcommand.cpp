// SPDX-License-Identifier: MIT
// `provena-cli regions import`: the shapes of another tool's file (labelme, COCO, VIA) or of the
// image's XMP, as regions of one image, through RegionImportPlanner and one AddRegionsCommand.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/regionarguments.h"
#include "core/commands/addremoveregions.h"
#include "core/model/regionimport.h"
#include "core/model/regionvalidator.h"
#include "formats/annotationimport.h"
#include "formats/cocoreader.h"
#include "formats/labelmereader.h"
#include "formats/viareader.h"
#include "media/imagedecoder.h"
#include "metadata/xmpregionreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

// Defined in regioncommand.cpp: `region`, which `regions` extends.
int runRegion(CommandContext &context);
/** The usage lines of `region`, under the name `command`. */
QString regionUsage(const QString &command);

class RegionImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegionImportCommand)

public:
    static int run(CommandContext &context);

    /** What the command line asks for, checked before the article is opened. */
    struct Request
    {
        int imageIndex = -1;
        bool fromXmp = false;
        QString format; ///< labelme, coco, via; empty with fromXmp
        QString file;
        QHash<QString, QString> labelMap;
        QString cocoImageId;
        QString viaAttribute;
        bool dryRun = false;
        bool json = false;
    };

private:
    static int importInto(CommandContext &context, const Request &request, ArticleDocument &doc,
                          QTextStream &out, std::optional<ShapeImport> *shapes, bool *findings);
    static Result<ShapeImport> readShapes(const Request &request, const ArticleDocument &doc);
    static void printText(QTextStream &out, const Request &request, const ShapeImport &shapes,
                          const RegionImportPlan &plan);
    static void printJson(QTextStream &out, const Request &request, const ArticleDocument &doc,
                          const ShapeImport &shapes, const RegionImportPlan &plan);
};

Result<ShapeImport> RegionImportCommand::readShapes(const Request &request,
                                                    const ArticleDocument &doc)
{
    const ImageRef &ref = doc.article().images.at(request.imageIndex);
    if (request.fromXmp) {
        if (ref.localPath.isEmpty())
            return Error {tr("Image %1 has no local file to read XMP from; fetch or attach it "
                             "first.")
                              .arg(request.imageIndex + 1),
                          ref.url,
                          {}};
        return XmpRegionReader::read(ref.localPath);
    }
    AnnotationTarget target;
    target.fileName
        = ref.localPath.isEmpty() ? QUrl(ref.url).fileName() : QFileInfo(ref.localPath).fileName();
    target.displayedSize = doc.imageRecord(request.imageIndex).pixelSize;
    if (!ref.localPath.isEmpty()) {
        // The orientation tells whether a file's size is the stored one (labelme on old
        // versions, COCO exports from tools that ignore EXIF).
        if (const Result<ImageInfo> info = ImageDecoder::probe(ref.localPath); info) {
            target.orientation = info->orientation;
            if (!target.displayedSize.isValid())
                target.displayedSize = info->size;
        }
    }
    if (request.format == u"labelme"_s)
        return LabelmeReader::read(request.file, target);
    if (request.format == u"coco"_s)
        return CocoReader::read(request.file, target, request.cocoImageId);
    return ViaReader::read(request.file, target, request.viaAttribute);
}

int RegionImportCommand::importInto(CommandContext &context, const Request &request,
                                    ArticleDocument &doc, QTextStream &out,
                                    std::optional<ShapeImport> *shapes, bool *findings)
{
    if (request.imageIndex >= doc.article().images.size())
        return CliSupport::usageError(
            context,
            tr("--image %1: the article has %n image(s)", nullptr, int(doc.article().images.size()))
                .arg(request.imageIndex + 1));
    for (auto it = request.labelMap.cbegin(); it != request.labelMap.cend(); ++it) {
        if (!doc.labels().findByIdOrName(it.value()))
            return CliSupport::usageError(
                context,
                tr("--map %1=%2: unknown label “%2”; `provena-cli labels` lists them")
                    .arg(it.key(), it.value()));
    }
    // Read once: an edit that is re-applied after a concurrent save plans the same shapes again.
    if (!shapes->has_value()) {
        Result<ShapeImport> read = readShapes(request, doc);
        if (!read) {
            context.err << read.error().toString() << '\n' << tr("Nothing was imported.\n");
            return ExitInputError;
        }
        *shapes = std::move(read).value();
    }
    const ShapeImport &found = shapes->value();
    const RegionImportPlan plan
        = RegionImportPlanner::plan(doc, request.imageIndex, found.shapes, request.labelMap);
    if (!request.dryRun && !plan.regions.isEmpty()) {
        auto *command = new AddRegionsCommand(&doc, plan.regions);
        command->setText(QCoreApplication::translate("UndoCommands", "Import %n Region(s)", nullptr,
                                                     int(plan.regions.size())));
        doc.undoStack()->push(command);
        if (!doc.imageRecord(request.imageIndex).sizeKnown())
            context.err << tr("warning: %1\n")
                               .arg(RegionValidator::unknownSizeWarning(request.imageIndex + 1,
                                                                        int(plan.regions.size())));
    }
    *findings
        = !found.refused.isEmpty() || !plan.refused.isEmpty() || !plan.unmappedLabels.isEmpty();
    if (request.json)
        printJson(out, request, doc, found, plan);
    else
        printText(out, request, found, plan);
    return ExitSuccess;
}

void RegionImportCommand::printText(QTextStream &out, const Request &request,
                                    const ShapeImport &shapes, const RegionImportPlan &plan)
{
    const QString source = request.fromXmp ? tr("the image's XMP") : shapes.sourcePath;
    out << (request.dryRun ? tr("would import %n region(s) into image %1 from %2 (%3)", nullptr,
                                int(plan.regions.size()))
                           : tr("imported %n region(s) into image %1 from %2 (%3)", nullptr,
                                int(plan.regions.size())))
               .arg(request.imageIndex + 1)
               .arg(source, shapes.format)
        << '\n';
    for (const Region &r : plan.regions)
        out << "  " << (request.dryRun ? u"-"_s : CliSupport::shortId(r.id)) << "  "
            << (r.label.isEmpty() ? tr("(no label)") : r.label) << "  "
            << RegionArguments::geometryText(r.geometry) << '\n';
    out << tr("already present: %1").arg(plan.alreadyPresent) << '\n';
    if (!plan.unmappedLabels.isEmpty()) {
        out << tr("unmapped labels (imported without a label):") << '\n';
        for (auto it = plan.unmappedLabels.cbegin(); it != plan.unmappedLabels.cend(); ++it)
            out << "  " << it.key() << "  " << it.value() << '\n';
        out << tr("  hint: map them to Provena labels with --map LABEL=person (any label id or "
                  "name; `provena-cli labels` lists them), or add your own with `provena-cli "
                  "labels add`. Try the mapping with --dry-run first: importing again with a "
                  "mapping adds the mapped shapes beside the unlabelled regions.")
            << '\n';
    }
    const QStringList refused = shapes.refused + plan.refused;
    if (!refused.isEmpty()) {
        out << tr("refused: %1").arg(refused.size()) << '\n';
        for (const QString &line : refused)
            out << "  " << line << '\n';
    }
    for (const QString &warning : shapes.warnings)
        out << tr("warning: %1").arg(warning) << '\n';
}

void RegionImportCommand::printJson(QTextStream &out, const Request &request,
                                    const ArticleDocument &doc, const ShapeImport &shapes,
                                    const RegionImportPlan &plan)
{
    QJsonArray imported;
    for (const Region &r : plan.regions) {
        QJsonObject o = RegionArguments::toJson(doc, r);
        if (request.dryRun)
            o.remove(u"id"_s); // not created: the id would name nothing
        imported.append(o);
    }
    QJsonObject unmapped;
    for (auto it = plan.unmappedLabels.cbegin(); it != plan.unmappedLabels.cend(); ++it)
        unmapped.insert(it.key(), it.value());
    const QJsonObject root {
        {u"format"_s, shapes.format},
        {u"source"_s, shapes.sourcePath},
        {u"image"_s, request.imageIndex + 1},
        {u"dryRun"_s, request.dryRun},
        {u"imported"_s, imported},
        {u"alreadyPresent"_s, plan.alreadyPresent},
        {u"unmappedLabels"_s, unmapped},
        {u"refused"_s, QJsonArray::fromStringList(shapes.refused + plan.refused)},
        {u"warnings"_s, QJsonArray::fromStringList(shapes.warnings)},
    };
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

int RegionImportCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import the shapes of another tool's file — labelme, COCO or VIA (VGG Image "
           "Annotator) JSON — or of the image's own XMP (embedded or in its sidecar) as regions "
           "of one image, in one undo step and one save. Labels are matched by id or name; "
           "those that match none are reported and their regions imported without a label. "
           "Shapes Provena cannot represent are refused and listed, never changed. Shapes "
           "already in the sidecar are skipped, so importing twice adds nothing.\n"
           "Exit 0 when everything was imported, 1 when something was refused or a label did "
           "not map (the rest is imported), 2 when a file cannot be read."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption image(u"image"_s, tr("Image number, from 1 in article order."),
                                   u"N"_s);
    const QCommandLineOption fromXmp(u"from-xmp"_s,
                                     tr("Import the IPTC and MWG regions of the image's XMP."));
    const QCommandLineOption format(u"format"_s, tr("The format of FILE: labelme, coco or via."),
                                    u"FORMAT"_s);
    const QCommandLineOption map(u"map"_s,
                                 tr("Give the file's label FROM the Provena label TO (id or "
                                    "name). Repeatable."),
                                 u"FROM=TO"_s);
    const QCommandLineOption cocoImageId(
        u"coco-image-id"_s,
        tr("COCO: the image's id in the file (default: the image whose file_name matches)."),
        u"ID"_s);
    const QCommandLineOption viaAttribute(
        u"via-attribute"_s,
        tr("VIA: the region attribute that holds the label (default: the only attribute, else "
           "label, name, type or class)."),
        u"NAME"_s);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    tr("Print what would be imported; write nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption author(
        u"author"_s, tr("Who is annotating (default: your name in Preferences, else $USER)."),
        u"NAME"_s);
    parser.addOptions(
        {help, image, fromXmp, format, map, cocoImageId, viaAttribute, dryRun, json, author});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"FILE"_s, tr("The file to import (with --format)."), u"[FILE]"_s);
    if (const int code
        = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s, u"FILE"_s}, 1);
        code >= 0)
        return code;
    const auto usage = [&](const QString &why) {
        return CliSupport::usageError(context, why, parser.helpText());
    };

    Request request;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    request.imageIndex = parser.value(image).toInt(&ok) - 1;
    if (!parser.isSet(image))
        return usage(tr("--image N is required"));
    if (!ok || request.imageIndex < 0)
        return usage(tr("--image takes a number, from 1"));
    request.fromXmp = parser.isSet(fromXmp);
    if (request.fromXmp == parser.isSet(format))
        return usage(tr("give either --from-xmp or --format FORMAT FILE"));
    if (request.fromXmp && positional.size() > 1)
        return usage(tr("--from-xmp reads the image's XMP and takes no FILE"));
    if (!request.fromXmp) {
        request.format = parser.value(format).toLower();
        if (request.format != u"labelme"_s && request.format != u"coco"_s
            && request.format != u"via"_s)
            return usage(
                tr("unknown format “%1”; use labelme, coco or via").arg(parser.value(format)));
        if (positional.size() < 2)
            return usage(tr("--format %1 needs the FILE to import").arg(request.format));
        request.file = positional.at(1);
    }
    if (parser.isSet(cocoImageId) && request.format != u"coco"_s)
        return usage(tr("--coco-image-id goes with --format coco"));
    if (parser.isSet(viaAttribute) && request.format != u"via"_s)
        return usage(tr("--via-attribute goes with --format via"));
    request.cocoImageId = parser.value(cocoImageId).trimmed();
    request.viaAttribute = parser.value(viaAttribute);
    for (const QString &value : parser.values(map)) {
        const qsizetype equals = value.indexOf(u'=');
        const QString from = value.left(equals).trimmed();
        const QString to = value.mid(equals + 1).trimmed();
        if (equals < 0 || from.isEmpty() || to.isEmpty())
            return usage(tr("--map takes FROM=TO, e.g. --map car=vehicle; got “%1”").arg(value));
        // The planner looks a label up as written, then in lower case.
        request.labelMap.insert(from, to);
        request.labelMap.insert(from.toLower(), to);
    }
    request.dryRun = parser.isSet(dryRun);
    request.json = parser.isSet(json);

    std::optional<ShapeImport> shapes;
    bool findings = false;
    const QString article = positional.at(0);
    int code = ExitSuccess;
    if (request.dryRun) {
        auto doc = CliSupport::openDocument(article, context, &code);
        if (!doc)
            return code;
        code = importInto(context, request, *doc, context.out, &shapes, &findings);
    } else {
        code = CliSupport::editDocument(
            article, context, [&](ArticleDocument &doc, QTextStream &out) {
                doc.setAuthor(CliSupport::author(parser, author));
                return importInto(context, request, doc, out, &shapes, &findings);
            });
    }
    if (code != ExitSuccess)
        return code;
    return findings ? ExitFindings : ExitSuccess;
}

int runRegions(CommandContext &context)
{
    const QString command = context.arguments.value(0);
    const QString sub = context.arguments.value(1);
    const QString help = regionUsage(command)
        + RegionImportCommand::tr("Import: %1 import ARTICLE --image N (--from-xmp | --format "
                                  "labelme|coco|via FILE) [--map FROM=TO]... [--coco-image-id ID] "
                                  "[--via-attribute NAME] [--dry-run] [--json] (import --help)\n")
              .arg(command);
    if (sub == u"import"_s) {
        CommandContext inner {context.arguments.mid(1), context.out, context.err};
        inner.arguments[0] = command + u" import"_s;
        return RegionImportCommand::run(inner);
    }
    if (sub == u"--help"_s || sub == u"-h"_s) {
        context.out << help;
        return ExitSuccess;
    }
    // The rest is what `region` does, under this name; its own usage errors would not list import.
    static const QStringList regionSubcommands = {u"add"_s, u"list"_s, u"set"_s, u"remove"_s};
    if (!regionSubcommands.contains(sub))
        return CliSupport::usageError(
            context,
            sub.isEmpty() ? RegionImportCommand::tr("missing subcommand")
                          : RegionImportCommand::tr("unknown subcommand “%1”").arg(sub),
            help);
    return runRegion(context);
}

} // namespace provena::cli
