// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "formats/datefinder.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace provena {

/**
 * Finds who a photo caption says released, provided or passed on the photo (see Release).
 * Positions are UTF-16 indexes into the searched text (the caption with its credit).
 *
 * Forms recognised (verbs and nouns without case):
 *  - "released|issued|published|made available by X" (Released), "provided|supplied by X"
 *    (Provided), "distributed by X" (Distributed). Only when the phrase is about a photo: a photo
 *    noun (photo, picture, image, handout, video, footage, screenshot …) stands earlier in the
 *    same clause, or the verb opens the text, a sentence or a bracket, as in a credit
 *    ("(Provided by the Unification Ministry)"). "A statement released by the ministry" is not
 *    a match. The phrase starts at "in this … photo" when that leads straight into the verb,
 *    else at the verb.
 *  - "handout photo from|by X" and "Handout via X" (Handout); "X/Handout" (Handout, agent X).
 *    "in this handout photo released by X" takes the verb's role.
 *  - "A via X" (Via, agent X, A is not reported): A is a capitalised word or a photo noun and
 *    X is followed by the end of the text or by punctuation, so "to Seoul via Beijing on
 *    Monday" is not a match.
 *  - "Pool via X", "Pool photo via|by X" (Pool); "courtesy of X", "Courtesy X" (Courtesy).
 *  - Korean "X 제공" (Provided; not "제공한", "제공했다") and the wire tag
 *    "(평양 조선중앙통신=연합뉴스)", "(AP=연합뉴스)", "[로이터=연합뉴스]": Released by the source
 * and Via the agency. A parenthesis with one Hangul name that is not an agency's ("…통신", "…뉴스",
 *    "…방송" …), "(서울=연합뉴스)", is a dateline and gives nothing. Korean forms take no date.
 *
 * Agent: after the verb, skip "the"/"a", an owner ("North Korea's") and up to four lower-case
 * adjectives ("official", "state-run"); take capitalised or caseless words joined by "of", "and",
 * "for", "the", "de" …, "&", hyphens, apostrophes and abbreviation periods ("U.S."); a word
 * followed by a full stop ends it ("Acme Corp."). Trailing lower-case descriptors ("news
 * agency", "state media") are dropped from the agent but belong to the phrase; "family",
 * "estate", "government" … stay ("the Lee family"). If no capitalised word follows (Via and Pool
 * require one), the lower-case words are the agent ("state media"). A date ends the agent.
 * Abbreviation: an all-capitals parenthesis right after the agent (and its descriptor) whose
 * first letter is the agent's, "(KCNA)"; else `credit` when it is all capitals and the initials
 * of the agent's words. Date: the first DateFinder match after the phrase in the same clause
 * (no sentence end, ";", line break or closing bracket between, at most 60 characters, and
 * before the next match). Matches come in text order without overlaps; the earlier wins.
 */
class ReleaseFinder
{
public:
    struct Match
    {
        Release::Role role = Release::Role::Released;
        qsizetype start = 0; ///< the whole phrase
        qsizetype end = 0;
        QString agent; ///< cleaned: no leading "the", no lower-case descriptor
        qsizetype agentStart = 0; ///< span of `agent` as written
        qsizetype agentEnd = 0;
        QString abbreviation; ///< "KCNA" from "(KCNA)", or from `credit` when it is the initials
        std::optional<DateFinder::Match> date; ///< the date the phrase names, if any
    };

    /** Every release phrase in `text`, in order. `credit` (may be empty) helps abbreviations. */
    static QList<Match> find(QStringView text, QStringView credit = {});

    /** "released", "provided", "distributed", "handout", "via", "pool", "courtesy". */
    static QString roleName(Release::Role role);
};

} // namespace provena
