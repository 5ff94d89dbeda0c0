// SPDX-License-Identifier: MIT
#include "formats/sidecarprovenance_p.h"

#include "formats/sidecarunknownfields_p.h"
#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace provena::detail {

namespace {

constexpr qint64 kMaxIndex = std::numeric_limits<int>::max();

/**
 * The enum member `key` of `o` names, by its exact stable name (`nameOf`, which is empty past the
 * last member): `absent` when the key is missing and not `required`.
 */
template<typename Enum>
std::optional<Enum> readName(JsonChecker &c, const QJsonObject &o, const char *key,
                             const JsonPath &where, QString (*nameOf)(Enum), bool required,
                             Enum absent = Enum(0))
{
    const QJsonValue v = o.value(QLatin1String(key));
    const JsonPath at(where, key);
    if (v.isUndefined() && !required)
        return absent;
    const auto s = c.string(v, at);
    if (!s)
        return std::nullopt;
    QStringList names;
    for (int i = 0;; ++i) {
        const QString name = nameOf(Enum(i));
        if (name.isEmpty())
            break;
        if (name == *s)
            return Enum(i);
        names.append(name);
    }
    c.fail(at,
           SidecarReaderText::tr("“%1” is not one of: %2")
               .arg(s->left(40), names.join(QLatin1String(", "))));
    return std::nullopt;
}

/** Optional date member `key` of `o`, checked with ProvenanceDate::isValid. */
std::optional<QString> readDate(JsonChecker &c, const QJsonObject &o, const char *key,
                                const JsonPath &where)
{
    auto date = c.optString(o, key, where);
    if (date && !ProvenanceDate::isValid(*date)) {
        c.fail(JsonPath(where, key),
               SidecarReaderText::tr("“%1” is not an ISO 8601 date, date-time or range “A/B”")
                   .arg(date->left(40)));
        return std::nullopt;
    }
    return date;
}

QString evidencePart(const QString &prefix, qsizetype index)
{
    return prefix + QStringLiteral("evidence[%1]").arg(index);
}

/**
 * The "evidence" list of `o` appended to `out`. Unknown keys of each go to part
 * `prefix`evidence[i] of `extra`; evidence of a kind this Provena does not know (from a newer
 * one) to `others`, kept rather than refused so that its file still opens.
 */
bool readEvidence(JsonChecker &c, const QJsonObject &o, const JsonPath &where, QList<Evidence> *out,
                  QJsonObject *extra, const QString &prefix, QJsonArray *others)
{
    const QJsonValue v = o.value(QLatin1String("evidence"));
    if (v.isUndefined())
        return true;
    const JsonPath listPath(where, "evidence");
    if (!v.isArray())
        return c.fail(listPath, SidecarReaderText::tr("expected an array"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const JsonPath at(listPath, i);
        const auto e = c.object(list.at(i), at);
        if (!e)
            return false;
        const auto kindName = c.string(e->value(QLatin1String("kind")), JsonPath(at, "kind"));
        if (!kindName)
            return false;
        const auto kind = Evidence::kindFromName(*kindName);
        if (!kind || Evidence::kindName(*kind) != *kindName) {
            others->append(*e);
            continue;
        }
        Evidence ev;
        ev.kind = *kind;
        QJsonObject unknown;
        switch (*kind) {
        case Evidence::Kind::TextSpan: {
            const auto start
                = c.integer(e->value(QLatin1String("start")), JsonPath(at, "start"), 0, kMaxIndex);
            const auto end
                = c.integer(e->value(QLatin1String("end")), JsonPath(at, "end"), 0, kMaxIndex);
            const auto quote = c.optString(*e, "exact", at);
            if (!start || !end || !quote)
                return false;
            if (*end < *start)
                return c.fail(JsonPath(at, "end"),
                              SidecarReaderText::tr("the span ends before it starts"));
            ev.range = TextRange {*start, *end};
            ev.quote = *quote;
            unknown = unknownKeys(*e, {"kind", "start", "end", "exact"});
            break;
        }
        case Evidence::Kind::MetadataField: {
            const auto key
                = c.string(e->value(QLatin1String("metadataKey")), JsonPath(at, "metadataKey"));
            const auto value = c.optString(*e, "metadataValue", at);
            if (!key || !value)
                return false;
            ev.metadataKey = *key;
            ev.metadataValue = *value;
            unknown = unknownKeys(*e, {"kind", "metadataKey", "metadataValue"});
            break;
        }
        case Evidence::Kind::Image: {
            if (e->contains(QLatin1String("imageIndex"))) {
                const auto index = c.integer(e->value(QLatin1String("imageIndex")),
                                             JsonPath(at, "imageIndex"), 0, kMaxIndex);
                if (!index)
                    return false;
                ev.imageIndex = int(*index);
            }
            const auto sha = c.optString(*e, "sha256", at);
            if (!sha)
                return false;
            if (!sha->isEmpty() && !isSha256Hex(*sha))
                return c.fail(JsonPath(at, "sha256"),
                              SidecarReaderText::tr("expected 64 lower-case hex digits"));
            if (ev.imageIndex < 0 && sha->isEmpty())
                return c.fail(at, SidecarReaderText::tr("an image needs “imageIndex” or “sha256”"));
            ev.imageSha256 = *sha;
            unknown = unknownKeys(*e, {"kind", "imageIndex", "sha256"});
            break;
        }
        case Evidence::Kind::Url: {
            const auto url = c.string(e->value(QLatin1String("url")), JsonPath(at, "url"));
            if (!url)
                return false;
            ev.url = *url;
            unknown = unknownKeys(*e, {"kind", "url"});
            break;
        }
        case Evidence::Kind::Note: {
            const auto note = c.string(e->value(QLatin1String("note")), JsonPath(at, "note"));
            if (!note)
                return false;
            ev.note = *note;
            unknown = unknownKeys(*e, {"kind", "note"});
            break;
        }
        }
        setUnknownPart(*extra, evidencePart(prefix, out->size()), unknown);
        out->append(ev);
    }
    return true;
}

void writeEvidence(ObjectScope &owner, const QList<Evidence> &list, const Parts &parts,
                   const QString &prefix, const QJsonArray &others)
{
    if (list.isEmpty() && others.isEmpty())
        return;
    JsonOut &out = owner.key("evidence");
    out.beginArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Evidence &ev = list.at(i);
        out.element();
        ObjectScope e(out, parts.get(evidencePart(prefix, i)));
        e.string("kind", Evidence::kindName(ev.kind));
        switch (ev.kind) {
        case Evidence::Kind::TextSpan:
            e.key("end").integer(ev.range.end);
            e.string("exact", ev.quote);
            e.key("start").integer(ev.range.start);
            break;
        case Evidence::Kind::MetadataField:
            e.string("metadataKey", ev.metadataKey);
            e.string("metadataValue", ev.metadataValue);
            break;
        case Evidence::Kind::Image:
            if (ev.imageIndex >= 0)
                e.key("imageIndex").integer(ev.imageIndex);
            if (!ev.imageSha256.isEmpty())
                e.string("sha256", ev.imageSha256);
            break;
        case Evidence::Kind::Url:
            e.string("url", ev.url);
            break;
        case Evidence::Kind::Note:
            e.string("note", ev.note);
            break;
        }
    }
    writeKept(out, others);
    out.endArray();
}

/** The "agent" of `owner` (absent: none); its unknown keys to part `part` of `extra`. */
bool readAgent(JsonChecker &c, const QJsonObject &owner, const JsonPath &where, Agent *agent,
               QJsonObject *extra, const QString &part)
{
    const QJsonValue v = owner.value(QLatin1String("agent"));
    if (v.isUndefined())
        return true;
    const JsonPath at(where, "agent");
    const auto o = c.object(v, at);
    if (!o)
        return false;
    const auto directoryId = c.optString(*o, "directoryId", at);
    const auto name = c.optString(*o, "name", at);
    const auto country = c.optString(*o, "country", at);
    const auto iri = c.optString(*o, "iri", at);
    const auto kind = readName<AgentKind>(c, *o, "kind", at, &Agent::kindName, false);
    if (!directoryId || !name || !country || !iri || !kind)
        return false;
    const QJsonValue abbreviations = o->value(QLatin1String("abbreviations"));
    const JsonPath abbreviationsPath(at, "abbreviations");
    if (!abbreviations.isUndefined() && !abbreviations.isArray())
        return c.fail(abbreviationsPath, SidecarReaderText::tr("expected an array"));
    const QJsonArray list = abbreviations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto a = c.string(list.at(i), JsonPath(abbreviationsPath, i));
        if (!a)
            return false;
        agent->abbreviations.append(*a);
    }
    agent->directoryId = *directoryId;
    agent->name = *name;
    agent->country = *country;
    agent->iri = *iri;
    agent->kind = *kind;
    setUnknownPart(
        *extra, part,
        unknownKeys(*o, {"directoryId", "name", "abbreviations", "kind", "country", "iri"}));
    return true;
}

