// SPDX-License-Identifier: MIT
#include "formats/sourcemap_p.h"

namespace provena::detail {

void MappedText::appendVerbatim(QStringView piece, qsizetype sourceStart)
{
    mText.append(piece);
    for (qsizetype i = 0; i < piece.size(); ++i) {
        mStarts.append(sourceStart + i);
        mEnds.append(sourceStart + i + 1);
    }
}

void MappedText::appendMapped(QStringView piece, qsizetype sourceStart, qsizetype sourceEnd)
{
    mText.append(piece);
    for (qsizetype i = 0; i < piece.size(); ++i) {
        mStarts.append(sourceStart);
        mEnds.append(sourceEnd);
    }
}

void MappedText::append(const MappedText &other)
{
    mText.append(other.mText);
    mStarts.append(other.mStarts);
    mEnds.append(other.mEnds);
}

void MappedText::shift(qsizetype delta)
{
    for (qsizetype &s : mStarts)
        s += delta;
    for (qsizetype &e : mEnds)
        e += delta;
}

std::pair<qsizetype, qsizetype> MappedText::sourceSpan(qsizetype from, qsizetype to) const
{
    from = qBound<qsizetype>(0, from, mText.size());
    to = qBound<qsizetype>(from, to, mText.size());
    if (from == to)
        return {-1, -1};
    return {mStarts.at(from), qMax(mStarts.at(from), mEnds.at(to - 1))};
}

Utf8OffsetMap::Utf8OffsetMap(QByteArrayView utf8)
    : mData(utf8)
{
    mCheckpoints.reserve(utf8.size() / kStep + 1);
    qsizetype units = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (i % kStep == 0)
            mCheckpoints.append(units);
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80 || (c >= 0xC0 && c < 0xF0))
            units += 1;
        else if (c >= 0xF0)
            units += 2; // a code point outside the BMP is a surrogate pair in UTF-16
    }
}

qsizetype Utf8OffsetMap::countUnits(qsizetype fromByte, qsizetype toByte) const
{
    qsizetype units = 0;
    for (qsizetype i = fromByte; i < toByte; ++i) {
        const auto c = static_cast<unsigned char>(mData[i]);
        if (c < 0x80 || (c >= 0xC0 && c < 0xF0))
            units += 1;
        else if (c >= 0xF0)
            units += 2;
    }
    return units;
}

qsizetype Utf8OffsetMap::toUtf16(qsizetype byteOffset) const
{
    byteOffset = qBound<qsizetype>(0, byteOffset, mData.size());
    qsizetype result;
    if (byteOffset >= mLastByte && byteOffset - mLastByte <= kStep) {
        result = mLastUtf16 + countUnits(mLastByte, byteOffset);
    } else {
        const qsizetype checkpoint = byteOffset / kStep;
        if (checkpoint >= mCheckpoints.size()) // only when byteOffset == size on a boundary
            result = (mCheckpoints.isEmpty() ? 0 : mCheckpoints.last())
                + countUnits(mCheckpoints.isEmpty() ? 0 : (mCheckpoints.size() - 1) * kStep,
                             byteOffset);
        else
            result = mCheckpoints.at(checkpoint) + countUnits(checkpoint * kStep, byteOffset);
    }
    mLastByte = byteOffset;
    mLastUtf16 = result;
    return result;
}

} // namespace provena::detail
