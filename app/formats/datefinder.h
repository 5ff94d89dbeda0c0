// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace provena {

/**
 * Finds calendar dates written in English or Korean news style.
 *
 * Recognised forms: "Aug. 13", "Aug. 13, 2025", "August 13th 2025", "12 August",
 * "14 August 2025", ISO "2025-08-13", "2025.8.13", "2025/08/13", Korean "2025년 8월 13일",
 * "8월 13일" and the day alone "13일". Month names must start with a capital letter so that
 * "may 5" in running text is not a date. Positions are UTF-16 indexes into the searched text.
 */
class DateFinder
{
public:
    /** One date as written. A part that is not written is 0. */
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
        int year = 0;
        int month = 0;
        int day = 0;
    };

    /** Year and month from a "/YYYY/MM/" segment of an image URL; 0 when absent. */
    struct UrlDate
    {
        int year = 0;
        int month = 0;
    };

    /** Every date in `text`, in order, without overlaps. */
    static QList<Match> find(QStringView text);

    /**
     * The article's own date line: the whole `line` is one full date (with a year), optionally
     * after "Published", "Updated", "입력" or a weekday and followed by a time of day.
     */
    static std::optional<Match> findDateline(QStringView line);

    static UrlDate dateFromUrl(QStringView url);

    /**
     * Completes a match into a FoundDate: a missing year comes from `articleDate`, else from the
     * URL (a missing month likewise). The range is left for the caller, who knows where `text`
     * stands in the article.
     *
     * A date taken from the article's year that would fall more than 31 days after the article
     * was written is put in the year before ("Dec. 30" in a Jan. 2 story); a day-only "30일"
     * after the article's day is put in the month before.
     */
    static FoundDate resolve(const Match &match, QStringView text, const QDate &articleDate,
                             const UrlDate &urlDate);

    static QString yearSourceName(FoundDate::YearSource source);
};

} // namespace provena
