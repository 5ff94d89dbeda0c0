// SPDX-License-Identifier: MIT
// `provena-cli link ARTICLE REGION_ID --text TEXT[@N]`: link a region to a span of the article.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/commands/linkregiontextcommand.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class LinkCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkCommand)

public:
    static int run(CommandContext &context);
};

int LinkCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Link a region to a span of the article text and save the sidecar. Prints the text "
           "anchor's id and its code point range."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption text(
        u"text"_s, tr("The exact text; TEXT@N takes its N-th occurrence (from 1)."), u"TEXT"_s);
    const QCommandLineOption author(
        u"author"_s, tr("Who is annotating (default: your name in Preferences, else $USER)."),
        u"NAME"_s);
    const QCommandLineOption note(
        u"note"_s, tr("A note on the text span itself (only when the span is new)."), u"TEXT"_s);
    parser.addOptions({help, text, author, note});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"REGION_ID"_s, tr("The region id (or a unique prefix)."));
    if (const int code
        = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s, u"REGION_ID"_s});
        code >= 0)
        return code;
    if (!parser.isSet(text) || parser.value(text).isEmpty())
        return CliSupport::usageError(context, tr("--text is required"), parser.helpText());
    return CliSupport::editDocument(
        parser.positionalArguments().at(0), context, [&](ArticleDocument &doc, QTextStream &out) {
            int exitCode = 0;
            const QUuid regionId = CliSupport::regionIdOrUsageError(
                doc, parser.positionalArguments().at(1), context, &exitCode);
            if (regionId.isNull())
                return exitCode;
            const TextSpec spec = CliSupport::parseTextSpec(parser.value(text));
            const TextRange range = CliSupport::findText(doc, spec);
            if (!range.isValid())
                return CliSupport::usageError(context,
                                              tr("“%1” (occurrence %2) is not in the article text")
                                                  .arg(spec.quote)
                                                  .arg(spec.occurrence));
            doc.setAuthor(CliSupport::author(parser, author));
            const QString &articleText = doc.article().text;
            TextAnchor anchor = makeTextAnchor(articleText, CodePointIndex(articleText), range);
            anchor.note = parser.value(note);
            auto *command = new LinkRegionToTextCommand(&doc, regionId, anchor);
            const QUuid anchorId = command->anchorId();
            // An obsolete command is not kept on the stack, so nothing is saved.
            if (command->isObsolete())
                context.err << tr("The region is already linked to this text; nothing changed.\n");
            doc.undoStack()->push(command);
            out << CliSupport::shortId(anchorId) << ' ' << range.start << ' ' << range.end << '\n';
            return int(ExitSuccess);
        });
}

int runLink(CommandContext &context)
{
    return LinkCommand::run(context);
}

} // namespace provena::cli
