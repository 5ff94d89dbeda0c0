// SPDX-License-Identifier: MIT
#include "formats/sidecarbodies_p.h"

#include "formats/sidecarvocabulary_p.h"

#include <QJsonArray>

namespace provena::detail {

namespace {

enum class BodyClaim { Taken, NotOurs, Failed };

/**
 * Offers each body of `annotation` to `claim`, which reads the ones it recognises; the others
 * are kept in `extra`, in order.
 */
template<typename Claim>
bool readBodies(const QJsonObject &annotation, const JsonPath &where, QJsonObject *extra,
                Claim claim)
{
    QJsonArray others;
    const bool ok = forEachElement(annotation.value(QLatin1String("body")), JsonPath(where, "body"),
                                   [&](const QJsonValue &v, const JsonPath &at) {
                                       switch (claim(v.toObject(), at)) {
                                       case BodyClaim::Taken:
                                           return true;
                                       case BodyClaim::NotOurs:
                                           others.append(v);
                                           return true;
                                       case BodyClaim::Failed:
                                           break;
                                       }
                                       return false;
                                   });
    if (!ok)
        return false;
    keepOthers(*extra, kOtherBodiesKey, others);
    return true;
}

BodyClaim taken(bool ok)
{
    return ok ? BodyClaim::Taken : BodyClaim::Failed;
}

bool isTextualBody(const QJsonObject &body)
{
    return hasType(body.value(QLatin1String("type")), QStringLiteral("TextualBody"));
}

/** A note's TextualBody (region or text anchor); its unknown keys go to part `part`. */
bool readNoteBody(JsonChecker &c, const QJsonObject &body, const JsonPath &at, const QString &part,
                  QString *note, QJsonObject *extra)
{
    const auto value = c.string(body.value(QLatin1String("value")), JsonPath(at, "value"));
    if (!value)
        return false;
    *note = *value;
    setUnknownPart(*extra, part, unknownKeys(body, {"type", "purpose", "value", "format"}));
    return true;
}

/** A note's TextualBody with `purpose`, as an element of the body array `out` is writing. */
void writeNoteBody(JsonOut &out, QStringView purpose, const QString &note, const Parts &parts)
{
    out.element();
    ObjectScope body(out, parts.body(purpose));
    body.string("format", u"text/plain");
    body.string("purpose", purpose);
    body.string("type", u"TextualBody");
    body.string("value", note);
}

/**
 * Writes the "body" array when there is something to write: what `writeOurs` writes, then the
 * bodies kept from the file in `extra`.
 */
template<typename WriteOurs>
void writeBodies(ObjectScope &annotation, const QJsonObject &extra, bool haveOurs,
                 WriteOurs writeOurs)
{
    const QJsonArray others = extra.value(kOtherBodiesKey).toArray();
    if (!haveOurs && others.isEmpty())
        return;
    JsonOut &b = annotation.key("body");
    b.beginArray();
    writeOurs(b);
    writeKept(b, others);
    b.endArray();
}

} // namespace

bool readCreator(JsonChecker &c, const QJsonObject &a, const JsonPath &where, QString *author,
                 QJsonObject *extra)
{
    const QJsonValue v = a.value(QLatin1String("creator"));
    if (v.isUndefined())
        return true;
    const QJsonObject o = v.toObject();
    // Only a {type: Person, name, …} object maps to `author`; any other creator is kept verbatim.
    if (v.isObject() && o.value(QLatin1String("type")) == QLatin1String("Person")
        && o.value(QLatin1String("name")).isString()) {
        const auto name = c.string(o.value(QLatin1String("name")), JsonPath(where, "creator.name"));
        if (!name)
            return false;
        *author = *name;
        // Kept whole (with the name), so the writer applies the unknown keys only while the
        // creator is still this person.
        if (o.size() > 2)
            setUnknownPart(*extra, kPartCreator, o);
    } else {
        extra->insert(QStringLiteral("creator"), v);
    }
    return true;
}

bool readRegionBodies(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                      Region *r, QJsonObject *extra)
{
    return readBodies(annotation, where, extra, [&](const QJsonObject &b, const JsonPath &at) {
        const QString purpose = b.value(QLatin1String("purpose")).toString();
        const bool textual = isTextualBody(b);
        if (textual && purpose == QLatin1String("tagging") && r->label.isEmpty()) {
            const auto value = c.string(b.value(QLatin1String("value")), JsonPath(at, "value"));
            if (!value)
                return BodyClaim::Failed;
            r->label = *value;
            setUnknownPart(*extra, kPartTagging, unknownKeys(b, {"type", "purpose", "value"}));
            return BodyClaim::Taken;
        }
        if (purpose == QLatin1String("identifying") && r->entity.isEmpty()) {
            if (textual) {
                const auto value = c.string(b.value(QLatin1String("value")), JsonPath(at, "value"));
                const auto ident = c.optString(b, "entityIdentifier", at);
                if (!value || !ident)
                    return BodyClaim::Failed;
                r->entity.name = *value;
                r->entity.identifier = *ident;
            } else {
                const auto source
                    = c.string(b.value(QLatin1String("source")), JsonPath(at, "source"));
                const auto label = c.optString(b, "label", at);
                if (!source || !label)
                    return BodyClaim::Failed;
                r->entity.identifier = *source;
                r->entity.name = *label;
            }
            setUnknownPart(
                *extra, kPartIdentifying,
                unknownKeys(b,
                            {"type", "purpose", "value", "entityIdentifier", "source", "label"}));
            return BodyClaim::Taken;
        }
        // Other tools say "commenting" where Provena says "describing"; both are the note.
        if (textual
            && (purpose == QLatin1String("describing") || purpose == QLatin1String("commenting"))
            && r->note.isEmpty())
            return taken(readNoteBody(c, b, at, kPartDescribing, &r->note, extra));
        return BodyClaim::NotOurs;
    });
}

bool readAnchorBodies(JsonChecker &c, const QJsonObject &annotation, const JsonPath &where,
                      TextAnchor *t, QJsonObject *extra)
{
    return readBodies(annotation, where, extra, [&](const QJsonObject &b, const JsonPath &at) {
        if (isTextualBody(b) && b.value(QLatin1String("purpose")) == QLatin1String("commenting")
            && t->note.isEmpty())
            return taken(readNoteBody(c, b, at, kPartCommenting, &t->note, extra));
        return BodyClaim::NotOurs;
    });
}

void writeCreator(ObjectScope &annotation, const QString &author, const Parts &parts)
{
    if (author.isEmpty())
        return;
    JsonOut &out = annotation.key("creator");
    // The kept creator applies only while it is still the same person.
    QJsonObject kept = parts.get(kPartCreator);
    if (kept.value(QLatin1String("name")) != author)
        kept = {};
    ObjectScope c(out, kept);
    c.string("name", author);
    c.string("type", u"Person");
}

QString regionMotivation(const Region &r)
{
    if (!r.label.isEmpty())
        return QStringLiteral("tagging");
    if (!r.entity.isEmpty())
        return QStringLiteral("identifying");
    if (!r.note.isEmpty())
        return QStringLiteral("describing");
    return QStringLiteral("highlighting");
}

void writeRegionBodies(ObjectScope &annotation, const Region &r, const Parts &parts)
{
    const bool haveOurs = !r.label.isEmpty() || !r.entity.isEmpty() || !r.note.isEmpty();
    writeBodies(annotation, r.extra, haveOurs, [&](JsonOut &b) {
        if (!r.label.isEmpty()) {
            b.element();
            ObjectScope tag(b, parts.body(u"tagging"));
            tag.string("purpose", u"tagging");
            tag.string("type", u"TextualBody");
            tag.string("value", r.label);
        }
        if (!r.entity.isEmpty()) {
            b.element();
            ObjectScope e(b, parts.body(u"identifying"));
            if (isAbsoluteIri(r.entity.identifier)) {
                if (!r.entity.name.isEmpty())
                    e.string("label", r.entity.name);
                e.string("purpose", u"identifying");
                e.string("source", r.entity.identifier);
                e.string("type", u"SpecificResource");
            } else {
                if (!r.entity.identifier.isEmpty())
                    e.string("entityIdentifier", r.entity.identifier);
                e.string("purpose", u"identifying");
                e.string("type", u"TextualBody");
                e.string("value", r.entity.name);
            }
        }
        if (!r.note.isEmpty())
            writeNoteBody(b, u"describing", r.note, parts);
    });
}

void writeAnchorBodies(ObjectScope &annotation, const TextAnchor &t, const Parts &parts)
{
    writeBodies(annotation, t.extra, !t.note.isEmpty(), [&](JsonOut &b) {
        if (!t.note.isEmpty())
            writeNoteBody(b, u"commenting", t.note, parts);
    });
}

} // namespace provena::detail
