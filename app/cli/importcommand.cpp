// SPDX-License-Identifier: MIT
// `provena-cli import BUNDLE.zip DIR [--json]`: extracts a bundle safely into DIR, verifies it
// and lists its articles (BundleImporter); a refused bundle leaves nothing in DIR.
#include "bundle/bundleimporter.h"
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static int run(CommandContext &context);
};

int ImportCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Extract a bundle into DIR/<bag name> (refusing unsafe entries and zip bombs), "
           "verify its checksums and sidecars, and print the bag folder and its articles.\n"
           "Exit 0: opened; 2: the zip cannot be read, is unsafe, does not verify, or its "
           "folder already exists in DIR (nothing is left behind)."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(u"BUNDLE"_s, tr("The bundle (.zip)."));
    parser.addPositionalArgument(u"DIR"_s, tr("The folder to extract into (it must exist)."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"BUNDLE"_s, u"DIR"_s});
        code >= 0)
        return code;
    const QString zipPath = parser.positionalArguments().at(0);
    const QString dir = parser.positionalArguments().at(1);
    if (!QFileInfo(dir).isDir()) {
        context.err << tr("%1: not a folder; create it first.\n").arg(dir);
        return ExitInputError;
    }
    const Result<BundleImportReport> imported = BundleImporter::import(zipPath, dir);
    if (!imported) {
        context.err << imported.error().toString() << '\n';
        return ExitInputError;
    }
    const BundleImportReport &report = imported.value();
    if (parser.isSet(json)) {
        const QJsonObject root {{u"schema"_s, u"provena-import/1"_s},
                                {u"bagDir"_s, report.bagDir},
                                {u"articles"_s, QJsonArray::fromStringList(report.articlePaths)}};
        context.out << QString::fromUtf8(QJsonDocument(root).toJson());
        return ExitSuccess;
    }
    context.out << tr("bag: %1\n").arg(report.bagDir);
    for (const QString &article : report.articlePaths)
        context.out << tr("article: %1\n").arg(article);
    return ExitSuccess;
}

int runImport(CommandContext &context)
{
    return ImportCommand::run(context);
}

} // namespace provena::cli
