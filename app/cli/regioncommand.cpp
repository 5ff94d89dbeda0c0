// SPDX-License-Identifier: MIT
// `provena-cli region add|list|set|remove|resolve`: image regions in an article's sidecar.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/regionarguments.h"
#include "core/commands/addremoveregions.h"
#include "core/commands/changeregiongeometrycommand.h"
#include "core/commands/changeregionscommand.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/document/textanchoring.h"
#include "core/io/fileaccess.h"
#include "core/model/codepointindex.h"
#include "core/model/regionvalidator.h"
#include "session/sidecarpull.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class RegionCommand
{
    Q_DECLARE_TR_FUNCTIONS(RegionCommand)

public:
    static int run(CommandContext &context);
    /** The usage lines, under the name the command was called by. */
    static QString usage(const QString &command);

private:
    static int add(CommandContext &context);
    static int readRegionArray(CommandContext &context, const QString &file, QJsonArray *array,
                               QString *name);
    static int addRegions(CommandContext &context, ArticleDocument &doc, const QJsonArray &array,
                          const QString &name, QTextStream &out);
    static int list(CommandContext &context);
    static int set(CommandContext &context);
    static int remove(CommandContext &context);
    static int resolve(CommandContext &context);

    /** A warning for each image of `regions` whose size is unknown: no bounds check was made. */
    static void warnUncheckedBounds(CommandContext &context, const ArticleDocument &doc,
                                    const QList<Region> &regions);
};

void RegionCommand::warnUncheckedBounds(CommandContext &context, const ArticleDocument &doc,
                                        const QList<Region> &regions)
{
    QMap<int, int> unchecked; // image index -> regions on it, in image order
    for (const Region &r : regions) {
        if (!doc.imageRecord(r.imageIndex).sizeKnown())
            ++unchecked[r.imageIndex];
    }
    for (auto it = unchecked.cbegin(); it != unchecked.cend(); ++it)
        context.err << tr("warning: %1\n")
                           .arg(RegionValidator::unknownSizeWarning(it.key() + 1, it.value()));
}

