// SPDX-License-Identifier: MIT
#include "core/model/agencydirectory.h"

#include "core/io/fileaccess.h"
#include "core/io/jsonstrictness.h"
#include "core/io/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

// The resource is compiled into core by qt_add_resources (app/core/CMakeLists.txt); the label
// taxonomy initialises it too, which is harmless.
static void initAgencyResources()
{
    Q_INIT_RESOURCE(core_resources);
}

namespace provena {

namespace {

// A few hundred agencies fit in well under 1 MiB; more than this is not an agencies file.
constexpr qint64 kMaxUserAgenciesBytes = qint64(16) << 20;
const QString kSchema = QStringLiteral("provena-agencies/1");

bool isValidId(const QString &id)
{
    // Ids are stored in sidecars and typed on command lines: keep them plain (as label ids).
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

bool isValidCountry(const QString &country)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    return country.isEmpty() || pattern.match(country).hasMatch();
}

bool isValidLanguage(const QString &language)
{
    // BCP 47 primary tags, optionally with a region or script: "en", "ko", "zh-Hans".
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return pattern.match(language).hasMatch();
}

/**
 * What resolve() compares: NFKC (full-width letters, compatibility forms), case-folded, blanks
 * collapsed, without dots ("A.P." → "ap") and without a leading "the".
 */
QString comparisonKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(QLatin1Char('.'));
    key = key.simplified();
    if (key.startsWith(QLatin1String("the ")))
        key = key.mid(4);
    return key;
}

QStringList allNames(const AgencyEntry &entry)
{
    QStringList names = entry.names.values();
    for (const QStringList &list : entry.abbreviations)
        names += list;
    return names;
}

} // namespace

QString AgencyEntry::name(const QString &language) const
{
    if (const auto it = names.constFind(language); it != names.constEnd())
        return *it;
    if (const auto it = names.constFind(QStringLiteral("en")); it != names.constEnd())
        return *it;
    return names.isEmpty() ? id : names.first();
}

Agent AgencyEntry::toAgent() const
{
    Agent agent;
    agent.directoryId = id;
    agent.name = name();
    agent.abbreviations = abbreviations.value(QStringLiteral("en"));
    for (auto it = abbreviations.constBegin(); it != abbreviations.constEnd(); ++it) {
        if (it.key() == QLatin1String("en"))
            continue;
        for (const QString &abbreviation : it.value()) {
            if (!agent.abbreviations.contains(abbreviation))
                agent.abbreviations.append(abbreviation);
        }
    }
    agent.kind = kind;
    agent.country = country;
    agent.iri = iri;
    return agent;
}

