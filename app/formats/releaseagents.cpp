// SPDX-License-Identifier: MIT
#include "formats/releaseagents_p.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail::release {

using RE = QRegularExpression;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019' || c == u'.' || c == u'&';
}

bool isCapitalised(QStringView w)
{
    const QChar c = w.front();
    if (c.isUpper() || c.isTitleCase())
        return true;
    return c.isLetter() && !c.isLower(); // Hangul, Han: no case
}

bool isLowerWord(QStringView w)
{
    return w.front().isLower();
}

bool isPossessive(QStringView w)
{
    return w.size() > 2 && (w.endsWith(u"'s") || w.endsWith(u"\u2019s"));
}

bool oneOf(QStringView w, const QStringList &list)
{
    return std::any_of(list.cbegin(), list.cend(), [w](const QString &s) { return w == s; });
}

bool isArticle(QStringView w)
{
    static const QStringList list = {u"the"_s, u"The"_s, u"THE"_s, u"a"_s, u"an"_s};
    return oneOf(w, list);
}

bool isConnector(QStringView w)
{
    static const QStringList list
        = {u"of"_s,  u"and"_s, u"for"_s, u"the"_s, u"de"_s, u"du"_s, u"des"_s, u"la"_s, u"le"_s,
           u"van"_s, u"von"_s, u"der"_s, u"del"_s, u"da"_s, u"al"_s, u"y"_s,   u"&"_s};
    return oneOf(w, list);
}

// Lower-case words that end an agent: prepositions, verbs, time words.
bool isStopWord(QStringView w)
{
    static const QStringList list = {
        u"on"_s,         u"in"_s,        u"at"_s,      u"to"_s,    u"of"_s,        u"for"_s,
        u"from"_s,       u"with"_s,      u"via"_s,     u"by"_s,    u"and"_s,       u"or"_s,
        u"as"_s,         u"after"_s,     u"before"_s,  u"while"_s, u"when"_s,      u"where"_s,
        u"which"_s,      u"that"_s,      u"who"_s,     u"whose"_s, u"is"_s,        u"was"_s,
        u"were"_s,       u"are"_s,       u"be"_s,      u"been"_s,  u"has"_s,       u"have"_s,
        u"had"_s,        u"said"_s,      u"says"_s,    u"say"_s,   u"near"_s,      u"into"_s,
        u"about"_s,      u"this"_s,      u"these"_s,   u"those"_s, u"it"_s,        u"shows"_s,
        u"show"_s,       u"shown"_s,     u"taken"_s,   u"today"_s, u"yesterday"_s, u"tonight"_s,
        u"earlier"_s,    u"later"_s,     u"last"_s,    u"but"_s,   u"amid"_s,      u"also"_s,
        u"under"_s,      u"over"_s,      u"through"_s, u"than"_s,  u"then"_s,      u"purportedly"_s,
        u"reportedly"_s, u"allegedly"_s, u"a"_s,       u"an"_s,    u"the"_s};
    return oneOf(w, list) || (w.size() > 4 && w.endsWith(u"ing"));
}

// Lower-case words after an agent that describe it and are dropped: "Montsame news agency".
bool isDescriptorWord(QStringView w)
{
    static const QStringList list = {
        u"news"_s,       u"agency"_s,  u"agencies"_s, u"media"_s,     u"state"_s,  u"ministry"_s,
        u"office"_s,     u"service"_s, u"press"_s,    u"newspaper"_s, u"daily"_s,  u"broadcaster"_s,
        u"television"_s, u"tv"_s,      u"channel"_s,  u"website"_s,   u"outlet"_s, u"wire"_s,
        u"network"_s,    u"radio"_s,   u"organ"_s,    u"mouthpiece"_s};
    return oneOf(w, list);
}

// Lower-case words after an agent that are part of it: "the Lee family", "the South Korean
// government".
bool isKeepWord(QStringView w)
{
    static const QStringList list = {u"family"_s,  u"families"_s, u"estate"_s,     u"collection"_s,
                                     u"archive"_s, u"archives"_s, u"household"_s,  u"relatives"_s,
                                     u"team"_s,    u"campaign"_s, u"government"_s, u"military"_s,
                                     u"embassy"_s, u"army"_s,     u"navy"_s,       u"police"_s};
    return oneOf(w, list);
}

bool isPhotoNoun(QStringView w)
{
    static const RE re(u"^(?i:"_s + kPhotoNouns + u")$"_s, kOpts);
    return re.match(w).hasMatch();
}

