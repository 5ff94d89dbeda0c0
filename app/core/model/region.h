// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/mergeconflict.h"
#include "core/model/regiongeometry.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace provena {

/** Who or what a region shows, when the analyst knows: a name and an optional identifier IRI. */
struct Entity
{
    QString name;
    QString identifier; ///< e.g. "http://www.wikidata.org/entity/Q42"; empty when unknown

    bool isEmpty() const { return name.isEmpty() && identifier.isEmpty(); }
    friend bool operator==(const Entity &, const Entity &) = default;
};

/**
 * An area an analyst marked on one image of the article.
 *
 * `imageIndex` is the 0-based position of the image in article order (the sidecar also records
 * the image's URL and hash so that a changed article can be matched up again).
 */
struct Region
{
    QUuid id;
    int imageIndex = 0;
    RegionGeometry geometry;
    QString label; ///< a label id from the taxonomy, e.g. "person"
    QString note;
    Entity entity;
    double confidence = -1; ///< 0..1, or < 0 when not stated
    QString author;
    QDateTime created; ///< UTC
    QDateTime modified; ///< UTC
    QList<QUuid> links; ///< ids of TextAnchors this region is linked to, in link order
    bool needsReview = false; ///< set when the image content changed since the sidecar was written
    /**
     * Fields a three-way merge found changed differently on both sides (SidecarMerger); the
     * region shows `ours` until the analyst resolves them. needsReview is set while any remain.
     */
    MergeConflicts mergeConflicts;
    /**
     * Fields of this region's annotation Provena does not know, including those of its nested
     * objects (bodies, target, selector, creator); written back unchanged where they were
     * (docs/sidecar-format.md, "Unknown fields").
     */
    QJsonObject extra;
    /**
     * The same for the link annotations: per linked anchor id, what Provena does not know of the
     * annotation linking this region to that anchor. Entries of anchors no longer in `links` are
     * ignored.
     */
    QHash<QUuid, QJsonObject> linkExtra;

    bool hasConfidence() const { return confidence >= 0; }
    friend bool operator==(const Region &, const Region &) = default;
};

} // namespace provena