int RegionCommand::add(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a region to an image of the article and save the sidecar. Exactly one shape "
           "option. Coordinates are image pixels (after EXIF orientation), origin top-left. "
           "Prints the new region's id.\n"
           "With --from-json FILE, adds every region of FILE (a JSON array of region objects as "
           "`region list --json` prints them; - reads standard input) in one step and one save, "
           "or none of them when one is not valid; prints the new ids, one per line."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption image(u"image"_s, tr("Image number, from 1 in article order."),
                                   u"N"_s);
    const QCommandLineOption rect(u"rect"_s, tr("Rectangle X,Y,W,H."), u"X,Y,W,H"_s);
    const QCommandLineOption ellipse(u"ellipse"_s, tr("Ellipse in the box X,Y,W,H."), u"X,Y,W,H"_s);
    const QCommandLineOption polygon(u"polygon"_s, tr("Polygon x1,y1,x2,y2,… (3+ points)."),
                                     u"POINTS"_s);
    const QCommandLineOption polyline(u"polyline"_s, tr("Polyline x1,y1,x2,y2,… (2+ points)."),
                                      u"POINTS"_s);
    const QCommandLineOption point(u"point"_s, tr("Point X,Y."), u"X,Y"_s);
    const QCommandLineOption label(
        u"label"_s, tr("Label id or name, e.g. person or \"Flag or insignia\"."), u"LABEL"_s);
    const QCommandLineOption note(u"note"_s, tr("A note on the region."), u"TEXT"_s);
    const QCommandLineOption entity(u"entity"_s, tr("Who or what the region shows."), u"NAME"_s);
    const QCommandLineOption identifier(
        u"identifier"_s, tr("An IRI identifying the entity, e.g. a Wikidata entity URL."),
        u"IRI"_s);
    const QCommandLineOption confidence(u"confidence"_s, tr("How sure you are, 0 to 1."), u"C"_s);
    const QCommandLineOption link(u"link"_s,
                                  tr("Link the region to this text of the article; "
                                     "TEXT@N takes the N-th occurrence. Repeatable."),
                                  u"TEXT"_s);
    const QCommandLineOption fromJson(
        u"from-json"_s, tr("Add the regions of this JSON file (- for standard input)."), u"FILE"_s);
    const QCommandLineOption author(
        u"author"_s, tr("Who is annotating (default: your name in Preferences, else $USER)."),
        u"NAME"_s);
    parser.addOptions({help, image, rect, ellipse, polygon, polyline, point, label, note, entity,
                       identifier, confidence, link, fromJson, author});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;

    const QList<const QCommandLineOption *> shapeOptions {&rect, &ellipse, &polygon, &polyline,
                                                          &point};
    int shapes = 0;
    for (const auto *o : shapeOptions)
        shapes += parser.isSet(*o) ? 1 : 0;

    if (parser.isSet(fromJson)) {
        for (const auto *o : {&image, &rect, &ellipse, &polygon, &polyline, &point, &label, &note,
                              &entity, &identifier, &confidence, &link}) {
            if (parser.isSet(*o))
                return CliSupport::usageError(
                    context,
                    tr("--from-json takes the regions from the file; --%1 cannot be combined "
                       "with it")
                        .arg(o->names().constFirst()),
                    parser.helpText());
        }
        // Read once, before the edit: standard input cannot be read again on a retry.
        QJsonArray array;
        QString name;
        if (const int code = readRegionArray(context, parser.value(fromJson), &array, &name);
            code != ExitSuccess)
            return code;
        return CliSupport::editDocument(parser.positionalArguments().first(), context,
                                        [&](ArticleDocument &doc, QTextStream &out) {
                                            doc.setAuthor(CliSupport::author(parser, author));
                                            return addRegions(context, doc, array, name, out);
                                        });
    }

    if (shapes != 1)
        return CliSupport::usageError(
            context, tr("give exactly one of --rect, --ellipse, --polygon, --polyline, --point"),
            parser.helpText());
    if (!parser.isSet(image))
        return CliSupport::usageError(context, tr("--image N is required"), parser.helpText());
    if (!parser.isSet(label))
        return CliSupport::usageError(context, tr("--label is required"), parser.helpText());

    RegionDraft draft;
    for (const auto *o : shapeOptions) {
        if (!parser.isSet(*o))
            continue;
        const Result<RegionGeometry> geometry
            = RegionArguments::parseShape(o->names().constFirst(), parser.value(*o));
        if (!geometry)
            return CliSupport::usageError(context, geometry.error().message);
        draft.geometry = geometry.value();
    }
    bool ok = false;
    draft.imageNumber = parser.value(image).toInt(&ok);
    if (!ok)
        return CliSupport::usageError(context, tr("--image takes a number, from 1"));
    draft.label = parser.value(label);
    draft.note = parser.value(note);
    draft.entity = {parser.value(entity), parser.value(identifier)};
    if (parser.isSet(confidence)) {
        const Result<double> c = RegionArguments::parseConfidence(parser.value(confidence));
        if (!c)
            return CliSupport::usageError(context, c.error().message);
        draft.confidence = c.value();
    }

    return CliSupport::editDocument(
        parser.positionalArguments().first(), context, [&](ArticleDocument &doc, QTextStream &out) {
            RegionDraft linked = draft;
            for (const QString &value : parser.values(link)) {
                const TextSpec spec = CliSupport::parseTextSpec(value);
                const TextRange range = CliSupport::findText(doc, spec);
                if (!range.isValid())
                    return CliSupport::usageError(
                        context,
                        tr("“%1” (occurrence %2) is not in the article text")
                            .arg(spec.quote)
                            .arg(spec.occurrence));
                linked.links.append(range);
            }
            const Result<NewRegion> checked = RegionArguments::check(doc, linked);
            if (!checked)
                return CliSupport::usageError(context, checked.error().message);

            doc.setAuthor(CliSupport::author(parser, author));
            const Region &region = checked->region;
            // The same commands the GUI pushes; one macro so it is one undo step there too.
            doc.undoStack()->beginMacro(QCoreApplication::translate("UndoCommands", "Add Region"));
            doc.undoStack()->push(new AddRegionsCommand(&doc, {region}));
            const QString &text = doc.article().text;
            const CodePointIndex index(text);
            for (const TextRange &range : checked->links)
                doc.undoStack()->push(new LinkRegionToTextCommand(
                    &doc, region.id, makeTextAnchor(text, index, range)));
            doc.undoStack()->endMacro();
            warnUncheckedBounds(context, doc, {region});
            out << CliSupport::shortId(region.id) << '\n';
            return int(ExitSuccess);
        });
}