/**
 * Reads the word at or after `pos` (spaces and one line break skipped). False at punctuation,
 * at a second line break, at `limit` or for a word longer than kMaxWordLength.
 */
bool readWord(QStringView text, qsizetype pos, qsizetype limit, Word &out)
{
    qsizetype i = pos;
    int breaks = 0;
    while (i < limit && text[i].isSpace()) {
        if (text[i] == u'\n' && ++breaks > 1)
            return false;
        ++i;
    }
    if (i >= limit)
        return false;
    if (text[i] == u'&') {
        out = {i, i + 1, false};
        return true;
    }
    if (!isWordChar(text[i]))
        return false;
    const qsizetype start = i;
    bool innerDot = false;
    while (i < limit) {
        if (i - start > kMaxWordLength)
            return false;
        const QChar c = text[i];
        if (isWordChar(c)) {
            ++i;
        } else if (isJoiner(c) && i + 1 < limit && isWordChar(text[i + 1])) {
            innerDot = innerDot || c == u'.';
            ++i;
        } else {
            break;
        }
    }
    out = {start, i, false};
    if (i < limit && text[i] == u'.') {
        // "U.S." and the initial "J." keep their dot; "Corp." ends the run.
        if (innerDot || (i - start == 1 && text[start].isUpper()))
            out.end = i + 1;
        else
            out.dotAfter = true;
    }
    return true;
}

/** Reads the word that ends at or before `pos`, not looking before `floor`. */
bool readWordBefore(QStringView text, qsizetype pos, qsizetype floor, Word &out)
{
    qsizetype i = pos;
    int breaks = 0;
    while (i > floor && text[i - 1].isSpace()) {
        if (text[i - 1] == u'\n' && ++breaks > 1)
            return false;
        --i;
    }
    if (i <= floor)
        return false;
    if (text[i - 1] == u'&') {
        out = {i - 1, i, false};
        return true;
    }
    if (!isWordChar(text[i - 1]))
        return false;
    const qsizetype end = i;
    while (i > floor) {
        if (end - i > kMaxWordLength)
            return false;
        const QChar c = text[i - 1];
        if (isWordChar(c))
            --i;
        else if (isJoiner(c) && i - 2 >= floor && isWordChar(text[i - 2]))
            --i;
        else
            break;
    }
    out = {i, end, false};
    return true;
}

QList<DateFinder::Match> datesIn(QStringView text, qsizetype from, qsizetype to)
{
    QList<DateFinder::Match> dates = DateFinder::find(text.mid(from, to - from));
    for (DateFinder::Match &d : dates) {
        d.start += from;
        d.end += from;
    }
    return dates;
}

/** The agent in `words` from `begin` on; see the class comment. */
Agent agentIn(QStringView text, const QList<Word> &words, qsizetype begin, bool requireCapital,
              int depth)
{
    const auto view = [&](qsizetype k) {
        return text.mid(words[k].start, words[k].end - words[k].start);
    };
    const qsizetype n = words.size();
    qsizetype i = begin;
    while (i < n && isArticle(view(i)) && !words[i].dotAfter)
        ++i;
    // Lower-case adjectives before the name: "official", "state-run".
    qsizetype j = i;
    while (j < n && j - i < 4 && isLowerWord(view(j)) && !isStopWord(view(j)) && !words[j].dotAfter)
        ++j;
    if (j >= n || !isCapitalised(view(j))) {
        if (requireCapital)
            return {};
        // Only lower-case words: "state media".
        qsizetype k = i;
        while (k < n && k - i < 4 && isLowerWord(view(k)) && !isStopWord(view(k))) {
            ++k;
            if (words[k - 1].dotAfter)
                break;
        }
        if (k == i)
            return {};
        Agent a;
        a.start = words[i].start;
        a.end = a.extentEnd = words[k - 1].end;
        return a;
    }

    const qsizetype capStart = j;
    qsizetype last = j;
    qsizetype k = j + 1;
    while (k < n && !words[k - 1].dotAfter) {
        if (isCapitalised(view(k))) {
            last = k++;
            continue;
        }
        // "Ministry of Culture and Tourism", "Johnson & Johnson"
        qsizetype m = k;
        while (m < n && m - k < 2 && isConnector(view(m)) && !words[m].dotAfter)
            ++m;
        if (m > k && m < n && isCapitalised(view(m))) {
            k = m;
            continue;
        }
        break;
    }

    // An owner: "North Korea's official Korean Central News Agency".
    for (qsizetype p = capStart; p <= last; ++p) {
        if (!isPossessive(view(p)))
            continue;
        if (!words[p].dotAfter && p + 1 < n && depth < 3) {
            Agent owned = agentIn(text, words, p + 1, false, depth + 1);
            if (owned.isValid()) {
                if (!owned.capitalised) { // "South Korea's presidential office"
                    owned.start = words[capStart].start;
                    owned.capitalised = true;
                }
                return owned;
            }
        }
        break;
    }

    Agent a;
    a.start = words[capStart].start;
    a.end = a.extentEnd = words[last].end;
    a.capitalised = true;
    bool described = false;
    for (k = last + 1; k < n && k - last <= 3 && !words[k - 1].dotAfter; ++k) {
        const QStringView w = view(k);
        if (!isLowerWord(w))
            break;
        if (!described && isKeepWord(w)) {
            a.end = a.extentEnd = words[k].end;
        } else if (isDescriptorWord(w)) {
            described = true;
            a.extentEnd = words[k].end;
        } else {
            break;
        }
    }
    return a;
}

