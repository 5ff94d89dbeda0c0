// SPDX-License-Identifier: MIT
#include "formats/sidecarunknownfields_p.h"

#include "formats/sidecarchecker_p.h"
#include "formats/sidecarjsonout_p.h"
#include "formats/sidecarselectors_p.h"
#include "formats/sidecarvocabulary_p.h"

namespace provena::detail {

QJsonObject unknownKeys(const QJsonObject &o, std::initializer_list<const char *> known)
{
    // Usually every key is known: count them with lookups that allocate nothing.
    qsizetype present = 0;
    for (const char *k : known)
        present += o.contains(QLatin1StringView(k)) ? 1 : 0;
    if (present == o.size())
        return {};
    // Builds the result instead of copying and removing: no detach of `o`.
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        bool isKnown = isPseudoKey(key);
        for (const char *k : known) {
            if (key == QLatin1String(k)) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            out.insert(key, it.value());
    }
    return out;
}

QJsonObject unknownPart(const QJsonObject &extra, const QString &path)
{
    const QJsonValue parts = extra.value(kPartsKey);
    if (parts.isUndefined())
        return {};
    return parts.toObject().value(path).toObject();
}

void setUnknownPart(QJsonObject &extra, const QString &path, const QJsonObject &unknown)
{
    if (unknown.isEmpty())
        return;
    QJsonObject parts = extra.value(kPartsKey).toObject();
    parts.insert(path, unknown);
    extra.insert(kPartsKey, parts);
}

void keepOthers(QJsonObject &extra, const QString &key, const QJsonArray &others)
{
    if (!others.isEmpty())
        extra.insert(key, others);
}

void keepResourceParts(const QJsonObject &resource, const QString &name,
                       std::initializer_list<const char *> known, bool oneSelector,
                       QJsonObject *extra)
{
    QJsonObject unknown = unknownKeys(resource, known);
    QJsonArray others;
    bool first = true;
    for (const QJsonValue &v : asList(resource.value(QLatin1String("selector")))) {
        const QJsonObject s = v.toObject();
        const auto selectorUnknown = v.isObject() ? unknownSelectorKeys(s) : std::nullopt;
        if (!selectorUnknown || (oneSelector && !first))
            others.append(v);
        else if (!selectorUnknown->isEmpty()) // the common case builds no path
            setUnknownPart(*extra, selectorPart(name, s.value(u"type").toString()),
                           *selectorUnknown);
        first = false;
    }
    keepOthers(unknown, kOtherSelectorsKey, others);
    setUnknownPart(*extra, name, unknown);
}

QJsonObject unknownContextTerms(const QJsonValue &context)
{
    if (!context.isArray())
        return {};
    // Only the first inline object is Provena's; terms there that Provena does not declare are
    // a newer Provena's or another tool's.
    for (const QJsonValue &v : context.toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject ours = provenaContext();
        QJsonObject unknown;
        const QJsonObject theirs = v.toObject();
        for (auto it = theirs.begin(); it != theirs.end(); ++it) {
            if (!ours.contains(it.key()))
                unknown.insert(it.key(), it.value());
        }
        return unknown;
    }
    return {};
}

void writeKept(JsonOut &out, const QJsonArray &others)
{
    for (const QJsonValue &other : others) {
        out.element();
        out.value(other);
    }
}

QJsonArray contextWithKeptTerms(const Parts &parts)
{
    QJsonArray context = sidecarContext();
    if (const QJsonObject terms = parts.get(kPartContext); !terms.isEmpty()) {
        QJsonObject merged = terms;
        const QJsonObject ours = provenaContext();
        for (auto it = ours.begin(); it != ours.end(); ++it)
            merged.insert(it.key(), it.value());
        context[1] = merged;
    }
    return context;
}

} // namespace provena::detail
