// SPDX-License-Identifier: MIT
#pragma once

// Names and IRIs shared by SidecarWriter and SidecarReader. Private to app/formats.
// How unknown content is kept is in sidecarunknownfields_p.h.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace provena::detail {

inline constexpr int kSidecarSchemaVersion = 2;

inline QLatin1StringView operator""_l1(const char *text, size_t size)
{
    return QLatin1StringView(text, qsizetype(size));
}

inline const QString kAnnoContextIri = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
/** Provena's permanent namespace (w3id.org redirects it). Version-1 files may carry the former
 *  placeholder "https://provena.example.org/ns/sidecar#": the reader keys on term names, so they
 *  still read, and are written back with this one. */
inline const QString kProvenaNamespace = QStringLiteral("https://w3id.org/provena/ns#");
inline const QString kProvNamespace = QStringLiteral("http://www.w3.org/ns/prov#");
inline const QString kMediaFragsIri = QStringLiteral("http://www.w3.org/TR/media-frags/");
/** Namespace for name-based (v5) UUIDs Provena derives (collection, page, link ids). */
inline const QUuid kIdNamespace = QUuid(QStringLiteral("{6b1f3c52-8e0d-4c7a-9d57-3f0a6e2b9c41}"));

// Roles: which Provena object an annotation stands for (term "role").
inline const QString kRoleRegion = QStringLiteral("region");
inline const QString kRoleAnchor = QStringLiteral("textAnchor");
inline const QString kRoleLink = QStringLiteral("link");

/** Whether a JSON-LD "type" (one string or an array of them) includes `name`. */
inline bool hasType(const QJsonValue &type, const QString &name)
{
    if (type.isString())
        return type.toString() == name;
    return type.toArray().contains(QJsonValue(name));
}

/**
 * The terms of the provenance record (schema version 2) and of its PROV-O view, added to `c`.
 * Terms the W3C context already defines are reused: "name" (foaf:name), "value" (rdf:value),
 * "start"/"end" (oa:start/oa:end) and "exact" (oa:exact) of a text span.
 */
inline void addProvenanceTerms(QJsonObject &c)
{
    auto term = [&c](const char *name, const char *iri, const char *type = nullptr,
                     const char *container = nullptr) {
        QJsonObject o;
        if (iri)
            o.insert(QStringLiteral("@id"), QLatin1String(iri));
        if (type)
            o.insert(QStringLiteral("@type"), QLatin1String(type));
        if (container)
            o.insert(QStringLiteral("@container"), QLatin1String(container));
        if (iri && !type && !container)
            c.insert(QLatin1String(name), QLatin1String(iri));
        else
            c.insert(QLatin1String(name), o);
    };
    c.insert(QStringLiteral("prov"), kProvNamespace);
    // The record Provena reads back.
    term("provenance", "provena:provenance");
    term("claims", "provena:claims", nullptr, "@list");
    term("ProvenanceClaim", "provena:ProvenanceClaim");
    term("status", "provena:status");
    term("agent", "provena:agent");
    term("directoryId", "provena:directoryId");
    term("abbreviations", "provena:abbreviations", nullptr, "@list");
    term("kind", "provena:kind");
    term("country", "provena:country");
    term("iri", "provena:iri");
    term("date", "provena:date");
    term("url", "provena:url");
    term("evidence", "provena:evidence", nullptr, "@list");
    term("metadataKey", "provena:metadataKey");
    term("metadataValue", "provena:metadataValue");
    term("note", "provena:note");
    term("reason", "provena:reason");
    term("suggestionKey", "provena:suggestionKey");
    term("recordedBy", "provena:recordedBy");
    term("recordedAt", "provena:recordedAt", "xsd:dateTime");
    term("recordedEvents", "provena:recordedEvents", nullptr, "@list");
    term("fromClaim", "provena:fromClaim", "@id");
    term("details", "provena:details", "@json");
    term("pillars", "provena:pillars", nullptr, "@list");
    term("pillar", "provena:pillar");
    term("assessedBy", "provena:assessedBy");
    term("assessedAt", "provena:assessedAt", "xsd:dateTime");
    term("verdict", "provena:verdict");
    term("rationale", "provena:rationale");
    term("decidedBy", "provena:decidedBy");
    term("decidedAt", "provena:decidedAt", "xsd:dateTime");
    // The PROV-O view, written from the record for other consumers (keys are prov: CURIEs).
    term("prov:generatedAtTime", nullptr, "xsd:dateTime");
    term("prov:endedAtTime", nullptr, "xsd:dateTime");
    term("prov:hadRole", nullptr, "@id");
}

