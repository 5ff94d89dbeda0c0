// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"
#include "core/model/codepointindex.h"
#include "core/provenance/provenancesuggester.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace provena::detail::suggest {

/** A suggestion being collected: the same claim from several places is one suggestion. */
struct Draft
{
    ProvenanceClaim claim;
    QStringList origins; ///< first = ProvenanceSuggestion::origin
    QString what; ///< the statement as compared: agency id, normalised name or value, date
};

/** What a claim states, as compared: the agency id, else the normalised agent name or value,
 *  else the date ("kcna", "lee family", "2025-08-13"). */
QString statementKey(const ProvenanceClaim &claim);
/** The stable key of a claim about image `imageIndex`: "0/releasing-agency/kcna". */
QString suggestionKey(int imageIndex, const ProvenanceClaim &claim);
/** The id a suggestion with `key` has, on every run (UUID v5). */
QUuid suggestionId(const QString &key);
/** "2025:08:13 10:42:00" (EXIF), "2025-08-13T10:42:00+09:00" (XMP), "2025-08-13" → ISO 8601,
 * as precise as written; empty when it is not a date. */
QString isoDateFromMetadata(const QString &value);

/**
 * Collects drafts for one image, merging those with the same key (their evidence and origins
 * add up), then drops what is recorded and reports conflicts.
 */
class SuggestionSet
{
public:
    SuggestionSet(const ProvenanceSuggester::Input &input, const AgencyDirectory &agencies);

    const ProvenanceSuggester::Input &input() const { return mInput; }
    const AgencyDirectory &agencies() const { return mAgencies; }
    /**
     * How a suggestion's reason names `agent`: a directory agency by its name in the language
     * Provena speaks now (the claim itself keeps the stored English name), anyone else as named.
     */
    QString shownName(const Agent &agent) const;
    /** The directory's agent for `written`, else one the article defines (defineAgent()), else
     *  `written` with `fallbackKind`. */
    Agent agentFor(const QString &written, AgentKind fallbackKind) const;
    /** An agent the article names in full with its abbreviation, "the Northern Coast News Agency
     *  (NCNA)": the credit "NCNA" is then the same agent. */
    void defineAgent(const Agent &agent);
    /** A text span of the article: code points `range` and the text there. */
    Evidence textEvidence(const TextRange &range) const;
    /**
     * Where `inner` (a part of the text at `outer`, e.g. "AP" of the credit "AP Photo/…")
     * stands in the article: at UTF-16 offset `hint` into `outer` when it is there, else its
     * first whole-word occurrence, without case; `outer` when it cannot be found (the text was
     * unescaped or re-spaced).
     */
    TextRange rangeWithin(const TextRange &outer, const QString &inner, qsizetype hint = -1) const;

    /** `url`: where the agent published the photo, when the evidence shows it. */
    void addAgent(ClaimRole role, const Agent &agent, const QString &date, const Evidence &evidence,
                  const QString &reason, const QString &origin, const QString &url = {});
    void addValue(ClaimRole role, const QString &value, const Evidence &evidence,
                  const QString &reason, const QString &origin);
    void addDate(ClaimRole role, const QString &date, const Evidence &evidence,
                 const QString &reason, const QString &origin);

    /** The suggestions, in the order first proposed, without recorded ones, with conflicts. */
    QList<ProvenanceSuggestion> finish() const;

private:
    void add(ProvenanceClaim claim, const Evidence &evidence, const QString &origin);

    const ProvenanceSuggester::Input &mInput;
    const AgencyDirectory &mAgencies;
    CodePointIndex mIndex;
    QList<Draft> mDrafts;
    QHash<QString, qsizetype> mDraftIndex; ///< suggestion key → index in mDrafts
    QHash<QString, Agent> mArticleAgents; ///< by normalised name and abbreviation
};

/** Suggestions from the caption, credit, releaser phrases, byline and URLs. */
void suggestFromArticle(SuggestionSet &set);
/** Suggestions from the image's metadata evidence. */
void suggestFromMetadata(SuggestionSet &set);

} // namespace provena::detail::suggest
