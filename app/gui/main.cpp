// SPDX-License-Identifier: MIT
// provena: the desktop application. Kept thin: everything lives in provena::ui.
#include "core/i18n/language.h"
#include "session/documentsession.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

// Where launch time goes: QT_LOGGING_RULES="provena.startup.debug=true" (docs/imaging.md).
Q_LOGGING_CATEGORY(lcStartup, "provena.startup", QtWarningMsg)

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    qCDebug(lcStartup) << clock.elapsed() << "ms: QApplication at"
                       << QDateTime::currentMSecsSinceEpoch();
    QApplication::setApplicationName(QStringLiteral("Provena"));
    QApplication::setOrganizationName(QStringLiteral("Provena"));
    QApplication::setApplicationVersion(QStringLiteral(PROVENA_VERSION));

    // The language is chosen before the parser is built, so --help is in it: --lang, else
    // PROVENA_LANG, else Edit › Preferences…, else the system's (provena::Language).
    QStringList arguments = QApplication::arguments();
    const QString requested = provena::Language::takeArgument(arguments, false).value_or(QString());
    const bool unknown = !requested.isEmpty() && !provena::Language::isAvailable(requested);
    provena::Language::apply(provena::Language::resolve(unknown ? QString() : requested));
    if (unknown)
        qWarning().noquote()
            << QApplication::translate("main",
                                       "provena: unknown language “%1” (known: %2); "
                                       "using the default.")
                   .arg(requested, provena::Language::availableCodes().join(QStringLiteral(", ")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Annotate news photos and their provenance."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QApplication::translate("main",
                                "Language of the program: %1 (default: Preferences, "
                                "else the system's).")
            .arg(provena::Language::availableCodes().join(QStringLiteral(", "))),
        QStringLiteral("CODE")));
    parser.addPositionalArgument(
        QStringLiteral("article"),
        QApplication::translate("main",
                                "Article to open (.txt, .md), or its sidecar (.provena.jsonld)."));
    // The --lang pair was taken out above; what is left is checked as usual.
    parser.process(arguments);
    qCDebug(lcStartup) << clock.elapsed() << "ms: translators and arguments";

    // The article is read and parsed on a worker while the window is built (docs/imaging.md).
    if (!parser.positionalArguments().isEmpty())
        provena::DocumentSession::prefetch(parser.positionalArguments().constFirst());
    provena::MainWindow window;
    qCDebug(lcStartup) << clock.elapsed() << "ms: main window built";
    window.show();
    qCDebug(lcStartup) << clock.elapsed() << "ms: main window shown";
    if (!parser.positionalArguments().isEmpty()) {
        window.openArticle(parser.positionalArguments().constFirst());
        qCDebug(lcStartup) << clock.elapsed() << "ms: article opened";
    }
    return app.exec();
}
