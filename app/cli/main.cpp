// SPDX-License-Identifier: MIT
// provena-cli: batch work without a display. Parses the subcommand and hands over; all logic
// lives in the libraries.
#include "bundle/zipwriter.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/i18n/language.h"
#include "media/imagedecoder.h"
#include "metadata/metadatareader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

using namespace provena::cli;

namespace {

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli",
                                          "Usage: provena-cli COMMAND [OPTIONS] ARGS...\n"
                                          "       provena-cli COMMAND --help\n\nCommands:\n");
    for (const Command &command : allCommands())
        stream << "  " << command.name.leftJustified(16) << command.summary << '\n';
    stream << QCoreApplication::translate(
        "cli",
        "\nExit codes: 0 success, 1 problems found, 2 input error, 64 usage error.\n"
        "Options: --help, --version, --lang CODE (before the command)\n");
}

/** The command's argument, past a leading --lang CODE (argv, before QCoreApplication exists). */
const char *commandArgument(int argc, char *argv[])
{
    int i = 1;
    while (i < argc) {
        if (std::strcmp(argv[i], "--lang") == 0)
            i += 2;
        else if (std::strncmp(argv[i], "--lang=", 7) == 0)
            i += 1;
        else
            return argv[i];
    }
    return "";
}

} // namespace

int main(int argc, char *argv[])
{
    // `export` draws renderings and the report's PDF, which need fonts and so a QGuiApplication;
    // the offscreen platform gives one without a display. Every other command stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (std::strcmp(commandArgument(argc, argv), "export") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The zip's DOS time fields are local time (libarchive uses localtime_r): in UTC, the
        // same inputs and --date give the same bytes on every machine. Set before any thread
        // starts, so no getenv races with it.
        qputenv("TZ", "UTC");
        tzset();
        // What Qt would pick when XDG_RUNTIME_DIR is unset (a terminal without a login session),
        // without the warning Qt prints on every run.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = "/tmp/runtime-" + QByteArray::number(getuid());
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("provena-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Provena"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROVENA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Messages in the analyst's language when Provena has it (embedded under :/i18n): --lang
    // before the command, else PROVENA_LANG, else the GUI's Preferences, else the system's.
    QStringList args = QCoreApplication::arguments();
    const std::optional<QString> requested = provena::Language::takeArgument(args, true);
    if (requested && !provena::Language::isAvailable(*requested)) {
        // Said in the language that would otherwise be used, since the asked one is unknown.
        provena::Language::apply(provena::Language::resolve({}));
        err << QCoreApplication::translate("cli",
                                           "provena-cli: unknown language “%1” for --lang; "
                                           "use one of: %2\n")
                   .arg(*requested, provena::Language::availableCodes().join(u", "));
        return ExitUsageError;
    }
    provena::Language::apply(provena::Language::resolve(requested.value_or(QString())));
    if (args.size() < 2) {
        printUsage(err);
        return ExitUsageError;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(out);
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        // The first line is the one scripts read; the libraries loaded follow, for bug reports.
        out << "provena-cli " << QCoreApplication::applicationVersion() << '\n';
        out << "Qt " << qVersion() << '\n';
        out << "OpenCV " << provena::openCvVersion() << '\n';
        out << "Exiv2 " << provena::exiv2Version() << '\n';
        out << "libarchive " << provena::libarchiveVersion() << '\n';
        return ExitSuccess;
    }
    for (const Command &command : allCommands()) {
        if (command.name == first) {
            CommandContext context {args.mid(1), out, err};
            context.arguments[0] = QStringLiteral("provena-cli ") + first;
            const int code = command.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("cli", "provena-cli: unknown command '%1'\n\n").arg(first);
    printUsage(err);
    return ExitUsageError;
}
