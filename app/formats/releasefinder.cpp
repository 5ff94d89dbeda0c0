// SPDX-License-Identifier: MIT
#include "formats/releasefinder.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

using RE = QRegularExpression;
using Role = Release::Role;

constexpr auto kOpts = RE::UseUnicodePropertiesOption;
constexpr qsizetype kMaxWordLength = 64;
constexpr qsizetype kMaxAgentWords = 16;
constexpr qsizetype kAgentWindow = 240; ///< how far after the verb the agent may run
constexpr qsizetype kLeadWindow = 80; ///< how far before the verb a photo noun is looked for
constexpr qsizetype kMaxDateGap = 60;
constexpr qsizetype kDateLength = 32; ///< enough for "September 13th, 2025"

// Photo nouns, for a case-insensitive group.
const QString kPhotoNouns
    = uR"(photo(?:graph)?s?|pictures?|pics?|images?|handouts?|footage|videos?|screenshots?|snapshots?|screen\s?grabs?|frame\s?grabs?|stills)"_s;

/** A word as read from the text; `dotAfter` when a full stop follows that ends the run. */
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool dotAfter = false;
};

/** An agent as found: [start, end) is the agent, `extentEnd` includes a dropped descriptor. */
struct Agent
{
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype extentEnd = -1;
    bool capitalised = false;

    bool isValid() const { return start >= 0 && end > start; }
};

struct Candidate
{
    ReleaseFinder::Match match;
    bool wantsDate = true;
};

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

Candidate makeCandidate(QStringView text, Role role, qsizetype start, const Agent &agent)
{
    Candidate c;
    c.match.role = role;
    c.match.start = start;
    c.match.agentStart = agent.start;
    c.match.agentEnd = agent.end;
    c.match.agent = agentText(text, agent);
    c.match.end = agent.extentEnd;
    if (agent.capitalised)
        c.match.abbreviation = abbreviationAt(text, c.match.end, c.match.agent);
    return c;
}

/** Where the clause holding `pos` starts, looking back at most kLeadWindow characters. */
qsizetype clauseStart(QStringView text, qsizetype pos)
{
    const qsizetype floor = qMax<qsizetype>(0, pos - kLeadWindow);
    for (qsizetype j = pos - 1; j >= floor; --j) {
        const QChar c = text[j];
        if (c == u'\n' || c == u';')
            return j + 1;
        // A sentence end: ". Kim", not "Aug. 13"
        if ((c == u'.' || c == u'!' || c == u'?') && j + 2 < pos && text[j + 1].isSpace()
            && text[j + 2].isUpper())
            return j + 1;
    }
    return floor;
}

/** True if the verb at `pos` opens the text, a sentence or a bracket, as a credit does. */
bool opensCredit(QStringView text, qsizetype pos)
{
    static const QString openers = u"([{/|:—–-*\"“'"_s;
    qsizetype j = pos;
    while (j > 0 && pos - j < kLeadWindow
           && (text[j - 1].isSpace() || openers.contains(text[j - 1])))
        --j;
    return j == 0 || text[j - 1] == u'\n' || text[j - 1] == u'.' || text[j - 1] == u'!'
        || text[j - 1] == u'?' || text[j - 1] == u';';
}

void findVerbPhrases(QStringView text, QList<Candidate> &out)
{
    static const RE verb(
        uR"(\b(?i:(released|provided|distributed|issued|published|supplied|made\s+available))\s+(?i:by)\b)"_s,
        kOpts);
    static const RE lead(
        uR"((?:\b(?i:in|on)\s+)?\b(?i:this|these|that|a|an|the)\s+(?:[^\s()\[\];:!?]+\s+){0,5}?(?i:)"_s
            + kPhotoNouns + uR"()\s*,?\s*$)"_s,
        kOpts);
    static const RE noun(u"\\b(?i:"_s + kPhotoNouns + u")\\b"_s, kOpts);

    for (const QRegularExpressionMatch &m : verb.globalMatch(text)) {
        const qsizetype verbStart = m.capturedStart(0);
        const qsizetype from = clauseStart(text, verbStart);
        const QStringView before = text.mid(from, verbStart - from);
        const QRegularExpressionMatch l = lead.match(before);
        if (!l.hasMatch() && !noun.match(before).hasMatch() && !opensCredit(text, verbStart))
            continue;
        const Agent agent = agentAfter(text, m.capturedEnd(0), false);
        if (!agent.isValid())
            continue;
        const QString v = m.captured(1).toLower();
        Role role = Role::Released;
        if (v == u"provided" || v == u"supplied")
            role = Role::Provided;
        else if (v == u"distributed")
            role = Role::Distributed;
        out.append(
            makeCandidate(text, role, l.hasMatch() ? from + l.capturedStart(0) : verbStart, agent));
    }
}

