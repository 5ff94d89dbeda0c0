// SPDX-License-Identifier: MIT
#include "formats/sidecarchecker_p.h"

#include "formats/sidecarreader.h"
#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace provena::detail {

namespace {

/** Fast path for what Provena writes, "YYYY-MM-DDTHH:MM:SSZ"; invalid for anything else. */
QDateTime parseUtcTimestamp(QStringView s)
{
    if (s.size() != 20 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':'
        || s[16] != u':' || s[19] != u'Z')
        return {};
    auto digits = [&s](qsizetype at, qsizetype n) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString JsonPath::toString() const
{
    if (!mParent)
        return mRoot;
    const QString base = mParent->toString();
    if (mKey)
        return base.isEmpty() ? QString::fromLatin1(mKey) : base + u'.' + QLatin1String(mKey);
    return base + u'[' + QString::number(mIndex) + u']';
}

bool JsonChecker::fail(const JsonPath &where, const QString &what)
{
    if (!mError) {
        Error e;
        e.detail = where.toString();
        e.message = SidecarReaderText::tr("The sidecar is not valid at %1: %2").arg(e.detail, what);
        e.path = mFile;
        mError = e;
    }
    return false;
}

std::optional<QJsonObject> JsonChecker::object(const QJsonValue &v, const JsonPath &where)
{
    if (!v.isObject()) {
        fail(where, SidecarReaderText::tr("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QString> JsonChecker::string(const QJsonValue &v, const JsonPath &where)
{
    if (!v.isString()) {
        fail(where, SidecarReaderText::tr("expected a string"));
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.size() > SidecarReader::kMaxStringLength) {
        fail(where,
             SidecarReaderText::tr("text of %1 characters is longer than the limit of %2")
                 .arg(s.size())
                 .arg(SidecarReader::kMaxStringLength));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonChecker::optString(const QJsonObject &o, const char *key,
                                              const JsonPath &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return QString();
    return string(v, JsonPath(where, key));
}

std::optional<double> JsonChecker::number(const QJsonValue &v, const JsonPath &where, double min,
                                          double max)
{
    if (!v.isDouble()) {
        fail(where, SidecarReaderText::tr("expected a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        fail(where,
             SidecarReaderText::tr("the number %1 is outside the allowed range %2 to %3")
                 .arg(d)
                 .arg(min)
                 .arg(max));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> JsonChecker::integer(const QJsonValue &v, const JsonPath &where, qint64 min,
                                           qint64 max)
{
    const auto d = number(v, where, double(min), double(max));
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d)) {
        fail(where, SidecarReaderText::tr("expected a whole number"));
        return std::nullopt;
    }
    return qint64(*d);
}

std::optional<QDateTime> JsonChecker::dateTime(const QJsonObject &o, const char *key,
                                               const JsonPath &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return QDateTime();
    const JsonPath at(where, key);
    const auto s = string(v, at);
    if (!s)
        return std::nullopt;
    QDateTime t = parseUtcTimestamp(*s);
    if (!t.isValid())
        t = QDateTime::fromString(*s, Qt::ISODate);
    // Years beyond 1…9999 have no ISO 8601 basic form Provena could write back.
    if (!t.isValid() || t.toUTC().date().year() < 1 || t.toUTC().date().year() > 9999) {
        fail(at, SidecarReaderText::tr("“%1” is not an xsd:dateTime").arg(s->left(40)));
        return std::nullopt;
    }
    return t.toUTC(); // milliseconds kept: written back as read
}

std::optional<QUuid> JsonChecker::uuidId(const QJsonValue &v, const JsonPath &where)
{
    const auto s = string(v, where);
    if (!s)
        return std::nullopt;
    const QUuid id = uuidFromIri(*s);
    if (id.isNull()) {
        fail(where,
             SidecarReaderText::tr("expected a “urn:uuid:” IRI, found “%1”").arg(s->left(60)));
        return std::nullopt;
    }
    return id;
}

QList<QJsonValue> asList(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return QList<QJsonValue>(a.begin(), a.end());
    }
    if (v.isUndefined())
        return {};
    return {v};
}

} // namespace provena::detail
