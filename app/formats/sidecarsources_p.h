// SPDX-License-Identifier: MIT
#pragma once

// The resources a sidecar annotates, both ways: the "annotatedArticle" entry and the
// "annotatedImages" list, and the IRIs Provena gives them. Private to app/formats.

#include "formats/sidecarchecker_p.h"
#include "formats/sidecarcontent.h"
#include "formats/sidecarjsonout_p.h"
#include "formats/sidecarunknownfields_p.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace provena::detail {

/** The article's IRI: its content hash (RFC 6920), else one derived from its file name. */
QString articleIri(const SidecarContent &content);

/** An image's IRI: its absolute http(s) URL, else its content hash, else one derived. */
QString imageIri(const SidecarImage &image, qsizetype index);

// Reading.

/** "annotatedArticle" into the article fields of `content`; its unknown keys into `unknown`. */
bool readArticleEntry(JsonChecker &c, const QJsonObject &o, const JsonPath &where,
                      SidecarContent *content, QJsonObject *unknown);

/**
 * "annotatedImages" (absent: none), appended to `images`, with each image's provenance record
 * appended to `provenance` (an empty one where there is none).
 */
bool readImageEntries(JsonChecker &c, const QJsonValue &v, const JsonPath &where,
                      QList<SidecarImage> *images, QList<ImageProvenance> *provenance);

// Writing.

/** The "annotatedArticle" object, with the kept unknown keys of part kPartArticle. */
void writeArticleEntry(JsonOut &out, const SidecarContent &content, const QString &iri,
                       const Parts &parts);

/**
 * The "annotatedImages" array, each entry with the unknown keys of its ImageRecord and the
 * provenance record of the same index (when it has one).
 */
void writeImageEntries(JsonOut &out, const QList<SidecarImage> &images,
                       const QList<ImageProvenance> &provenance);

} // namespace provena::detail
