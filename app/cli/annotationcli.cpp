// SPDX-License-Identifier: MIT
#include "cli/annotationcli.h"

#include "cli/exitcodes.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "session/documentio.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace provena::cli {

TextSpec parseTextSpec(const QString &value)
{
    static const QRegularExpression occurrence(QStringLiteral("^(.*)@([1-9][0-9]{0,6})$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const auto m = occurrence.match(value);
    if (m.hasMatch() && !m.captured(1).isEmpty())
        return {m.captured(1), m.captured(2).toInt()};
    return {value, 1};
}

TextRange findText(const ArticleDocument &doc, const TextSpec &spec)
{
    const QString &text = doc.article().text;
    return findOccurrence(text, CodePointIndex(text), spec.quote, spec.occurrence);
}

int parseOrExit(QCommandLineParser &parser, const QCommandLineOption &help, CommandContext &context,
                int positionalCount, const QString &positionalNames)
{
    if (!parser.parse(context.arguments)) {
        context.err << context.arguments.value(0) << ": " << parser.errorText() << "\n\n"
                    << parser.helpText();
        return ExitUsageError;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        context.err << context.arguments.value(0) << ": "
                    << QCoreApplication::translate("cli", "expected %1").arg(positionalNames)
                    << "\n\n"
                    << parser.helpText();
        return ExitUsageError;
    }
    return -1;
}

std::unique_ptr<ArticleDocument> openDocument(const QString &articlePath, CommandContext &context,
                                              int *exitCode)
{
    OpenReport report;
    auto doc = DocumentIO::open(articlePath, &report);
    if (!doc) {
        context.err << doc.error().toString() << '\n';
        *exitCode = ExitInputError;
        return nullptr;
    }
    if (report.sidecarUnreadable) {
        context.err << report.sidecarError.toString() << '\n'
                    << QCoreApplication::translate(
                           "cli",
                           "The sidecar could not be read; nothing was changed. Fix it, or "
                           "move it aside, and run the command again.\n");
        *exitCode = ExitInputError;
        return nullptr;
    }
    for (const OpenReport::Anchor &a : std::as_const(report.orphaned))
        context.err << QCoreApplication::translate("cli",
                                                   "warning: text anchor %1 (“%2”) is orphaned\n")
                           .arg(shortId(a.id), a.exact.left(60));
    *exitCode = ExitSuccess;
    return std::move(doc).value();
}

int saveDocument(ArticleDocument &doc, CommandContext &context)
{
    const Status saved = DocumentIO::save(doc);
    if (!saved) {
        context.err << saved.error().toString() << '\n';
        return ExitInputError;
    }
    return ExitSuccess;
}

QUuid findRegionId(const ArticleDocument &doc, const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("urn:uuid:")))
        s = s.mid(9);
    s.remove(u'{').remove(u'}');
    const QUuid exact = QUuid::fromString(s);
    if (!exact.isNull())
        return doc.region(exact) ? exact : QUuid();
    if (s.size() < 4)
        return {};
    QUuid found;
    for (const Region &r : doc.regions()) {
        if (r.id.toString(QUuid::WithoutBraces).startsWith(s, Qt::CaseInsensitive)) {
            if (!found.isNull())
                return {}; // ambiguous
            found = r.id;
        }
    }
    return found;
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace provena::cli
