// SPDX-License-Identifier: MIT
#pragma once

// What an annotation says about its target, both ways: the bodies of regions (label, entity,
// note) and text anchors (note), and the creator. Private to app/formats.

#include "core/model/region.h"
#include "core/model/textanchor.h"
#include "formats/sidecarchecker_p.h"
#include "formats/sidecarjsonout_p.h"
#include "formats/sidecarunknownfields_p.h"

#include <QJsonObject>
#include <QString>

namespace provena::detail {

// Reading. Bodies Provena does not recognise go to kOtherBodiesKey of `extra`.

/**
 * The "creator" of `annotation`: a {type: Person, name} object gives `author` (kept whole as part
 * kPartCreator when it has more keys); any other creator is kept verbatim in `extra`.
 */
bool readCreator(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                 QString *author, QJsonObject *extra);

/** A region's label (tagging), entity (identifying) and note (describing or commenting). */
bool readRegionBodies(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                      Region *region, QJsonObject *extra);

/** A text anchor's note (commenting). */
bool readAnchorBodies(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                      TextAnchor *t, QJsonObject *extra);

// Writing. The kept bodies of the model object's `extra` follow Provena's own.

/** "creator" as a Person when `author` is set; its kept keys only while it is the same person. */
void writeCreator(ObjectScope &annotation, const QString &author, const Parts &parts);

/** The "motivation" of a region's annotation: what its most specific body does. */
QString regionMotivation(const Region &region);

void writeRegionBodies(ObjectScope &annotation, const Region &region, const Parts &parts);
void writeAnchorBodies(ObjectScope &annotation, const TextAnchor &t, const Parts &parts);

} // namespace provena::detail
