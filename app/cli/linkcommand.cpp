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

int runLink(CommandContext &context)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("link", text);
    };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Link a region to a span of the article text and save the sidecar. Prints the text "
           "anchor's id and its code point range."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption text(
        u"text"_s, tr("The exact text; TEXT@N takes its N-th occurrence (from 1)."), u"TEXT"_s);
    const QCommandLineOption author(u"author"_s, tr("Who is annotating (default: $USER)."),
                                    u"NAME"_s);
    const QCommandLineOption note(
        u"note"_s, tr("A note on the text span itself (only when the span is new)."), u"TEXT"_s);
    parser.addOptions({help, text, author, note});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"REGION_ID"_s, tr("The region id (or a unique prefix)."));
    if (const int code = parseOrExit(parser, help, context, 2, u"ARTICLE REGION_ID"_s); code >= 0)
        return code;
    if (!parser.isSet(text) || parser.value(text).isEmpty()) {
        context.err << context.arguments.value(0) << ": " << tr("--text is required") << "\n\n"
                    << parser.helpText();
        return ExitUsageError;
    }
    int exitCode = 0;
    auto doc = openDocument(parser.positionalArguments().at(0), context, &exitCode);
    if (!doc)
        return exitCode;
    const QUuid regionId = findRegionId(*doc, parser.positionalArguments().at(1));
    if (regionId.isNull()) {
        context.err << context.arguments.value(0) << ": "
                    << tr("no region (or more than one) matches “%1”")
                           .arg(parser.positionalArguments().at(1))
                    << '\n';
        return ExitUsageError;
    }
    const TextSpec spec = parseTextSpec(parser.value(text));
    const TextRange range = findText(*doc, spec);
    if (!range.isValid()) {
        context.err << context.arguments.value(0) << ": "
                    << tr("“%1” (occurrence %2) is not in the article text")
                           .arg(spec.quote)
                           .arg(spec.occurrence)
                    << '\n';
        return ExitUsageError;
    }
    doc->setAuthor(parser.isSet(author) ? parser.value(author)
                                        : qEnvironmentVariable("USER", u"analyst"_s));
    const QString &articleText = doc->article().text;
    TextAnchor anchor = makeTextAnchor(articleText, CodePointIndex(articleText), range);
    anchor.note = parser.value(note);
    auto *command = new LinkRegionToTextCommand(doc.get(), regionId, anchor);
    const QUuid anchorId = command->anchorId();
    const bool already = command->isObsolete();
    doc->undoStack()->push(command);
    if (already) {
        context.err << tr("The region is already linked to this text; nothing changed.\n");
        context.out << shortId(anchorId) << ' ' << range.start << ' ' << range.end << '\n';
        return ExitSuccess;
    }
    if (const int code = saveDocument(*doc, context); code != ExitSuccess)
        return code;
    context.out << shortId(anchorId) << ' ' << range.start << ' ' << range.end << '\n';
    return ExitSuccess;
}

} // namespace provena::cli
