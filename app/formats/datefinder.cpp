// SPDX-License-Identifier: MIT
#include "formats/datefinder.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

// \b before the optional dot: "Aug." and "Aug" both end the word at "g".
const QString kMonth
    = uR"((Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?)"_s;

int monthNumber(QStringView name)
{
    static const char *const kNames[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(kNames[i]))
            return i + 1;
    }
    return 0;
}

bool isFullMonthName(QStringView name)
{
    return name.size() >= 5 || name.compare(u"May"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"June"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"July"_s, Qt::CaseInsensitive) == 0;
}

int toInt(const QRegularExpressionMatch &m, int group)
{
    return m.capturedLength(group) > 0 ? m.capturedView(group).toInt() : 0;
}

bool plausible(const DateFinder::Match &m)
{
    if (m.month < 0 || m.month > 12 || m.day < 1 || m.day > 31)
        return false;
    if (m.year != 0 && (m.year < 1800 || m.year > 2200))
        return false;
    if (m.year != 0 && m.month != 0)
        return QDate(m.year, m.month, m.day).isValid();
    if (m.month != 0)
        return QDate(2024, m.month, m.day).isValid(); // a leap year: "Feb. 29" may be right
    return true;
}

} // namespace

QList<DateFinder::Match> DateFinder::find(QStringView text)
{
    using RE = QRegularExpression;
    const auto opts = RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption;
    // "Aug. 13, 2025", "August 13th 2025", "Aug. 13"
    static const RE monthFirst(
        u"\\b"_s + kMonth
            + uR"(\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![:.]\d)(?:,?\s+(\d{4})(?!\d))?)"_s,
        opts);
    // "12 August", "14 August 2025", "1st of May"
    static const RE dayFirst(uR"((?<![\d.,:])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)"_s + kMonth
                                 + uR"((?:,?\s+(\d{4})(?!\d))?)"_s,
                             opts);
    // "2025-08-13", "2025.8.13", "2025/08/13"
    static const RE numeric(uR"((?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d]))"_s, opts);
    // "2025년 8월 13일", "8월 13일", "13일"
    static const RE korean(uR"((?<!\d)(?:(\d{4})\s*년\s*)?(?:(\d{1,2})\s*월\s*)?(\d{1,2})\s*일)"_s,
                           opts);

    QList<Match> found;
    auto collect = [&](const RE &re, auto fill) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            Match d;
            d.start = m.capturedStart(0);
            d.end = m.capturedEnd(0);
            if (fill(m, d) && plausible(d))
                found.append(d);
        }
    };
    collect(monthFirst, [](const QRegularExpressionMatch &m, Match &d) {
        if (!m.capturedView(1).front().isUpper())
            return false;
        d.month = monthNumber(m.capturedView(1));
        d.day = toInt(m, 2);
        d.year = toInt(m, 3);
        return true;
    });
    collect(dayFirst, [](const QRegularExpressionMatch &m, Match &d) {
        if (!m.capturedView(2).front().isUpper())
            return false;
        d.day = toInt(m, 1);
        d.month = monthNumber(m.capturedView(2));
        d.year = toInt(m, 3);
        // "12 August." ends a sentence; only abbreviations own their dot.
        if (d.year == 0 && m.capturedView(0).endsWith(u'.') && isFullMonthName(m.capturedView(2)))
            --d.end;
        return true;
    });
    collect(numeric, [](const QRegularExpressionMatch &m, Match &d) {
        d.year = toInt(m, 1);
        d.month = toInt(m, 3);
        d.day = toInt(m, 4);
        return d.month >= 1; // ISO needs all three parts
    });
    collect(korean, [](const QRegularExpressionMatch &m, Match &d) {
        d.year = toInt(m, 1);
        d.month = toInt(m, 2);
        d.day = toInt(m, 3);
        // "2025년 13일" is not a date form anyone writes; a year needs its month.
        return !(d.year != 0 && d.month == 0);
    });

    // Longest first, then drop any match overlapping one already kept.
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        return a.start < b.start;
    });
    QList<Match> kept;
    for (const Match &m : std::as_const(found)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const Match &k) {
            return m.start < k.end && k.start < m.end;
        });
        if (!overlaps)
            kept.append(m);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Match &a, const Match &b) { return a.start < b.start; });
    return kept;
}

std::optional<DateFinder::Match> DateFinder::findDateline(QStringView line)
{
    using RE = QRegularExpression;
    if (line.size() > 120)
        return std::nullopt;
    static const RE prefix(
        uR"(^\s*(?:(?:First published|Last updated|Published|Updated|Posted|Dated|Date|기사입력|최종수정|입력|수정|송고시간|송고|등록|발행)\s*(?:on\s+)?[:：]?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?)"_s,
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    static const RE rest(
        uR"(^[\s,.|·–—-]*(?:(?:at\s+)?(?:오전|오후)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:\(?[A-Za-z]{2,5}\)?)?)?[\s.]*$)"_s,
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);

    const QRegularExpressionMatch p = prefix.match(line);
    const qsizetype from = p.hasMatch() ? p.capturedEnd(0) : 0;
    const QList<Match> dates = find(line.mid(from));
    if (dates.isEmpty())
        return std::nullopt;
    Match m = dates.first();
    if (m.start != 0 || m.year == 0 || m.month == 0)
        return std::nullopt;
    if (!rest.match(line.mid(from + m.end)).hasMatch())
        return std::nullopt;
    m.start += from;
    m.end += from;
    return m;
}

DateFinder::UrlDate DateFinder::dateFromUrl(QStringView url)
{
    static const QRegularExpression re(uR"(/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?:/|$))"_s);
    const QRegularExpressionMatch m = re.match(url);
    if (!m.hasMatch())
        return {};
    return {m.capturedView(1).toInt(), m.capturedView(2).toInt()};
}

FoundDate DateFinder::resolve(const Match &match, QStringView text, const QDate &articleDate,
                              const UrlDate &urlDate)
{
    FoundDate out;
    out.text = text.mid(match.start, match.end - match.start).toString();
    int year = match.year;
    int month = match.month;
    if (year != 0 && month != 0) {
        out.date = QDate(year, month, match.day);
        out.yearSource = FoundDate::YearSource::Stated;
        return out;
    }
    if (articleDate.isValid()) {
        out.yearSource = FoundDate::YearSource::ArticleDate;
        if (month == 0) {
            QDate d(articleDate.year(), articleDate.month(), 1);
            if (match.day > articleDate.day())
                d = d.addMonths(-1);
            year = d.year();
            month = d.month();
        } else {
            year = articleDate.year();
            const QDate candidate(year, month,
                                  qMin(match.day, QDate(year, month, 1).daysInMonth()));
            if (candidate > articleDate.addDays(31))
                --year;
        }
    } else if (urlDate.year != 0 && (month != 0 || urlDate.month != 0)) {
        out.yearSource = FoundDate::YearSource::ImageUrl;
        year = urlDate.year;
        if (month == 0)
            month = urlDate.month;
    } else {
        out.yearSource = FoundDate::YearSource::Unknown;
        return out;
    }
    out.date = QDate(year, month, match.day);
    if (!out.date.isValid()) // "Feb. 29" in a year without one
        out.yearSource = FoundDate::YearSource::Unknown;
    return out;
}

QString DateFinder::yearSourceName(FoundDate::YearSource source)
{
    switch (source) {
    case FoundDate::YearSource::Stated:
        return u"stated"_s;
    case FoundDate::YearSource::ArticleDate:
        return u"articleDate"_s;
    case FoundDate::YearSource::ImageUrl:
        return u"imageUrl"_s;
    case FoundDate::YearSource::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace provena