/** The Provena terms, declared so JSON-LD expansion in safe mode maps every key to an IRI. */
inline QJsonObject provenaContext()
{
    auto typed = [](const char *name, const char *type) {
        QJsonObject o;
        o.insert(QStringLiteral("@id"), QStringLiteral("provena:") + QLatin1String(name));
        o.insert(QStringLiteral("@type"), QLatin1String(type));
        return o;
    };
    QJsonObject c;
    c.insert(QStringLiteral("@version"), 1.1);
    c.insert(QStringLiteral("provena"), kProvenaNamespace);
    c.insert(QStringLiteral("schemaVersion"), typed("schemaVersion", "xsd:integer"));
    c.insert(QStringLiteral("role"), QStringLiteral("provena:role"));
    c.insert(QStringLiteral("annotatedArticle"), QStringLiteral("provena:annotatedArticle"));
    QJsonObject images = typed("annotatedImages", "@id");
    images.remove(QStringLiteral("@type"));
    images.insert(QStringLiteral("@container"), QStringLiteral("@list"));
    c.insert(QStringLiteral("annotatedImages"), images);
    c.insert(QStringLiteral("localPath"), QStringLiteral("provena:localPath"));
    c.insert(QStringLiteral("originalUrl"), QStringLiteral("provena:originalUrl"));
    c.insert(QStringLiteral("sha256"), QStringLiteral("provena:sha256"));
    c.insert(QStringLiteral("encoding"), QStringLiteral("provena:encoding"));
    c.insert(QStringLiteral("codePointLength"), typed("codePointLength", "xsd:integer"));
    c.insert(QStringLiteral("pixelWidth"), typed("pixelWidth", "xsd:integer"));
    c.insert(QStringLiteral("pixelHeight"), typed("pixelHeight", "xsd:integer"));
    c.insert(QStringLiteral("imageIndex"), typed("imageIndex", "xsd:integer"));
    c.insert(QStringLiteral("geometry"), typed("geometry", "@json"));
    c.insert(QStringLiteral("confidence"), typed("confidence", "xsd:double"));
    c.insert(QStringLiteral("needsReview"), typed("needsReview", "xsd:boolean"));
    c.insert(QStringLiteral("anchorStatus"), QStringLiteral("provena:anchorStatus"));
    c.insert(QStringLiteral("linkedRegion"), typed("linkedRegion", "@id"));
    c.insert(QStringLiteral("linkedAnchor"), typed("linkedAnchor", "@id"));
    c.insert(QStringLiteral("labels"), typed("labels", "@json"));
    c.insert(QStringLiteral("mergeConflicts"), typed("mergeConflicts", "@json"));
    c.insert(QStringLiteral("entityIdentifier"), QStringLiteral("provena:entityIdentifier"));
    addProvenanceTerms(c);
    return c;
}

inline QJsonArray sidecarContext()
{
    return QJsonArray {kAnnoContextIri, provenaContext()};
}

/**
 * An xsd:dateTime in UTC with "Z" (W3C model §3.3.1), as Provena writes them: milliseconds when
 * the time has them (Provena's own edits do: they order regions made in the same second,
 * docs/sidecar-format.md "Order"), none otherwise.
 */
inline QString utcTimestamp(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

inline QString uuidIri(const QUuid &id)
{
    return QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

/** The UUID of a "urn:uuid:" IRI, or a null QUuid. */
inline QUuid uuidFromIri(const QString &iri)
{
    if (!iri.startsWith(QLatin1String("urn:uuid:")) || iri.size() != 45)
        return {};
    return QUuid::fromString(QStringView(iri).mid(9));
}

/** RFC 6920 "ni:///sha-256;…" IRI for a lower-case hex SHA-256, or empty. */
inline QString niIri(const QString &sha256Hex)
{
    const QByteArray digest = QByteArray::fromHex(sha256Hex.toLatin1());
    if (digest.size() != 32)
        return {};
    return QStringLiteral("ni:///sha-256;")
        + QString::fromLatin1(
               digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/** `url` as an absolute http(s) IRI, or empty when it is not one. */
inline QString absoluteHttpIri(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()
        || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return {};
    return QString::fromLatin1(u.toEncoded(QUrl::FullyEncoded));
}

/** Whether `iri` is absolute (has a scheme), as JSON-LD and the W3C "uri" format need. */
inline bool isAbsoluteIri(const QString &iri)
{
    const QUrl u(iri, QUrl::StrictMode);
    return u.isValid() && !u.scheme().isEmpty() && !iri.contains(u' ');
}

inline QUuid derivedUuid(const QString &name)
{
    return QUuid::createUuidV5(kIdNamespace, name);
}

/** The id Provena gives the link annotation of a region and an anchor (stable, v5). */
inline QString linkIri(const QUuid &region, const QUuid &anchor)
{
    return uuidIri(derivedUuid(QStringLiteral("link ") + uuidIri(region) + u' ' + uuidIri(anchor)));
}

inline bool isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace provena::detail