/** True if only punctuation (or nothing) follows `pos` on its line: "KCNA via REUTERS)". */
bool endsCredit(QStringView text, qsizetype pos)
{
    while (pos < text.size() && (text[pos] == u' ' || text[pos] == u'\t'))
        ++pos;
    return pos >= text.size() || !(text[pos].isLetterOrNumber() || text[pos] == u'&');
}

void findCreditForms(QStringView text, QList<Candidate> &out)
{
    static const RE handout(
        uR"(\b(?i:handout)(?:\s+(?i:photo(?:graph)?s?|pictures?|images?|videos?|footage))?\s+(?i:(from|by|via))\b)"_s,
        kOpts);
    for (const QRegularExpressionMatch &m : handout.globalMatch(text)) {
        const bool via = m.capturedView(1).compare(u"via", Qt::CaseInsensitive) == 0;
        const Agent agent = agentAfter(text, m.capturedEnd(0), via);
        if (agent.isValid())
            out.append(makeCandidate(text, Role::Handout, m.capturedStart(0), agent));
    }

    static const RE slashHandout(uR"(/\s*(?i:handout)\b)"_s, kOpts);
    for (const QRegularExpressionMatch &m : slashHandout.globalMatch(text)) {
        const Agent agent = agentBefore(text, m.capturedStart(0));
        if (!agent.isValid())
            continue;
        Candidate c = makeCandidate(text, Role::Handout, agent.start, agent);
        c.match.abbreviation.clear();
        c.match.end = m.capturedEnd(0);
        out.append(c);
    }

    static const RE pool(
        uR"(\b(?i:pool)(?:\s+(?i:photo(?:graph)?s?|pictures?|images?|videos?))?\s+(?i:via|by)\b)"_s,
        kOpts);
    for (const QRegularExpressionMatch &m : pool.globalMatch(text)) {
        const Agent agent = agentAfter(text, m.capturedEnd(0), true);
        if (agent.isValid())
            out.append(makeCandidate(text, Role::Pool, m.capturedStart(0), agent));
    }

    static const RE courtesy(uR"(\b(?i:courtesy)(?:\s+(?i:(of)))?\b)"_s, kOpts);
    for (const QRegularExpressionMatch &m : courtesy.globalMatch(text)) {
        const Agent agent = agentAfter(text, m.capturedEnd(0), !m.hasCaptured(1));
        if (agent.isValid())
            out.append(makeCandidate(text, Role::Courtesy, m.capturedStart(0), agent));
    }

    static const RE via(uR"(\b(?i:via)\b)"_s, kOpts);
    for (const QRegularExpressionMatch &m : via.globalMatch(text)) {
        Word prev;
        if (!readWordBefore(text, m.capturedStart(0), qMax<qsizetype>(0, m.capturedStart(0) - 80),
                            prev))
            continue;
        const QStringView p = text.mid(prev.start, prev.end - prev.start);
        if (!isCapitalised(p) && !isPhotoNoun(p))
            continue;
        const Agent agent = agentAfter(text, m.capturedEnd(0), true);
        if (agent.isValid() && endsCredit(text, agent.extentEnd))
            out.append(makeCandidate(text, Role::Via, m.capturedStart(0), agent));
    }
}

bool hasHangul(QStringView s)
{
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.script() == QChar::Script_Hangul; });
}

