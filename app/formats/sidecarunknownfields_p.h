// SPDX-License-Identifier: MIT
#pragma once

// What a sidecar holds that this Provena does not know, kept on read and written back in place
// (docs/sidecar-format.md, "Unknown fields"). Reading and writing side of the mechanism in one
// place. Private to app/formats.
//
// Unknown content is kept in the model's `extra` objects (Region::extra, Region::linkExtra,
// TextAnchor::extra, ImageRecord::extra, ArticleDocument::sidecarExtra): their plain keys are the
// unknown keys of the object itself; the pseudo-keys below hold the rest. The writer never writes
// them and the reader ignores them in a file, so a file cannot inject them.
//
// kPartsKey maps a *part path* (the stable name of a nested object Provena writes, independent
// of array positions: "target", "target.selector[type=SvgSelector]", "body[purpose=tagging]")
// to the unknown keys of that nested object.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>

namespace provena::detail {

class JsonOut;

inline const QString kPartsKey = QStringLiteral("provena:parts");
/** Bodies Provena does not recognise, written after Provena's own (an array). */
inline const QString kOtherBodiesKey = QStringLiteral("provena:otherBodies");
/** Selectors Provena does not use, in a part's unknown keys (an array). */
inline const QString kOtherSelectorsKey = QStringLiteral("provena:otherSelectors");
/** Page items Provena does not recognise, written verbatim after its own (an array). */
inline const QString kOtherItemsKey = QStringLiteral("provena:otherItems");
/** Evidence of a kind this Provena does not know (a newer one's), written after its own. */
inline const QString kOtherEvidenceKey = QStringLiteral("provena:otherEvidence");

/** Whether `key` is one of the pseudo-keys above (never read from nor written to a file). */
inline bool isPseudoKey(QStringView key)
{
    return key.startsWith(QLatin1StringView("provena:"))
        && (key == kPartsKey || key == kOtherBodiesKey || key == kOtherSelectorsKey
            || key == kOtherItemsKey || key == kOtherEvidenceKey);
}

// Part paths.
inline const QString kPartContext = QStringLiteral("@context");
inline const QString kPartArticle = QStringLiteral("annotatedArticle");
inline const QString kPartPage = QStringLiteral("first");
inline const QString kPartCreator = QStringLiteral("creator");
inline const QString kPartTarget = QStringLiteral("target");
inline const QString kPartGeometry = QStringLiteral("target.geometry");
inline const QString kPartBody = QStringLiteral("body");

/** "body[purpose=tagging]": the body Provena writes for `purpose`. */
inline QString bodyPart(QStringView purpose)
{
    QString path = QStringLiteral("body[purpose=");
    path.append(purpose).append(u']');
    return path;
}

/** "target.selector[type=TextQuoteSelector]": the selector of `type` in `resource`. */
inline QString selectorPart(QStringView resource, QStringView type)
{
    QString path = resource.toString();
    path.append(QLatin1StringView(".selector[type=")).append(type).append(u']');
    return path;
}

inline const QString kPartTagging = bodyPart(u"tagging");
inline const QString kPartIdentifying = bodyPart(u"identifying");
inline const QString kPartDescribing = bodyPart(u"describing");
inline const QString kPartCommenting = bodyPart(u"commenting");

// Reading.

/** The keys of `o` other than `known` and the pseudo-keys; empty (no allocation) when none. */
QJsonObject unknownKeys(const QJsonObject &o, std::initializer_list<const char *> known);

/** The unknown keys kept for part `path` of an object whose unknown content is `extra`. */
QJsonObject unknownPart(const QJsonObject &extra, const QString &path);

/** Records `unknown` as the unknown keys of part `path` (nothing when it is empty). */
void setUnknownPart(QJsonObject &extra, const QString &path, const QJsonObject &unknown);

/** Records `others` (array elements Provena does not recognise) under `key`, when any. */
void keepOthers(QJsonObject &extra, const QString &key, const QJsonArray &others);

/**
 * Keeps what Provena does not know of a SpecificResource it writes (an annotation's target, or a
 * link's body): its unknown keys as part `name`, its selectors' unknown keys as parts
 * "<name>.selector[type=…]", and selectors of other types (or, with `oneSelector`, beyond the
 * first) under kOtherSelectorsKey of part `name`.
 */
void keepResourceParts(const QJsonObject &resource, const QString &name,
                       std::initializer_list<const char *> known, bool oneSelector,
                       QJsonObject *extra);

/** The terms an inline context of `context` declares beyond Provena's (a newer one's, others'). */
QJsonObject unknownContextTerms(const QJsonValue &context);

// Writing.

/** The parts kept in one model object's `extra`, looked up by path. */
class Parts
{
public:
    explicit Parts(const QJsonObject &extra)
        : mParts(extra.value(kPartsKey).toObject())
    {
    }
    QJsonObject get(const QString &path) const
    {
        return mParts.isEmpty() ? QJsonObject() : mParts.value(path).toObject();
    }
    QJsonObject body(QStringView purpose) const
    {
        return mParts.isEmpty() ? QJsonObject() : get(bodyPart(purpose));
    }
    QJsonObject selector(QStringView resource, QStringView type) const
    {
        return mParts.isEmpty() ? QJsonObject() : get(selectorPart(resource, type));
    }

private:
    QJsonObject mParts;
};

/** Appends `others`, kept verbatim, to the array `out` is writing (after Provena's elements). */
void writeKept(JsonOut &out, const QJsonArray &others);

/** The "@context" to write: Provena's, with the kept terms of the collection's `parts` merged in
 *  (Provena's own win). */
QJsonArray contextWithKeptTerms(const Parts &parts);

} // namespace provena::detail
