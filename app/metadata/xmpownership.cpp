// SPDX-License-Identifier: MIT
#include "metadata/xmpownership_p.h"

#include "core/io/sha256.h"
#include "metadata/xmpvocabulary_p.h"

namespace provena::detail::xmp {

namespace {

/** Hex digits of the digest kept per property: 64 bits tell an edit from our own value. */
constexpr int kDigestHexDigits = 16;
constexpr qsizetype kMaxDisplayChars = 80;

/** The value's items as text: each language of a LangAlt ("x-default=…"), each array item. */
QStringList valueItems(const Exiv2::Value &value)
{
    QStringList items;
    if (const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&value)) {
        for (const auto &[language, text] : langAlt->value_)
            items.append(QString::fromStdString(language) + u'=' + QString::fromStdString(text));
    } else if (const auto *array = dynamic_cast<const Exiv2::XmpArrayValue *>(&value)) {
        for (long i = 0; i < array->count(); ++i)
            items.append(QString::fromStdString(array->toString(i)));
    } else {
        items.append(QString::fromStdString(value.toString()));
    }
    return items;
}

QString shortened(QString text)
{
    if (text.size() > kMaxDisplayChars)
        text = text.left(kMaxDisplayChars - 1) + QChar(0x2026);
    return text;
}

/** "3" of "Xmp.iptcExt.ImageRegion[3]/iptcExt:rId" for arrayKey "Xmp.iptcExt.ImageRegion". */
std::string itemIndex(const std::string &key, const std::string &arrayKey)
{
    const std::size_t open = arrayKey.size();
    if (key.size() <= open || key.compare(0, open, arrayKey) != 0 || key[open] != '[')
        return {};
    const std::size_t close = key.find(']', open);
    return close == std::string::npos ? std::string() : key.substr(open + 1, close - open - 1);
}

} // namespace

std::string topLevelKey(const std::string &key)
{
    // "Xmp." + prefix + "." + property name, which ends at the first path step.
    const std::size_t nameStart = key.find('.', 4);
    if (nameStart == std::string::npos)
        return key;
    const std::size_t end = key.find_first_of("[/", nameStart + 1);
    return end == std::string::npos ? key : key.substr(0, end);
}

bool isWithin(const std::string &key, const std::string &property)
{
    if (key.size() < property.size() || key.compare(0, property.size(), property) != 0)
        return false;
    return key.size() == property.size() || key[property.size()] == '['
        || key[property.size()] == '/';
}

QString propertyDigest(const Exiv2::XmpData &xmp, const std::string &property)
{
    QByteArray serialised;
    bool found = false;
    for (const Exiv2::Xmpdatum &datum : xmp) {
        const std::string key = datum.key();
        if (!isWithin(key, property))
            continue;
        found = true;
        const auto *xmpValue = dynamic_cast<const Exiv2::XmpValue *>(&datum.value());
        serialised += QByteArray::fromStdString(key.substr(property.size()));
        serialised += '\x1f';
        serialised += datum.typeName() ? datum.typeName() : "";
        serialised += '\x1f';
        if (xmpValue) {
            serialised += QByteArray::number(int(xmpValue->xmpArrayType()));
            serialised += QByteArray::number(int(xmpValue->xmpStruct()));
        }
        for (const QString &item : valueItems(datum.value())) {
            serialised += '\x1f';
            serialised += item.toUtf8();
        }
        serialised += '\x1e';
    }
    if (!found)
        return {};
    return QString::fromLatin1(Sha256::hash(serialised).toHex().left(kDigestHexDigits));
}

QString displayValue(const Exiv2::XmpData &xmp, const std::string &property)
{
    const auto datum = xmp.findKey(Exiv2::XmpKey(property));
    if (datum == xmp.end())
        return {};
    if (const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&datum->value())) {
        const auto text = langAlt->value_.find("x-default");
        if (text != langAlt->value_.end())
            return shortened(QString::fromStdString(text->second));
        if (!langAlt->value_.empty())
            return shortened(QString::fromStdString(langAlt->value_.begin()->second));
        return {};
    }
    if (dynamic_cast<const Exiv2::XmpArrayValue *>(&datum->value()))
        return shortened(valueItems(datum->value()).join(QLatin1String("; ")));
    return shortened(QString::fromStdString(datum->value().toString()));
}

OwnedRecord readOwned(const Exiv2::XmpData &xmp)
{
    OwnedRecord record;
    const auto datum = xmp.findKey(Exiv2::XmpKey(kOwned));
    if (datum == xmp.end())
        return record;
    for (const QString &entry : valueItems(datum->value())) {
        const QStringList parts = entry.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.at(0).contains(QLatin1Char(':')))
            record.digests.insert(parts.at(0), parts.at(1));
        else if (!entry.isEmpty())
            record.otherEntries.append(entry);
    }
    return record;
}

QString ownedEntry(const QString &name, const QString &digest)
{
    return name + QLatin1Char(' ') + digest;
}

ArrayItems splitItems(const Exiv2::XmpData &xmp, const std::string &arrayKey,
                      const std::string &marker)
{
    ArrayItems items;
    QList<QList<const Exiv2::Xmpdatum *>> all;
    QList<std::string> indexes;
    QList<bool> own;
    for (const Exiv2::Xmpdatum &datum : xmp) {
        const std::string key = datum.key();
        if (!isWithin(key, arrayKey))
            continue;
        const std::string index = itemIndex(key, arrayKey);
        if (index.empty()) {
            items.container.append(&datum);
            continue;
        }
        qsizetype at = indexes.indexOf(index);
        if (at < 0) {
            at = indexes.size();
            indexes.append(index);
            all.append(QList<const Exiv2::Xmpdatum *>());
            own.append(false);
        }
        all[at].append(&datum);
        std::string markerKey = arrayKey;
        markerKey.append(1, '[').append(index).append(1, ']').append(marker);
        if (key == markerKey)
            own[at] = true;
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (own.at(i)) {
            ++items.ownItems;
        } else {
            items.foreign.append(all.at(i));
            items.foreignIndexes.append(indexes.at(i));
        }
    }
    return items;
}

void appendItem(Exiv2::XmpData &out, const ArrayItems &items, qsizetype which,
                const std::string &arrayKey, int newIndex)
{
    const std::string oldPrefix = arrayKey + '[' + items.foreignIndexes.at(which) + ']';
    const std::string newPrefix = arrayKey + '[' + std::to_string(newIndex) + ']';
    for (const Exiv2::Xmpdatum *datum : items.foreign.at(which)) {
        const std::string key = datum->key();
        out.add(Exiv2::XmpKey(newPrefix + key.substr(oldPrefix.size())), &datum->value());
    }
}

} // namespace provena::detail::xmp
