// SPDX-License-Identifier: MIT
// The generic half of reading XMP regions: arrays of structs as items of flat fields.
#include "metadata/xmpregionreader.h"
#include "metadata/xmpregionreader_p.h"

#include <cmath>

namespace provena::detail {

namespace {

/** The texts of one XMP value: each entry of a simple array, the chosen language of a
 *  language alternative, or the text itself. */
QStringList textsOf(const Exiv2::Value &value)
{
    if (const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&value)) {
        const auto preferred = langAlt->value_.find("x-default");
        if (preferred != langAlt->value_.end())
            return {QString::fromStdString(preferred->second)};
        if (!langAlt->value_.empty())
            return {QString::fromStdString(langAlt->value_.begin()->second)};
        return {};
    }
    if (const auto *array = dynamic_cast<const Exiv2::XmpArrayValue *>(&value)) {
        QStringList texts;
        for (long i = 0; i < array->count(); ++i)
            texts.append(QString::fromStdString(array->toString(i)));
        return texts;
    }
    return {QString::fromStdString(value.toString())};
}

/** "12]/rest" → 12 and "rest" (empty for the item itself); false when not an index. */
bool splitIndex(const QString &text, int *index, QString *rest)
{
    const qsizetype close = text.indexOf(QLatin1Char(']'));
    if (close <= 0)
        return false;
    bool ok = false;
    *index = text.left(close).toInt(&ok);
    if (!ok || *index < 1)
        return false;
    const QString tail = text.mid(close + 1);
    if (!tail.isEmpty() && !tail.startsWith(QLatin1Char('/')))
        return false; // a qualifier or a deeper index of the same array element
    *rest = tail.mid(1);
    return true;
}

} // namespace

void XmpStructItem::add(const QString &path, const Exiv2::Value &value)
{
    mFields.insert(path, textsOf(value));
}

QString XmpStructItem::text(const QString &path) const
{
    const QStringList texts = mFields.value(path);
    return texts.isEmpty() ? QString() : texts.first().trimmed();
}

QList<int> XmpStructItem::arrayIndexes(const QString &arrayPath) const
{
    const QString prefix = arrayPath + QLatin1Char('[');
    QList<int> indexes;
    for (auto it = mFields.lowerBound(prefix); it != mFields.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            break;
        int index = 0;
        QString rest;
        if (splitIndex(it.key().mid(prefix.size()), &index, &rest) && !indexes.contains(index))
            indexes.append(index);
    }
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QMap<int, XmpStructItem> xmpStructItems(const Exiv2::XmpData &xmp, const std::string &arrayKey)
{
    const std::string prefix = arrayKey + '[';
    QMap<int, XmpStructItem> items;
    for (const Exiv2::Xmpdatum &datum : xmp) {
        const std::string key = datum.key();
        if (key.compare(0, prefix.size(), prefix) != 0)
            continue;
        int index = 0;
        QString rest;
        if (!splitIndex(QString::fromStdString(key.substr(prefix.size())), &index, &rest))
            continue;
        XmpStructItem &item = items[index]; // the item exists even when it holds nothing
        if (!rest.isEmpty())
            item.add(rest, datum.value());
    }
    return items;
}

QString itemOrigin(const char *array, int index, const PacketSource &source)
{
    return XmpRegionReader::tr("%1[%2] in %3")
        .arg(QLatin1String(array))
        .arg(index)
        .arg(source.fileName);
}

std::optional<double> numberField(const XmpStructItem &item, const QString &path,
                                  const QString &name, QString *problem)
{
    if (!item.has(path) || item.text(path).isEmpty()) {
        *problem = XmpRegionReader::tr("%1 is missing").arg(name);
        return std::nullopt;
    }
    const QString text = item.text(path);
    bool ok = false;
    const double value = text.toDouble(&ok); // C locale: "0.5", never "0,5"
    if (!ok) {
        *problem = XmpRegionReader::tr("%1 is not a number (“%2”)").arg(name, text.left(40));
        return std::nullopt;
    }
    if (!std::isfinite(value)) {
        *problem = XmpRegionReader::tr("%1 is not a finite number (“%2”)").arg(name, text);
        return std::nullopt;
    }
    return value;
}

} // namespace provena::detail
