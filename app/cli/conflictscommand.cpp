// SPDX-License-Identifier: MIT
// `provena-cli conflicts resolve`: merge conflicts marked on the collection (a claim, an image
// entry, a label definition, a collection field), as `inspect` lists them.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/conflictsjson.h"
#include "cli/exitcodes.h"
#include "cli/regionarguments.h"
#include "formats/sidecarcontent.h"
#include "session/collectionconflicts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class ConflictsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    static int run(CommandContext &context);
    static int resolve(CommandContext &context);
    static QString usage(const QString &command);
};

QJsonArray collectionConflictsJson(const SidecarContent &content)
{
    QJsonArray out;
    for (const CollectionMergeConflict &c : content.collectionConflicts) {
        const CollectionConflicts::Subject s = CollectionConflicts::subjectOf(content, c);
        QJsonObject o {
            {u"item"_s, c.item},
            {u"field"_s, c.conflict.field},
            {u"subject"_s, CollectionConflicts::kindName(s.kind)},
            {u"description"_s, CollectionConflicts::describe(content, c)},
            {u"image"_s, s.imageIndex >= 0 ? QJsonValue(s.imageIndex + 1) : QJsonValue()},
            {u"label"_s, s.labelId.isEmpty() ? QJsonValue() : QJsonValue(s.labelId)},
        };
        const std::pair<QString, QJsonValue> sides[] = {{u"base"_s, c.conflict.base},
                                                        {u"ours"_s, c.conflict.ours},
                                                        {u"theirs"_s, c.conflict.theirs}};
        for (const auto &[key, value] : sides) {
            if (!value.isUndefined())
                o.insert(key, value);
        }
        out.append(o);
    }
    return out;
}

QString collectionConflictsText(const SidecarContent &content)
{
    if (content.collectionConflicts.isEmpty())
        return {};
    QString out = ConflictsCommand::tr("Merge conflicts to resolve (provena-cli conflicts "
                                       "resolve ARTICLE --item ITEM --field F --take ours|theirs):")
        + u'\n';
    for (const CollectionMergeConflict &c : content.collectionConflicts) {
        out += u"  "_s
            + ConflictsCommand::tr("%1, %2: mine %3 | theirs %4")
                  .arg(CollectionConflicts::describe(content, c), c.conflict.field,
                       RegionArguments::conflictValueText(c.conflict.ours),
                       RegionArguments::conflictValueText(c.conflict.theirs))
            + u'\n' + u"    --item "_s + c.item + u" --field "_s + c.conflict.field + u'\n';
    }
    return out;
}

int ConflictsCommand::resolve(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolve a merge conflict marked on the collection (a claim, an image, a label "
           "definition or a field of the sidecar both sides of a merge changed, as `inspect` "
           "lists it) and save the sidecar: --take ours keeps the value the article has, --take "
           "theirs sets the other side's. Prints the item."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption item(
        u"item"_s, tr("The item as `inspect` lists it (a claim also by its id)."), u"ITEM"_s);
    const QCommandLineOption field(u"field"_s, tr("The conflicting field, e.g. status."), u"F"_s);
    const QCommandLineOption take(u"take"_s, tr("ours or theirs."), u"SIDE"_s);
    parser.addOptions({help, item, field, take});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;
    const std::optional<SidecarPull::Take> side = CliSupport::takeSide(parser.value(take));
    if (!parser.isSet(item) || !parser.isSet(field) || !side)
        return CliSupport::usageError(context,
                                      tr("--item, --field and --take ours|theirs are required"));
    return CliSupport::editDocument(
        parser.positionalArguments().at(0), context, [&](ArticleDocument &doc, QTextStream &out) {
            return CliSupport::pushResolution(
                doc,
                CollectionConflicts::resolve(doc, parser.value(item), parser.value(field), *side),
                parser.value(item), context, out);
        });
}

QString ConflictsCommand::usage(const QString &command)
{
    return tr("Usage: %1 resolve ARTICLE --item ITEM --field F --take ours|theirs\n"
              "`%2 inspect ARTICLE` lists the conflicts to resolve.\n")
        .arg(command, u"provena-cli"_s);
}

int ConflictsCommand::run(CommandContext &context)
{
    return CliSupport::runSubcommand(context, usage(context.arguments.value(0)),
                                     {{u"resolve"_s, resolve}});
}

int runConflicts(CommandContext &context)
{
    return ConflictsCommand::run(context);
}

} // namespace provena::cli
