// SPDX-License-Identifier: MIT
#pragma once

// ReleaseFinder's reading of words and agents ("the Korean Central News Agency (KCNA)",
// "North Korea's official …", "Montsame news agency"): the phrase finders in releasefinder.cpp
// decide where a release is said; these functions read who.

#include "formats/datefinder.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace provena::detail::release {

inline constexpr auto kOpts = QRegularExpression::UseUnicodePropertiesOption;
inline constexpr qsizetype kMaxWordLength = 64;
inline constexpr qsizetype kMaxAgentWords = 16;
inline constexpr qsizetype kAgentWindow = 240; ///< how far after the verb the agent may run
inline constexpr qsizetype kLeadWindow = 80; ///< how far before the verb a photo noun is looked for
inline constexpr qsizetype kMaxDateGap = 60;
inline constexpr qsizetype kDateLength = 32; ///< enough for "September 13th, 2025"

// Photo nouns, for a case-insensitive group.
inline const QString kPhotoNouns = QStringLiteral(
    R"(photo(?:graph)?s?|pictures?|pics?|images?|handouts?|footage|videos?|screenshots?|snapshots?|screen\s?grabs?|frame\s?grabs?|stills)");

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

bool isWordChar(QChar c);

bool isJoiner(QChar c);

bool isCapitalised(QStringView w);

bool isLowerWord(QStringView w);

bool isPossessive(QStringView w);

bool oneOf(QStringView w, const QStringList &list);

bool isArticle(QStringView w);

bool isConnector(QStringView w);

// Lower-case words that end an agent: prepositions, verbs, time words.
bool isStopWord(QStringView w);

// Lower-case words after an agent that describe it and are dropped: "Montsame news agency".
bool isDescriptorWord(QStringView w);

// Lower-case words after an agent that are part of it: "the Lee family", "the South Korean
// government".
bool isKeepWord(QStringView w);

bool isPhotoNoun(QStringView w);

/**
 * Reads the word at or after `pos` (spaces and one line break skipped). False at punctuation,
 * at a second line break, at `limit` or for a word longer than kMaxWordLength.
 */
bool readWord(QStringView text, qsizetype pos, qsizetype limit, Word &out);

/** Reads the word that ends at or before `pos`, not looking before `floor`. */
bool readWordBefore(QStringView text, qsizetype pos, qsizetype floor, Word &out);

QList<DateFinder::Match> datesIn(QStringView text, qsizetype from, qsizetype to);

/** The agent in `words` from `begin` on; see the class comment. */
Agent agentIn(QStringView text, const QList<Word> &words, qsizetype begin, bool requireCapital,
              int depth);

/** The agent that starts at or after `pos` (a date ends it). */
Agent agentAfter(QStringView text, qsizetype pos, bool requireCapital);

/** The capitalised run that ends right before `pos`: "Korean Central News Agency" in "…/Handout".
 */
Agent agentBefore(QStringView text, qsizetype pos);

/** "(KCNA)" right after `pos`; moves `pos` past it. */
QString abbreviationAt(QStringView text, qsizetype &pos, QStringView agent);

/** Initials of the capitalised words: "KCNA" for "Korean Central News Agency". */
QString initials(QStringView agent);

QString agentText(QStringView text, const Agent &a);

} // namespace provena::detail::release