void findKorean(QStringView text, QList<Candidate> &out)
{
    // "통일부 제공", "[사진=국방부 제공]"; not "제공한", "제공했다".
    static const RE provided(uR"((?<![\p{L}\p{N}])([\p{L}\p{N}]{1,20}?)\s?제공(?![\p{L}\p{N}]))"_s,
                             kOpts);
    static const QStringList generic = {u"자료"_s, u"사진"_s, u"영상"_s, u"정보"_s, u"무료"_s};
    for (const QRegularExpressionMatch &m : provided.globalMatch(text)) {
        const QStringView agent = m.capturedView(1);
        if (oneOf(agent, generic) || agent.endsWith(u'을') || agent.endsWith(u'를'))
            continue;
        Candidate c;
        c.match.role = Role::Provided;
        c.match.start = c.match.agentStart = m.capturedStart(1);
        c.match.agentEnd = m.capturedEnd(1);
        c.match.end = m.capturedEnd(0);
        c.match.agent = agent.toString();
        c.wantsDate = false;
        out.append(c);
    }

    // "(평양 조선중앙통신=연합뉴스)": place, source, agency.
    static const RE wireTag(
        uR"([(\[]\s*(?:([\p{L}\p{N}]{1,15})\s+)?([\p{L}\p{N}]{1,20})\s*=\s*([\p{L}\p{N}]{1,20})\s*[)\]])"_s,
        kOpts);
    static const RE sourceName(uR"((?:통신|신문|뉴스|방송|일보|TV|통신사)$)"_s, kOpts);
    for (const QRegularExpressionMatch &m : wireTag.globalMatch(text)) {
        if (!hasHangul(m.capturedView(3)))
            continue;
        // "(서울=연합뉴스)" names a place, not a source; "[로이터=연합뉴스]" is a photo credit.
        const QStringView single = m.capturedView(2);
        if (!m.hasCaptured(1) && text[m.capturedStart(0)] != u'['
            && !sourceName.match(single).hasMatch() && hasHangul(single))
            continue;
        Candidate source;
        source.match.role = Role::Released;
        source.match.start = m.capturedStart(0);
        source.match.agentStart = m.capturedStart(2);
        source.match.agentEnd = source.match.end = m.capturedEnd(2);
        source.match.agent = m.captured(2);
        source.wantsDate = false;
        out.append(source);
        Candidate agency;
        agency.match.role = Role::Via;
        agency.match.start = text.indexOf(u'=', m.capturedEnd(2));
        agency.match.agentStart = m.capturedStart(3);
        agency.match.agentEnd = m.capturedEnd(3);
        agency.match.end = m.capturedEnd(0);
        agency.match.agent = m.captured(3);
        agency.wantsDate = false;
        out.append(agency);
    }
}

/** True if nothing between the phrase and a date ends the clause. */
bool sameClause(QStringView gap)
{
    if (gap.size() > kMaxDateGap)
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < gap.size(); ++i) {
        const QChar c = gap[i];
        if (c == u';' || c == u'\n')
            return false;
        if (c == u'(' || c == u'[')
            ++depth;
        if ((c == u')' || c == u']') && --depth < 0)
            return false;
        if ((c == u'.' || c == u'!' || c == u'?') && (i + 1 == gap.size() || gap[i + 1].isSpace()))
            return false;
    }
    return true;
}

void attachDate(QStringView text, ReleaseFinder::Match &m, qsizetype limit)
{
    const qsizetype to = qMin(limit, m.end + kMaxDateGap + kDateLength);
    if (to <= m.end)
        return;
    const QList<DateFinder::Match> dates = datesIn(text, m.end, to);
    if (dates.isEmpty())
        return;
    const DateFinder::Match &d = dates.first();
    if (!sameClause(text.mid(m.end, d.start - m.end)))
        return;
    m.date = d;
    m.end = d.end;
}

} // namespace

QList<ReleaseFinder::Match> ReleaseFinder::find(QStringView text, QStringView credit)
{
    QList<Candidate> candidates;
    findVerbPhrases(text, candidates);
    findCreditForms(text, candidates);
    findKorean(text, candidates);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         if (a.match.start != b.match.start)
                             return a.match.start < b.match.start;
                         return a.match.end > b.match.end;
                     });
    QList<Candidate> kept;
    for (const Candidate &c : std::as_const(candidates)) {
        if (kept.isEmpty() || c.match.start >= kept.last().match.end)
            kept.append(c);
    }

    static const RE allCapitals(uR"(^[A-Z]{2,10}$)"_s);
    const QStringView creditWord = credit.trimmed();
    const bool creditIsCapitals = allCapitals.match(creditWord).hasMatch();

    QList<Match> out;
    out.reserve(kept.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        Match m = kept[i].match;
        if (kept[i].wantsDate)
            attachDate(text, m, i + 1 < kept.size() ? kept[i + 1].match.start : text.size());
        if (m.abbreviation.isEmpty() && creditIsCapitals && m.agent != creditWord
            && initials(m.agent) == creditWord)
            m.abbreviation = creditWord.toString();
        out.append(m);
    }
    return out;
}

QString ReleaseFinder::roleName(Release::Role role)
{
    switch (role) {
    case Release::Role::Released:
        return u"released"_s;
    case Release::Role::Provided:
        return u"provided"_s;
    case Release::Role::Distributed:
        return u"distributed"_s;
    case Release::Role::Handout:
        return u"handout"_s;
    case Release::Role::Via:
        return u"via"_s;
    case Release::Role::Pool:
        return u"pool"_s;
    case Release::Role::Courtesy:
        return u"courtesy"_s;
    }
    return u"released"_s;
}

} // namespace provena
