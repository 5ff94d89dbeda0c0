// SPDX-License-Identifier: MIT
#include "cli/provenancetext.h"

#include <QTextStream>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void writeEvidence(QTextStream &out, const QList<Evidence> &evidence, const QString &indent)
{
    for (const Evidence &e : evidence)
        out << indent << "evidence: " << e.summary() << '\n';
}

// "releasing-agency  Korean Central News Agency (KCNA)  date 2025-08-13  url …"
QString claimLine(const ProvenanceClaim &claim)
{
    QString line = ProvenanceClaim::roleName(claim.role);
    const QString what = ProvenanceClaim::isAgentRole(claim.role)
        ? ProvenanceText::agentText(claim.agent)
        : claim.value;
    if (!what.isEmpty())
        line += u"  "_s + what;
    if (!claim.date.isEmpty())
        line += u"  date "_s + claim.date;
    if (!claim.url.isEmpty())
        line += u"  url "_s + claim.url;
    return line;
}

QString stamp(const QString &who, const QDateTime &when)
{
    QString s = who;
    if (when.isValid())
        s += (s.isEmpty() ? u""_s : u" "_s) + u"at "_s + when.toUTC().toString(Qt::ISODate);
    return s;
}

} // namespace

QString ProvenanceText::imageHeading(const ImageRef &ref, int imageIndex)
{
    return u"image %1  %2"_s.arg(imageIndex + 1).arg(ref.url);
}

QString ProvenanceText::agentText(const Agent &agent)
{
    const QString abbreviation = agent.abbreviations.value(0);
    if (abbreviation.isEmpty() || abbreviation == agent.name)
        return agent.name;
    return u"%1 (%2)"_s.arg(agent.name, abbreviation);
}

QString ProvenanceText::record(const ImageProvenance &record)
{
    QString text;
    QTextStream out(&text);
    if (record.verdict.isDecided()) {
        const Verdict &v = record.verdict;
        out << "  verdict " << Verdict::valueName(v.value);
        if (v.confidence >= 0)
            out << "  confidence " << v.confidence;
        out << "  by " << stamp(v.decidedBy, v.decidedAt) << '\n';
        if (!v.rationale.isEmpty())
            out << "    rationale: " << v.rationale << '\n';
    } else {
        out << "  verdict none\n";
    }
    for (const ProvenanceClaim &c : record.claims) {
        out << "  claim " << idText(c.id) << "  " << ProvenanceClaim::statusName(c.status) << "  "
            << claimLine(c) << '\n';
        writeEvidence(out, c.evidence, u"    "_s);
        if (!c.recordedBy.isEmpty() || c.recordedAt.isValid())
            out << "    recorded by " << stamp(c.recordedBy, c.recordedAt) << '\n';
    }
    for (const CustodyEvent &e : record.custodyChain()) {
        out << "  custody " << CustodyEvent::roleName(e.role);
        if (!e.agent.isEmpty())
            out << "  " << agentText(e.agent);
        if (!e.date.isEmpty())
            out << "  date " << e.date;
        if (!e.url.isEmpty())
            out << "  url " << e.url;
        out << '\n';
    }
    for (int p = 0; p < kPillarCount; ++p) {
        const PillarAssessment &a = record.pillar(Pillar(p));
        out << "  pillar " << PillarAssessment::pillarName(Pillar(p)) << "  "
            << PillarAssessment::statusName(a.status);
        if (a.assessedAt.isValid())
            out << "  by " << stamp(a.assessedBy, a.assessedAt);
        out << '\n';
        if (!a.note.isEmpty())
            out << "    note: " << a.note << '\n';
        writeEvidence(out, a.evidence, u"    "_s);
    }
    out.flush();
    return text;
}

QString ProvenanceText::flags(const QList<MetadataEvidence::Flag> &flags)
{
    QString text;
    for (const MetadataEvidence::Flag &flag : flags)
        text += u"  flag "_s + MetadataEvidence::Flag::kindName(flag.kind) + u": "_s + flag.detail
            + u'\n';
    return text;
}

QString ProvenanceText::suggestions(const QList<ProvenanceSuggestion> &suggestions)
{
    QString text;
    QTextStream out(&text);
    if (suggestions.isEmpty())
        out << "  no suggestions\n";
    for (const ProvenanceSuggestion &s : suggestions) {
        out << "  suggestion " << idText(s.claim.id) << "  " << claimLine(s.claim) << "  from "
            << s.origin << '\n';
        if (!s.claim.reason.isEmpty())
            out << "    reason: " << s.claim.reason << '\n';
        writeEvidence(out, s.claim.evidence, u"    "_s);
        if (!s.conflictsWith.isEmpty()) {
            QStringList ids;
            for (const QUuid &id : s.conflictsWith)
                ids.append(idText(id));
            out << "    conflicts with " << ids.join(u", "_s);
            if (!s.conflictNote.isEmpty())
                out << ": " << s.conflictNote;
            out << '\n';
        }
    }
    out.flush();
    return text;
}

} // namespace provena::cli
