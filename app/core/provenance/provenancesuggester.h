// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"
#include "core/model/article.h"
#include "core/model/metadataevidence.h"
#include "core/model/provenance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace provena {

/** A claim Provena proposes, with why, and what it conflicts with. */
struct ProvenanceSuggestion
{
    /** status Suggested; `suggestionKey` set; `id` derived from the key (stable across runs). */
    ProvenanceClaim claim;
    /**
     * Where it came from: "caption", "credit", "release", "byline", "site", "metadata"; accepting
     * or rejecting "all from one source" uses it.
     */
    QString origin;
    /** Ids (claim.id) of other suggestions or of recorded claims that say otherwise. */
    QList<QUuid> conflictsWith;
    /** For people, when conflictsWith is not empty: "The caption credits KCNA; EXIF Artist says
     *  Jane Roe." */
    QString conflictNote;
};

/**
 * Proposes provenance claims for one image from what the article says of it (caption, credit,
 * releaser phrases, byline, the article's and the image's URL host) and from its metadata. Never
 * changes the document: the analyst accepts (AddClaimsCommand) or rejects (a Rejected claim with
 * the same key) each one, and neither is proposed again.
 *
 * Agents are resolved through the agency directory ("KCNA" → Korean Central News Agency, state
 * media, KP). Disagreements are reported as conflicts (both suggestions stay), never resolved.
 * Pure and deterministic: the same inputs give the same suggestions, ids and order.
 */
class ProvenanceSuggester
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceSuggester)

public:
    struct Input
    {
        const Article *article = nullptr;
        int imageIndex = 0;
        /** The image's metadata evidence; empty when the image is not local or not read yet. */
        MetadataEvidence metadata;
        /** What is already recorded for the image: suggestions whose key a claim has are left
         *  out, and conflicts with accepted claims are reported. */
        ImageProvenance recorded;
        const AgencyDirectory *agencies = nullptr;
    };

    static QList<ProvenanceSuggestion> suggest(const Input &input);

    /**
     * The metadata flags that need the article: a DateMismatch when a metadata date (taken,
     * created) is more than one day away from every date the caption names. Appended by suggest()
     * to nothing; callers that show flags merge these with MetadataEvidence::flags.
     */
    static QList<MetadataEvidence::Flag> articleFlags(const Input &input);
};

} // namespace provena
