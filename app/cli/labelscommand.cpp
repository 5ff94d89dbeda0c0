// SPDX-License-Identifier: MIT
// provena-cli labels: the label taxonomy — the built-in set and the user's own labels, which
// every Provena program on this account shares (LabelTaxonomy::userLabelsPath()).
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/model/labeltaxonomy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace provena::cli {

class LabelsCommand
{
    Q_DECLARE_TR_FUNCTIONS(LabelsCommand)

public:
    static int run(CommandContext &context);

private:
    static int list(CommandContext &context, bool json);
};

int LabelsCommand::list(CommandContext &context, bool json)
{
    const LabelTaxonomy builtIn = LabelTaxonomy::builtIn();
    const Result<LabelTaxonomy> user = LabelTaxonomy::userLabels();
    if (!user) {
        context.err << "provena-cli labels: " << user.error().toString() << '\n';
        return ExitInputError;
    }
    LabelTaxonomy all = builtIn;
    for (const Label &label : user->labels())
        all.insert(label);
    if (json) {
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("provena-labels/1"));
        root.insert(QLatin1String("userLabelsPath"), LabelTaxonomy::userLabelsPath());
        QJsonArray array = all.toJsonArray(LabelTaxonomy::Translations::Include);
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject o = array.at(i).toObject();
            const QString id = o.value(QLatin1String("id")).toString();
            o.insert(QLatin1String("origin"),
                     user->contains(id) ? QStringLiteral("user") : QStringLiteral("built-in"));
            array[i] = o;
        }
        root.insert(QLatin1String("labels"), array);
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    for (const Label &label : all.labels()) {
        context.out << label.id.leftJustified(18) << label.colour.name() << "  "
                    << label.displayName();
        if (user->contains(label.id))
            context.out << "  " << tr("(yours)");
        context.out << '\n';
    }
    return ExitSuccess;
}

int LabelsCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the region labels, or add and remove your own.\n\n"
           "  labels list [--json]\n"
           "  labels add ID --name NAME [--colour #RRGGBB] [--description TEXT]\n"
           "  labels remove ID\n\n"
           "Your labels are stored in %1 and used by the GUI and provena-cli alike. A sidecar "
           "carries the definitions of the labels it uses, so it opens the same elsewhere.")
            .arg(LabelTaxonomy::userLabelsPath()));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (list)."));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name shown to people (add)."),
                                  tr("NAME"));
    const QCommandLineOption colour({QStringLiteral("colour"), QStringLiteral("color")},
                                    tr("Colour as #RRGGBB (add)."), tr("COLOUR"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         tr("What the label marks (add)."), tr("TEXT"));
    parser.addOptions({help, json, name, colour, description});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add or remove"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("label id (add, remove)"), tr("[ID]"));
    if (const int code = CliSupport::parseOrExit(
            parser, help, context, {QStringLiteral("ACTION"), QStringLiteral("ID")}, 2);
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    const auto usage = [&](const QString &why) {
        return CliSupport::usageError(context, why, parser.helpText());
    };

    if (action == QLatin1String("list")) {
        if (args.size() > 1)
            return usage(tr("list takes no further arguments"));
        return list(context, parser.isSet(json));
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return usage(tr("unknown action “%1”").arg(action));
    if (args.size() != 2)
        return usage(tr("%1 needs exactly one label ID").arg(action));

    const QString id = args.at(1);
    if (!LabelTaxonomy::isValidId(id))
        return usage(
            tr("label ID “%1” must be 1–64 lower-case letters, digits, '-' or '_'").arg(id));

    Result<LabelTaxonomy> user = LabelTaxonomy::userLabels();
    if (!user) {
        // Never overwrite a file we cannot read: the user's labels would be lost.
        context.err << "provena-cli labels: " << user.error().toString() << '\n';
        return ExitInputError;
    }
    LabelTaxonomy updated;
    if (action == QLatin1String("add")) {
        if (!parser.isSet(name))
            return usage(tr("add needs --name"));
        if (LabelTaxonomy::builtIn().contains(id))
            return usage(tr("“%1” is a built-in label; choose another ID").arg(id));
        Label label;
        label.id = id;
        label.name = parser.value(name);
        label.description = parser.value(description);
        label.colour = parser.isSet(colour) ? QColor(parser.value(colour)) : user->colourFor(id);
        if (!label.colour.isValid())
            return usage(tr("“%1” is not a colour; use #RRGGBB").arg(parser.value(colour)));
        updated = user.value();
        updated.insert(label);
    } else {
        if (!user->contains(id))
            return usage(tr("“%1” is not one of your labels").arg(id));
        for (const Label &label : user->labels()) {
            if (label.id != id)
                updated.insert(label);
        }
    }
    const Status saved = LabelTaxonomy::saveUserLabels(updated);
    if (!saved) {
        context.err << "provena-cli labels: " << saved.error().toString() << '\n';
        return ExitInputError;
    }
    return ExitSuccess;
}

int runLabels(CommandContext &context)
{
    return LabelsCommand::run(context);
}

} // namespace provena::cli
