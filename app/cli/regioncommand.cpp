// SPDX-License-Identifier: MIT
// `provena-cli region add|list|remove`: image regions in an article's sidecar.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/commands/addremoveregions.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("region", text);
}

std::optional<QList<double>> parseNumbers(const QString &value)
{
    QList<double> out;
    for (const QString &part : value.split(u',')) {
        bool ok = false;
        const double d = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return std::nullopt;
        out.append(d);
    }
    return out;
}

QPolygonF pairs(const QList<double> &n)
{
    QPolygonF p;
    for (qsizetype i = 0; i + 1 < n.size(); i += 2)
        p << QPointF(n.at(i), n.at(i + 1));
    return p;
}

int usage(CommandContext &context, const QString &message, const QString &help = {})
{
    context.err << context.arguments.value(0) << ": " << message << '\n';
    if (!help.isEmpty())
        context.err << '\n' << help;
    return ExitUsageError;
}

int runAdd(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a region to an image of the article and save the sidecar. Exactly one shape "
           "option. Coordinates are image pixels (after EXIF orientation), origin top-left. "
           "Prints the new region's id."));
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
    const QCommandLineOption link(u"link"_s,
                                  tr("Link the region to this text of the article; "
                                     "TEXT@N takes the N-th occurrence. Repeatable."),
                                  u"TEXT"_s);
    const QCommandLineOption author(u"author"_s, tr("Who is annotating (default: $USER)."),
                                    u"NAME"_s);
    parser.addOptions(
        {help, image, rect, ellipse, polygon, polyline, point, label, note, link, author});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = parseOrExit(parser, help, context, 1, u"ARTICLE"_s); code >= 0)
        return code;

    int shapes = 0;
    for (const auto *o : {&rect, &ellipse, &polygon, &polyline, &point})
        shapes += parser.isSet(*o) ? 1 : 0;
    if (shapes != 1)
        return usage(context,
                     tr("give exactly one of --rect, --ellipse, --polygon, --polyline, --point"),
                     parser.helpText());
    if (!parser.isSet(image))
        return usage(context, tr("--image N is required"), parser.helpText());
    if (!parser.isSet(label))
        return usage(context, tr("--label is required"), parser.helpText());

    RegionGeometry geometry;
    QString shapeError;
    auto numbers = [&](const QCommandLineOption &o) {
        return parseNumbers(parser.value(o));
    };
    if (parser.isSet(rect) || parser.isSet(ellipse)) {
        const auto n = numbers(parser.isSet(rect) ? rect : ellipse);
        if (!n || n->size() != 4 || n->at(2) <= 0 || n->at(3) <= 0)
            return usage(context, tr("expected X,Y,W,H with positive W and H"));
        const QRectF box(n->at(0), n->at(1), n->at(2), n->at(3));
        geometry
            = parser.isSet(rect) ? RegionGeometry::rectangle(box) : RegionGeometry::ellipse(box);
    } else if (parser.isSet(polygon) || parser.isSet(polyline)) {
        const bool closed = parser.isSet(polygon);
        const auto n = numbers(closed ? polygon : polyline);
        const int minimum = closed ? 3 : 2;
        if (!n || n->size() % 2 != 0 || n->size() < 2 * minimum)
            return usage(context,
                         tr("expected x1,y1,x2,y2,… with at least %1 points").arg(minimum));
        geometry
            = closed ? RegionGeometry::polygon(pairs(*n)) : RegionGeometry::polyline(pairs(*n));
    } else {
        const auto n = numbers(point);
        if (!n || n->size() != 2)
            return usage(context, tr("expected X,Y"));
        geometry = RegionGeometry::point(QPointF(n->at(0), n->at(1)));
    }
    if (!geometry.isValid())
        return usage(context, tr("the shape is not valid"));

    int exitCode = 0;
    auto doc = openDocument(parser.positionalArguments().first(), context, &exitCode);
    if (!doc)
        return exitCode;

    bool ok = false;
    const int imageNumber = parser.value(image).toInt(&ok);
    const int imageCount = int(doc->article().images.size());
    if (!ok || imageNumber < 1 || imageNumber > imageCount)
        return usage(
            context,
            tr("--image must be between 1 and %1 (the article has %1 images)").arg(imageCount));
    const Label *chosen = doc->labels().findByIdOrName(parser.value(label));
    if (!chosen) {
        QStringList known;
        for (const Label &l : doc->labels().labels())
            known << l.id + u" (“"_s + l.name + u"”)"_s;
        return usage(context,
                     tr("unknown label “%1”; known labels (id or name): %2")
                         .arg(parser.value(label), known.join(u", ")));
    }
    const QString labelId = chosen->id;
    const QSize size = doc->imageRecord(imageNumber - 1).pixelSize;
    if (size.isValid()) {
        const QRectF bounds(0, 0, size.width(), size.height());
        const QRectF box = geometry.boundingRect();
        if (box.left() < 0 || box.top() < 0 || box.right() > bounds.right()
            || box.bottom() > bounds.bottom())
            return usage(context,
                         tr("the shape (%1,%2 to %3,%4) lies outside image %5, which is "
                            "%6×%7 pixels")
                             .arg(box.left())
                             .arg(box.top())
                             .arg(box.right())
                             .arg(box.bottom())
                             .arg(imageNumber)
                             .arg(size.width())
                             .arg(size.height()));
    }

    QList<TextRange> links;
    for (const QString &value : parser.values(link)) {
        const TextSpec spec = parseTextSpec(value);
        const TextRange range = findText(*doc, spec);
        if (!range.isValid())
            return usage(context,
                         tr("“%1” (occurrence %2) is not in the article text")
                             .arg(spec.quote)
                             .arg(spec.occurrence));
        links.append(range);
    }

    doc->setAuthor(parser.isSet(author) ? parser.value(author)
                                        : qEnvironmentVariable("USER", u"analyst"_s));
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = imageNumber - 1;
    region.geometry = geometry;
    region.label = labelId;
    region.note = parser.value(note);
    // The same commands the GUI pushes; one macro so it is one undo step there too.
    doc->undoStack()->beginMacro(tr("Add Region"));
    doc->undoStack()->push(new AddRegionsCommand(doc.get(), {region}));
    const QString &text = doc->article().text;
    const CodePointIndex index(text);
    for (const TextRange &range : std::as_const(links))
        doc->undoStack()->push(
            new LinkRegionToTextCommand(doc.get(), region.id, makeTextAnchor(text, index, range)));
    doc->undoStack()->endMacro();
    if (const int code = saveDocument(*doc, context); code != ExitSuccess)
        return code;
    context.out << shortId(region.id) << '\n';
    return ExitSuccess;
}