/** The agent that starts at or after `pos` (a date ends it). */
Agent agentAfter(QStringView text, qsizetype pos, bool requireCapital)
{
    const qsizetype windowEnd = qMin(text.size(), pos + kAgentWindow);
    const QList<DateFinder::Match> dates = datesIn(text, pos, windowEnd);
    QList<Word> words;
    qsizetype at = pos;
    while (words.size() < kMaxAgentWords) {
        Word w;
        if (!readWord(text, at, windowEnd, w))
            break;
        const bool inDate = std::any_of(dates.cbegin(), dates.cend(), [&](const auto &d) {
            return d.start <= w.start && w.start < d.end;
        });
        if (inDate)
            break;
        words.append(w);
        at = w.end;
        if (w.dotAfter)
            break;
    }
    return agentIn(text, words, 0, requireCapital, 0);
}

/** The capitalised run that ends right before `pos`: "Korean Central News Agency" in "…/Handout".
 */
Agent agentBefore(QStringView text, qsizetype pos)
{
    const qsizetype floor = qMax<qsizetype>(0, pos - kAgentWindow);
    QList<Word> words; // nearest first
    qsizetype at = pos;
    while (words.size() < kMaxAgentWords) {
        Word w;
        if (!readWordBefore(text, at, floor, w))
            break;
        words.append(w);
        at = w.start;
    }
    const auto view = [&](qsizetype k) {
        return text.mid(words[k].start, words[k].end - words[k].start);
    };
    qsizetype first = -1;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QStringView w = view(k);
        if (isCapitalised(w) && (k == 0 || !isPossessive(w))) {
            first = k;
            continue;
        }
        if (first >= 0 && isConnector(w) && k + 1 < words.size() && isCapitalised(view(k + 1)))
            continue;
        break;
    }
    if (first < 0)
        return {};
    if (first > 0 && isArticle(view(first)))
        --first;
    Agent a;
    a.start = words[first].start;
    a.end = a.extentEnd = words[0].end;
    a.capitalised = true;
    return a;
}

/** "(KCNA)" right after `pos`; moves `pos` past it. */
QString abbreviationAt(QStringView text, qsizetype &pos, QStringView agent)
{
    static const RE re(uR"(^ {0,2}[(（]\s?([A-Z][A-Z0-9&.\-]{1,11})\s?[)）])"_s, kOpts);
    const QRegularExpressionMatch m = re.match(text.mid(pos, 20));
    if (!m.hasMatch())
        return {};
    const QStringView abbreviation = m.capturedView(1);
    const auto capitals = std::count_if(abbreviation.begin(), abbreviation.end(),
                                        [](QChar c) { return c.isUpper(); });
    // "(AP)" after "the Unification Ministry" is a credit, not its abbreviation.
    if (capitals < 2 || agent.isEmpty() || agent.front().toUpper() != abbreviation.front())
        return {};
    pos += m.capturedEnd(0);
    return abbreviation.toString();
}

/** Initials of the capitalised words: "KCNA" for "Korean Central News Agency". */
QString initials(QStringView agent)
{
    QString out;
    bool atWordStart = true;
    for (QChar c : agent) {
        if (c.isSpace() || c == u'-') {
            atWordStart = true;
            continue;
        }
        if (atWordStart && c.isUpper())
            out.append(c);
        atWordStart = false;
    }
    return out;
}

QString agentText(QStringView text, const Agent &a)
{
    return text.mid(a.start, a.end - a.start).toString().simplified();
}

} // namespace provena::detail::release
