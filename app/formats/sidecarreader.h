// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "formats/sidecarcontent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace provena {

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
    static constexpr int kSchemaVersion = 2;
    static constexpr qint64 kMaxFileSize = qint64(512) * 1024 * 1024;
    /** Longest string accepted for any text value (note, quote, label…), in UTF-16 units. */
    static constexpr qsizetype kMaxStringLength = qsizetype(1) << 20;
    /** Largest absolute pixel coordinate or image side accepted. */
    static constexpr double kMaxCoordinate = 1e7;
    /** Deepest nesting of objects and arrays accepted (the top-level object is level 1). */
    static constexpr int kMaxNestingDepth = 64;

    static Result<SidecarContent> readFile(const QString &path);
    /** `pathForErrors` only goes into Error::path. */
    static Result<SidecarContent> read(const QByteArray &data, const QString &pathForErrors = {});

    /**
     * Brings a parsed sidecar of `version` to the current schema, step by step (v0 → v1 → v2).
     * v0 is a Web Annotation collection without "schemaVersion" (written by other tools or
     * before versioning); its migration infers what v1 states explicitly. v1 has no provenance
     * record (v2 adds it), so that step only states the version.
     */
    static Result<QJsonObject> migrate(QJsonObject root, int version,
                                       const QString &pathForErrors = {});

    /** 1-based line and column of byte `offset` in UTF-8 `data` (column in characters). */
    static void lineAndColumn(const QByteArray &data, qint64 offset, int *line, int *column);
};

} // namespace provena