int RegionCommand::readRegionArray(CommandContext &context, const QString &file, QJsonArray *array,
                                   QString *name)
{
    // Regions as JSON are small; the limit keeps a FIFO-fed or endless input from exhausting
    // memory. A file goes through FileAccess (regular files only, so a FIFO cannot block).
    constexpr qint64 kMaxRegionsJsonBytes = qint64(64) << 20;
    const bool fromStdin = file == u"-"_s;
    *name = fromStdin ? tr("standard input") : file;
    QByteArray bytes;
    if (fromStdin) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            context.err << tr("%1: cannot read: %2\n").arg(*name, input.errorString());
            return ExitInputError;
        }
        while (bytes.size() <= kMaxRegionsJsonBytes) {
            const QByteArray chunk = input.read(qint64(1) << 20);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (bytes.size() > kMaxRegionsJsonBytes) {
            context.err << tr("%1: more than %2 MiB of regions; pass them in smaller batches\n")
                               .arg(*name)
                               .arg(kMaxRegionsJsonBytes >> 20);
            return ExitInputError;
        }
    } else {
        const Result<QByteArray> read
            = FileAccess::readRegularFile(file, kMaxRegionsJsonBytes, tr("The regions file"));
        if (!read) {
            context.err << read.error().toString() << u'\n';
            return ExitInputError;
        }
        bytes = read.value();
    }
    const Result<QJsonArray> parsed = RegionArguments::regionsFromJson(bytes, *name);
    if (!parsed) {
        context.err << parsed.error().toString() << '\n';
        return ExitInputError;
    }
    *array = parsed.value();
    return ExitSuccess;
}

int RegionCommand::addRegions(CommandContext &context, ArticleDocument &doc,
                              const QJsonArray &array, const QString &name, QTextStream &out)
{
    // Every region is checked before any is added: all of them or none.
    QList<NewRegion> regions;
    QStringList problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Result<RegionDraft> draft = RegionArguments::draftFromJson(doc, array.at(i));
        const Result<NewRegion> checked
            = draft ? RegionArguments::check(doc, draft.value()) : draft.error();
        if (checked)
            regions.append(checked.value());
        else
            problems.append(u"%1: [%2]: %3"_s.arg(name).arg(i).arg(checked.error().message));
    }
    if (!problems.isEmpty()) {
        constexpr int kShown = 20;
        for (const QString &p : problems.mid(0, kShown))
            context.err << p << '\n';
        if (problems.size() > kShown)
            context.err << tr("… and %n more problem(s)\n", nullptr, int(problems.size() - kShown));
        context.err << tr("Nothing was added.\n");
        return ExitInputError;
    }
    if (regions.isEmpty()) {
        context.err << tr("%1: no regions; nothing was added.\n").arg(name);
        return ExitSuccess;
    }

    QList<Region> added;
    QList<QUuid> ids;
    for (const NewRegion &r : std::as_const(regions)) {
        added.append(r.region);
        ids.append(r.region.id);
    }
    const QString &text = doc.article().text;
    const CodePointIndex index(text);
    doc.undoStack()->beginMacro(QCoreApplication::translate("UndoCommands", "Add %n Region(s)",
                                                            nullptr, int(added.size())));
    doc.undoStack()->push(new AddRegionsCommand(&doc, added));
    for (const NewRegion &r : std::as_const(regions)) {
        for (const TextRange &range : r.links)
            doc.undoStack()->push(
                new LinkRegionToTextCommand(&doc, r.region.id, makeTextAnchor(text, index, range)));
    }
    doc.undoStack()->endMacro();
    warnUncheckedBounds(context, doc, added);
    for (const QUuid &id : std::as_const(ids))
        out << CliSupport::shortId(id) << '\n';
    return ExitSuccess;
}

