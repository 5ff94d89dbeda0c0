// SPDX-License-Identifier: MIT
#include "core/provenance/creditparser_p.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail::suggest {

namespace {

constexpr auto kOpts
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool isEmpty() const { return end <= start; }
};

bool isEdgeJunk(QChar c)
{
    return c.isSpace()
        || QStringView(u"[](){}\"'\u201c\u201d\u2018\u2019,;:|.-\u2013\u2014").contains(c);
}

Span trimmed(QStringView text, Span s)
{
    while (s.start < s.end && isEdgeJunk(text[s.start]))
        ++s.start;
    // A full stop ends "Acme Corp." as well as the sentence; keep it when it follows an initial
    // or abbreviation ("A.P."): the directory ignores dots anyway.
    while (s.end > s.start && isEdgeJunk(text[s.end - 1]) && text[s.end - 1] != u'.')
        --s.end;
    while (s.end > s.start && text[s.end - 1] == u'.'
           && !(s.end - s.start >= 2 && text[s.end - 2].isUpper()))
        --s.end;
    return s;
}

/** Cuts a match of `re` off the start (anchored with ^) or end (anchored with $) of `s`. */
bool cut(QStringView text, Span &s, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(text.mid(s.start, s.end - s.start));
    if (!m.hasMatch())
        return false;
    if (m.capturedStart() == 0)
        s.start += m.capturedEnd();
    else
        s.end = s.start + m.capturedStart();
    s = trimmed(text, s);
    return true;
}

QList<Span> splitOn(QStringView text, Span s, QChar separator)
{
    QList<Span> parts;
    qsizetype from = s.start;
    for (qsizetype i = s.start; i <= s.end; ++i) {
        if (i == s.end || text[i] == separator) {
            const Span part = trimmed(text, {from, i});
            if (!part.isEmpty())
                parts.append(part);
            from = i + 1;
        }
    }
    return parts;
}

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

/** Classifies one slash-separated token and appends the parties it names. */
void addToken(QStringView text, Span s, CreditParty::Position position,
              const AgencyDirectory &agencies, QList<CreditParty> &out)
{
    static const QRegularExpression photoBy(u"^(?:(?:photo|picture)s?\\s*(?:by|:)|фото:)\\s*"_s,
                                            kOpts);
    static const QRegularExpression photoSuffix(u"\\s+(?:photo|photos|pictures?)$"_s, kOpts);
    static const QRegularExpression fileSuffix(u"\\s*(?:자료사진|file photo|file)$"_s, kOpts);
    static const QRegularExpression provided(u"\\s*제공$"_s, kOpts);
    static const QRegularExpression courtesy(u"^courtesy(?:\\s+of)?\\s+(?:the\\s+)?"_s, kOpts);
    static const QRegularExpression reporter(u"\\s*(?:기자|특파원)$"_s, kOpts);
    static const QRegularExpression pool(u"^(?:pool|pool photo|공동취재단?)$"_s, kOpts);
    // "HO" is AFP's abbreviation: "AFP PHOTO / HO / KCNA VIA KNS".
    static const QRegularExpression handout(u"^(?:handout|ho)$"_s, kOpts);

    CreditParty party;
    party.position = position;
    cut(text, s, photoBy);
    party.photoMark = cut(text, s, photoSuffix);
    cut(text, s, fileSuffix);
    party.provided = cut(text, s, provided);
    party.courtesy = cut(text, s, courtesy);
    const bool isReporter = cut(text, s, reporter);
    if (s.isEmpty())
        return;
    const QString token = text.mid(s.start, s.end - s.start).toString();
    party.text = token;
    party.start = s.start;
    party.end = s.end;
    if (pool.match(token).hasMatch()) {
        party.kind = CreditParty::Kind::Pool;
        party.entry = agencies.find(u"pool"_s);
        out.append(party);
        return;
    }
    if (handout.match(token).hasMatch()) {
        party.kind = CreditParty::Kind::Handout;
        out.append(party);
        return;
    }
    if (const AgencyEntry *entry = agencies.resolve(token)) {
        party.kind = CreditParty::Kind::Agency;
        party.entry = entry;
        out.append(party);
        return;
    }
    // "AP 연합뉴스": AP's photo passed on by Yonhap; "평양 조선중앙통신": a place, then the agency.
    const QList<Span> words = splitOn(text, s, u' ');
    if (words.size() == 2) {
        const QString first = text.mid(words[0].start, words[0].end - words[0].start).toString();
        const QString second = text.mid(words[1].start, words[1].end - words[1].start).toString();
        const AgencyEntry *firstEntry = agencies.resolve(first);
        const AgencyEntry *secondEntry = agencies.resolve(second);
        if (secondEntry) {
            if (firstEntry && position == CreditParty::Position::Origin) {
                CreditParty maker = party;
                maker.kind = CreditParty::Kind::Agency;
                maker.entry = firstEntry;
                maker.text = first;
                maker.start = words[0].start;
                maker.end = words[0].end;
                out.append(maker);
                party.position = CreditParty::Position::Passer;
            }
            party.kind = CreditParty::Kind::Agency;
            party.entry = secondEntry;
            party.text = second;
            party.start = words[1].start;
            party.end = words[1].end;
            out.append(party);
            return;
        }
    }
    party.kind = isReporter || looksLikePerson(token, true) ? CreditParty::Kind::Person
                                                            : CreditParty::Kind::Organisation;
    out.append(party);
}

} // namespace

