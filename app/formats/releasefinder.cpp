// SPDX-License-Identifier: MIT
#include "formats/releasefinder.h"

#include "formats/releaseagents_p.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

using RE = QRegularExpression;
using Role = Release::Role;
using namespace detail::release;

struct Candidate
{
    ReleaseFinder::Match match;
    bool wantsDate = true;
};

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
