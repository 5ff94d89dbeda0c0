// SPDX-License-Identifier: MIT
// provena-cli: batch work without a display. Parses the subcommand and hands over; all logic
// lives in the libraries.
#include "cli/command.h"
#include "cli/exitcodes.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

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
        "Options: --help, --version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // `export` draws renderings and the report's PDF, which need fonts and so a QGuiApplication;
    // the offscreen platform gives one without a display. Every other command stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
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
    // Messages in the analyst's language when Provena has it (embedded under :/i18n).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("provena"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
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
        out << "provena-cli " << QCoreApplication::applicationVersion() << '\n';
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