AgencyDirectory AgencyDirectory::builtIn()
{
    initAgencyResources();
    QFile file(QStringLiteral(":/provena/agencies/agencies.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<AgencyDirectory> result = fromJson(file.readAll(), file.fileName());
    // The built-in file is checked by tst_agencydirectory; a broken one must not take the
    // program down.
    return result ? result.value() : AgencyDirectory();
}

QString AgencyDirectory::userAgenciesPath()
{
    // One file for every Provena program, as with labels (LabelTaxonomy::userLabelsPath).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("provena/agencies.json"));
}

AgencyDirectory AgencyDirectory::standard()
{
    AgencyDirectory directory = builtIn();
    // A broken user file must not take the built-in agencies down with it; the CLI's
    // "agencies list" reports it.
    if (const Result<AgencyDirectory> user = userAgencies()) {
        for (const AgencyEntry &entry : user->entries())
            directory.insert(entry);
    }
    return directory;
}

Result<AgencyDirectory> AgencyDirectory::userAgencies()
{
    const QString path = userAgenciesPath();
    const QFileInfo info(path);
    // No file is no agencies; a dangling link is an error FileAccess names.
    if (!info.exists() && !info.isSymLink())
        return AgencyDirectory();
    const Result<QByteArray> bytes
        = FileAccess::readRegularFile(path, kMaxUserAgenciesBytes, tr("The agencies file"));
    if (!bytes)
        return bytes.error();
    return fromJson(bytes.value(), path);
}

Status AgencyDirectory::saveUserAgencies(const AgencyDirectory &agencies)
{
    const QString path = userAgenciesPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return saveAtomically(path, agencies.toJson());
}

Result<AgencyDirectory> AgencyDirectory::fromJson(const QByteArray &json,
                                                  const QString &pathForErrors)
{
    JsonLimits limits;
    limits.maxDepth = 16;
    limits.maxStringLength = 64 * 1024;
    if (const auto problem = JsonStrictness::check(json, limits)) {
        Error e {tr("The agencies file is not valid at %1: %2.")
                     .arg(JsonStrictness::displayPath(problem->jsonPath), problem->description),
                 QStringLiteral("byte %1").arg(problem->offset), pathForErrors};
        if (!problem->detail.isEmpty())
            e.detail += QLatin1String("; ") + problem->detail;
        e.line = problem->line;
        e.column = problem->column;
        return e;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QLatin1String("agencies")).isArray())
        return Error {tr("The agencies file has no \"agencies\" array; see docs/provenance.md "
                         "for the format."),
                      {},
                      pathForErrors};

    const auto fail = [&](const QString &message, const QString &jsonPath) {
        return Error {message, jsonPath, pathForErrors};
    };
    AgencyDirectory directory;
    const QJsonArray array = doc.object().value(QLatin1String("agencies")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("agencies[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(tr("An agency at %1 is not an object.").arg(at), at);
        const QJsonObject o = array.at(i).toObject();
        AgencyEntry entry;
        entry.id = o.value(QLatin1String("id")).toString();
        if (!isValidId(entry.id))
            return fail(tr("The agency at %1 has no valid id (lower-case letters, digits, "
                           "\"-\" and \"_\", like \"kcna\").")
                            .arg(at),
                        at + QLatin1String(".id"));
        if (directory.find(entry.id))
            return fail(tr("The agency id \"%1\" occurs twice; keep one of them.").arg(entry.id),
                        at + QLatin1String(".id"));

        const QJsonObject names = o.value(QLatin1String("names")).toObject();
        for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
            const QString where = at + QLatin1String(".names.") + it.key();
            if (!isValidLanguage(it.key()) || !it.value().isString()
                || it.value().toString().trimmed().isEmpty())
                return fail(tr("The name at %1 must be a non-empty string under a language "
                               "code such as \"en\".")
                                .arg(where),
                            where);
            entry.names.insert(it.key(), it.value().toString().trimmed());
        }
        if (entry.names.isEmpty())
            return fail(tr("The agency \"%1\" at %2 has no names; give at least \"names\": "
                           "{\"en\": …}.")
                            .arg(entry.id, at),
                        at + QLatin1String(".names"));

        const QJsonValue abbreviations = o.value(QLatin1String("abbreviations"));
        if (!abbreviations.isUndefined() && !abbreviations.isObject())
            return fail(tr("The abbreviations at %1 must be an object of lists by language.")
                            .arg(at + QLatin1String(".abbreviations")),
                        at + QLatin1String(".abbreviations"));
        const QJsonObject abbreviationObject = abbreviations.toObject();
        for (auto it = abbreviationObject.constBegin(); it != abbreviationObject.constEnd(); ++it) {
            const QString where = at + QLatin1String(".abbreviations.") + it.key();
            if (!isValidLanguage(it.key()) || !it.value().isArray())
                return fail(
                    tr("The abbreviations at %1 must be a list under a language code.").arg(where),
                    where);
            QStringList list;
            const QJsonArray values = it.value().toArray();
            for (qsizetype k = 0; k < values.size(); ++k) {
                if (!values.at(k).isString() || values.at(k).toString().trimmed().isEmpty())
                    return fail(tr("The abbreviation at %1[%2] must be a non-empty string.")
                                    .arg(where)
                                    .arg(k),
                                where + QStringLiteral("[%1]").arg(k));
                list.append(values.at(k).toString().trimmed());
            }
            entry.abbreviations.insert(it.key(), list);
        }

        const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("unknown"));
        const std::optional<AgentKind> agentKind = Agent::kindFromName(kind);
        if (!agentKind)
            return fail(tr("The kind \"%1\" at %2 is not one Provena knows; use state-media, "
                           "wire-service, photo-agency, newspaper, broadcaster, government, "
                           "person, organisation or unknown.")
                            .arg(kind, at + QLatin1String(".kind")),
                        at + QLatin1String(".kind"));
        entry.kind = *agentKind;

        entry.country = o.value(QLatin1String("country")).toString();
        if (!isValidCountry(entry.country))
            return fail(tr("The country \"%1\" at %2 is not an ISO 3166-1 alpha-2 code such as "
                           "\"KP\".")
                            .arg(entry.country, at + QLatin1String(".country")),
                        at + QLatin1String(".country"));
        entry.iri = o.value(QLatin1String("iri")).toString();
        const QJsonArray hosts = o.value(QLatin1String("hosts")).toArray();
        for (qsizetype k = 0; k < hosts.size(); ++k) {
            const QString host = hosts.at(k).toString().trimmed().toLower();
            if (host.isEmpty() || host.contains(QLatin1Char('/'))
                || host.contains(QLatin1Char(' ')))
                return fail(tr("The host at %1 must be a plain host name such as \"kcna.kp\".")
                                .arg(at + QStringLiteral(".hosts[%1]").arg(k)),
                            at + QStringLiteral(".hosts[%1]").arg(k));
            entry.hosts.append(host);
        }
        directory.mEntries.append(entry);
    }
    return directory;
}

