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

/**
 * Someone a caption says released, provided or passed on the photo: "in this picture released by
 * the Korean Central News Agency (KCNA) on Aug. 13", "(Yonhap via AP)", "Pool via REUTERS".
 * Found by ReleaseFinder; the provenance features turn these into suggestions.
 */
struct Release
{
    enum class Role {
        Released, ///< "released by", "issued by", "published by", "made available by"
        Provided, ///< "provided by", "supplied by", "X 제공"
        Distributed, ///< "distributed by"
        Handout, ///< "handout photo from X", "X/Handout", "Handout via X"
        Via, ///< "… via AP": the agency that passed the photo on
        Pool, ///< "Pool via REUTERS", "Pool photo by X"
        Courtesy ///< "courtesy of X"
    };

    QString agent; ///< as written, without "the" and lower-case descriptors ("news agency")
    QString agentAbbreviation; ///< "KCNA" when the text gives one, else empty
    Role role = Role::Released;
    FoundDate date; ///< the date the phrase names; invalid date and empty text when none
    TextRange agentRange; ///< where `agent` stands in the article (code points)
    TextRange range; ///< the whole phrase in the article (code points)
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
    /** Where the caption was taken from (see docs/inspect-json.md for the order). */
    enum class CaptionSource {
        None,
        Figcaption, ///< the <figcaption> of the image's <figure>
        FollowingLine, ///< a line (or paragraph) right below the image that reads as a caption
        Alt, ///< the alt text
        Title ///< the Markdown or HTML title
    };
    CaptionSource captionSource = CaptionSource::None;
    QList<FoundDate> dates; ///< dates named in the caption
    QList<Release> releases; ///< who the caption says released or passed on the photo
    /**
     * Absolute path of the local file Provena reads, empty when unresolved (fetching is a
     * separate step) or when the file lies outside the article's folder and that was not allowed.
     */
    QString localPath;

    /** Where the reference leads on this machine (ImageResolver, docs/file-policy.md, "Images
     * outside the article's folder"). */
    enum class Location {
        NotFound, ///< no local file: a remote image not fetched yet, or the file is gone
        Local, ///< a file inside the article's folder tree (`localPath`)
        OutsideFolder ///< leads outside the article's folder tree (`outsidePath`)
    };
    /** How an OutsideFolder reference leaves the article's folder tree. */
    enum class Escape {
        None,
        ParentSegment, ///< "../x.jpg", also written as "%2E%2E/"
        AbsolutePath, ///< "/etc/passwd"
        FileUrl, ///< "file:///etc/passwd"
        EncodedSeparator, ///< "%2F" or "%5C" inside a file name: "a%2F..%2Fx.jpg"
        Symlink ///< a link inside the folder (or the folder on the way) that points out of it
    };
    Location location = Location::NotFound;
    Escape escape = Escape::None; ///< set for OutsideFolder only
    /**
     * For OutsideFolder: the absolute, cleaned path the reference leads to (links resolved when
     * it exists). It is read (and equals `localPath`) only when reading outside was allowed.
     */
    QString outsidePath;
};

/** A paragraph of body text. */
struct Paragraph
{
    TextRange range;
};

/** A heading other than the title (Markdown "## …" or setext). */
struct Heading
{
    int level = 2; ///< 1 to 6
    TextRange range; ///< the heading's text, without the "#" markers
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

/** Part of the text the parser could not read in full: reported, never dropped in silence. */
struct ParseWarning
{
    QString kind; ///< stable, for machines: "html-too-deep"
    QString
        message; ///< for people (translated): "HTML nested deeper than 400 levels at line 12: …"
    int line = 0; ///< 1-based line in the article
    TextRange range; ///< where it starts (code points; empty range)
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
    /** "extension" when the file name decided the format, "content" when the text did. */
    QString formatDetectedFrom;
    QString text; ///< decoded content
    QString title;
    TextRange titleRange;
    QList<Paragraph> paragraphs;
    QList<Heading> headings; ///< sub-headings, in article order; not the title
    QList<ImageRef> images;
    Byline byline;
    QDate date; ///< the article's own date when stated
    TextRange dateRange;
    QList<ParseWarning> warnings; ///< what the parser could not read in full, in text order
};

} // namespace provena
