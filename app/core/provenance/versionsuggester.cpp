// SPDX-License-Identifier: MIT
#include "core/provenance/versionsuggester.h"

#include "core/i18n/language.h"
#include "core/provenance/creditparser_p.h"
#include "core/provenance/suggestionset_p.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace provena {

namespace {

using detail::suggest::CreditParty;

/** The directory's agent for `written`, else `written` itself as an organisation. */
Agent agentFor(const QString &written, const AgencyDirectory &agencies)
{
    if (const AgencyEntry *entry = agencies.resolve(written))
        return entry->toAgent();
    Agent agent;
    agent.name = written.simplified();
    agent.kind = AgentKind::Organisation;
    return agent;
}

/**
 * Who the other article stands for: the organisation its byline names, else the party its credit
 * names last that is not a person ("Yonhap via AP" → AP: the one that passed it to the
 * publisher), else the credit as written. Empty when the article names neither.
 */
Agent republisherOf(const VersionSighting &sighting, const AgencyDirectory &agencies,
                    bool *fromByline)
{
    *fromByline = !sighting.publisher.trimmed().isEmpty();
    if (*fromByline)
        return agentFor(sighting.publisher, agencies);
    const QString credit = sighting.credit.trimmed();
    if (credit.isEmpty())
        return {};
    const QList<CreditParty> parties = detail::suggest::parseCredit(credit, agencies);
    for (auto it = parties.crbegin(); it != parties.crend(); ++it) {
        if (it->kind == CreditParty::Kind::Agency && it->entry)
            return it->entry->toAgent();
        if (it->kind == CreditParty::Kind::Organisation && !it->text.trimmed().isEmpty())
            return agentFor(it->text, agencies);
    }
    return agentFor(credit, agencies);
}

QString matchNote(const VersionSighting &s)
{
    const QRectF &r = s.rectInImage;
    const QString article = QFileInfo(s.articlePath).fileName();
    // Machine-found, not the analyst's words, but a note is the evidence kind that holds text.
    return VersionSuggester::tr("Found by Find Other Versions: %1 shows %2 as image %3 (caption "
                                "“%4”, credit “%5”); it is %6 of this image, at x %7, y %8, "
                                "%9 × %10 in this image's pixels, scale %11, perceptual hash "
                                "distance %12.")
        .arg(article, s.filePath)
        .arg(s.imageNumber)
        .arg(s.caption, s.credit,
             s.relations.isEmpty() ? VersionSuggester::tr("a copy")
                                   : s.relations.join(QStringLiteral(", ")))
        .arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1)
        .arg(s.scale, 0, 'f', 3)
        .arg(s.hashDistance);
}

} // namespace

QString VersionSuggester::origin()
{
    return QStringLiteral("versions");
}

QList<ProvenanceSuggestion> VersionSuggester::suggest(int imageIndex,
                                                      const QList<VersionSighting> &sightings,
                                                      const ImageProvenance &recorded,
                                                      const AgencyDirectory &agencies)
{
    QSet<QString> recordedKeys;
    for (const ProvenanceClaim &claim : recorded.claims) {
        if (!claim.suggestionKey.isEmpty())
            recordedKeys.insert(claim.suggestionKey);
        // A claim the analyst typed that says the same (role and agent) counts as well.
        recordedKeys.insert(detail::suggest::suggestionKey(imageIndex, claim));
    }
    QList<ProvenanceSuggestion> out;
    QHash<QString, qsizetype> byKey;
    for (const VersionSighting &sighting : sightings) {
        bool fromByline = false;
        const Agent agent = republisherOf(sighting, agencies, &fromByline);
        if (agent.isEmpty())
            continue;
        ProvenanceClaim claim;
        claim.role = ClaimRole::Republisher;
        claim.agent = agent;
        claim.status = ClaimStatus::Suggested;
        const QString key = detail::suggest::suggestionKey(imageIndex, claim);
        if (recordedKeys.contains(key))
            continue;
        const QString title = sighting.articleTitle.isEmpty()
            ? QFileInfo(sighting.articlePath).fileName()
            : sighting.articleTitle;
        const QList<Evidence> evidence {
            Evidence::image(-1, sighting.sha256),
            Evidence::link(QUrl::fromLocalFile(sighting.filePath).toString()),
            Evidence::analystNote(matchNote(sighting))};
        if (const auto it = byKey.constFind(key); it != byKey.constEnd()) {
            ProvenanceClaim &merged = out[*it].claim;
            for (const Evidence &e : evidence) {
                if (!merged.evidence.contains(e))
                    merged.evidence.append(e);
            }
            continue;
        }
        claim.suggestionKey = key;
        claim.id = detail::suggest::suggestionId(key);
        claim.evidence = evidence;
        // The agency as the analyst reads it; the claim keeps the stored (English) name.
        const QString shown = agencies.displayName(agent, Language::current());
        claim.reason = fromByline
            ? tr("“%1” shows another version of this photo (%2); its byline names %3.")
                  .arg(title, sighting.relations.join(QStringLiteral(", ")), shown)
            : tr("“%1” shows another version of this photo (%2), credited to %3.")
                  .arg(title, sighting.relations.join(QStringLiteral(", ")), shown);
        ProvenanceSuggestion suggestion;
        suggestion.claim = claim;
        suggestion.origin = origin();
        byKey.insert(key, out.size());
        out.append(suggestion);
    }
    return out;
}

} // namespace provena