void writeAgent(ObjectScope &owner, const Agent &agent, const Parts &parts, const QString &part)
{
    const QJsonObject kept = parts.get(part);
    if (agent == Agent() && kept.isEmpty())
        return;
    ObjectScope a(owner.key("agent"), kept);
    if (!agent.abbreviations.isEmpty())
        a.key("abbreviations").value(QJsonArray::fromStringList(agent.abbreviations));
    if (!agent.country.isEmpty())
        a.string("country", agent.country);
    if (!agent.directoryId.isEmpty())
        a.string("directoryId", agent.directoryId);
    if (!agent.iri.isEmpty())
        a.string("iri", agent.iri);
    if (agent.kind != AgentKind::Unknown)
        a.string("kind", Agent::kindName(agent.kind));
    if (!agent.name.isEmpty())
        a.string("name", agent.name);
}

/** Writes `value` under `key` unless it is empty. */
void optional(ObjectScope &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.string(key, value);
}

bool readClaim(JsonChecker &c, const QJsonValue &v, const JsonPath &at, QSet<QUuid> *ids,
               ProvenanceClaim *claim)
{
    const auto o = c.object(v, at);
    if (!o)
        return false;
    const auto id = c.uuidId(o->value(QLatin1String("id")), JsonPath(at, "id"));
    if (!id)
        return false;
    if (ids->contains(*id))
        return c.fail(JsonPath(at, "id"),
                      SidecarReaderText::tr("the id %1 is used twice").arg(uuidIri(*id)));
    ids->insert(*id);
    if (o->contains(QLatin1String("type"))
        && !hasType(o->value(QLatin1String("type")), QStringLiteral("ProvenanceClaim")))
        return c.fail(JsonPath(at, "type"), SidecarReaderText::tr("expected a “ProvenanceClaim”"));
    const auto role = readName<ClaimRole>(c, *o, "role", at, &ProvenanceClaim::roleName, true);
    const auto status
        = readName<ClaimStatus>(c, *o, "status", at, &ProvenanceClaim::statusName, true);
    const auto value = c.optString(*o, "value", at);
    const auto date = readDate(c, *o, "date", at);
    const auto url = c.optString(*o, "url", at);
    const auto reason = c.optString(*o, "reason", at);
    const auto key = c.optString(*o, "suggestionKey", at);
    const auto by = c.optString(*o, "recordedBy", at);
    const auto when = c.dateTime(*o, "recordedAt", at);
    if (!role || !status || !value || !date || !url || !reason || !key || !by || !when)
        return false;
    claim->id = *id;
    claim->role = *role;
    claim->status = *status;
    claim->value = *value;
    claim->date = *date;
    claim->url = *url;
    claim->reason = *reason;
    claim->suggestionKey = *key;
    claim->recordedBy = *by;
    claim->recordedAt = *when;
    QJsonObject extra
        = unknownKeys(*o,
                      {"id", "type", "role", "status", "agent", "value", "date", "url", "evidence",
                       "reason", "suggestionKey", "recordedBy", "recordedAt"});
    QJsonArray others;
    if (!readAgent(c, *o, at, &claim->agent, &extra, QStringLiteral("agent"))
        || !readEvidence(c, *o, at, &claim->evidence, &extra, {}, &others))
        return false;
    keepOthers(extra, kOtherEvidenceKey, others);
    claim->extra = extra;
    return true;
}

