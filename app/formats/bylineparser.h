// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace provena {

/**
 * Recognises a byline in one line of an article.
 *
 * Forms: "BY JANE DOE [jane@paper.example]", "By Jane Doe, Staff Reporter",
 * "By Jane Doe and John Roe, Reuters", "Jane Doe / Reuters", the Korean wire opening
 * "(서울=연합뉴스) 홍길동 기자 =" (which may start the first paragraph) and the Korean sign-off
 * "홍길동 기자 hong@yna.co.kr". Names written all in capitals are proper-cased ("MINA SEO" →
 * "Mina Seo"); others are kept as written. Job titles ("Staff Reporter") are dropped; a known
 * agency or a publication name becomes the organisation.
 */
class BylineParser
{
public:
    struct Match
    {
        QStringList authors;
        QStringList emails;
        QString organisation;
        qsizetype start = 0; ///< UTF-16 span of the byline in the line
        qsizetype end = 0;
    };

    static std::optional<Match> parse(QStringView line);

    /** "MINA SEO" → "Mina Seo", "JEAN-PAUL O'NEIL" → "Jean-Paul O'Neil"; mixed case is kept. */
    static QString properCase(QStringView name);
};

} // namespace provena
