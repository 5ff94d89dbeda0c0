// SPDX-License-Identifier: MIT
#include "formats/bylineparser.h"

#include "formats/creditsplitter.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

constexpr auto kOpts = QRegularExpression::UseUnicodePropertiesOption;

const QString kEmail = uR"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"_s;

bool isJobTitle(QStringView part)
{
    static const QRegularExpression re(
        uR"(\b(?:reporter|correspondent|writer|editor|staff|bureau|chief|contributor|columnist|photographer|analyst|producer|intern|special to)\b|기자|특파원)"_s,
        QRegularExpression::CaseInsensitiveOption | kOpts);
    return re.match(part).hasMatch();
}

// The first part after "By" is the name unless it is nothing but a job title ("Staff Writer"):
// "BY TEST WRITER" is someone's name.
bool isOnlyJobTitle(QStringView part)
{
    static const QRegularExpression re(
        uR"(^(?:\s*(?:senior|staff|chief|special|foreign|political|national|reporter|correspondent|writer|editor|bureau|contributor|contributing|columnist|photographer|analyst|producer|intern|to|the|and|our)\b)+\s*$|기자|특파원)"_s,
        QRegularExpression::CaseInsensitiveOption | kOpts);
    return re.match(part).hasMatch();
}

bool isOrganisation(QStringView part)
{
    static const QRegularExpression re(
        uR"(\b(?:News|Times|Post|Agency|Press|Daily|Herald|Journal|Tribune|Gazette|Telegraph|Guardian|Wire|Service|Desk|Media|Broadcasting|Network|Radio|TV)\b|뉴스|신문|방송|통신)"_s,
        kOpts);
    return CreditSplitter::looksLikeCredit(part) || re.match(part).hasMatch();
}

// A person's name: one to five words, each starting with an upper-case or caseless letter.
bool isName(QStringView name)
{
    static const QRegularExpression re(
        uR"(^(?:\p{Lu}|\p{Lo})[\p{L}\p{M}.'’-]*(?:\s+(?:(?:\p{Lu}|\p{Lo})[\p{L}\p{M}.'’-]*|van|von|de|da|der|bin|al|la|le))*$)"_s,
        kOpts);
    const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
    return !words.isEmpty() && words.size() <= 5 && re.match(name).hasMatch();
}

