// SPDX-License-Identifier: MIT
// `provena-cli inspect ARTICLE [--json]`: what Provena understands of one article file.
#include "cli/annotationcli.h"
#include "cli/articlejson.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "formats/articlereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(CommandContext &context);
};

int InspectCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print what Provena understands of an article file: title, date, byline, "
           "paragraphs and images with captions, credits and dates."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON (schema provena-inspect/1, see docs/inspect-json.md)."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file (.md, .txt)."));
    if (const int code = CliSupport::parseOrExit(parser, helpOption, context, {u"ARTICLE"_s});
        code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();

    const Result<Article> article
        = ArticleReader::readFile(positional.first(), CliSupport::readOptions(context));
    if (!article) {
        context.err << article.error().toString() << '\n';
        return ExitInputError;
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(
            QJsonDocument(articleToJson(article.value())).toJson(QJsonDocument::Indented));
    else
        context.out << articleSummary(article.value());
    return ExitSuccess;
}

int runInspect(CommandContext &context)
{
    return InspectCommand::run(context);
}

} // namespace provena::cli
