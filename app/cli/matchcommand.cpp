// SPDX-License-Identifier: MIT
// `provena-cli match IMAGE_A IMAGE_B [--json]`: whether B shows the same photo as A and how
// (ImageMatcher): hashes, distance, transform, scale, B's rectangle in A's pixels.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/matchjson.h"
#include "media/imagematcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class MatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)

public:
    static int run(CommandContext &context);
};

int MatchCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare two images: SHA-256, perceptual hashes and their distance (also with B "
           "mirrored), then align them with feature matching. Prints how B relates to A "
           "(identical, re-encoded, cropped, scaled, rotated, mirrored), the transform from B's "
           "pixels to A's, the scale and where B lies in A as a rectangle in A's pixels. Exit "
           "code 0 when they show the same picture, 1 when they do not, 2 when a file cannot be "
           "read."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON (schema provena-match/1, see docs/cli.md)."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"IMAGE_A"_s, tr("The reference image (e.g. the original)."));
    parser.addPositionalArgument(u"IMAGE_B"_s, tr("The other version (crop, re-encode …)."));
    if (const int code
        = CliSupport::parseOrExit(parser, helpOption, context, {u"IMAGE_A"_s, u"IMAGE_B"_s});
        code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();

    const ImageMatcher matcher(paths.at(0));
    if (!matcher.isValid()) {
        context.err << "provena-cli match: " << matcher.error().toString() << '\n';
        return ExitInputError;
    }
    const Result<ImageMatch> match = matcher.compareFile(paths.at(1));
    if (!match) {
        context.err << "provena-cli match: " << match.error().toString() << '\n';
        return ExitInputError;
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(
            QJsonDocument(MatchJson::comparison(match.value())).toJson(QJsonDocument::Indented));
    else
        MatchJson::printText(context.out, match.value());
    if (!match->samePicture) {
        context.err << "provena-cli match: " << match->noMatchMessage() << '\n';
        return ExitFindings;
    }
    return ExitSuccess;
}

int runMatch(CommandContext &context)
{
    return MatchCommand::run(context);
}

} // namespace provena::cli
