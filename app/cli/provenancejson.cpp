// SPDX-License-Identifier: MIT
#include "cli/provenancejson.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject ProvenanceJson::evidence(const Evidence &evidence)
{
    QJsonObject o {{u"kind"_s, Evidence::kindName(evidence.kind)}};
    switch (evidence.kind) {
    case Evidence::Kind::TextSpan:
        o.insert(u"start"_s, evidence.range.start);
        o.insert(u"end"_s, evidence.range.end);
        o.insert(u"quote"_s, evidence.quote);
        break;
    case Evidence::Kind::MetadataField:
        o.insert(u"key"_s, evidence.metadataKey);
        o.insert(u"value"_s, evidence.metadataValue);
        break;
    case Evidence::Kind::Image:
        o.insert(u"image"_s,
                 evidence.imageIndex >= 0 ? QJsonValue(evidence.imageIndex + 1) : QJsonValue());
        o.insert(u"sha256"_s, stringOrNull(evidence.imageSha256));
        break;
    case Evidence::Kind::Url:
        o.insert(u"url"_s, evidence.url);
        break;
    case Evidence::Kind::Note:
        o.insert(u"note"_s, evidence.note);
        break;
    }
    return o;
}

QJsonArray ProvenanceJson::evidenceList(const QList<Evidence> &evidence)
{
    QJsonArray array;
    for (const Evidence &e : evidence)
        array.append(ProvenanceJson::evidence(e));
    return array;
}

QJsonObject ProvenanceJson::agent(const Agent &agent)
{
    return {{u"name"_s, agent.name},
            {u"directoryId"_s, stringOrNull(agent.directoryId)},
            {u"abbreviations"_s, QJsonArray::fromStringList(agent.abbreviations)},
            {u"kind"_s, Agent::kindName(agent.kind)},
            {u"country"_s, stringOrNull(agent.country)},
            {u"iri"_s, stringOrNull(agent.iri)}};
}

QJsonObject ProvenanceJson::claim(const ProvenanceClaim &claim)
{
    const bool agentRole = ProvenanceClaim::isAgentRole(claim.role);
    return {{u"id"_s, idText(claim.id)},
            {u"role"_s, ProvenanceClaim::roleName(claim.role)},
            {u"status"_s, ProvenanceClaim::statusName(claim.status)},
            {u"agent"_s, agentRole ? QJsonValue(agent(claim.agent)) : QJsonValue()},
            {u"value"_s, stringOrNull(claim.value)},
            {u"date"_s, stringOrNull(claim.date)},
            {u"url"_s, stringOrNull(claim.url)},
            {u"evidence"_s, evidenceList(claim.evidence)},
            {u"reason"_s, stringOrNull(claim.reason)},
            {u"suggestionKey"_s, stringOrNull(claim.suggestionKey)},
            {u"recordedBy"_s, stringOrNull(claim.recordedBy)},
            {u"recordedAt"_s, timeOrNull(claim.recordedAt)}};
}

QJsonObject ProvenanceJson::custodyEvent(const CustodyEvent &event)
{
    QJsonObject o {{u"role"_s, CustodyEvent::roleName(event.role)},
                   {u"agent"_s, agent(event.agent)},
                   {u"date"_s, stringOrNull(event.date)},
                   {u"url"_s, stringOrNull(event.url)},
                   {u"evidence"_s, evidenceList(event.evidence)},
                   {u"claim"_s, event.claimId.isNull() ? QJsonValue() : idText(event.claimId)}};
    if (!event.details.isEmpty())
        o.insert(u"details"_s, event.details);
    return o;
}

QJsonObject ProvenanceJson::pillar(Pillar pillar, const PillarAssessment &assessment)
{
    return {{u"pillar"_s, PillarAssessment::pillarName(pillar)},
            {u"status"_s, PillarAssessment::statusName(assessment.status)},
            {u"note"_s, stringOrNull(assessment.note)},
            {u"evidence"_s, evidenceList(assessment.evidence)},
            {u"assessedBy"_s, stringOrNull(assessment.assessedBy)},
            {u"assessedAt"_s, timeOrNull(assessment.assessedAt)}};
}

QJsonValue ProvenanceJson::verdict(const Verdict &verdict)
{
    if (!verdict.isDecided())
        return QJsonValue::Null;
    return QJsonObject {
        {u"value"_s, Verdict::valueName(verdict.value)},
        {u"confidence"_s, verdict.confidence >= 0 ? QJsonValue(verdict.confidence) : QJsonValue()},
        {u"rationale"_s, stringOrNull(verdict.rationale)},
        {u"decidedBy"_s, stringOrNull(verdict.decidedBy)},
        {u"decidedAt"_s, timeOrNull(verdict.decidedAt)}};
}

QJsonObject ProvenanceJson::suggestion(const ProvenanceSuggestion &suggestion)
{
    QJsonObject o = claim(suggestion.claim);
    QJsonArray conflicts;
    for (const QUuid &id : suggestion.conflictsWith)
        conflicts.append(idText(id));
    o.insert(u"origin"_s, suggestion.origin);
    o.insert(u"conflictsWith"_s, conflicts);
    o.insert(u"conflictNote"_s, stringOrNull(suggestion.conflictNote));
    return o;
}

QJsonObject ProvenanceJson::image(const ImageRef &ref, int imageIndex,
                                  const ImageProvenance &record,
                                  const QList<ProvenanceSuggestion> *suggestions)
{
    QJsonArray claims;
    for (const ProvenanceClaim &c : record.claims)
        claims.append(claim(c));
    QJsonArray custody;
    for (const CustodyEvent &e : record.custodyChain())
        custody.append(custodyEvent(e));
    QJsonArray pillars;
    for (int p = 0; p < kPillarCount; ++p)
        pillars.append(pillar(Pillar(p), record.pillar(Pillar(p))));
    QJsonObject o {{u"image"_s, imageIndex + 1},
                   {u"url"_s, ref.url},
                   {u"localPath"_s, stringOrNull(ref.localPath)},
                   {u"claims"_s, claims},
                   {u"custody"_s, custody},
                   {u"pillars"_s, pillars},
                   {u"verdict"_s, verdict(record.verdict)}};
    if (suggestions) {
        QJsonArray array;
        for (const ProvenanceSuggestion &s : *suggestions)
            array.append(suggestion(s));
        o.insert(u"suggestions"_s, array);
    }
    return o;
}

QJsonArray ProvenanceJson::flags(const QList<MetadataEvidence::Flag> &flags)
{
    QJsonArray array;
    for (const MetadataEvidence::Flag &flag : flags) {
        QJsonObject o;
        o.insert(u"kind"_s, MetadataEvidence::Flag::kindName(flag.kind));
        o.insert(u"key"_s, flag.key.isEmpty() ? QJsonValue() : QJsonValue(flag.key));
        o.insert(u"detail"_s, flag.detail);
        array.append(o);
    }
    return array;
}

QJsonObject ProvenanceJson::document(const QString &articlePath, const QJsonArray &images)
{
    return {{u"schema"_s, u"provena-provenance/1"_s},
            {u"article"_s, articlePath},
            {u"images"_s, images}};
}

} // namespace provena::cli
