// SPDX-License-Identifier: MIT
#pragma once

// Writing the sidecar's JSON tree in document order (JsonOut) and one object of it seeded with
// the unknown keys kept from the file (ObjectScope). Private to app/formats.

#include "formats/sidecarunknownfields_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cmath>
#include <utility>
#include <vector>

namespace provena::detail {

/**
 * Builds the JSON tree member by member in document order; Qt's JSON (QJsonObject, which keeps
 * keys sorted, and QJsonDocument) does all serialisation, so output is canonical and stable.
 * The writer code reads like a stream: key(), then a value or a nested begin/end.
 */
class JsonOut
{
public:
    /** The finished top-level value, once every begin has met its end. */
    QJsonValue result;

    void beginObject() { open(true); }
    void endObject() { close(); }
    void beginArray() { open(false); }
    void endArray() { close(); }

    /** Names the member the next value or container becomes. */
    void key(QStringView k) { mPendingKey = k.toString(); }
    /** Array elements are appended in order; kept so call sites read like the JSON. */
    void element() { }

    void string(QStringView s) { put(s.toString()); }
    void number(double d) { put(std::isfinite(d) ? QJsonValue(d) : QJsonValue()); }
    void integer(qint64 i) { put(QJsonValue(i)); }
    void boolean(bool b) { put(QJsonValue(b)); }
    /** Any QJsonValue (unknown fields, the context, label definitions). */
    void value(const QJsonValue &v) { put(v); }

private:
    struct Frame
    {
        bool isObject = true;
        QJsonObject object;
        QJsonArray array;
        QString keyInParent;
    };

    void open(bool isObject)
    {
        Frame frame;
        frame.isObject = isObject;
        frame.keyInParent = std::exchange(mPendingKey, QString());
        mStack.push_back(std::move(frame));
    }
    void close()
    {
        Frame frame = std::move(mStack.back());
        mStack.pop_back();
        mPendingKey = frame.keyInParent;
        put(frame.isObject ? QJsonValue(frame.object) : QJsonValue(frame.array));
    }
    void put(const QJsonValue &v)
    {
        if (mStack.empty()) {
            result = v;
            return;
        }
        Frame &top = mStack.back();
        if (top.isObject)
            top.object.insert(std::exchange(mPendingKey, QString()), v);
        else
            top.array.append(v);
    }

    std::vector<Frame> mStack;
    QString mPendingKey;
};

/**
 * One object being written, seeded with `extra` (the unknown fields kept from the file, minus
 * pseudo-keys, see isPseudoKey): known keys written afterwards replace extra ones of the same name.
 */
class ObjectScope
{
public:
    explicit ObjectScope(JsonOut &out, const QJsonObject &extra = {})
        : mOut(out)
    {
        mOut.beginObject();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
            if (!isPseudoKey(it.key())) {
                mOut.key(it.key());
                mOut.value(it.value());
            }
        }
    }
    ~ObjectScope() { mOut.endObject(); }
    Q_DISABLE_COPY_MOVE(ObjectScope)

    JsonOut &key(const char *k)
    {
        mOut.key(QString(QLatin1StringView(k)));
        return mOut;
    }
    void string(const char *k, QStringView v) { key(k).string(v); }

private:
    JsonOut &mOut;
};

} // namespace provena::detail
