// SPDX-License-Identifier: MIT
// `provena-cli git-setup [REPO]`: installs `provena-cli merge` as the git merge driver of
// sidecars in a repository (docs/collaboration.md).
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/io/fileaccess.h"
#include "core/io/savefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class GitSetupCommand
{
    Q_DECLARE_TR_FUNCTIONS(GitSetupCommand)

public:
    static int run(CommandContext &context);

    /** The line .gitattributes needs. */
    static inline const QString kAttributesLine = u"*.provena.jsonld merge=provena"_s;
    /** What .gitignore gets: the sidecar's backup and its save lock are this clone's own. */
    static inline const QStringList kIgnoreLines
        = {u"*.provena.jsonld~"_s, u"*.provena.jsonld.lock"_s};

private:
    /** Runs git with `arguments`; its stdout, or an Error with git's stderr. */
    static Result<QString> git(const QStringList &arguments);
    /**
     * How git should call this provena-cli: plain `provena-cli` when that name on PATH is this
     * very program (the config then survives a rebuild elsewhere and reads well), else its
     * absolute path, quoted for the shell git runs drivers through.
     */
    static QString driverProgram();
    /** Appends those of `lines` that `path` lacks (atomically); `added` lists them. */
    static Status addMissingLines(const QString &path, const QStringList &lines,
                                  QStringList *added);
};

Result<QString> GitSetupCommand::git(const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(u"git"_s);
    if (program.isEmpty())
        return Error {
            tr("git was not found on PATH; install git (Debian: apt install git)."), {}, {}, 0, 0};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return Error {tr("git %1 failed.").arg(arguments.join(u' ')),
                      QString::fromLocal8Bit(process.readAllStandardError()).trimmed(),
                      {},
                      0,
                      0};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString GitSetupCommand::driverProgram()
{
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString onPath = QStandardPaths::findExecutable(u"provena-cli"_s);
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == self)
        return u"provena-cli"_s;
    QString quoted = self;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

Status GitSetupCommand::addMissingLines(const QString &path, const QStringList &lines,
                                        QStringList *added)
{
    added->clear();
    QByteArray content;
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        const Result<QByteArray> read = FileAccess::readRegularFile(path, qint64(16) * 1024 * 1024,
                                                                    QFileInfo(path).fileName());
        if (!read)
            return read.error();
        content = read.value();
    }
    QList<QByteArray> present;
    for (const QByteArray &line : content.split('\n'))
        present.append(line.simplified());
    QByteArray appended;
    for (const QString &line : lines) {
        if (present.contains(line.toUtf8()))
            continue;
        appended.append(line.toUtf8() + '\n');
        added->append(line);
    }
    if (appended.isEmpty())
        return Status::success();
    if (!content.isEmpty() && !content.endsWith('\n'))
        content.append('\n');
    const Status saved = saveAtomically(path, content + appended);
    if (!saved)
        added->clear();
    return saved;
}

int GitSetupCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Install provena-cli merge as the merge driver of sidecars (*.provena.jsonld) in a "
           "git repository: merge.provena.driver and merge.provena.name in the repository's "
           "config (through git config), the line “%1” in .gitattributes at its top, and "
           "“%2” in its .gitignore (the sidecar's backup and save lock), each when missing. "
           "Running it again changes nothing.\nExit 0: done; 2: not a git repository, "
           "or git or the file could not be run or written.")
            .arg(kAttributesLine, kIgnoreLines.join(u"”, “"_s)));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(
        u"REPO"_s, tr("A folder inside the repository (default: the current one)."), u"[REPO]"_s);
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"REPO"_s}, 1); code >= 0)
        return code;
    const QString repo = parser.positionalArguments().value(0, u"."_s);
    const Result<QString> top = git({u"-C"_s, repo, u"rev-parse"_s, u"--show-toplevel"_s});
    if (!top) {
        context.err << tr("%1: not inside a git repository (%2)\n")
                           .arg(repo,
                                top.error().detail.isEmpty() ? top.error().message
                                                             : top.error().detail);
        return ExitInputError;
    }
    const QString driver = driverProgram() + u" merge %O %A %B -o %A"_s;
    for (const QStringList &setting :
         {QStringList {u"merge.provena.name"_s, u"Provena sidecar merge (provena-cli merge)"_s},
          QStringList {u"merge.provena.driver"_s, driver}}) {
        const Result<QString> set
            = git({u"-C"_s, top.value(), u"config"_s, setting.at(0), setting.at(1)});
        if (!set) {
            context.err << set.error().toString() << '\n';
            return ExitInputError;
        }
    }
    context.out << tr("git config merge.provena.driver: %1\n").arg(driver);
    const QList<std::pair<QString, QStringList>> files
        = {{QDir(top.value()).filePath(u".gitattributes"_s), {kAttributesLine}},
           {QDir(top.value()).filePath(u".gitignore"_s), kIgnoreLines}};
    for (const auto &[path, lines] : files) {
        QStringList added;
        if (const Status status = addMissingLines(path, lines, &added); !status) {
            context.err << status.error().toString() << '\n';
            return ExitInputError;
        }
        for (const QString &line : lines)
            context.out << (added.contains(line) ? tr("%1: added “%2”\n")
                                                 : tr("%1: already has “%2”\n"))
                               .arg(path, line);
    }
    return ExitSuccess;
}

int runGitSetup(CommandContext &context)
{
    return GitSetupCommand::run(context);
}

} // namespace provena::cli
