// SPDX-License-Identifier: MIT
// The PROV-O view of an image's provenance record: written for other consumers of the sidecar
// (JSON-LD expansion gives W3C PROV-O triples about the image), never read back; the record
// under "provenance" is what Provena reads.

#include "formats/sidecarprovenance_p.h"

#include "formats/sidecarvocabulary_p.h"

#include <QDateTime>

namespace provena::detail {

namespace {

/** `date` when it is one full xsd:dateTime (not a plain date, a partial date or a range). */
QString fullDateTime(const QString &date)
{
    if (!date.contains(u'T') || date.contains(u'/'))
        return {};
    return QDateTime::fromString(date, Qt::ISODate).isValid() ? date : QString();
}

QString provType(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Person:
        return QStringLiteral("prov:Person");
    case AgentKind::Unknown:
        return QStringLiteral("prov:Agent");
    case AgentKind::Software:
        return QStringLiteral("prov:SoftwareAgent");
    default:
        return QStringLiteral("prov:Organization");
    }
}

/** The custody role as an IRI of Provena's namespace, "provena:released" … */
QString roleIri(CustodyEvent::Role role)
{
    return QStringLiteral("provena:") + CustodyEvent::roleName(role);
}

/**
 * An agent node. A person who made the photo is written as having acted on behalf of the
 * agencies that released it (`principals`): "AP Photo/Jane Roe" means Jane Roe shot it for AP.
 */
void writeAgentNode(JsonOut &out, const Agent &agent, const QList<Agent> &principals = {})
{
    ObjectScope n(out);
    if (isAbsoluteIri(agent.iri))
        n.string("id", agent.iri);
    n.string("name", agent.name.isEmpty() ? agent.directoryId : agent.name);
    if (agent.kind == AgentKind::Person && !principals.isEmpty()) {
        JsonOut &p = n.key("prov:actedOnBehalfOf");
        p.beginArray();
        for (const Agent &principal : principals) {
            p.element();
            writeAgentNode(p, principal);
        }
        p.endArray();
    }
    n.string("type", provType(agent.kind));
}

void writeAgents(ObjectScope &owner, const char *key, const QList<Agent> &agents,
                 const QList<Agent> &principals = {})
{
    JsonOut &out = owner.key(key);
    out.beginArray();
    for (const Agent &agent : agents) {
        out.element();
        writeAgentNode(out, agent, principals);
    }
    out.endArray();
}

/** What the accepted claims say, gathered once. */
struct AcceptedFacts
{
    QList<Agent> creators;
    QList<Agent> releasers;
    QList<QString> releaseTimes; ///< per releaser: its date-time, or empty
    QString createdAt; ///< a full date-time, or empty

    explicit AcceptedFacts(const ImageProvenance &record)
    {
        QString releasedAt;
        for (const ProvenanceClaim &c : record.claims) {
            if (c.status != ClaimStatus::Accepted)
                continue;
            if (c.role == ClaimRole::Creator && !c.agent.isEmpty()) {
                creators.append(c.agent);
                if (createdAt.isEmpty())
                    createdAt = fullDateTime(c.date);
            } else if (c.role == ClaimRole::ReleasingAgency && !c.agent.isEmpty()) {
                releasers.append(c.agent);
                releaseTimes.append(fullDateTime(c.date));
            } else if (c.role == ClaimRole::DateCreated && !fullDateTime(c.date).isEmpty()) {
                createdAt = c.date; // the dedicated claim wins over a creator's date
            } else if (c.role == ClaimRole::DateReleased && releasedAt.isEmpty()) {
                releasedAt = fullDateTime(c.date);
            }
        }
        for (QString &t : releaseTimes) {
            if (t.isEmpty())
                t = releasedAt;
        }
    }
};

} // namespace

void writeProvView(ObjectScope &entry, const ImageProvenance &record)
{
    const AcceptedFacts facts(record);
    if (!facts.creators.isEmpty())
        writeAgents(entry, "prov:wasAttributedTo", facts.creators, facts.releasers);
    if (!facts.createdAt.isEmpty())
        entry.string("prov:generatedAtTime", facts.createdAt);
    if (!facts.creators.isEmpty() || !facts.createdAt.isEmpty()) {
        ObjectScope activity(entry.key("prov:wasGeneratedBy"));
        if (!facts.createdAt.isEmpty())
            activity.string("prov:endedAtTime", facts.createdAt);
        if (!facts.creators.isEmpty())
            writeAgents(activity, "prov:wasAssociatedWith", facts.creators, facts.releasers);
        activity.string("type", u"prov:Activity");
    }
    if (!facts.releasers.isEmpty()) {
        // The version the agency released, of which this image is a copy.
        JsonOut &derived = entry.key("prov:wasDerivedFrom");
        derived.beginArray();
        for (qsizetype i = 0; i < facts.releasers.size(); ++i) {
            derived.element();
            ObjectScope released(derived);
            if (!facts.releaseTimes.at(i).isEmpty())
                released.string("prov:generatedAtTime", facts.releaseTimes.at(i));
            writeAgents(released, "prov:wasAttributedTo", {facts.releasers.at(i)});
            released.string("type", u"prov:Entity");
        }
        derived.endArray();
    }
    QList<CustodyEvent> chain = record.custodyChain();
    chain.removeIf([](const CustodyEvent &e) { return e.agent.isEmpty(); });
    if (!chain.isEmpty()) {
        JsonOut &attributions = entry.key("prov:qualifiedAttribution");
        attributions.beginArray();
        for (const CustodyEvent &event : std::as_const(chain)) {
            attributions.element();
            ObjectScope a(attributions);
            JsonOut &agent = a.key("prov:agent");
            writeAgentNode(agent, event.agent);
            a.string("prov:hadRole", roleIri(event.role));
            a.string("type", u"prov:Attribution");
        }
        attributions.endArray();
    }
}

} // namespace provena::detail
