// SPDX-License-Identifier: MIT
#pragma once

// Where an annotation points inside its source, both ways: the selectors (FragmentSelector and
// SvgSelector for image regions, TextPositionSelector and TextQuoteSelector for text spans) and
// Provena's exact "geometry" of a region target. Private to app/formats.

#include "core/model/regiongeometry.h"
#include "core/model/textanchor.h"
#include "formats/sidecarchecker_p.h"
#include "formats/sidecarjsonout_p.h"
#include "formats/sidecarunknownfields_p.h"

#include <QJsonObject>
#include <QSize>

#include <optional>

namespace provena::detail {

// Reading.

/** The unknown keys of a selector of a type Provena writes; nullopt for other types. */
std::optional<QJsonObject> unknownSelectorKeys(const QJsonObject &selector);

/**
 * The shape of a region's `target`: its "geometry" when present (exact, Provena's), else its
 * first selector (files of other tools). Checks the selector's value first, then the shape and
 * its limits. The unknown keys of "geometry" go to part kPartGeometry of `extra`.
 */
std::optional<RegionGeometry> readRegionShape(JsonChecker &c, const QJsonObject &target,
                                              const JsonPath &tw, QJsonObject *extra);

/**
 * The span of a text `target`: range from its TextPositionSelector, quote from its (required)
 * TextQuoteSelector, into `anchor`. Selectors of other types are left for keepResourceParts.
 */
bool readTextSelectors(JsonChecker &c, const QJsonObject &target, const JsonPath &targetPath,
                       TextAnchor *anchor);

// Writing.

/**
 * A region's selector: a FragmentSelector (whole covering pixels) for a rectangle, else an
 * SvgSelector on a canvas of `imageSize` (or the shape's extent when unknown).
 */
void writeRegionSelector(JsonOut &out, const RegionGeometry &geometry, const QSize &imageSize,
                         const Parts &parts);

/** The "geometry" member of a region's target: shape name and the exact points. */
void writeGeometry(ObjectScope &target, const RegionGeometry &geometry, const Parts &parts);

/** A text span's TextPositionSelector and TextQuoteSelector, as two array elements of `out`. */
void writeTextSelectors(JsonOut &out, const TextAnchor &anchor, const Parts &parts,
                        QStringView resource);

/**
 * Writes the "selector" member of `resource`: what `writeOurs` writes (as array elements when
 * `asArray`), then the selectors kept from the file in `resourcePart`, in an array.
 */
template<typename WriteOurs>
void writeSelectors(ObjectScope &resource, const QJsonObject &resourcePart, bool asArray,
                    WriteOurs writeOurs)
{
    const QJsonArray others = resourcePart.value(kOtherSelectorsKey).toArray();
    JsonOut &s = resource.key("selector");
    if (!asArray && others.isEmpty()) {
        writeOurs(s);
        return;
    }
    s.beginArray();
    if (!asArray)
        s.element();
    writeOurs(s);
    writeKept(s, others);
    s.endArray();
}

} // namespace provena::detail
