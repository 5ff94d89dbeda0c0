// SPDX-License-Identifier: MIT
#pragma once

// Checking a sidecar's JSON while it is read: where a value sits (JsonPath) and the type and
// limit checks that report the first problem found there (JsonChecker). Private to app/formats.

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace provena::detail {

/** A message about a file being read; all share the "SidecarReader" translation context. */
/** Messages of sidecar reading, under the "SidecarReader" context (lupdate reads the macro). */
struct SidecarReaderText
{
    Q_DECLARE_TR_FUNCTIONS(SidecarReader)
};

/**
 * Where a value sits in the document, e.g. "first.items[3].target.selector.value". Built lazily:
 * a chain of stack objects, turned into text only when an error is reported, so reading a valid
 * file allocates no path strings. A JsonPath must not outlive its parent.
 */
class JsonPath
{
public:
    JsonPath(QString root)
        : mRoot(std::move(root))
    {
    }
    JsonPath(const JsonPath &parent, const char *key)
        : mParent(&parent)
        , mKey(key)
    {
    }
    JsonPath(const JsonPath &parent, qsizetype index)
        : mParent(&parent)
        , mIndex(index)
    {
    }

    QString toString() const;

private:
    const JsonPath *mParent = nullptr;
    QString mRoot;
    const char *mKey = nullptr;
    qsizetype mIndex = -1;
};

/**
 * Type and limit checks for the values of one sidecar file. Each check returns the value, or
 * nullopt after recording the problem; only the first problem is kept, so the error names the
 * first offending value in reading order.
 */
class JsonChecker
{
public:
    explicit JsonChecker(QString file)
        : mFile(std::move(file))
    {
    }

    /** Records "not valid at `where`: `what`" unless a problem is already recorded; false. */
    bool fail(const JsonPath &where, const QString &what);
    bool failed() const { return mError.has_value(); }
    Error error() const { return mError.value_or(Error {}); }

    std::optional<QJsonObject> object(const QJsonValue &v, const JsonPath &where);
    /** A string no longer than SidecarReader::kMaxStringLength. */
    std::optional<QString> string(const QJsonValue &v, const JsonPath &where);
    /** Optional string member `key` of `o`: absent → empty. */
    std::optional<QString> optString(const QJsonObject &o, const char *key, const JsonPath &where);
    /** A finite number in [min, max]. */
    std::optional<double> number(const QJsonValue &v, const JsonPath &where, double min,
                                 double max);
    std::optional<qint64> integer(const QJsonValue &v, const JsonPath &where, qint64 min,
                                  qint64 max);
    /** Optional xsd:dateTime member `key`, in UTC without milliseconds: absent → invalid. */
    std::optional<QDateTime> dateTime(const QJsonObject &o, const char *key, const JsonPath &where);
    /** A "urn:uuid:" IRI. */
    std::optional<QUuid> uuidId(const QJsonValue &v, const JsonPath &where);

private:
    QString mFile;
    std::optional<Error> mError;
};

/** `v` as a list: the elements of an array, nothing when absent, else `v` itself. */
QList<QJsonValue> asList(const QJsonValue &v);

/**
 * Calls `visit(element, path)` for each element of `v`, which JSON-LD lets be one value or an
 * array of them (bodies, selectors); the path has an index only for an array. Stops at the
 * first `visit` that returns false, and returns false then.
 */
template<typename Visit>
bool forEachElement(const QJsonValue &v, const JsonPath &where, Visit visit)
{
    const QList<QJsonValue> elements = asList(v);
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const JsonPath at = v.isArray() ? JsonPath(where, i) : where;
        if (!visit(elements.at(i), at))
            return false;
    }
    return true;
}

} // namespace provena::detail
