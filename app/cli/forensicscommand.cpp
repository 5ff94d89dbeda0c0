// SPDX-License-Identifier: MIT
// `provena-cli forensics IMAGE --view ela|noise|gradient|copymove [--quality Q]
// [--amplification A] [-o OUT.png] [--json]` and `provena-cli jpeg-tables IMAGE [--json]`: the
// Forensics dock's views and JPEG tables without a display (ForensicView, JpegQuantization).
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/io/savefile.h"
#include "media/forensicview.h"
#include "media/imagedecoder.h"
#include "media/jpegquantization.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

QJsonObject rectJson(const QRect &rect)
{
    return QJsonObject {{u"x"_s, rect.x()},
                        {u"y"_s, rect.y()},
                        {u"width"_s, rect.width()},
                        {u"height"_s, rect.height()}};
}

struct Levels
{
    double mean = 0;
    int max = 0;
};

// Mean and maximum over the R, G and B values of an opaque view: how much it lights up.
Levels levelsOf(const QImage &image)
{
    Levels levels;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = row[x];
            sum += qRed(pixel) + qGreen(pixel) + qBlue(pixel);
            levels.max = std::max({levels.max, qRed(pixel), qGreen(pixel), qBlue(pixel)});
        }
    }
    const double values = 3.0 * double(rgb.width()) * rgb.height();
    levels.mean = values > 0 ? sum / values : 0;
    return levels;
}

} // namespace

class ForensicsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ForensicsCommand)

public:
    static int run(CommandContext &context);

private:
    static Status writePng(const QString &path, const QImage &image);
};

Status ForensicsCommand::writePng(const QString &path, const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error {tr("Could not encode the view as PNG for “%1”.").arg(path), {}, path};
    return saveAtomically(path, png);
}

int ForensicsCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compute a forensic view of an image: error level analysis (ela), noise residual "
           "(noise), luminance gradient (gradient) or copy-move clone detection (copymove). "
           "These are aids: they show evidence, they do not say an image is fake.\nExit 0: the "
           "view was computed (copymove: no cloned areas found); 1: copymove found cloned "
           "areas; 2: the image could not be read or the output not written; 64: bad command "
           "line."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption view(u"view"_s, tr("ela, noise, gradient or copymove."), u"VIEW"_s);
    const QCommandLineOption quality(
        u"quality"_s, tr("ela: the JPEG quality to recompress at, 1–100 (default 90)."), u"Q"_s);
    const QCommandLineOption amplification(
        u"amplification"_s,
        tr("ela and noise: the factor on the difference (default 20 for ela, 10 for noise)."),
        u"A"_s);
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        tr("Write the view as a PNG (copymove: the photo with the areas outlined)."), u"OUT.png"_s);
    const QCommandLineOption json(u"json"_s,
                                  tr("Print JSON (schema provena-forensics/1, see docs/cli.md)."));
    parser.addOptions({help, view, quality, amplification, output, json});
    parser.addPositionalArgument(u"IMAGE"_s, tr("The image file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"IMAGE"_s}); code >= 0)
        return code;
    const QString imagePath = parser.positionalArguments().first();

    if (!parser.isSet(view))
        return CliSupport::usageError(context,
                                      tr("--view is required (ela, noise, gradient or "
                                         "copymove)."));
    const std::optional<ForensicView::Kind> kind = ForensicView::fromId(parser.value(view));
    if (!kind)
        return CliSupport::usageError(context,
                                      tr("Unknown view “%1”: use ela, noise, gradient "
                                         "or copymove.")
                                          .arg(parser.value(view)));
    ForensicView::Parameters parameters;
    parameters.kind = *kind;
    if (parser.isSet(quality)) {
        bool ok = false;
        parameters.quality = parser.value(quality).toInt(&ok);
        if (!ok || parameters.quality < 1 || parameters.quality > 100)
            return CliSupport::usageError(
                context,
                tr("--quality must be a whole number from 1 to 100, not “%1”.")
                    .arg(parser.value(quality)));
    }
    if (parser.isSet(amplification)) {
        bool ok = false;
        parameters.amplification = parser.value(amplification).toDouble(&ok);
        if (!ok || parameters.amplification <= 0 || parameters.amplification > 1000)
            return CliSupport::usageError(
                context,
                tr("--amplification must be a number above 0 and at most 1000, not "
                   "“%1”.")
                    .arg(parser.value(amplification)));
    }

    const Result<QImage> photo = ImageDecoder::decode(imagePath);
    if (!photo) {
        context.err << "provena-cli forensics: " << photo.error().toString() << '\n';
        return ExitInputError;
    }
    const Result<ForensicView::Output> result = ForensicView::compute(photo.value(), parameters);
    if (!result) {
        context.err << "provena-cli forensics: " << imagePath << ": " << result.error().toString()
                    << '\n';
        return ExitInputError;
    }
    if (parser.isSet(output)) {
        const Status written = writePng(
            parser.value(output), ForensicView::exportImage(result.value(), *kind, photo.value()));
        if (!written) {
            context.err << "provena-cli forensics: " << written.error().toString() << '\n';
            return ExitInputError;
        }
    }

    const bool copyMove = *kind == ForensicView::Kind::CopyMove;
    const Levels levels = copyMove ? Levels {} : levelsOf(result->image);
    if (parser.isSet(json)) {
        QJsonObject root {{u"schema"_s, u"provena-forensics/1"_s},
                          {u"image"_s, imagePath},
                          {u"view"_s, ForensicView::id(*kind)},
                          {u"width"_s, photo->width()},
                          {u"height"_s, photo->height()}};
        if (*kind == ForensicView::Kind::ErrorLevel)
            root.insert(u"quality"_s, parameters.quality);
        if (result->amplification > 0)
            root.insert(u"amplification"_s, result->amplification);
        if (copyMove) {
            QJsonArray matches;
            for (const CopyMoveMatch &match : result->matches)
                matches.append(QJsonObject {{u"source"_s, rectJson(match.source)},
                                            {u"target"_s, rectJson(match.target)},
                                            {u"support"_s, match.support}});
            root.insert(u"matches"_s, matches);
        } else {
            root.insert(u"meanLevel"_s, std::round(levels.mean * 1000) / 1000);
            root.insert(u"maxLevel"_s, levels.max);
        }
        if (parser.isSet(output))
            root.insert(u"output"_s, parser.value(output));
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        context.out << ForensicView::title(*kind) << ": " << imagePath << " (" << photo->width()
                    << u'×' << photo->height() << ")\n";
        if (copyMove) {
            if (result->matches.isEmpty())
                context.out << tr("No cloned areas found.") << '\n';
            for (const CopyMoveMatch &match : result->matches)
                context.out << "  "
                            << tr("%1,%2 %3×%4 ↔ %5,%6 %7×%8 (%9 matching keypoints)")
                                   .arg(match.source.x())
                                   .arg(match.source.y())
                                   .arg(match.source.width())
                                   .arg(match.source.height())
                                   .arg(match.target.x())
                                   .arg(match.target.y())
                                   .arg(match.target.width())
                                   .arg(match.target.height())
                                   .arg(match.support)
                            << '\n';
        } else {
            context.out << tr("Mean level %1, maximum %2 (0–255).")
                               .arg(levels.mean, 0, 'f', 2)
                               .arg(levels.max)
                        << '\n';
        }
        if (parser.isSet(output))
            context.out << tr("Written to %1.").arg(parser.value(output)) << '\n';
        context.out << ForensicView::explanation(*kind) << '\n'
                    << tr("An aid: it shows evidence, it does not say the image is fake.") << '\n';
    }
    return copyMove && !result->matches.isEmpty() ? ExitFindings : ExitSuccess;
}

class JpegTablesCommand
{
    Q_DECLARE_TR_FUNCTIONS(JpegTablesCommand)

public:
    static int run(CommandContext &context);
};

int JpegTablesCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print a JPEG file's quantisation tables, the quality they correspond to on the IJG "
           "(libjpeg) scale and whether they are exactly libjpeg's standard tables.\nExit 0: "
           "tables printed; 1: the file is not a JPEG or has no tables; 2: the file could not "
           "be read; 64: bad command line."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption json(
        u"json"_s, tr("Print JSON (schema provena-jpeg-tables/1, see docs/cli.md)."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(u"IMAGE"_s, tr("The JPEG file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"IMAGE"_s}); code >= 0)
        return code;
    const QString imagePath = parser.positionalArguments().first();

    const Result<JpegQuantization> read = JpegQuantization::read(imagePath);
    if (!read) {
        context.err << "provena-cli jpeg-tables: " << read.error().toString() << '\n';
        return ExitInputError;
    }
    const JpegQuantization &tables = read.value();
    if (parser.isSet(json)) {
        QJsonArray tableArray;
        for (const JpegQuantTable &table : tables.tables) {
            QJsonArray values;
            for (const int value : table.values)
                values.append(value);
            tableArray.append(QJsonObject {{u"slot"_s, table.slot},
                                           {u"precisionBits"_s, table.precisionBits},
                                           {u"values"_s, values}});
        }
        QJsonObject root {{u"schema"_s, u"provena-jpeg-tables/1"_s},
                          {u"image"_s, imagePath},
                          {u"jpeg"_s, tables.isJpeg},
                          {u"tables"_s, tableArray},
                          {u"standardIjg"_s, tables.standardIjg},
                          {u"note"_s, tables.note}};
        if (tables.estimatedQuality > 0)
            root.insert(u"estimatedQuality"_s, tables.estimatedQuality);
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        context.out << imagePath << '\n';
        for (const JpegQuantTable &table : tables.tables) {
            context.out
                << '\n'
                << tr("Table %1 (%2-bit, natural order)").arg(table.slot).arg(table.precisionBits)
                << '\n';
            for (int row = 0; row < 8; ++row) {
                context.out << ' ';
                for (int column = 0; column < 8; ++column)
                    context.out
                        << QString::number(table.values.at(row * 8 + column)).rightJustified(4);
                context.out << '\n';
            }
        }
        if (tables.estimatedQuality > 0)
            context.out << '\n' << tr("Estimated quality: %1").arg(tables.estimatedQuality) << '\n';
        context.out << '\n' << tables.note << '\n';
    }
    return tables.isJpeg && !tables.tables.isEmpty() ? ExitSuccess : ExitFindings;
}

int runForensics(CommandContext &context)
{
    return ForensicsCommand::run(context);
}

int runJpegTables(CommandContext &context)
{
    return JpegTablesCommand::run(context);
}

} // namespace provena::cli
