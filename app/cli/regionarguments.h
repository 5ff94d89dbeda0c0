// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "core/model/region.h"
#include "core/model/textrange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace provena::cli {

/** What a command line or one JSON object says about a new region, before it is checked. */
struct RegionDraft
{
    int imageNumber = 0; ///< from 1
    RegionGeometry geometry;
    QString label; ///< id or display name, as given
    QString note;
    Entity entity;
    double confidence = -1;
    QList<TextRange> links;
};

/** A checked new region and the text it links to. */
struct NewRegion
{
    Region region;
    QList<TextRange> links;
};

/**
 * What `region add` and `region set` are told, on the command line or as JSON objects
 * (`--from-json`), turned into checked regions; and regions back into the JSON `region list`
 * prints, which `--from-json` reads.
 */
class RegionArguments
{
    Q_DECLARE_TR_FUNCTIONS(RegionCommand)

public:
    /** `--rect X,Y,W,H`, `--ellipse`, `--polygon x1,y1,…`, `--polyline`, `--point X,Y`. */
    static Result<RegionGeometry> parseShape(const QString &shape, const QString &numbers);
    /** 0 … 1, or "none" for not stated (-1). */
    static Result<double> parseConfidence(const QString &value);
    /** The draft against the document: image number, label by id or name, RegionValidator. */
    static Result<NewRegion> check(const ArticleDocument &doc, const RegionDraft &draft);
    /** Deepest nesting `--from-json` accepts: a region list is four levels deep. */
    static constexpr int kMaxJsonDepth = 16;
    /**
     * The array of region objects a `--from-json` input holds, checked strictly first
     * (JsonStrictness: duplicate keys, nesting up to kMaxJsonDepth, strings up to the sidecar's
     * 1 Mi). Errors carry `name` as their path and the line and column.
     */
    static Result<QJsonArray> regionsFromJson(const QByteArray &json, const QString &name);
    /** One object of `--from-json` (the shape `region list --json` prints). */
    static Result<RegionDraft> draftFromJson(const ArticleDocument &doc, const QJsonValue &value);
    static QJsonObject toJson(const ArticleDocument &doc, const Region &region);
    static QString geometryText(const RegionGeometry &geometry);
    /** A MergeConflict value on one line: text as is, other JSON compact, "(deleted)". */
    static QString conflictValueText(const QJsonValue &value);
};

} // namespace provena::cli
