// SPDX-License-Identifier: MIT
#include "formats/sidecarreader.h"

#include "core/io/fileaccess.h"
#include "core/io/jsonstrictness.h"
#include "core/model/regionvalidator.h"

#include "formats/sidecarbodies_p.h"
#include "formats/sidecarchecker_p.h"
#include "formats/sidecarmergefields_p.h"
#include "formats/sidecarmigration_p.h"
#include "formats/sidecarselectors_p.h"
#include "formats/sidecarsources_p.h"
#include "formats/sidecarunknownfields_p.h"
#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <algorithm>

#include <limits>
#include <optional>

namespace provena {

using namespace provena::detail;

namespace {

/** Reads one parsed, migrated sidecar into a SidecarContent: the collection, then its items. */
/**
 * The model's order: the order the analyst made them, by `created` (milliseconds), ties by id.
 * Sidecars are written by id (SidecarWriter), so the file's order is not it. Items without a
 * `created` (other tools') come first, in the file's order.
 */
template<typename T> void inCreationOrder(QList<T> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) {
        if (!a.created.isValid() || !b.created.isValid())
            return !a.created.isValid() && b.created.isValid();
        if (a.created != b.created)
            return a.created < b.created;
        return a.id.toString(QUuid::WithoutBraces) < b.id.toString(QUuid::WithoutBraces);
    });
}

class Reader
{
public:
    explicit Reader(const QString &file)
        : c(file)
    {
    }

    Result<SidecarContent> read(const QJsonObject &root, int version);

private:
    bool readAnnotation(const QJsonValue &v, const JsonPath &where);
    bool readRegion(const QJsonObject &a, const JsonPath &where, const QUuid &id);
    bool readRegionTarget(const QJsonValue &v, const JsonPath &tw, Region *r, QJsonObject *extra);
    bool readAnchor(const QJsonObject &a, const JsonPath &where, const QUuid &id);
    bool readTextTarget(const QJsonValue &v, const JsonPath &where, TextAnchor *anchor,
                        QJsonObject *extra);
    bool readLink(const QJsonObject &a, const JsonPath &where);
    bool finishLinks();

    JsonChecker c;
    SidecarContent mOut;
    QSet<QUuid> mIds;
    struct PendingLink
    {
        QUuid region;
        QUuid anchor;
        QString where;
        QJsonObject extra;
    };
    QList<PendingLink> mLinks;
    QJsonArray mOtherItems; ///< annotations Provena does not understand, kept verbatim
    QJsonObject mArticleUnknown; ///< unknown keys of "annotatedArticle"
};

Result<SidecarContent> Reader::read(const QJsonObject &root, int version)
{
    mOut.schemaVersion = version;
    if (!hasType(root.value(QLatin1String("type")), QStringLiteral("AnnotationCollection"))) {
        c.fail(QStringLiteral("type"), SidecarReaderText::tr("expected an “AnnotationCollection”"));
        return c.error();
    }
    const QJsonValue context = root.value(QLatin1String("@context"));
    if (!(context == QJsonValue(kAnnoContextIri)
          || (context.isArray() && context.toArray().contains(QJsonValue(kAnnoContextIri))))) {
        c.fail(QStringLiteral("@context"),
               SidecarReaderText::tr("must name %1").arg(kAnnoContextIri));
        return c.error();
    }
    if (root.contains(QLatin1String("annotatedArticle"))) {
        const auto article = c.object(root.value(QLatin1String("annotatedArticle")),
                                      QStringLiteral("annotatedArticle"));
        if (!article
            || !readArticleEntry(c, *article, QStringLiteral("annotatedArticle"), &mOut,
                                 &mArticleUnknown))
            return c.error();
    }
    if (!readImageEntries(c, root.value(QLatin1String("annotatedImages")),
                          QStringLiteral("annotatedImages"), &mOut.images, &mOut.provenance))
        return c.error();
    if (root.contains(QLatin1String("labels"))) {
        const QJsonValue labels = root.value(QLatin1String("labels"));
        if (!labels.isArray()) {
            c.fail(QStringLiteral("labels"), SidecarReaderText::tr("expected an array"));
            return c.error();
        }
        auto taxonomy = LabelTaxonomy::fromJsonArray(labels.toArray(), {});
        if (!taxonomy) {
            c.fail(taxonomy.error().detail, taxonomy.error().message);
            return c.error();
        }
        mOut.labels = taxonomy.value();
    }
    QJsonObject extra
        = unknownKeys(root,
                      {"@context", "type", "label", "schemaVersion", "annotatedArticle",
                       "annotatedImages", "labels", "total", "first", "last", "mergeConflicts"});
    if (!readCollectionConflicts(c, root, &mOut.collectionConflicts))
        return c.error();
    // Not checked: only written back; Provena sets it from the article title it opens.
    mOut.label = root.value(QLatin1String("label")).toString();
    if (root.contains(QLatin1String("id"))) {
        if (!c.string(root.value(QLatin1String("id")), QStringLiteral("id")))
            return c.error();
    }
    const QJsonValue firstValue = root.value(QLatin1String("first"));
    if (!firstValue.isUndefined()) {
        const auto first = c.object(firstValue, QStringLiteral("first"));
        if (!first)
            return c.error();
        const QJsonValue items = first->value(QLatin1String("items"));
        if (!items.isArray()) {
            c.fail(QStringLiteral("first.items"), SidecarReaderText::tr("expected an array"));
            return c.error();
        }
        const QJsonArray array = items.toArray();
        const JsonPath itemsPath(QStringLiteral("first.items"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readAnnotation(array.at(i), JsonPath(itemsPath, i)))
                return c.error();
        }
        QJsonObject pageExtra = unknownKeys(*first, {"type", "partOf", "startIndex", "items"});
        keepOthers(pageExtra, kOtherItemsKey, mOtherItems);
        setUnknownPart(extra, kPartPage, pageExtra);
        if (first->contains(QLatin1String("next"))) {
            c.fail(QStringLiteral("first.next"),
                   SidecarReaderText::tr(
                       "annotations on further pages are not supported; Provena writes one page"));
            return c.error();
        }
    }
    if (!finishLinks())
        return c.error();
    inCreationOrder(mOut.anchors);
    inCreationOrder(mOut.regions);
    if (root.contains(QLatin1String("total"))) {
        const auto total = c.integer(root.value(QLatin1String("total")), QStringLiteral("total"), 0,
                                     std::numeric_limits<int>::max());
        if (!total)
            return c.error();
    }
    setUnknownPart(extra, kPartContext, unknownContextTerms(context));
    setUnknownPart(extra, kPartArticle, mArticleUnknown);
    mOut.extra = extra;
    return mOut;
}