QByteArray AgencyDirectory::toJson() const
{
    QJsonArray array;
    for (const AgencyEntry &entry : mEntries) {
        QJsonObject o;
        o.insert(QLatin1String("id"), entry.id);
        QJsonObject names;
        for (auto it = entry.names.constBegin(); it != entry.names.constEnd(); ++it)
            names.insert(it.key(), it.value());
        o.insert(QLatin1String("names"), names);
        if (!entry.abbreviations.isEmpty()) {
            QJsonObject abbreviations;
            for (auto it = entry.abbreviations.constBegin(); it != entry.abbreviations.constEnd();
                 ++it)
                abbreviations.insert(it.key(), QJsonArray::fromStringList(it.value()));
            o.insert(QLatin1String("abbreviations"), abbreviations);
        }
        o.insert(QLatin1String("kind"), Agent::kindName(entry.kind));
        if (!entry.country.isEmpty())
            o.insert(QLatin1String("country"), entry.country);
        if (!entry.iri.isEmpty())
            o.insert(QLatin1String("iri"), entry.iri);
        if (!entry.hosts.isEmpty())
            o.insert(QLatin1String("hosts"), QJsonArray::fromStringList(entry.hosts));
        array.append(o);
    }
    QJsonObject root;
    root.insert(QLatin1String("schema"), kSchema);
    root.insert(QLatin1String("agencies"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const AgencyEntry *AgencyDirectory::find(const QString &id) const
{
    for (const AgencyEntry &entry : mEntries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QString AgencyDirectory::displayName(const Agent &agent, const QString &language) const
{
    if (const AgencyEntry *entry = agent.directoryId.isEmpty() ? nullptr : find(agent.directoryId))
        return entry->name(language);
    return agent.name.isEmpty() ? agent.directoryId : agent.name;
}

const AgencyEntry *AgencyDirectory::resolve(const QString &text) const
{
    const QString wanted = comparisonKey(text);
    if (wanted.isEmpty())
        return nullptr;
    const AgencyEntry *found = nullptr;
    for (const AgencyEntry &entry : mEntries) {
        const QStringList names = allNames(entry);
        const bool matches = std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
            return comparisonKey(name) == wanted;
        });
        if (!matches)
            continue;
        if (found)
            return nullptr; // two agencies answer to it: the caller must not pick one
        found = &entry;
    }
    return found;
}

const AgencyEntry *AgencyDirectory::findByHost(const QString &host) const
{
    QString wanted = host.trimmed().toLower();
    while (wanted.endsWith(QLatin1Char('.')))
        wanted.chop(1);
    if (wanted.isEmpty())
        return nullptr;
    // The longest matching host wins: "en.yna.co.kr" over "yna.co.kr" if both were listed.
    const AgencyEntry *best = nullptr;
    qsizetype bestLength = 0;
    for (const AgencyEntry &entry : mEntries) {
        for (const QString &h : entry.hosts) {
            const bool matches = wanted == h || wanted.endsWith(QLatin1Char('.') + h);
            if (matches && h.size() > bestLength) {
                best = &entry;
                bestLength = h.size();
            }
        }
    }
    return best;
}

void AgencyDirectory::insert(const AgencyEntry &entry)
{
    for (AgencyEntry &existing : mEntries) {
        if (existing.id == entry.id) {
            existing = entry;
            return;
        }
    }
    mEntries.append(entry);
}

void AgencyDirectory::merge(const AgencyDirectory &other)
{
    for (const AgencyEntry &entry : other.mEntries)
        insert(entry);
}

} // namespace provena
