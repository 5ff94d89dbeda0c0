// SPDX-License-Identifier: MIT
// provena: the desktop application. Kept thin: everything lives in provena::ui.
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

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

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("provena"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Annotate news photos and their provenance."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("article"),
        QApplication::translate("main", "Article file to open (.txt, .md)."));
    parser.process(app);
    qCDebug(lcStartup) << clock.elapsed() << "ms: translators and arguments";

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