void writeClaim(JsonOut &out, const ProvenanceClaim &claim)
{
    const Parts parts(claim.extra);
    ObjectScope o(out, claim.extra);
    writeAgent(o, claim.agent, parts, QStringLiteral("agent"));
    optional(o, "date", claim.date);
    writeEvidence(o, claim.evidence, parts, {}, claim.extra.value(kOtherEvidenceKey).toArray());
    o.string("id", uuidIri(claim.id));
    optional(o, "reason", claim.reason);
    if (claim.recordedAt.isValid())
        o.string("recordedAt", utcTimestamp(claim.recordedAt));
    optional(o, "recordedBy", claim.recordedBy);
    o.string("role", ProvenanceClaim::roleName(claim.role));
    o.string("status", ProvenanceClaim::statusName(claim.status));
    optional(o, "suggestionKey", claim.suggestionKey);
    o.string("type", u"ProvenanceClaim");
    optional(o, "url", claim.url);
    optional(o, "value", claim.value);
}

/** Reads the array member `key` of `o` (absent: nothing), calling `read` for each element. */
template<typename Read>
bool readList(JsonChecker &c, const QJsonObject &o, const char *key, const JsonPath &where,
              Read read)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const JsonPath at(where, key);
    if (!v.isArray())
        return c.fail(at, SidecarReaderText::tr("expected an array"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!read(list.at(i), JsonPath(at, i)))
            return false;
    }
    return true;
}