int RegionCommand::list(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the regions of an article's sidecar."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;
    int exitCode = 0;
    auto doc = CliSupport::openDocument(parser.positionalArguments().first(), context, &exitCode);
    if (!doc)
        return exitCode;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Region &r : doc->regions())
            array.append(RegionArguments::toJson(*doc, r));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const Region &r : doc->regions()) {
        context.out << CliSupport::shortId(r.id) << "  image " << r.imageIndex + 1 << "  "
                    << r.label << "  " << RegionArguments::geometryText(r.geometry);
        if (r.hasConfidence())
            context.out << "  confidence " << r.confidence;
        if (r.needsReview)
            context.out << "  [needs review]";
        context.out << '\n';
        if (!r.entity.isEmpty()) {
            context.out << "    entity: " << r.entity.name;
            if (!r.entity.identifier.isEmpty())
                context.out << (r.entity.name.isEmpty() ? "<" : " <") << r.entity.identifier << '>';
            context.out << '\n';
        }
        if (!r.note.isEmpty())
            context.out << "    note: " << r.note << '\n';
        for (const MergeConflict &c : r.mergeConflicts)
            context.out << "    conflict in " << c.field << ": mine "
                        << RegionArguments::conflictValueText(c.ours) << " | theirs "
                        << RegionArguments::conflictValueText(c.theirs) << '\n';
        for (const QUuid &a : r.links) {
            if (const TextAnchor *anchor = doc->anchor(a))
                context.out << "    link: “" << anchor->exact << "” [" << anchor->range.start
                            << ", " << anchor->range.end << ")\n";
        }
    }
    return ExitSuccess;
}

