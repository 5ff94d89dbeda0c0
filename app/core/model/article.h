// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/textrange.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace provena {

/** A date found in the article text (usually in a caption), with where its year came from. */
struct FoundDate
{
    enum class YearSource {
        Stated, ///< the text itself names the year ("Aug. 13, 2025", "2025년 8월 13일")
        ArticleDate, ///< taken from the article's own date
        ImageUrl, ///< taken from a /YYYY/MM/ segment of the image URL
        Unknown ///< no year could be found; `date` is invalid
    };

    QDate date;
    QString text; ///< the text as written, e.g. "Aug. 13"
    TextRange range; ///< where `text` stands in the article (code points)
    YearSource yearSource = YearSource::Unknown;
};

/** One image referenced from the article, as the article references it. */
struct ImageRef
{
    enum class Syntax {
        MarkdownInline, ///< ![alt](url "title")
        MarkdownReference, ///< ![alt][ref] with [ref]: url
        HtmlImg, ///< <img src alt>
        BareUrl ///< an image URL alone on its line
    };

    Syntax syntax = Syntax::MarkdownInline;
    QString url; ///< as written in the article: absolute URL or relative path
    QString title; ///< Markdown title or HTML title attribute
    QString altText; ///< alt text as written (may contain caption and credit)
    QString caption; ///< caption without the credit
    QString credit; ///< e.g. "KCNA", "AP", "Reuters", "AFP/Getty Images"
    TextRange sourceRange; ///< the whole image reference in the article text
    TextRange captionRange; ///< the caption (without credit) in the article text
    TextRange creditRange; ///< the credit in the article text
    QList<FoundDate> dates; ///< dates named in the caption
    /** Absolute path of the local file, empty when unresolved (fetching is a separate step). */
    QString localPath;
};

/** A paragraph of body text. */
struct Paragraph
{
    TextRange range;
};

/** Who wrote the article. */
struct Byline
{
    QStringList authors;
    QStringList emails;
    QString organisation; ///< "Reuters", "연합뉴스" … when the byline names one
    TextRange range; ///< the byline line in the article text

    bool isEmpty() const { return authors.isEmpty() && emails.isEmpty(); }
};

/**
 * An article as parsed from its text file. All ranges are code point offsets into `text`,
 * which is the decoded file content (BOM removed, line ends as in the file).
 */
struct Article
{
    QString path; ///< absolute path of the article file
    QString encoding; ///< the encoding it was read in, e.g. "UTF-8", "UTF-16LE", "EUC-KR"
    bool hadBom = false;
    QString format; ///< "markdown" or "text"
    QString text; ///< decoded content
    QString title;
    TextRange titleRange;
    QList<Paragraph> paragraphs;
    QList<ImageRef> images;
    Byline byline;
    QDate date; ///< the article's own date when stated
    TextRange dateRange;
};

} // namespace provena
