// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace provena::detail {

/**
 * Text put together from pieces of the article (alt text, a caption line, an HTML attribute),
 * remembering for every UTF-16 unit which span of the article it came from. Lets the credit and
 * date finders work on clean text while their ranges still point into the article.
 * Positions are UTF-16 indexes into the article; the parser converts them to code points last.
 */
class MappedText
{
public:
    /** `piece` is a verbatim copy of the article at `sourceStart`. */
    void appendVerbatim(QStringView piece, qsizetype sourceStart);
    /** `piece` stands for the article span [sourceStart, sourceEnd) (an entity, a soft break…). */
    void appendMapped(QStringView piece, qsizetype sourceStart, qsizetype sourceEnd);
    void append(const MappedText &other);
    /** Moves every source position by `delta` (for text scanned out of a fragment). */
    void shift(qsizetype delta);

    const QString &text() const { return mText; }
    bool isEmpty() const { return mText.isEmpty(); }

    /** The article span that text()[from, to) came from; {-1, -1} when empty. */
    std::pair<qsizetype, qsizetype> sourceSpan(qsizetype from, qsizetype to) const;

private:
    QString mText;
    QList<qsizetype> mStarts;
    QList<qsizetype> mEnds;
};

/**
 * Byte offset in a UTF-8 buffer → UTF-16 index in the same text. md4c and gumbo report byte
 * pointers; we need QString indexes. Keeps a checkpoint every kStep bytes and the last answer,
 * because parsers ask in mostly increasing order: lookups are then O(distance) and O(kStep) at
 * worst, and memory stays at 1/64 of the input instead of one integer per byte.
 */
class Utf8OffsetMap
{
public:
    explicit Utf8OffsetMap(QByteArrayView utf8);
    qsizetype toUtf16(qsizetype byteOffset) const;

private:
    static constexpr qsizetype kStep = 512;
    qsizetype countUnits(qsizetype fromByte, qsizetype toByte) const;

    QByteArrayView mData;
    QList<qsizetype> mCheckpoints;
    mutable qsizetype mLastByte = 0;
    mutable qsizetype mLastUtf16 = 0;
};

} // namespace provena::detail