int RegionCommand::set(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change a region's label, note, entity, confidence or shape and save the sidecar. "
           "Only what is given changes; an empty value clears a note, entity or identifier, "
           "--confidence none clears the confidence. Prints the region's id."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption label(u"label"_s, tr("Label id or name."), u"LABEL"_s);
    const QCommandLineOption note(u"note"_s, tr("The region's note."), u"TEXT"_s);
    const QCommandLineOption entity(u"entity"_s, tr("Who or what the region shows."), u"NAME"_s);
    const QCommandLineOption identifier(u"identifier"_s, tr("An IRI identifying the entity."),
                                        u"IRI"_s);
    const QCommandLineOption confidence(u"confidence"_s, tr("0 to 1, or none."), u"C"_s);
    const QCommandLineOption geometry(
        u"geometry"_s,
        tr("A new shape: rect=X,Y,W,H, ellipse=X,Y,W,H, polygon=x1,y1,…, polyline=x1,y1,… or "
           "point=X,Y."),
        u"SHAPE=…"_s);
    const QCommandLineOption author(
        u"author"_s, tr("Who is annotating (default: your name in Preferences, else $USER)."),
        u"NAME"_s);
    parser.addOptions({help, label, note, entity, identifier, confidence, geometry, author});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"ID"_s, tr("The region id (or a unique prefix of it)."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s, u"ID"_s});
        code >= 0)
        return code;
    if (!parser.isSet(label) && !parser.isSet(note) && !parser.isSet(entity)
        && !parser.isSet(identifier) && !parser.isSet(confidence) && !parser.isSet(geometry))
        return CliSupport::usageError(
            context,
            tr("nothing to change: give --label, --note, --entity, --identifier, --confidence "
               "or --geometry"),
            parser.helpText());
    std::optional<RegionGeometry> newGeometry;
    if (parser.isSet(geometry)) {
        const QString value = parser.value(geometry);
        const qsizetype equals = value.indexOf(u'=');
        const Result<RegionGeometry> parsed = equals < 0
            ? Result<RegionGeometry>(
                Error {tr("--geometry takes SHAPE=NUMBERS, e.g. rect=10,20,30,40"), {}, {}})
            : RegionArguments::parseShape(value.left(equals).trimmed(), value.mid(equals + 1));
        if (!parsed)
            return CliSupport::usageError(context, parsed.error().message);
        newGeometry = parsed.value();
    }
    std::optional<double> newConfidence;
    if (parser.isSet(confidence)) {
        const Result<double> c = RegionArguments::parseConfidence(parser.value(confidence));
        if (!c)
            return CliSupport::usageError(context, c.error().message);
        newConfidence = c.value();
    }

    const auto change = [&](ArticleDocument &doc, QTextStream &out) {
        int exitCode = 0;
        const QUuid id = CliSupport::regionIdOrUsageError(doc, parser.positionalArguments().at(1),
                                                          context, &exitCode);
        if (id.isNull())
            return exitCode;
        const Region before = *doc.region(id);
        Region after = before;
        ChangeRegionsCommand::Properties properties;
        if (parser.isSet(label)) {
            const Label *chosen = doc.labels().findByIdOrName(parser.value(label));
            if (!chosen)
                return CliSupport::usageError(
                    context,
                    tr("unknown label “%1”; `provena-cli labels` lists them")
                        .arg(parser.value(label)));
            after.label = chosen->id;
            properties |= ChangeRegionsCommand::Label;
        }
        if (parser.isSet(note)) {
            after.note = parser.value(note);
            properties |= ChangeRegionsCommand::Note;
        }
        if (parser.isSet(entity) || parser.isSet(identifier)) {
            if (parser.isSet(entity))
                after.entity.name = parser.value(entity);
            if (parser.isSet(identifier))
                after.entity.identifier = parser.value(identifier);
            properties |= ChangeRegionsCommand::EntityProperty;
        }
        if (newConfidence) {
            after.confidence = *newConfidence;
            properties |= ChangeRegionsCommand::Confidence;
        }
        if (newGeometry)
            after.geometry = *newGeometry;
        const QList<RegionProblem> problems = RegionValidator::problems(
            after, doc.imageRecord(after.imageIndex).pixelSize, &doc.labels());
        if (!problems.isEmpty())
            return CliSupport::usageError(
                context,
                problems.first().field == u"geometry"_s
                    ? tr("image %1: %2").arg(after.imageIndex + 1).arg(problems.first().message)
                    : problems.first().message);
        if (after == before) {
            context.err << tr("The region already has these values; nothing changed.\n");
            out << CliSupport::shortId(id) << '\n';
            return int(ExitSuccess);
        }

        doc.setAuthor(CliSupport::author(parser, author));
        // The GUI's commands: properties and geometry, as one undo step.
        doc.undoStack()->beginMacro(QCoreApplication::translate("UndoCommands", "Change Region"));
        if (properties)
            doc.undoStack()->push(new ChangeRegionsCommand(&doc, {after}, properties));
        if (newGeometry && *newGeometry != before.geometry)
            doc.undoStack()->push(new ChangeRegionGeometryCommand(&doc, {{id, *newGeometry}}));
        doc.undoStack()->endMacro();
        if (newGeometry)
            warnUncheckedBounds(context, doc, {after});
        out << CliSupport::shortId(id) << '\n';
        return int(ExitSuccess);
    };
    return CliSupport::editDocument(parser.positionalArguments().at(0), context, change);
}

