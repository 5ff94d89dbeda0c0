// SPDX-License-Identifier: MIT
// provena-cli agencies: the agency directory provenance suggestions resolve names against — the
// built-in list and the user's own entries, which every Provena program on this account shares
// (AgencyDirectory::userAgenciesPath()).
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/i18n/language.h"
#include "core/model/agencydirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace provena::cli {

class AgenciesCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgenciesCommand)

public:
    static int run(CommandContext &context);

private:
    static int list(CommandContext &context, bool json);
    /** "ko=연합뉴스" → ("ko", "연합뉴스"); "Yonhap" → ("en", "Yonhap"). */
    static std::pair<QString, QString> languageAndText(const QString &value);
};

std::pair<QString, QString> AgenciesCommand::languageAndText(const QString &value)
{
    static const QRegularExpression prefix(
        QStringLiteral("^([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)=(.*)$"));
    const QRegularExpressionMatch m = prefix.match(value);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2).trimmed()};
    return {QStringLiteral("en"), value.trimmed()};
}

int AgenciesCommand::list(CommandContext &context, bool json)
{
    const Result<AgencyDirectory> user = AgencyDirectory::userAgencies();
    if (!user) {
        context.err << "provena-cli agencies: " << user.error().toString() << '\n';
        return ExitInputError;
    }
    AgencyDirectory all = AgencyDirectory::builtIn();
    all.merge(user.value());
    if (json) {
        QJsonObject root = QJsonDocument::fromJson(all.toJson()).object();
        root.insert(QLatin1String("userAgenciesPath"), AgencyDirectory::userAgenciesPath());
        QJsonArray array = root.value(QLatin1String("agencies")).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject o = array.at(i).toObject();
            const QString id = o.value(QLatin1String("id")).toString();
            o.insert(QLatin1String("origin"),
                     user->find(id) ? QStringLiteral("user") : QStringLiteral("built-in"));
            array[i] = o;
        }
        root.insert(QLatin1String("agencies"), array);
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    for (const AgencyEntry &entry : all.entries()) {
        const Agent agent = entry.toAgent();
        context.out << entry.id.leftJustified(16) << Agent::kindName(entry.kind).leftJustified(14)
                    << (entry.country.isEmpty() ? QStringLiteral("--") : entry.country) << "  "
                    << entry.name(Language::current());
        if (!agent.abbreviations.isEmpty())
            context.out << " (" << agent.abbreviations.join(QLatin1String(", ")) << ')';
        if (user->find(entry.id))
            context.out << "  " << tr("(yours)");
        context.out << '\n';
    }
    return ExitSuccess;
}

int AgenciesCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the agencies provenance suggestions know by name, or add and remove your own.\n\n"
           "  agencies list [--json]\n"
           "  agencies add ID --name [LANG=]NAME… [--abbr [LANG=]ABBR]… [--kind KIND]\n"
           "               [--country CC] [--host HOST]… [--iri IRI]\n"
           "  agencies remove ID\n\n"
           "Names and abbreviations are English unless prefixed with a language code "
           "(\"ko=연합뉴스\"). KIND is state-media, wire-service, photo-agency, newspaper, "
           "broadcaster, government, person, organisation or unknown. Adding a built-in ID "
           "replaces that entry for you. Your agencies are stored in %1 and used by the GUI and "
           "provena-cli alike (format in docs/provenance.md).")
            .arg(AgencyDirectory::userAgenciesPath()));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (list)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("A name, [LANG=]NAME; repeat for other languages (add)."),
                                  tr("NAME"));
    const QCommandLineOption abbr(
        QStringLiteral("abbr"), tr("An abbreviation, [LANG=]ABBR; repeatable (add)."), tr("ABBR"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("What kind of agent it is (add)."),
                                  tr("KIND"));
    const QCommandLineOption country(
        QStringLiteral("country"), tr("ISO 3166-1 alpha-2 country code, e.g. KP (add)."), tr("CC"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("A web host it publishes on; repeatable (add)."), tr("HOST"));
    const QCommandLineOption iri(QStringLiteral("iri"),
                                 tr("An identifier IRI you have checked (add)."), tr("IRI"));
    parser.addOptions({help, json, name, abbr, kind, country, host, iri});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, add or remove"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("agency id (add, remove)"), tr("[ID]"));
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
        return usage(tr("%1 needs exactly one agency ID").arg(action));
    const QString id = args.at(1);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!idPattern.match(id).hasMatch())
        return usage(
            tr("agency ID “%1” must be 1–64 lower-case letters, digits, '-' or '_'").arg(id));

    Result<AgencyDirectory> user = AgencyDirectory::userAgencies();
    if (!user) {
        // Never overwrite a file we cannot read: the user's agencies would be lost.
        context.err << "provena-cli agencies: " << user.error().toString() << '\n';
        return ExitInputError;
    }
    AgencyDirectory updated;
    if (action == QLatin1String("add")) {
        if (!parser.isSet(name))
            return usage(tr("add needs --name"));
        AgencyEntry entry;
        entry.id = id;
        for (const QString &value : parser.values(name)) {
            const auto [language, text] = languageAndText(value);
            if (text.isEmpty())
                return usage(tr("--name “%1” has no name").arg(value));
            entry.names.insert(language, text);
        }
        for (const QString &value : parser.values(abbr)) {
            const auto [language, text] = languageAndText(value);
            if (text.isEmpty())
                return usage(tr("--abbr “%1” has no abbreviation").arg(value));
            entry.abbreviations[language].append(text);
        }
        const std::optional<AgentKind> agentKind = Agent::kindFromName(
            parser.value(kind).isEmpty() ? QStringLiteral("unknown") : parser.value(kind));
        if (!agentKind)
            return usage(tr("“%1” is not a kind; use state-media, wire-service, photo-agency, "
                            "newspaper, broadcaster, government, person, organisation or unknown")
                             .arg(parser.value(kind)));
        entry.kind = *agentKind;
        entry.country = parser.value(country).toUpper();
        entry.hosts = parser.values(host);
        entry.iri = parser.value(iri);
        updated = user.value();
        updated.insert(entry);
        // The same checks as reading the file back: a bad country or host is refused now,
        // not when the next program reads the file.
        const Result<AgencyDirectory> checked = AgencyDirectory::fromJson(updated.toJson());
        if (!checked)
            return usage(checked.error().message);
        updated = checked.value();
    } else {
        if (!user->find(id))
            return usage(tr("“%1” is not one of your agencies").arg(id));
        for (const AgencyEntry &entry : user->entries()) {
            if (entry.id != id)
                updated.insert(entry);
        }
    }
    const Status saved = AgencyDirectory::saveUserAgencies(updated);
    if (!saved) {
        context.err << "provena-cli agencies: " << saved.error().toString() << '\n';
        return ExitInputError;
    }
    return ExitSuccess;
}

int runAgencies(CommandContext &context)
{
    return AgenciesCommand::run(context);
}

} // namespace provena::cli
