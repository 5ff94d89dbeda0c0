// SPDX-License-Identifier: MIT
// `provena-cli inspect ARTICLE [--json]`: what Provena understands of one article file.
#include "cli/articlejson.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "formats/articlereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

int runInspect(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "inspect",
        "Print what Provena understands of an article file: title, date, byline, "
        "paragraphs and images with captions, credits and dates."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s},
                                        QCoreApplication::translate("inspect", "Show this help."));
    const QCommandLineOption jsonOption(
        u"json"_s,
        QCoreApplication::translate("inspect",
                                    "Print JSON (schema provena-inspect/1, "
                                    "see docs/inspect-json.md)."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(
        u"ARTICLE"_s, QCoreApplication::translate("inspect", "The article file (.md, .txt)."));

    // parse() instead of process(): process() would print and exit() on its own.
    if (!parser.parse(context.arguments)) {
        context.err << context.arguments.value(0) << ": " << parser.errorText() << "\n\n"
                    << parser.helpText();
        return ExitUsageError;
    }
    if (parser.isSet(helpOption)) {
        context.out << parser.helpText();
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << context.arguments.value(0) << ": "
                    << (positional.isEmpty()
                            ? QCoreApplication::translate("inspect", "missing ARTICLE argument")
                            : QCoreApplication::translate("inspect", "expected one ARTICLE, got %1")
                                  .arg(positional.size()))
                    << "\n\n"
                    << parser.helpText();
        return ExitUsageError;
    }

    const Result<Article> article = ArticleReader::readFile(positional.first());
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

} // namespace provena::cli