bool Reader::readAnnotation(const QJsonValue &v, const JsonPath &where)
{
    const auto a = c.object(v, where);
    if (!a)
        return false;
    QString role;
    if (a->contains(QLatin1String("role"))) {
        const auto r = c.string(a->value(QLatin1String("role")), JsonPath(where, "role"));
        if (!r)
            return false;
        role = *r;
    } else {
        role = inferredRole(*a);
    }
    const bool known = role == kRoleLink || role == kRoleRegion || role == kRoleAnchor;
    if (!known || !hasType(a->value(QLatin1String("type")), QStringLiteral("Annotation"))) {
        // Another tool's annotation, or a kind a newer Provena writes (its role, or a type that
        // is not "Annotation"): kept verbatim and written back after Provena's own items.
        mOtherItems.append(*a);
        return true;
    }
    if (role == kRoleLink)
        return readLink(*a, where);
    const auto id = c.uuidId(a->value(QLatin1String("id")), JsonPath(where, "id"));
    if (!id)
        return false;
    if (mIds.contains(*id))
        return c.fail(JsonPath(where, "id"),
                      SidecarReaderText::tr("the id %1 is used twice").arg(uuidIri(*id)));
    mIds.insert(*id);
    if (role == kRoleRegion)
        return readRegion(*a, where, *id);
    return readAnchor(*a, where, *id);
}

bool Reader::readRegion(const QJsonObject &a, const JsonPath &where, const QUuid &id)
{
    Region r;
    r.id = id;
    QJsonObject extra
        = unknownKeys(a,
                      {"id", "type", "role", "motivation", "body", "target", "creator", "created",
                       "modified", "confidence", "needsReview", "mergeConflicts"});
    if (!readCreator(c, a, where, &r.author, &extra))
        return false;
    const auto created = c.dateTime(a, "created", where);
    const auto modified = c.dateTime(a, "modified", where);
    if (!created || !modified)
        return false;
    r.created = *created;
    r.modified = *modified;
    if (a.contains(QLatin1String("confidence"))) {
        const auto conf
            = c.number(a.value(QLatin1String("confidence")), JsonPath(where, "confidence"), 0, 1);
        if (!conf)
            return false;
        r.confidence = *conf;
    }
    if (a.contains(QLatin1String("needsReview"))) {
        if (!a.value(QLatin1String("needsReview")).isBool())
            return c.fail(JsonPath(where, "needsReview"),
                          SidecarReaderText::tr("expected true or false"));
        r.needsReview = a.value(QLatin1String("needsReview")).toBool();
    }
    if (!readMergeConflicts(c, a, where, &r.mergeConflicts))
        return false;
    if (!r.mergeConflicts.isEmpty())
        r.needsReview = true; // while a merge conflict remains
    if (!readRegionBodies(c, a, where, &r, &extra))
        return false;
    if (!readRegionTarget(a.value(QLatin1String("target")), JsonPath(where, "target"), &r, &extra))
        return false;
    r.extra = extra;
    // The one check of a region that the paste and the CLI use too. A tag that is not a label id
    // and an entity source that is not an IRI come from other tools' files: kept as read.
    for (const RegionProblem &problem : RegionValidator::problems(r)) {
        if (problem.field != QLatin1String("label")
            && problem.field != QLatin1String("entity.identifier"))
            return c.fail(where, problem.field + QLatin1String(": ") + problem.message);
    }
    mOut.regions.append(r);
    return true;
}

