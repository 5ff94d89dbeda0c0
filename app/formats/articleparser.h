// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "formats/readoptions.h"

#include <QString>

namespace provena {

/**
 * Turns decoded article text into an Article: title, paragraphs, byline, date and images.
 *
 * Markdown goes through md4c; HTML (<img>, <figure>) through gumbo. Plain text is split into
 * blocks at blank lines. All ranges in the result are code point offsets into `text`. The
 * rules for captions, credits, bylines and dates are in docs/inspect-json.md; in short:
 *  - title: the first heading (ATX or setext) in Markdown; in plain text the first block when it
 *    is a single line of at most 200 characters, not ending in a full stop, that is not a
 *    byline, a date or an image;
 *  - article date: the first line among the first ten blocks that is a full date alone
 *    (DateFinder::findDateline); byline: the first BylineParser match in those blocks, or a
 *    Korean sign-off ("홍길동 기자 hong@yna.co.kr") in the last five;
 *  - images: Markdown inline and reference images, HTML <img>, and bare image URLs alone on a
 *    line. The caption comes from, in order: lines right below an image that stands alone on its
 *    line (same block), a <figcaption>, the alt text, the title, or the next paragraph when that
 *    paragraph carries a credit or is entirely emphasised;
 *  - paragraphs: body blocks, without the title, image-only blocks, captions taken from body
 *    blocks, and blocks made only of byline and date lines.
 * Never fails: whatever cannot be understood stays plain text.
 */
class ArticleParser
{
public:
    /**
     * `format` is "markdown" or "text" (anything else is read as text). `articlePath` is used to
     * find local image files (ImageResolver, with `options`) and is stored in Article::path; it
     * may be empty.
     */
    static Article parse(const QString &text, const QString &format, const QString &articlePath,
                         const ReadOptions &options = {});
};

} // namespace provena
