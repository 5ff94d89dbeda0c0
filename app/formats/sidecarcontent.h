// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/imagerecord.h"
#include "core/model/labeltaxonomy.h"
#include "core/model/mergeconflict.h"
#include "core/model/provenance.h"
#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace provena {

class ArticleDocument;

/** One image as the sidecar records it. */
struct SidecarImage
{
    QString iri; ///< the target source IRI regions of this image use; absolute
    QString originalUrl; ///< as written in the article
    QString localPath; ///< relative to the article's folder, '/' separated
    ImageRecord record; ///< sha256, pixel size and unknown fields
};

/**
 * Everything a sidecar holds, in model terms: what SidecarReader returns and SidecarWriter
 * writes (docs/sidecar-format.md). Unknown fields travel in the `extra` objects of the content
 * and of its images, regions and anchors.
 */
struct SidecarContent
{
    int schemaVersion = 0; ///< the version the file was written in (before migration)
    QString label; ///< the collection's label: the article title, or its file name
    QString articleLocalPath; ///< the article's file name (the sidecar sits next to it)
    QString articleSha256; ///< lower-case hex, or empty
    QString articleEncoding;
    QString articleFormat; ///< media type, "text/markdown" or "text/plain"; may be empty
    qint64 articleCodePoints = -1; ///< length of the decoded text, -1 when unknown
    QList<SidecarImage> images;
    QList<Region> regions; ///< imageIndex refers to `images`
    QList<TextAnchor> anchors; ///< status Resolved until re-anchored
    LabelTaxonomy labels; ///< the label definitions the regions use
    /**
     * What is recorded about where each image comes from, by index into `images` (as
     * ArticleDocument::provenance()); may be shorter than `images` (the rest have none).
     */
    QList<ImageProvenance> provenance;
    /** Merge conflicts marked on the collection (ArticleDocument::collectionConflicts). */
    CollectionMergeConflicts collectionConflicts;
    QJsonObject extra; ///< for ArticleDocument::sidecarExtra

    /**
     * The content a sidecar of `document` holds: the article's images (then any recorded
     * beyond them, kept for their regions) with their IRIs, the labels its regions use, paths
     * relative to the article's folder. schemaVersion is the current one.
     */
    static SidecarContent fromDocument(const ArticleDocument &document);
};

} // namespace provena