QString eventPart(qsizetype index)
{
    return QStringLiteral("recordedEvents[%1]").arg(index);
}

QString pillarPart(Pillar pillar)
{
    return QStringLiteral("pillars[%1]").arg(PillarAssessment::pillarName(pillar));
}

const QString kVerdictPart = QStringLiteral("verdict");

bool readEvent(JsonChecker &c, const QJsonValue &v, const JsonPath &at, ImageProvenance *record)
{
    const auto o = c.object(v, at);
    if (!o)
        return false;
    CustodyEvent event;
    const QString part = eventPart(record->recordedEvents.size());
    const auto role
        = readName<CustodyEvent::Role>(c, *o, "role", at, &CustodyEvent::roleName, true);
    const auto date = readDate(c, *o, "date", at);
    const auto url = c.optString(*o, "url", at);
    if (!role || !date || !url)
        return false;
    if (o->contains(QLatin1String("fromClaim"))) {
        const auto claim
            = c.uuidId(o->value(QLatin1String("fromClaim")), JsonPath(at, "fromClaim"));
        if (!claim)
            return false;
        event.claimId = *claim;
    }
    if (o->contains(QLatin1String("details"))) {
        const auto details = c.object(o->value(QLatin1String("details")), JsonPath(at, "details"));
        if (!details)
            return false;
        event.details = *details;
    }
    event.role = *role;
    event.date = *date;
    event.url = *url;
    QJsonObject unknown
        = unknownKeys(*o, {"role", "agent", "date", "url", "evidence", "fromClaim", "details"});
    QJsonArray others;
    if (!readAgent(c, *o, at, &event.agent, &record->extra, part + QStringLiteral(".agent"))
        || !readEvidence(c, *o, at, &event.evidence, &record->extra, part + u'.', &others))
        return false;
    keepOthers(unknown, kOtherEvidenceKey, others);
    setUnknownPart(record->extra, part, unknown);
    record->recordedEvents.append(event);
    return true;
}

