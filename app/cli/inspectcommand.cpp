// SPDX-License-Identifier: MIT
// `provena-cli inspect ARTICLE [--json]`: what Provena understands of one article file.
#include "cli/annotationcli.h"
#include "cli/articlejson.h"
#include "cli/command.h"
#include "cli/conflictsjson.h"
#include "cli/exitcodes.h"
#include "formats/articlereader.h"
#include "formats/sidecarreader.h"
#include "session/documentio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(CommandContext &context);

private:
    /** The sidecar beside `articlePath`, when there is one that reads; says why when not. */
    static SidecarContent sidecarOf(const QString &articlePath, CommandContext &context);
};

SidecarContent InspectCommand::sidecarOf(const QString &articlePath, CommandContext &context)
{
    const QString path = DocumentIO::sidecarPathFor(articlePath);
    if (!QFileInfo::exists(path))
        return {};
    Result<SidecarContent> content = SidecarReader::readFile(path);
    if (!content) {
        // What the article holds is still printed; the sidecar is `validate`'s business.
        context.err << tr("warning: %1\n").arg(content.error().toString());
        return {};
    }
    return content.value();
}

int InspectCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print what Provena understands of an article file: title, date, byline, "
           "paragraphs and images with captions, credits and dates; and the merge conflicts "
           "its sidecar marks on claims, images, labels or its own fields."));
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
    const SidecarContent sidecar = sidecarOf(article->path, context);
    if (parser.isSet(jsonOption)) {
        QJsonObject json = articleToJson(article.value());
        json.insert(u"mergeConflicts"_s, collectionConflictsJson(sidecar));
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        context.out << articleSummary(article.value()) << collectionConflictsText(sidecar);
    }
    return ExitSuccess;
}

int runInspect(CommandContext &context)
{
    return InspectCommand::run(context);
}

} // namespace provena::cli
