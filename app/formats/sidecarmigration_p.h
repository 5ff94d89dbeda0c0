// SPDX-License-Identifier: MIT
#pragma once

// Older schema versions: the step-by-step migration to the current one, and what v0 files
// (Web Annotation collections without Provena's terms) leave for the reader to infer.
// Private to app/formats.

#include "core/io/result.h"
#include "formats/sidecarreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace provena::detail {

/**
 * The "schemaVersion" of `root` (0 when absent, as in files of other tools), or an Error when it
 * is not a whole number or newer than SidecarReader::kSchemaVersion.
 */
Result<int> schemaVersionOf(const QJsonObject &root, const QString &pathForErrors);

/** `root` of schema `version` brought to the current schema, one version at a time. */
Result<QJsonObject> migrateSidecar(QJsonObject root, int version);

/**
 * The role of an annotation that states none (v0, or another tool's), from what it says:
 * motivation "linking" with "linkedRegion" → link; text selectors → text anchor; an image
 * selector or "geometry" → region. Empty when it is none of these (then it is kept verbatim).
 */
QString inferredRole(const QJsonObject &annotation);

/** The index of the image whose IRI is `source`, for a region without "imageIndex"; or -1. */
int inferredImageIndex(const QList<SidecarImage> &images, const QString &source);

} // namespace provena::detail