void writeEvent(JsonOut &out, const CustodyEvent &event, qsizetype index, const Parts &parts)
{
    const QString part = eventPart(index);
    const QJsonObject kept = parts.get(part);
    ObjectScope o(out, kept);
    writeAgent(o, event.agent, parts, part + QStringLiteral(".agent"));
    optional(o, "date", event.date);
    if (!event.details.isEmpty())
        o.key("details").value(event.details);
    writeEvidence(o, event.evidence, parts, part + u'.', kept.value(kOtherEvidenceKey).toArray());
    if (!event.claimId.isNull())
        o.string("fromClaim", uuidIri(event.claimId));
    o.string("role", CustodyEvent::roleName(event.role));
    optional(o, "url", event.url);
}

bool readPillar(JsonChecker &c, const QJsonValue &v, const JsonPath &at, QSet<int> *seen,
                ImageProvenance *record)
{
    const auto o = c.object(v, at);
    if (!o)
        return false;
    const auto pillar = readName<Pillar>(c, *o, "pillar", at, &PillarAssessment::pillarName, true);
    if (!pillar)
        return false;
    if (seen->contains(int(*pillar)))
        return c.fail(JsonPath(at, "pillar"),
                      SidecarReaderText::tr("the pillar “%1” is assessed twice")
                          .arg(PillarAssessment::pillarName(*pillar)));
    seen->insert(int(*pillar));
    PillarAssessment &p = record->pillar(*pillar);
    const auto status = readName<PillarAssessment::Status>(c, *o, "status", at,
                                                           &PillarAssessment::statusName, false);
    const auto note = c.optString(*o, "note", at);
    const auto by = c.optString(*o, "assessedBy", at);
    const auto when = c.dateTime(*o, "assessedAt", at);
    if (!status || !note || !by || !when)
        return false;
    p.status = *status;
    p.note = *note;
    p.assessedBy = *by;
    p.assessedAt = *when;
    const QString part = pillarPart(*pillar);
    QJsonObject unknown
        = unknownKeys(*o, {"pillar", "status", "note", "evidence", "assessedBy", "assessedAt"});
    QJsonArray others;
    if (!readEvidence(c, *o, at, &p.evidence, &record->extra, part + u'.', &others))
        return false;
    keepOthers(unknown, kOtherEvidenceKey, others);
    setUnknownPart(record->extra, part, unknown);
    return true;
}

void writePillar(JsonOut &out, Pillar pillar, const PillarAssessment &p, const Parts &parts)
{
    const QString part = pillarPart(pillar);
    const QJsonObject kept = parts.get(part);
    ObjectScope o(out, kept);
    if (p.assessedAt.isValid())
        o.string("assessedAt", utcTimestamp(p.assessedAt));
    optional(o, "assessedBy", p.assessedBy);
    writeEvidence(o, p.evidence, parts, part + u'.', kept.value(kOtherEvidenceKey).toArray());
    optional(o, "note", p.note);
    o.string("pillar", PillarAssessment::pillarName(pillar));
    o.string("status", PillarAssessment::statusName(p.status));
}

bool readVerdict(JsonChecker &c, const QJsonObject &record, const JsonPath &where,
                 ImageProvenance *out)
{
    const QJsonValue v = record.value(QLatin1String("verdict"));
    if (v.isUndefined())
        return true;
    const JsonPath at(where, "verdict");
    const auto o = c.object(v, at);
    if (!o)
        return false;
    Verdict &verdict = out->verdict;
    const auto value = readName<Verdict::Value>(c, *o, "value", at, &Verdict::valueName, true);
    const auto rationale = c.optString(*o, "rationale", at);
    const auto by = c.optString(*o, "decidedBy", at);
    const auto when = c.dateTime(*o, "decidedAt", at);
    if (!value || !rationale || !by || !when)
        return false;
    if (o->contains(QLatin1String("confidence"))) {
        const auto confidence
            = c.number(o->value(QLatin1String("confidence")), JsonPath(at, "confidence"), 0, 1);
        if (!confidence)
            return false;
        verdict.confidence = *confidence;
    }
    verdict.value = *value;
    verdict.rationale = *rationale;
    verdict.decidedBy = *by;
    verdict.decidedAt = *when;
    setUnknownPart(out->extra, kVerdictPart,
                   unknownKeys(*o, {"value", "rationale", "confidence", "decidedBy", "decidedAt"}));
    return true;
}

