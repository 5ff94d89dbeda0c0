// SPDX-License-Identifier: MIT
#pragma once

// The provenance record of an image (schema version 2), both ways: the exact record under
// "provenance" on its annotatedImages entry, which the reader reads back, and the PROV-O view
// ("prov:…" keys beside it) that the writer derives from the same record for other consumers
// and the reader ignores. Private to app/formats; docs/sidecar-format.md, "Provenance".
//
// Unknown keys of a claim are kept in ProvenanceClaim::extra, those of the record itself in
// ImageProvenance::extra; unknown keys of nested objects go to parts of the owner's extra
// ("agent", "evidence[2]", "verdict", "pillars[date]", "recordedEvents[0].agent" …), and evidence
// of a kind this Provena does not know under kOtherEvidenceKey of the owner (or of its part).

#include "core/model/provenance.h"
#include "formats/sidecarchecker_p.h"
#include "formats/sidecarjsonout_p.h"

#include <QJsonObject>
#include <QStringView>

namespace provena::detail {

/** Whether `key` of an annotatedImages entry is the record or its PROV-O view. */
bool isProvenanceKey(QStringView key);

/** The "provenance" of the image entry `entry` (absent: an empty record) into `out`. */
bool readImageProvenance(JsonChecker &c, const QJsonObject &entry, const JsonPath &where,
                         ImageProvenance *out);

/** Writes "provenance" and the PROV-O view of `record` into the image entry `entry`. */
void writeImageProvenance(ObjectScope &entry, const ImageProvenance &record);

/**
 * Writes the PROV-O view of `record` (sidecarprovview.cpp): "prov:wasAttributedTo" (accepted
 * creators), "prov:wasGeneratedBy" (the activity that made it), "prov:generatedAtTime" (an
 * accepted date-time of creation), "prov:wasDerivedFrom" (the version each accepted releasing
 * agency released) and "prov:qualifiedAttribution" (one per custody event, with its role).
 */
void writeProvView(ObjectScope &entry, const ImageProvenance &record);

} // namespace provena::detail
