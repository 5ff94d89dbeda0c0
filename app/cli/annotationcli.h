// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the subcommands: argument parsing and usage errors for all of them; opening,
// editing and saving, and finding things in a document for those that read or change
// annotations (region, link, validate).

#include "cli/command.h"
#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "core/model/textrange.h"
#include "formats/readoptions.h"
#include "session/sidecarpull.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace provena::cli {

/** "exact text" or "exact text@N" (N-th occurrence, from 1). */
struct TextSpec
{
    QString quote;
    int occurrence = 1;
};

class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    static TextSpec parseTextSpec(const QString &value);

    /** The code point range of `spec` in the document's article, or an invalid range. */
    static TextRange findText(const ArticleDocument &doc, const TextSpec &spec);

    /**
     * Parses the command line and handles --help and usage errors for every subcommand.
     * `positionalNames` are the positional arguments in order; the last `optionalCount` of them
     * may be left out. Subcommands whose first positional argument is "ARTICLE" get
     * allowOutsideOption() too, and its value in CommandContext::allowImagesOutsideFolder.
     * Returns -1 to go on, else the exit code (the help or the error, followed by the help
     * text, has been printed).
     */
    static int parseOrExit(QCommandLineParser &parser, const QCommandLineOption &help,
                           CommandContext &context, const QStringList &positionalNames,
                           int optionalCount = 0);

    /** A subcommand's entry point: its context's first argument is "COMMAND SUB". */
    using Subcommand = std::function<int(CommandContext &context)>;

    /**
     * Runs the subcommand named by the second argument (`provena-cli region add …`) with the
     * arguments after it; --help/-h prints `help`; a missing or unknown one is a usage error.
     */
    static int runSubcommand(CommandContext &context, const QString &help,
                             const QList<std::pair<QString, Subcommand>> &subcommands);

    /** Prints "COMMAND: message" (and `help` after a blank line, if given); ExitUsageError. */
    static int usageError(CommandContext &context, const QString &message,
                          const QString &help = {});

    /** --allow-outside: the one definition every subcommand that opens an article shares. */
    static QCommandLineOption allowOutsideOption();
    /** What reading the article may do, from the options parseOrExit() saw. */
    static ReadOptions readOptions(const CommandContext &context);

    /**
     * Opens through DocumentIO (with readOptions()); prints what went wrong and, when `warn`,
     * warnings about orphaned anchors and each image that is outside the article's folder,
     * missing, unreadable or not an image. Null on failure (`exitCode` set).
     */
    static std::unique_ptr<ArticleDocument> openDocument(const QString &articlePath,
                                                         CommandContext &context, int *exitCode,
                                                         bool warn = true);

    /**
     * An edit of an opened document: pushes its undo commands on `doc`'s stack, writes what the
     * command prints to `out`, and returns an ExitCode. Anything but ExitSuccess ends the edit
     * with nothing saved or printed (the edit has told the analyst why on context.err). It may
     * run more than once, each time on a freshly opened document, so it reads no input that
     * cannot be read twice.
     */
    using DocumentEdit = std::function<int(ArticleDocument &doc, QTextStream &out)>;

    /** How often editDocument() re-applies an edit when the sidecar changes under it. */
    static constexpr int kEditAttempts = 3;

    /**
     * One read-modify-write of ARTICLE's sidecar that loses no concurrent update. Holds the
     * SidecarLock from before opening until after saving, so other Provena writers wait; opens
     * the article, runs `edit`, saves when the edit pushed anything, and only then prints what
     * the edit wrote to `out`. When the save finds that a program which ignores the lock changed
     * the sidecar meanwhile, it opens the article again and re-runs `edit`, up to kEditAttempts
     * times in all, then gives up with ExitInputError: nothing is ever overwritten.
     */
    static int editDocument(const QString &articlePath, CommandContext &context,
                            const DocumentEdit &edit);

    /** A region id as a UUID, "{uuid}" or "urn:uuid:…", or a unique prefix of 4+ hex digits. */
    static QUuid findRegionId(const ArticleDocument &doc, const QString &text);

    /** findRegionId(), printing a usage error when nothing (or more than one) matches. */
    static QUuid regionIdOrUsageError(const ArticleDocument &doc, const QString &text,
                                      CommandContext &context, int *exitCode);

    /** The --author value, else DocumentSession::userName() (Preferences, $USER, "analyst"). */
    static QString author(const QCommandLineParser &parser, const QCommandLineOption &option);

    static QString shortId(const QUuid &id);

    /** The `--take` of the `resolve` subcommands: "ours" or "theirs", else nothing. */
    static std::optional<SidecarPull::Take> takeSide(const QString &value);

    /**
     * Pushes the command that resolves a merge conflict on `doc`'s stack and prints `item` to
     * `out`; or prints why there is none (ExitFindings). Shared by the `resolve` subcommands.
     */
    static int pushResolution(ArticleDocument &doc, Result<std::unique_ptr<QUndoCommand>> command,
                              const QString &item, CommandContext &context, QTextStream &out);
};

} // namespace provena::cli
