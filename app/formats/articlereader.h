// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/article.h"
#include "formats/readoptions.h"

#include <QByteArray>
#include <QString>

namespace provena {

/** The text of an article file after decoding, and how it was encoded. */
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "EUC-KR", "CP949", …
    bool hadBom = false;
};

/**
 * Reads article files from disk: checks size, decodes, and hands the text to ArticleParser.
 *
 * Decoding rules:
 *  - A BOM decides: EF BB BF is UTF-8, FF FE is UTF-16LE, FE FF is UTF-16BE (UTF-32 is refused).
 *  - Without a BOM, a NUL byte or many control characters mean "not a text file".
 *  - Valid UTF-8 is UTF-8. Otherwise, if the bytes before the first bad one held no valid
 *    multi-byte UTF-8 sequence, uchardet is asked; a multi-byte legacy encoding it names
 *    (EUC-KR/CP949 (decoded as windows-949), Shift_JIS, EUC-JP, GB18030, Big5) or a Cyrillic one
 *    (windows-1251, KOI8-R) is decoded strictly with ICU. Western single-byte guesses
 *    (windows-1252, ISO-8859-1) are not taken: they accept any bytes, so a damaged UTF-8 file
 *    would be read as garbage without a word. Everything else is an Error naming the byte offset.
 * Offsets in errors count bytes from the start of the file (BOM included).
 */
class ArticleReader
{
public:
    /** Files larger than this are refused (256 MiB), while reading if not before. */
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

    /**
     * Reads, decodes and parses `path`, in the format detectFormat chooses; `options` go to
     * ArticleParser::parse.
     */
    static Result<Article> readFile(const QString &path, const ReadOptions &options = {});

    /** Decodes file content. `pathForErrors` only goes into Error::path. */
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &pathForErrors);

    /** "markdown" for .md/.markdown/.mdown/.mkd, else "text". */
    static QString formatForPath(const QString &path);

    struct FormatChoice
    {
        QString format; ///< "markdown" or "text"
        QString detectedFrom; ///< "extension" or "content"
    };

    /**
     * The format to read `text` in. A Markdown extension decides. Otherwise (.txt, no or another
     * extension) the text decides: Markdown image syntax (`![…](…)`, `![…][ref]` with its
     * definition) or an HTML `<img` make it Markdown, since articles saved from the web keep
     * their images that way; else it is plain text ("extension" for .txt/.text, else "content").
     */
    static FormatChoice detectFormat(const QString &path, QStringView text);
};

} // namespace provena