QStringList splitNames(QStringView names)
{
    static const QRegularExpression sep(uR"(\s*,\s*|\s+and\s+|\s*&\s*|\s*·\s*)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (QStringView n : names.split(sep, Qt::SkipEmptyParts))
        out.append(BylineParser::properCase(n.trimmed()));
    return out;
}

// "By …": the part after "by", emails removed, split into names and organisation.
std::optional<BylineParser::Match> parseByForm(QStringView line)
{
    static const QRegularExpression by(uR"(^[\s*_]*(?:BY|By|by)[:\s]\s*(.+?)[\s*_]*$)"_s, kOpts);
    const QRegularExpressionMatch m = by.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    BylineParser::Match out;
    out.start = m.capturedStart(0);
    while (out.start < line.size()
           && (line[out.start].isSpace() || line[out.start] == u'*' || line[out.start] == u'_'))
        ++out.start;
    out.end = m.capturedEnd(1);

    QString rest = m.captured(1);
    static const QRegularExpression email(kEmail, kOpts);
    for (const QRegularExpressionMatch &e : email.globalMatch(rest))
        out.emails.append(e.captured(0));
    // Drop the e-mails with whatever bracket holds them.
    static const QRegularExpression emailGroup(
        uR"([\[<(]?\s*(?:mailto:)?)"_s + kEmail + uR"(\s*[\]>)]?)"_s, kOpts);
    rest.remove(emailGroup);

    static const QRegularExpression orgSep(uR"(\s+[|/—–-]\s+|\s*\|\s*)"_s);
    const QList<QStringView> parts = QStringView(rest).split(orgSep, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return out.emails.isEmpty() ? std::nullopt : std::optional(out);
    static const QRegularExpression comma(uR"(\s*,\s*)"_s);
    const QList<QStringView> pieces = parts.first().split(comma, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringView piece = pieces.at(i).trimmed();
        if (i == 0 ? isOnlyJobTitle(piece) : isJobTitle(piece))
            continue;
        if (i > 0 && isOrganisation(piece)) {
            if (out.organisation.isEmpty())
                out.organisation = piece.toString();
            continue;
        }
        // "By JANE ROE Associated Press": a name in capitals, then the organisation.
        static const QRegularExpression capsThenOrg(
            uR"(^((?:\p{Lu}[\p{Lu}.'’-]*\s+)*\p{Lu}[\p{Lu}.'’-]*)\s+(\p{Lu}\p{Ll}.*)$)"_s, kOpts);
        if (const QRegularExpressionMatch m = capsThenOrg.match(piece); i == 0 && m.hasMatch()
            && isOrganisation(m.capturedView(2)) && m.capturedView(1).contains(u' ')) {
            out.authors.append(BylineParser::properCase(m.capturedView(1)));
            if (out.organisation.isEmpty())
                out.organisation = m.captured(2);
            continue;
        }
        const QStringList names = splitNames(piece);
        for (const QString &n : names) {
            if (!isName(n))
                return std::nullopt; // "By the time we arrived, …" is prose, not a byline
            out.authors.append(n);
        }
    }
    for (qsizetype i = 1; i < parts.size() && out.organisation.isEmpty(); ++i) {
        const QStringView piece = parts.at(i).trimmed();
        if (!isJobTitle(piece) && !piece.isEmpty())
            out.organisation = piece.toString();
    }
    if (out.authors.isEmpty() && out.emails.isEmpty())
        return std::nullopt;
    return out;
}

// "Jane Doe / Reuters"
std::optional<BylineParser::Match> parseSlashForm(QStringView line)
{
    static const QRegularExpression re(uR"(^\s*([^/]{3,60}?)\s+/\s+([^/]{2,60}?)\s*$)"_s, kOpts);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = BylineParser::properCase(m.capturedView(1));
    const QStringView org = m.capturedView(2);
    if (!isName(name) || name.split(u' ', Qt::SkipEmptyParts).size() < 2 || !isOrganisation(org))
        return std::nullopt;
    BylineParser::Match out;
    out.authors = {name};
    out.organisation = org.toString();
    out.start = m.capturedStart(1);
    out.end = m.capturedEnd(2);
    return out;
}

// "(서울=연합뉴스) 홍길동 김철수 기자 =" opening a Korean wire story.
std::optional<BylineParser::Match> parseKoreanWire(QStringView line)
{
    static const QRegularExpression re(
        uR"(^\s*\(\s*[^()=]{1,20}?\s*=\s*([^()=]{1,30}?)\s*\)\s*((?:[가-힣]{2,5}[\s,·]*){1,5}?)\s*(?:기자|특파원|통신원|객원기자)\s*=)"_s,
        kOpts);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    BylineParser::Match out;
    out.organisation = m.captured(1);
    static const QRegularExpression sep(uR"([\s,·]+)"_s);
    for (QStringView n : m.capturedView(2).split(sep, Qt::SkipEmptyParts))
        out.authors.append(n.toString());
    out.start = m.capturedStart(0);
    while (out.start < line.size() && line[out.start].isSpace())
        ++out.start;
    out.end = m.capturedEnd(0);
    return out;
}

// "홍길동 기자 hong@yna.co.kr" closing a Korean story.
std::optional<BylineParser::Match> parseKoreanSignOff(QStringView line)
{
    static const QRegularExpression re(uR"(^\s*([가-힣]{2,5})\s*(?:기자|특파원|통신원)\s*=?\s*()"_s
                                           + kEmail + uR"()\s*$)"_s,
                                       kOpts);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    BylineParser::Match out;
    out.authors = {m.captured(1)};
    out.emails = {m.captured(2)};
    out.start = m.capturedStart(1);
    out.end = m.capturedEnd(2);
    return out;
}

} // namespace

std::optional<BylineParser::Match> BylineParser::parse(QStringView line)
{
    if (line.size() > 300)
        return std::nullopt;
    if (auto m = parseKoreanWire(line))
        return m;
    if (auto m = parseKoreanSignOff(line))
        return m;
    if (auto m = parseByForm(line))
        return m;
    return parseSlashForm(line);
}

QString BylineParser::properCase(QStringView name)
{
    bool anyLower = false;
    bool anyUpper = false;
    for (QChar c : name) {
        anyLower = anyLower || c.isLower();
        anyUpper = anyUpper || c.isUpper();
    }
    if (anyLower || !anyUpper)
        return name.toString().simplified();
    QString out = name.toString().toLower().simplified();
    // Korean given names are romanised as hyphenated syllables written "Min-ji", not "Min-Ji";
    // such names start with the family name.
    static const QStringList kKoreanFamilyNames
        = {u"kim"_s,  u"lee"_s,   u"park"_s, u"choi"_s, u"jung"_s, u"jeong"_s, u"kang"_s, u"cho"_s,
           u"yoon"_s, u"yun"_s,   u"jang"_s, u"lim"_s,  u"han"_s,  u"oh"_s,    u"seo"_s,  u"shin"_s,
           u"kwon"_s, u"hwang"_s, u"ahn"_s,  u"song"_s, u"jeon"_s, u"hong"_s,  u"yoo"_s,  u"ko"_s,
           u"moon"_s, u"yang"_s,  u"son"_s,  u"bae"_s,  u"baek"_s, u"heo"_s,   u"nam"_s,  u"noh"_s,
           u"ha"_s,   u"kwak"_s,  u"sung"_s, u"cha"_s,  u"joo"_s,  u"woo"_s,   u"min"_s,  u"ryu"_s,
           u"rhee"_s, u"yi"_s,    u"chung"_s};
    const qsizetype firstSpace = out.indexOf(u' ');
    const bool korean = firstSpace > 0 && kKoreanFamilyNames.contains(out.left(firstSpace));
    bool startOfWord = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QChar &c = out[i];
        if (startOfWord && c.isLetter())
            c = c.toUpper();
        startOfWord
            = c.isSpace() || (c == u'-' && !(korean && i > firstSpace)) || c == u'\'' || c == u'’';
    }
    return out;
}

} // namespace provena