bool Reader::readRegionTarget(const QJsonValue &v, const JsonPath &tw, Region *r,
                              QJsonObject *extra)
{
    const auto target = c.object(v, tw);
    if (!target)
        return false;
    const auto source = c.string(target->value(QLatin1String("source")), JsonPath(tw, "source"));
    if (!source)
        return false;
    if (target->contains(QLatin1String("imageIndex"))) {
        const auto index
            = c.integer(target->value(QLatin1String("imageIndex")), JsonPath(tw, "imageIndex"), 0,
                        qMax<qint64>(0, mOut.images.size() - 1));
        if (!index)
            return false;
        r->imageIndex = int(*index);
    } else {
        r->imageIndex = inferredImageIndex(mOut.images, *source);
        if (r->imageIndex < 0)
            return c.fail(JsonPath(tw, "source"),
                          SidecarReaderText::tr("no image of annotatedImages has this IRI"));
    }
    const auto geometry = readRegionShape(c, *target, tw, extra);
    if (!geometry)
        return false;
    r->geometry = *geometry;
    keepResourceParts(*target, kPartTarget,
                      {"type", "source", "selector", "imageIndex", "geometry"}, true, extra);
    return true;
}

bool Reader::readAnchor(const QJsonObject &a, const JsonPath &where, const QUuid &id)
{
    TextAnchor t;
    t.id = id;
    QJsonObject extra = unknownKeys(a,
                                    {"id", "type", "role", "motivation", "body", "target",
                                     "creator", "created", "anchorStatus", "mergeConflicts"});
    if (!readCreator(c, a, where, &t.author, &extra))
        return false;
    const auto created = c.dateTime(a, "created", where);
    if (!created)
        return false;
    t.created = *created;
    if (!readMergeConflicts(c, a, where, &t.mergeConflicts))
        return false;
    if (!readAnchorBodies(c, a, where, &t, &extra))
        return false;
    if (!readTextTarget(a.value(QLatin1String("target")), JsonPath(where, "target"), &t, &extra))
        return false;
    if (a.value(QLatin1String("anchorStatus")) == QLatin1String("orphaned"))
        t.status = TextAnchor::Status::Orphaned;
    t.extra = extra;
    mOut.anchors.append(t);
    return true;
}

bool Reader::readTextTarget(const QJsonValue &v, const JsonPath &where, TextAnchor *anchor,
                            QJsonObject *extra)
{
    const auto target = c.object(v, where);
    if (!target)
        return false;
    if (!c.string(target->value(QLatin1String("source")), JsonPath(where, "source")))
        return false;
    if (!readTextSelectors(c, *target, where, anchor))
        return false;
    keepResourceParts(*target, kPartTarget, {"type", "source", "selector"}, false, extra);
    return true;
}

bool Reader::readLink(const QJsonObject &a, const JsonPath &where)
{
    std::optional<QString> id;
    if (a.contains(QLatin1String("id"))) {
        id = c.string(a.value(QLatin1String("id")), JsonPath(where, "id"));
        if (!id)
            return false;
    }
    const auto region
        = c.uuidId(a.value(QLatin1String("linkedRegion")), JsonPath(where, "linkedRegion"));
    const auto anchor
        = c.uuidId(a.value(QLatin1String("linkedAnchor")), JsonPath(where, "linkedAnchor"));
    if (!region || !anchor)
        return false;
    // Body and target repeat the anchor's and region's selectors and are regenerated; only
    // what Provena does not know of them is kept.
    QJsonObject extra = unknownKeys(
        a, {"id", "type", "role", "motivation", "body", "target", "linkedRegion", "linkedAnchor"});
    if (id && *id != linkIri(*region, *anchor))
        extra.insert(QStringLiteral("id"), *id); // another tool's id: written back instead
    const QJsonValue body = a.value(QLatin1String("body"));
    if (body.isObject())
        keepResourceParts(body.toObject(), kPartBody, {"type", "source", "selector"}, false,
                          &extra);
    const QJsonValue target = a.value(QLatin1String("target"));
    if (target.isObject())
        keepResourceParts(target.toObject(), kPartTarget,
                          {"type", "source", "selector", "imageIndex"}, true, &extra);
    mLinks.append({*region, *anchor, where.toString(), extra});
    return true;
}