QString geometryText(const RegionGeometry &g)
{
    QStringList parts;
    for (const QPointF &p : g.points())
        parts << QString::number(p.x()) + u',' + QString::number(p.y());
    return RegionGeometry::shapeName(g.shape()) + u' ' + parts.join(u' ');
}

int runList(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the regions of an article's sidecar."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = parseOrExit(parser, help, context, 1, u"ARTICLE"_s); code >= 0)
        return code;
    int exitCode = 0;
    auto doc = openDocument(parser.positionalArguments().first(), context, &exitCode);
    if (!doc)
        return exitCode;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Region &r : doc->regions()) {
            QJsonArray points;
            for (const QPointF &p : r.geometry.points())
                points.append(QJsonArray {p.x(), p.y()});
            QJsonArray links;
            for (const QUuid &a : r.links) {
                const TextAnchor *anchor = doc->anchor(a);
                links.append(QJsonObject {{u"anchor"_s, shortId(a)},
                                          {u"text"_s, anchor ? anchor->exact : QString()},
                                          {u"start"_s, anchor ? anchor->range.start : -1},
                                          {u"end"_s, anchor ? anchor->range.end : -1}});
            }
            array.append(QJsonObject {
                {u"id"_s, shortId(r.id)},
                {u"image"_s, r.imageIndex + 1},
                {u"shape"_s, RegionGeometry::shapeName(r.geometry.shape())},
                {u"points"_s, points},
                {u"label"_s, r.label},
                {u"note"_s, r.note},
                {u"needsReview"_s, r.needsReview},
                {u"links"_s, links},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const Region &r : doc->regions()) {
        context.out << shortId(r.id) << "  image " << r.imageIndex + 1 << "  " << r.label << "  "
                    << geometryText(r.geometry);
        if (r.needsReview)
            context.out << "  [needs review]";
        context.out << '\n';
        if (!r.note.isEmpty())
            context.out << "    note: " << r.note << '\n';
        for (const QUuid &a : r.links) {
            if (const TextAnchor *anchor = doc->anchor(a))
                context.out << "    link: “" << anchor->exact << "” [" << anchor->range.start
                            << ", " << anchor->range.end << ")\n";
        }
    }
    return ExitSuccess;
}

int runRemove(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Remove a region (and its links) from an article's sidecar and save it."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"ID"_s, tr("The region id (or a unique prefix of it)."));
    if (const int code = parseOrExit(parser, help, context, 2, u"ARTICLE ID"_s); code >= 0)
        return code;
    int exitCode = 0;
    auto doc = openDocument(parser.positionalArguments().at(0), context, &exitCode);
    if (!doc)
        return exitCode;
    const QUuid id = findRegionId(*doc, parser.positionalArguments().at(1));
    if (id.isNull())
        return usage(context,
                     tr("no region (or more than one) matches “%1”")
                         .arg(parser.positionalArguments().at(1)));
    doc->undoStack()->push(new RemoveRegionsCommand(doc.get(), {id}));
    if (const int code = saveDocument(*doc, context); code != ExitSuccess)
        return code;
    context.out << shortId(id) << '\n';
    return ExitSuccess;
}

} // namespace

int runRegion(CommandContext &context)
{
    const QString sub = context.arguments.value(1);
    const QString helpText = tr("Usage: provena-cli region add ARTICLE --image N SHAPE --label L "
                                "[--note T] [--link TEXT[@N]]...\n"
                                "       provena-cli region list ARTICLE [--json]\n"
                                "       provena-cli region remove ARTICLE ID\n"
                                "SHAPE: --rect X,Y,W,H | --ellipse X,Y,W,H | --polygon x1,y1,... | "
                                "--polyline x1,y1,... | --point X,Y\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << helpText;
        return ExitSuccess;
    }
    CommandContext inner {context.arguments.mid(1), context.out, context.err};
    if (!inner.arguments.isEmpty())
        inner.arguments[0] = context.arguments.value(0) + u' ' + sub;
    if (sub == QLatin1String("add"))
        return runAdd(inner);
    if (sub == QLatin1String("list"))
        return runList(inner);
    if (sub == QLatin1String("remove"))
        return runRemove(inner);
    context.err << context.arguments.value(0) << ": "
                << (sub.isEmpty() ? tr("missing subcommand")
                                  : tr("unknown subcommand “%1”").arg(sub))
                << "\n\n"
                << helpText;
    return ExitUsageError;
}

} // namespace provena::cli
