// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "core/model/provenance.h"
#include "core/provenance/provenancesuggester.h"

#include <QList>
#include <QString>

namespace provena::cli {

/**
 * What `provena-cli provenance` prints without --json: one block per image, one line per claim,
 * custody event, pillar and suggestion, led by stable names (roleName, statusName …) so that
 * lines can be grepped, with evidence, reasons and notes indented below. Full ids, so any prefix
 * of them can be given back to --accept, --reject, --dispute and --remove-claim.
 */
class ProvenanceText
{
public:
    /** "image N  URL" */
    static QString imageHeading(const ImageRef &ref, int imageIndex);
    /** The recorded claims, custody chain, pillars and verdict. */
    static QString record(const ImageProvenance &record);
    static QString suggestions(const QList<ProvenanceSuggestion> &suggestions);
    /** "  flag date-mismatch: …" lines; nothing when there are none. */
    static QString flags(const QList<MetadataEvidence::Flag> &flags);
    /** "Korean Central News Agency (KCNA)": the name and the first abbreviation. */
    static QString agentText(const Agent &agent);
};

} // namespace provena::cli
