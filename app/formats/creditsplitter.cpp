// SPDX-License-Identifier: MIT
#include "formats/creditsplitter.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

constexpr qsizetype kMaxCreditLength = 80;

bool isTrimmable(QChar c)
{
    return c.isSpace();
}

void trim(QStringView text, qsizetype &start, qsizetype &end)
{
    while (start < end && isTrimmable(text[start]))
        ++start;
    while (end > start && isTrimmable(text[end - 1]))
        --end;
}

// Names of wire services, state agencies and picture desks, compared without case.
bool isKnownSource(QStringView word)
{
    static const QStringList known = {
        u"AP"_s,
        u"AFP"_s,
        u"Reuters"_s,
        u"Yonhap"_s,
        u"KCNA"_s,
        u"NCNA"_s,
        u"EPA"_s,
        u"EPA-EFE"_s,
        u"EFE"_s,
        u"Xinhua"_s,
        u"TASS"_s,
        u"Kyodo"_s,
        u"Bloomberg"_s,
        u"Anadolu"_s,
        u"Sputnik"_s,
        u"RIA Novosti"_s,
        u"NK News"_s,
        u"Rodong Sinmun"_s,
        u"KNS"_s,
        u"Getty Images"_s,
        u"Getty"_s,
        u"Associated Press"_s,
        u"Agence France-Presse"_s,
        u"UPI"_s,
        u"Pool"_s,
        u"Handout"_s,
        u"dpa"_s,
        u"ANSA"_s,
        u"Shutterstock"_s,
        u"Imagine China"_s,
        u"Newsis"_s,
        u"News1"_s,
        u"연합뉴스"_s,
        u"뉴시스"_s,
        u"뉴스1"_s,
        u"조선중앙통신"_s,
        u"노동신문"_s,
        u"조선중앙TV"_s,
        u"AP 연합뉴스"_s,
        u"로이터"_s,
        u"로이터 연합뉴스"_s,
        u"AFP 연합뉴스"_s,
        u"EPA 연합뉴스"_s,
        u"연합뉴스 자료사진"_s,
    };
    for (const QString &k : known) {
        if (word.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool hasCreditWord(QStringView part)
{
    static const QRegularExpression re(
        uR"(\b(?:Getty Images|Handout|Pool|Photo|Photos|Courtesy|Credit|Press Service|News Agency|Picture Desk|Sample Desk|Desk|Agency|Wire)\b|제공|자료사진|통신|연합뉴스|사진)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(part).hasMatch();
}

// "Jane Doe", "Ministry of Unification", "REUTERS": every word capitalised (or a short particle).
bool isCapitalisedRun(QStringView part)
{
    const QList<QStringView> words = part.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6)
        return false;
    for (QStringView w : words) {
        if (w == u"of" || w == u"the" || w == u"for" || w == u"de" || w == u"van" || w == u"von")
            continue;
        const QChar first = w.front();
        if (first.isLetter() && first.isLower())
            return false;
        if (!first.isLetter())
            return false;
    }
    return true;
}

QStringView stripped(QStringView s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.back() == u'.' || s.back() == u','))
        s.chop(1);
    return s.trimmed();
}

// "Photo: X", "Photo by X", "Credit: X", "사진=X", "Courtesy of X" → start of X (or -1).
qsizetype afterCreditPrefix(QStringView s)
{
    static const QRegularExpression re(
        uR"(^\s*(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Source)\s*(?:[:：]|by\b|courtesy(?:\s+of)?\b)|Courtesy(?:\s+of)?\b|(?:사진|자료사진|출처)\s*[=:：])\s*)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch() || m.capturedEnd(0) >= s.size())
        return -1;
    return m.capturedEnd(0);
}

// "Photo:", "Caption:", "사진:" opening a caption → the index after the label (or -1).
qsizetype captionLabelEnd(QStringView s)
{
    static const QRegularExpression re(
        uR"(^\s*(?:Photo(?:graph)?s?|Pictures?|Caption|사진|Фото)\s*[:：]\s*)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = re.match(s);
    return m.hasMatch() && m.capturedEnd(0) < s.size() ? m.capturedEnd(0) : -1;
}

// Narrow [start, end) to the credit proper: drop a "Photo:" prefix and a closing period.
void narrowCredit(QStringView text, qsizetype &start, qsizetype &end)
{
    trim(text, start, end);
    const qsizetype prefix = afterCreditPrefix(text.mid(start, end - start));
    if (prefix > 0)
        start += prefix;
    while (end > start && (text[end - 1] == u'.' || text[end - 1].isSpace()))
        --end;
    trim(text, start, end);
}

CreditSplitter::Split makeSplit(QStringView text, qsizetype captionStart, qsizetype captionEnd,
                                qsizetype creditStart, qsizetype creditEnd)
{
    CreditSplitter::Split s;
    trim(text, captionStart, captionEnd);
    // Separators left hanging between caption and credit ("…, courtesy of", "… /").
    while (captionEnd > captionStart
           && (text[captionEnd - 1] == u',' || text[captionEnd - 1] == u';'
               || text[captionEnd - 1] == u'/' || text[captionEnd - 1] == u'|'
               || text[captionEnd - 1] == u'-' || text[captionEnd - 1] == u'—'
               || text[captionEnd - 1].isSpace()))
        --captionEnd;
    s.captionStart = captionStart;
    s.captionEnd = captionEnd;
    narrowCredit(text, creditStart, creditEnd);
    if (creditEnd > creditStart) {
        s.creditStart = creditStart;
        s.creditEnd = creditEnd;
    }
    return s;
}

} // namespace

bool CreditSplitter::looksLikeCredit(QStringView text)
{
    QStringView s = stripped(text);
    if (s.isEmpty() || s.size() > kMaxCreditLength)
        return false;
    if (afterCreditPrefix(s) > 0)
        return true;
    if (isKnownSource(s))
        return true;
    static const QRegularExpression splitter(uR"(\s*/\s*|\s+via\s+|\s+and\s+|\s*=\s*|\s*,\s*)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QList<QStringView> parts = s.split(splitter, Qt::SkipEmptyParts);
    bool anyKnown = false;
    for (QStringView part : parts) {
        part = part.trimmed();
        if (isKnownSource(part) || hasCreditWord(part)) {
            anyKnown = true;
            continue;
        }
        // Hangul agency names ("통일부 제공" is caught above); Latin needs capitals.
        if (!isCapitalisedRun(part))
            return false;
    }
    return anyKnown;
}

CreditSplitter::Split CreditSplitter::split(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    trim(text, begin, end);
    Split none;
    none.captionStart = begin;
    none.captionEnd = end;
    if (begin == end)
        return none;

    // A label before a whole caption: "Photo: The bridge at night. (Reuters)". The label is
    // neither caption nor credit; the rest splits as usual.
    if (const qsizetype label = captionLabelEnd(text.mid(begin, end - begin)); label > 0) {
        Split rest = split(text.mid(begin + label, end - begin - label));
        const QStringView caption
            = text.mid(begin + label + rest.captionStart, rest.captionEnd - rest.captionStart);
        if (rest.hasCredit() && !caption.isEmpty()
            && QStringView(u".!?。").contains(caption.back())) {
            rest.captionStart += begin + label;
            rest.captionEnd += begin + label;
            rest.creditStart += begin + label;
            rest.creditEnd += begin + label;
            return rest;
        }
    }
    // A caption that is only a credit: "Photo: Yonhap".
    if (end - begin <= kMaxCreditLength && afterCreditPrefix(text.mid(begin, end - begin)) > 0)
        return makeSplit(text, begin, begin, begin, end);

    // 1. Leading Korean wire tag.
    {
        static const QRegularExpression re(
            uR"(^\(\s*([^()=\s]+\s+)?([^()=]{1,30})=\s*([^()=]{1,30})\)\s*)"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = re.match(text.mid(begin, end - begin));
        if (m.hasMatch() && m.capturedEnd(0) < end - begin) {
            qsizetype cs, ce;
            if (m.capturedLength(1) > 0) { // "(평양 조선중앙통신=연합뉴스)": source=agency
                cs = begin + m.capturedStart(2);
                ce = begin + m.capturedEnd(3);
            } else { // "(서울=연합뉴스)": place=agency
                cs = begin + m.capturedStart(3);
                ce = begin + m.capturedEnd(3);
            }
            return makeSplit(text, begin + m.capturedEnd(0), end, cs, ce);
        }
    }

    // 2./3. Trailing bracket or parenthesis.
    const QChar last = text[end - 1];
    if (last == u']' || last == u')') {
        const QChar open = last == u']' ? u'[' : u'(';
        int depth = 0;
        qsizetype i = end - 1;
        for (; i >= begin; --i) {
            if (text[i] == last)
                ++depth;
            else if (text[i] == open && --depth == 0)
                break;
        }
        if (i > begin && end - 1 - (i + 1) <= kMaxCreditLength) {
            const QStringView inner = text.mid(i + 1, end - 1 - (i + 1));
            const bool bracket = last == u']';
            if ((bracket && !inner.trimmed().isEmpty()) || looksLikeCredit(inner))
                return makeSplit(text, begin, i, i + 1, end - 1);
        }
    }

    // 4. Trailing part after a separator.
    {
        static const QRegularExpression sep(uR"(\s+(?:/|\||-|—|–)\s+|\s+/(?=\S))"_s);
        const qsizetype windowStart = qMax(begin, end - kMaxCreditLength - 4);
        auto it = sep.globalMatch(text.mid(windowStart, end - windowStart));
        while (it.hasNext()) { // earliest separator first: the longest credit wins
            const QRegularExpressionMatch m = it.next();
            const qsizetype creditStart = windowStart + m.capturedEnd(0);
            if (windowStart + m.capturedStart(0) <= begin)
                continue;
            if (looksLikeCredit(text.mid(creditStart, end - creditStart)))
                return makeSplit(text, begin, windowStart + m.capturedStart(0), creditStart, end);
        }
    }

    // 5. Trailing sentence. Try sentence starts from the longest candidate to the shortest, so
    // that "Photo: A. Name" is not cut at "A.".
    {
        const qsizetype windowStart = qMax(begin, end - kMaxCreditLength - 2);
        for (qsizetype i = windowStart; i < end; ++i) {
            const bool sentenceStart = i > begin && text[i - 1].isSpace() && i >= begin + 2
                && QStringView(u".!?。”\"").contains(text[i - 2]);
            if (!sentenceStart)
                continue;
            const QStringView tail = text.mid(i, end - i);
            if (looksLikeCredit(tail))
                return makeSplit(text, begin, i, i, end);
        }
    }

    // 6. ", courtesy of X" closing the caption.
    {
        static const QRegularExpression re(
            uR"([,;]\s*(?:photo\s+)?courtesy\s+of\s+([^,;]{1,80}?)\.?\s*$)"_s,
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = re.match(text.mid(begin, end - begin));
        if (m.hasMatch() && m.capturedStart(0) > 0)
            return makeSplit(text, begin, begin + m.capturedStart(0), begin + m.capturedStart(1),
                             begin + m.capturedEnd(1));
    }
    return none;
}

} // namespace provena