bool looksLikePerson(QStringView name, bool allowCapitals)
{
    // Words that name organisations, not people: "Tarsa Coast Guard", "Ministry of Defence".
    static const QRegularExpression organisational(
        u"\\b(?:agency|news|service|ministry|ministries|office|department|guard|army|navy|"
        u"police|government|press|media|tv|television|times|daily|post|herald|family|"
        u"archive|archives|museum|institute|university|council|committee|party|images|"
        u"photos?|pictures|studio|club|embassy|force|forces|command|centre|center|group|"
        u"foundation|association|corporation|corp|inc|ltd|company|bureau|desk|pool|korea|"
        u"north|south|kcna|yonhap)\\b"_s,
        kOpts);
    const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 4 || organisational.match(name).hasMatch())
        return false;
    for (QStringView w : words) {
        const QChar first = w.front();
        if (isHangul(first) || !first.isUpper())
            return false;
        // All capitals ("REUTERS", "KCTV") is an organisation's style, not a name's.
        const bool hasLower = std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLower(); });
        if (!hasLower && w.size() > 1 && !allowCapitals)
            return false;
    }
    return true;
}

QList<CreditParty> parseCredit(QStringView credit, const AgencyDirectory &agencies)
{
    static const QRegularExpression label(
        u"^(?:photo|photos|picture|image|credit|source|사진|출처|фото|источник)\\s*[:=]\\s*"_s,
        kOpts);
    static const QRegularExpression via(u"\\s+via\\s+"_s, kOpts);

    Span whole = trimmed(credit, {0, credit.size()});
    cut(credit, whole, label);
    Span origin = whole;
    Span passer;
    // "조선중앙통신=연합뉴스" (the Korean wire tag), else "KCNA via REUTERS".
    if (const qsizetype eq = credit.mid(whole.start, whole.end - whole.start).indexOf(u'=');
        eq > 0) {
        origin = trimmed(credit, {whole.start, whole.start + eq});
        passer = trimmed(credit, {whole.start + eq + 1, whole.end});
    } else if (const QRegularExpressionMatch m
               = via.match(credit.mid(whole.start, whole.end - whole.start));
               m.hasMatch()) {
        origin = trimmed(credit, {whole.start, whole.start + m.capturedStart()});
        passer = trimmed(credit, {whole.start + m.capturedEnd(), whole.end});
    }

    QList<CreditParty> parties;
    for (const Span &token : splitOn(credit, origin, u'/'))
        addToken(credit, token, CreditParty::Position::Origin, agencies, parties);
    for (const Span &token : splitOn(credit, passer, u'/'))
        addToken(credit, token, CreditParty::Position::Passer, agencies, parties);
    return parties;
}

} // namespace provena::detail::suggest
