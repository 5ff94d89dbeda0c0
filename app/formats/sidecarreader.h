// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/imagerecord.h"
#include "core/model/labeltaxonomy.h"
#include "core/model/region.h"
#include "core/model/textanchor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace provena {

/** One image as the sidecar recorded it. */
struct SidecarImage
{
    QString iri; ///< the target source IRI regions of this image use
    QString originalUrl; ///< as written in the article
    QString localPath; ///< relative to the article's folder, '/' separated
    ImageRecord record; ///< sha256, pixel size and unknown fields
};

/** Everything a sidecar holds, checked and converted to the model. */
struct SidecarContent
{
    int schemaVersion = 0; ///< the version the file was written in (before migration)
    QString articleLocalPath;
    QString articleSha256;
    QString articleEncoding;
    qint64 articleCodePoints = -1;
    QList<SidecarImage> images;
    QList<Region> regions; ///< imageIndex refers to `images`
    QList<TextAnchor> anchors; ///< status Resolved until re-anchored
    LabelTaxonomy labels; ///< labels the sidecar carries
    QJsonObject extra; ///< for ArticleDocument::sidecarExtra
};

/**
 * Reads and checks a Provena sidecar (docs/sidecar-format.md). Never throws; every problem is an
 * Error whose message names the file and either line/column (syntax) or the JSON path of the
 * offending value, e.g. "first.items[3].target.selector.value".
 *
 * Versions: files of every schema version up to kSchemaVersion are read; each older version is
 * first migrated one step at a time (migrate()), then read as the current version.
 */
class SidecarReader
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr qint64 kMaxFileSize = qint64(512) * 1024 * 1024;
    /** Longest string accepted for any text value (note, quote, label…), in UTF-16 units. */
    static constexpr qsizetype kMaxStringLength = qsizetype(1) << 20;
    /** Largest absolute pixel coordinate or image side accepted. */
    static constexpr double kMaxCoordinate = 1e7;

    static Result<SidecarContent> readFile(const QString &path);
    /** `pathForErrors` only goes into Error::path. */
    static Result<SidecarContent> read(const QByteArray &data, const QString &pathForErrors = {});

    /**
     * Brings a parsed sidecar of `version` to the current schema, step by step (v0 → v1 → …).
     * v0 is a Web Annotation collection without "schemaVersion" (written by other tools or
     * before versioning); its migration infers what v1 states explicitly.
     */
    static Result<QJsonObject> migrate(QJsonObject root, int version,
                                       const QString &pathForErrors = {});

    /** 1-based line and column of byte `offset` in UTF-8 `data` (column in characters). */
    static void lineAndColumn(const QByteArray &data, qint64 offset, int *line, int *column);
};

} // namespace provena
