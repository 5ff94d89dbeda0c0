// SPDX-License-Identifier: MIT
// provena: the desktop application. Kept thin: everything lives in provena::ui.
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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

    provena::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openArticle(parser.positionalArguments().constFirst());
    return app.exec();
}
