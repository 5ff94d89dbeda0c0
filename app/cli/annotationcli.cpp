// SPDX-License-Identifier: MIT
#include "cli/annotationcli.h"

#include "cli/exitcodes.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "metadata/metadatareader.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/sidecarlock.h"
#include "session/xmpexport.h"

#include <QRegularExpression>

namespace provena::cli {

namespace {

/** After a save, as the GUI does (DocumentSession): the images' XMP sidecars when the setting
 *  says so. The sidecar stands whatever happens here, so problems are warnings. */
void writeXmpSidecarsAfterSave(const ArticleDocument &doc, CommandContext &context)
{
    if (!XmpSettings::writeOnSave())
        return;
    MetadataReader::initialise();
    for (const QString &problem : XmpExport::writeOnSave(doc, true, XmpSettings::naming()))
        context.err << CliSupport::tr("warning: XMP sidecar: %1\n").arg(problem);
}

} // namespace

TextSpec CliSupport::parseTextSpec(const QString &value)
{
    static const QRegularExpression occurrence(QStringLiteral("^(.*)@([1-9][0-9]{0,6})$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    const auto m = occurrence.match(value);
    if (m.hasMatch() && !m.captured(1).isEmpty())
        return {m.captured(1), m.captured(2).toInt()};
    return {value, 1};
}

TextRange CliSupport::findText(const ArticleDocument &doc, const TextSpec &spec)
{
    const QString &text = doc.article().text;
    return findOccurrence(text, CodePointIndex(text), spec.quote, spec.occurrence);
}

int CliSupport::parseOrExit(QCommandLineParser &parser, const QCommandLineOption &help,
                            CommandContext &context, const QStringList &positionalNames,
                            int optionalCount)
{
    const QCommandLineOption allowOutside = allowOutsideOption();
    const bool opensArticle = positionalNames.value(0) == QLatin1String("ARTICLE");
    if (opensArticle)
        parser.addOption(allowOutside);
    // parse() rather than process(): process() would print and exit() on its own.
    if (!parser.parse(context.arguments))
        return usageError(context, parser.errorText(), parser.helpText());
    context.allowImagesOutsideFolder = opensArticle && parser.isSet(allowOutside);
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return ExitSuccess;
    }
    const qsizetype given = parser.positionalArguments().size();
    const qsizetype required = positionalNames.size() - optionalCount;
    if (given < required)
        return usageError(context,
                          tr("missing %1 argument(s)", nullptr, int(required - given))
                              .arg(positionalNames.mid(given, required - given).join(u' ')),
                          parser.helpText());
    if (given > positionalNames.size())
        return usageError(context,
                          tr("expected %1, got %n argument(s)", nullptr, int(given))
                              .arg(positionalNames.join(u' ')),
                          parser.helpText());
    return -1;
}

int CliSupport::usageError(CommandContext &context, const QString &message, const QString &help)
{
    context.err << context.arguments.value(0) << ": " << message << '\n';
    if (!help.isEmpty())
        context.err << '\n' << help;
    return ExitUsageError;
}

QCommandLineOption CliSupport::allowOutsideOption()
{
    return QCommandLineOption(
        QStringLiteral("allow-outside"),
        tr("Read image files the article references outside its own folder (\"../\", absolute "
           "paths, file: URLs, links out of the folder). Without it they are reported and not "
           "read."));
}

ReadOptions CliSupport::readOptions(const CommandContext &context)
{
    ReadOptions options;
    options.allowImagesOutsideFolder = context.allowImagesOutsideFolder;
    return options;
}

std::unique_ptr<ArticleDocument> CliSupport::openDocument(const QString &articlePath,
                                                          CommandContext &context, int *exitCode,
                                                          bool warn)
{
    OpenReport report;
    auto doc = DocumentIO::open(articlePath, &report, readOptions(context));
    if (!doc) {
        context.err << doc.error().toString() << '\n';
        *exitCode = ExitInputError;
        return nullptr;
    }
    if (report.sidecarUnreadable) {
        context.err << report.sidecarError.toString() << '\n'
                    << tr("The sidecar could not be read; nothing was changed. Fix it, or move "
                          "it aside, and run the command again.\n");
        *exitCode = ExitInputError;
        return nullptr;
    }
    if (warn) {
        for (const OpenReport::Anchor &a : std::as_const(report.orphaned))
            context.err << tr("warning: text anchor %1 (“%2”) is orphaned\n")
                               .arg(shortId(a.id), a.exact.left(60));
        for (const OpenReport::ImageProblem &p : std::as_const(report.imageProblems))
            context.err << tr("warning: image %1: %2\n").arg(p.index + 1).arg(p.detail);
    }
    *exitCode = ExitSuccess;
    return std::move(doc).value();
}

int CliSupport::editDocument(const QString &articlePath, CommandContext &context,
                             const DocumentEdit &edit)
{
    SidecarLock lock(DocumentIO::sidecarPathFor(articlePath));
    if (const Status locked = lock.acquire(); !locked) {
        context.err << locked.error().toString() << '\n' << tr("Nothing was changed.\n");
        return ExitInputError;
    }
    Error conflict;
    for (int attempt = 1; attempt <= kEditAttempts; ++attempt) {
        int exitCode = ExitSuccess;
        const std::unique_ptr<ArticleDocument> doc
            = openDocument(articlePath, context, &exitCode, attempt == 1);
        if (!doc)
            return exitCode;
        // Opening clears the undo stack: whatever is on it now is the edit's.
        QString output;
        QTextStream out(&output);
        if (const int code = edit(*doc, out); code != ExitSuccess)
            return code;
        out.flush();
        DocumentIO::WriteOutcome outcome;
        if (doc->undoStack()->count() > 0) {
            if (const Status saved = DocumentIO::save(*doc, &lock, &outcome); !saved) {
                if (!outcome.conflict) {
                    context.err << saved.error().toString() << '\n';
                    return ExitInputError;
                }
                conflict = saved.error();
                continue; // someone who ignores the lock wrote meanwhile: re-apply on theirs
            }
            writeXmpSidecarsAfterSave(*doc, context);
        }
        context.out << output;
        return ExitSuccess;
    }
    context.err << conflict.toString() << '\n'
                << tr("The sidecar kept changing while provena-cli saved (%n attempt(s)); "
                      "nothing was changed. Run the command again when the other program has "
                      "finished.\n",
                      nullptr, kEditAttempts);
    return ExitInputError;
}

QUuid CliSupport::findRegionId(const ArticleDocument &doc, const QString &text)
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

QUuid CliSupport::regionIdOrUsageError(const ArticleDocument &doc, const QString &text,
                                       CommandContext &context, int *exitCode)
{
    const QUuid id = findRegionId(doc, text);
    *exitCode = id.isNull()
        ? usageError(context, tr("no region (or more than one) matches “%1”").arg(text))
        : int(ExitSuccess);
    return id;
}

QString CliSupport::author(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    // The GUI's Preferences name (user/name), else the account's: the same author either way.
    return parser.isSet(option) ? parser.value(option) : DocumentSession::userName();
}

QString CliSupport::shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

int CliSupport::runSubcommand(CommandContext &context, const QString &help,
                              const QList<std::pair<QString, Subcommand>> &subcommands)
{
    const QString sub = context.arguments.value(1);
    if (sub == u"--help" || sub == u"-h") {
        context.out << help;
        return ExitSuccess;
    }
    CommandContext inner {context.arguments.mid(1), context.out, context.err};
    if (!inner.arguments.isEmpty())
        inner.arguments[0] = context.arguments.value(0) + u' ' + sub;
    for (const auto &[name, run] : subcommands) {
        if (name == sub)
            return run(inner);
    }
    return usageError(
        context, sub.isEmpty() ? tr("missing subcommand") : tr("unknown subcommand “%1”").arg(sub),
        help);
}

std::optional<SidecarPull::Take> CliSupport::takeSide(const QString &value)
{
    if (value == u"ours")
        return SidecarPull::Take::Ours;
    if (value == u"theirs")
        return SidecarPull::Take::Theirs;
    return std::nullopt;
}

int CliSupport::pushResolution(ArticleDocument &doc, Result<std::unique_ptr<QUndoCommand>> command,
                               const QString &item, CommandContext &context, QTextStream &out)
{
    if (!command) {
        context.err << tr("error: %1\n").arg(command.error().message);
        return int(ExitFindings);
    }
    doc.undoStack()->push(command.value().release());
    out << item << '\n';
    return int(ExitSuccess);
}

} // namespace provena::cli
