// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/provenance.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace provena {

/** One agency, newspaper or photo desk Provena knows by name. */
struct AgencyEntry
{
    QString id; ///< stable key, e.g. "kcna"
    /** Names by language ("en", "ko", "ru" …); "en" is the display name when present. */
    QMap<QString, QString> names;
    /** Abbreviations and other names by language: "en" → ["KCNA"], "ru" → ["ЦТАК"]. */
    QMap<QString, QStringList> abbreviations;
    AgentKind kind = AgentKind::Unknown;
    QString country; ///< ISO 3166-1 alpha-2, e.g. "KP"
    QString iri; ///< only when certain (e.g. a Wikidata entity checked by hand); else empty
    QStringList hosts; ///< web hosts it publishes on, e.g. "kcna.kp", "yna.co.kr"

    /** The name in `language`, else English, else any. */
    QString name(const QString &language = QStringLiteral("en")) const;
    /** As an Agent: display name, every abbreviation (English first), kind, country, IRI. */
    Agent toAgent() const;

    friend bool operator==(const AgencyEntry &, const AgencyEntry &) = default;
};

/**
 * The agencies Provena resolves credits and releaser phrases against ("KCNA" → Korean Central
 * News Agency, state media, KP). Provena ships a list (resources/agencies/agencies.json, compiled
 * in); users add their own in one file shared by the GUI and provena-cli, as with labels.
 */
class AgencyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(AgencyDirectory)

public:
    /** The built-in list merged with the user's own (theirs win on the same id). */
    static AgencyDirectory standard();
    static AgencyDirectory builtIn();
    /** GenericConfigLocation/provena/agencies.json (~/.config/provena/agencies.json). */
    static QString userAgenciesPath();
    /** The user's own entries (empty when the file does not exist); a bad file is an error. */
    static Result<AgencyDirectory> userAgencies();
    static Status saveUserAgencies(const AgencyDirectory &agencies);

    /** Reads `{"agencies": [...]}` (format in docs/provenance.md); strict, errors name the path. */
    static Result<AgencyDirectory> fromJson(const QByteArray &json,
                                            const QString &pathForErrors = {});
    QByteArray toJson() const;

    const QList<AgencyEntry> &entries() const { return mEntries; }
    const AgencyEntry *find(const QString &id) const;
    /**
     * The entry one of whose names or abbreviations, in any language, is `text` — ignoring case,
     * surrounding blanks, a leading "the", and dots in abbreviations ("A.P." → AP). Null when
     * none or when `text` is ambiguous.
     */
    const AgencyEntry *resolve(const QString &text) const;
    /** The entry that publishes on `host` or a parent domain of it ("www.yna.co.kr"). */
    const AgencyEntry *findByHost(const QString &host) const;
    /**
     * How `agent` is shown in `language` ("ko"): when it is one of these entries (by its
     * directoryId), the entry's name in that language (else English); otherwise its own name,
     * else its directoryId. Sidecars keep the agent's stored (English) name.
     */
    QString displayName(const Agent &agent, const QString &language) const;
    /** Adds the entry or replaces the one with the same id. */
    void insert(const AgencyEntry &entry);
    void merge(const AgencyDirectory &other);

private:
    QList<AgencyEntry> mEntries;
};

} // namespace provena