void writeVerdict(ObjectScope &record, const Verdict &verdict, const Parts &parts)
{
    const QJsonObject kept = parts.get(kVerdictPart);
    if (verdict == Verdict() && kept.isEmpty())
        return;
    ObjectScope o(record.key("verdict"), kept);
    if (verdict.confidence >= 0)
        o.key("confidence").number(verdict.confidence);
    if (verdict.decidedAt.isValid())
        o.string("decidedAt", utcTimestamp(verdict.decidedAt));
    optional(o, "decidedBy", verdict.decidedBy);
    optional(o, "rationale", verdict.rationale);
    o.string("value", Verdict::valueName(verdict.value));
}

} // namespace

bool isProvenanceKey(QStringView key)
{
    return key == QLatin1StringView("provenance") || key.startsWith(QLatin1StringView("prov:"));
}

bool readImageProvenance(JsonChecker &c, const QJsonObject &entry, const JsonPath &where,
                         ImageProvenance *out)
{
    const QJsonValue v = entry.value(QLatin1String("provenance"));
    if (v.isUndefined())
        return true;
    const JsonPath at(where, "provenance");
    const auto o = c.object(v, at);
    if (!o)
        return false;
    ImageProvenance record;
    record.extra = unknownKeys(*o, {"claims", "recordedEvents", "pillars", "verdict"});
    QSet<QUuid> ids;
    QSet<int> pillars;
    const bool ok = readList(c, *o, "claims", at,
                             [&](const QJsonValue &claim, const JsonPath &claimAt) {
                                 ProvenanceClaim read;
                                 if (!readClaim(c, claim, claimAt, &ids, &read))
                                     return false;
                                 record.claims.append(read);
                                 return true;
                             })
        && readList(c, *o, "recordedEvents", at,
                    [&](const QJsonValue &event, const JsonPath &eventAt) {
                        return readEvent(c, event, eventAt, &record);
                    })
        && readList(c, *o, "pillars", at,
                    [&](const QJsonValue &pillar, const JsonPath &pillarAt) {
                        return readPillar(c, pillar, pillarAt, &pillars, &record);
                    })
        && readVerdict(c, *o, at, &record);
    if (!ok)
        return false;
    *out = record;
    return true;
}

void writeImageProvenance(ObjectScope &entry, const ImageProvenance &record)
{
    if (record.isEmpty())
        return;
    {
        const Parts parts(record.extra);
        ObjectScope r(entry.key("provenance"), record.extra);
        if (!record.claims.isEmpty()) {
            JsonOut &claims = r.key("claims");
            claims.beginArray();
            for (const ProvenanceClaim &claim : record.claims) {
                claims.element();
                writeClaim(claims, claim);
            }
            claims.endArray();
        }
        QList<Pillar> assessed;
        for (int i = 0; i < kPillarCount; ++i) {
            const auto pillar = Pillar(i);
            if (record.pillar(pillar) != PillarAssessment()
                || !parts.get(pillarPart(pillar)).isEmpty())
                assessed.append(pillar);
        }
        if (!assessed.isEmpty()) {
            JsonOut &list = r.key("pillars");
            list.beginArray();
            for (Pillar pillar : std::as_const(assessed)) {
                list.element();
                writePillar(list, pillar, record.pillar(pillar), parts);
            }
            list.endArray();
        }
        if (!record.recordedEvents.isEmpty()) {
            JsonOut &events = r.key("recordedEvents");
            events.beginArray();
            for (qsizetype i = 0; i < record.recordedEvents.size(); ++i) {
                events.element();
                writeEvent(events, record.recordedEvents.at(i), i, parts);
            }
            events.endArray();
        }
        writeVerdict(r, record.verdict, parts);
    }
    // The view is written after the record's scope has closed: JsonOut is a stream.
    writeProvView(entry, record);
}

} // namespace provena::detail