bool Reader::finishLinks()
{
    QHash<QUuid, qsizetype> regionAt;
    for (qsizetype i = 0; i < mOut.regions.size(); ++i)
        regionAt.insert(mOut.regions.at(i).id, i);
    QSet<QUuid> anchors;
    for (const TextAnchor &t : std::as_const(mOut.anchors))
        anchors.insert(t.id);
    for (const PendingLink &link : std::as_const(mLinks)) {
        const auto it = regionAt.constFind(link.region);
        if (it == regionAt.constEnd())
            return c.fail(
                JsonPath(link.where, "linkedRegion"),
                SidecarReaderText::tr("no region has the id %1").arg(uuidIri(link.region)));
        if (!anchors.contains(link.anchor))
            return c.fail(
                JsonPath(link.where, "linkedAnchor"),
                SidecarReaderText::tr("no text anchor has the id %1").arg(uuidIri(link.anchor)));
        Region &r = mOut.regions[*it];
        if (!r.links.contains(link.anchor))
            r.links.append(link.anchor);
        if (!link.extra.isEmpty())
            r.linkExtra.insert(link.anchor, link.extra);
    }
    return true;
}

} // namespace

void SidecarReader::lineAndColumn(const QByteArray &data, qint64 offset, int *line, int *column)
{
    JsonStrictness::lineAndColumn(data, offset, line, column);
}

Result<QJsonObject> SidecarReader::migrate(QJsonObject root, int version, const QString &path)
{
    Q_UNUSED(path);
    return migrateSidecar(std::move(root), version);
}

namespace {

/** Duplicate keys, depth and string limits, strict syntax: refused before Qt builds a value. */
Status checkStrictly(const QByteArray &data, const QString &path)
{
    JsonLimits limits;
    limits.maxDepth = SidecarReader::kMaxNestingDepth;
    limits.maxStringLength = SidecarReader::kMaxStringLength;
    const std::optional<JsonStrictness::Problem> problem = JsonStrictness::check(data, limits);
    if (!problem)
        return Status::success();
    Error e;
    e.path = path;
    e.line = problem->line;
    e.column = problem->column;
    if (problem->kind == JsonStrictness::Problem::Kind::Syntax) {
        e.message
            = SidecarReaderText::tr("The sidecar is not valid JSON: %1.").arg(problem->description);
        e.detail = SidecarReaderText::tr("byte offset %1").arg(problem->offset);
        if (!problem->detail.isEmpty())
            e.detail += QLatin1String("; ") + problem->detail;
    } else {
        e.message = SidecarReaderText::tr("The sidecar is not valid at %1: %2")
                        .arg(JsonStrictness::displayPath(problem->jsonPath), problem->description);
        e.detail = problem->jsonPath;
    }
    return e;
}

} // namespace

Result<SidecarContent> SidecarReader::read(const QByteArray &data, const QString &path)
{
    if (const Status strict = checkStrictly(data, path); !strict)
        return strict.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e;
        e.message = SidecarReaderText::tr("The sidecar is not valid JSON: %1.")
                        .arg(parseError.errorString());
        e.path = path;
        lineAndColumn(data, parseError.offset, &e.line, &e.column);
        e.detail = SidecarReaderText::tr("byte offset %1").arg(parseError.offset);
        return e;
    }
    if (!document.isObject()) {
        Error e;
        e.message = SidecarReaderText::tr(
            "The sidecar is not valid: the top level must be a JSON object.");
        e.path = path;
        return e;
    }
    QJsonObject root = document.object();
    const Result<int> version = schemaVersionOf(root, path);
    if (!version)
        return version.error();
    auto migrated = migrate(root, version.value(), path);
    if (!migrated)
        return migrated.error();
    Reader reader(path);
    return reader.read(migrated.value(), version.value());
}

Result<SidecarContent> SidecarReader::readFile(const QString &path)
{
    // FileAccess refuses FIFOs, devices, sockets and folders (after links), and holds the limit
    // while reading: /dev/zero reports a size of 0.
    const Result<QByteArray> data
        = FileAccess::readRegularFile(path, kMaxFileSize, SidecarReaderText::tr("The sidecar"));
    if (!data)
        return data.error();
    return read(data.value(), path);
}

} // namespace provena