int RegionCommand::remove(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Remove a region (and its links) from an article's sidecar and save it. Text spans "
           "that only this region linked to, with no note of their own, go too."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"ID"_s, tr("The region id (or a unique prefix of it)."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s, u"ID"_s});
        code >= 0)
        return code;
    return CliSupport::editDocument(
        parser.positionalArguments().at(0), context, [&](ArticleDocument &doc, QTextStream &out) {
            int exitCode = 0;
            const QUuid id = CliSupport::regionIdOrUsageError(
                doc, parser.positionalArguments().at(1), context, &exitCode);
            if (id.isNull())
                return exitCode;
            doc.undoStack()->push(new RemoveRegionsCommand(&doc, {id}));
            out << CliSupport::shortId(id) << '\n';
            return int(ExitSuccess);
        });
}

int RegionCommand::resolve(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolve a merge conflict of a region (a field both sides of a merge changed, as "
           "`region list` shows it) and save the sidecar: --take ours keeps the value the region "
           "shows, --take theirs sets the other side's. Prints the region's id."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption region(u"region"_s, tr("The region id (or a unique prefix)."),
                                    u"ID"_s);
    const QCommandLineOption field(u"field"_s, tr("The conflicting field, e.g. body."), u"F"_s);
    const QCommandLineOption take(u"take"_s, tr("ours or theirs."), u"SIDE"_s);
    parser.addOptions({help, region, field, take});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;
    const std::optional<SidecarPull::Take> side = CliSupport::takeSide(parser.value(take));
    if (!parser.isSet(region) || !parser.isSet(field) || !side)
        return CliSupport::usageError(context,
                                      tr("--region, --field and --take ours|theirs are required"));
    return CliSupport::editDocument(
        parser.positionalArguments().at(0), context, [&](ArticleDocument &doc, QTextStream &out) {
            int exitCode = 0;
            const QUuid id
                = CliSupport::regionIdOrUsageError(doc, parser.value(region), context, &exitCode);
            if (id.isNull())
                return exitCode;
            return CliSupport::pushResolution(
                doc, SidecarPull::resolve(doc, id, parser.value(field), *side),
                CliSupport::shortId(id), context, out);
        });
}

QString RegionCommand::usage(const QString &command)
{
    // `command` is "provena-cli region", or "provena-cli regions", which dispatches here.
    return tr("Usage: %1 add ARTICLE --image N SHAPE --label L [--note T] "
              "[--entity NAME] [--identifier IRI] [--confidence C] [--link TEXT[@N]]...\n"
              "       %1 add ARTICLE --from-json FILE\n"
              "       %1 list ARTICLE [--json]\n"
              "       %1 set ARTICLE ID [--label L] [--note T] [--entity NAME] "
              "[--identifier IRI] [--confidence C] [--geometry SHAPE=…]\n"
              "       %1 remove ARTICLE ID\n"
              "       %1 resolve ARTICLE --region ID --field F --take ours|theirs\n"
              "SHAPE: --rect X,Y,W,H | --ellipse X,Y,W,H | --polygon x1,y1,... | "
              "--polyline x1,y1,... | --point X,Y\n")
        .arg(command);
}

int RegionCommand::run(CommandContext &context)
{
    return CliSupport::runSubcommand(context, usage(context.arguments.value(0)),
                                     {{u"add"_s, add},
                                      {u"list"_s, list},
                                      {u"set"_s, set},
                                      {u"remove"_s, remove},
                                      {u"resolve"_s, resolve}});
}

int runRegion(CommandContext &context)
{
    return RegionCommand::run(context);
}

QString regionUsage(const QString &command)
{
    return RegionCommand::usage(command);
}

} // namespace provena::cli
