// SPDX-License-Identifier: MIT
#include "formats/articlereader.h"

#include "core/io/fileaccess.h"
#include "formats/articleparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

// Messages under the "ArticleReader" context; lupdate reads the context from the macro.
struct ArticleReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleReader)
};

// Line and column (1-based, in characters) of byte `offset`, for the detail text. Only called
// on errors, so the cost of decoding the prefix does not matter.
QString position(const QByteArray &bytes, qsizetype offset, qsizetype skip = 0)
{
    const QByteArray before = bytes.mid(skip, offset - skip);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return ArticleReaderText::tr("line %1, column %2").arg(line).arg(column);
}

Error byteError(const QString &path, qsizetype offset, const QString &what,
                const QString &detail = {})
{
    return Error {ArticleReaderText::tr("byte %1: %2").arg(offset).arg(what), detail, path};
}

Error notText(const QString &path, const QString &why)
{
    return Error {ArticleReaderText::tr("not a text file"), why, path};
}

// Index of the first byte that does not continue valid UTF-8 (overlongs, surrogates and values
// above U+10FFFF are invalid too), or -1. `sawMultiByte` tells whether any non-ASCII sequence
// was valid before that point.
qsizetype firstInvalidUtf8(const unsigned char *data, qsizetype size, qsizetype from,
                           bool &sawMultiByte)
{
    sawMultiByte = false;
    qsizetype i = from;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need;
        unsigned min;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + need >= size)
            return i; // truncated at the end
        for (int k = 1; k <= need; ++k) {
            const unsigned char cc = data[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        sawMultiByte = true;
        i += need + 1;
    }
    return -1;
}

Result<DecodedText> decodeUtf16(const QByteArray &bytes, bool bigEndian, const QString &path)
{
    const auto *d = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    if ((size - 2) % 2 != 0)
        return byteError(path, size - 1,
                         ArticleReaderText::tr("odd number of bytes in UTF-16 text"));
    QString text(static_cast<qsizetype>((size - 2) / 2), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 2, k = 0; i < size; i += 2, ++k) {
        const char16_t u
            = bigEndian ? char16_t((d[i] << 8) | d[i + 1]) : char16_t((d[i + 1] << 8) | d[i]);
        if (u == 0)
            return notText(path, ArticleReaderText::tr("NUL character at byte %1").arg(i));
        out[k] = QChar(u);
    }
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c.isHighSurrogate() && k + 1 < text.size() && text.at(k + 1).isLowSurrogate()) {
            ++k;
            continue;
        }
        if (c.isSurrogate())
            return byteError(path, 2 + 2 * k, ArticleReaderText::tr("unpaired UTF-16 surrogate"),
                             position(bytes, 2 + 2 * k, 2));
    }
    return DecodedText {text, bigEndian ? u"UTF-16BE"_s : u"UTF-16LE"_s, true};
}

struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

Result<DecodedText> decodeLegacy(const QByteArray &bytes, const char *icuName,
                                 const QString &encodingName, const QString &path)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(icuName, &status));
    if (U_FAILURE(status) || !converter)
        return Error {ArticleReaderText::tr("cannot decode %1 text").arg(encodingName),
                      QString::fromLatin1(u_errorName(status)), path};
    // Stop at the first unmappable or illegal byte instead of inventing U+FFFD.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    QString text(bytes.size(), Qt::Uninitialized); // a legacy byte never yields more than one unit
    auto *target = reinterpret_cast<UChar *>(text.data());
    UChar *const targetStart = target;
    const char *source = bytes.constData();
    const char *const sourceStart = source;
    ucnv_toUnicode(converter.get(), &target, target + text.size(), &source, source + bytes.size(),
                   nullptr, true, &status);
    if (U_FAILURE(status)) {
        // `source` has moved past the bad bytes; ask how many it holds back.
        char bad[32];
        int8_t badLength = sizeof bad;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), bad, &badLength, &ignored);
        const qsizetype offset = (source - sourceStart) - qMax<int8_t>(badLength, 0);
        return byteError(path, offset,
                         ArticleReaderText::tr("invalid %1 sequence").arg(encodingName),
                         QString::fromLatin1(u_errorName(status)));
    }
    text.truncate(target - targetStart);
    return DecodedText {text, encodingName, false};
}

// Control characters other than tab, line ends, form feed and ESC are rare in text.
bool looksBinary(const QByteArray &bytes, qsizetype &nulAt)
{
    nulAt = bytes.indexOf('\0');
    if (nulAt >= 0)
        return true;
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    return controls > 8 && controls * 100 > probe;
}

// Markdown image syntax: "![alt](target)", or "![alt][ref]" when the text has a link reference
// definition (so that "![sic][1]" in prose stays text). Alt text may hold brackets ("… [KCNA]");
// each "![" is followed for at most kMaxAlt characters, so that the scan stays linear.
template<typename HasDefinition>
bool hasMarkdownImage(QStringView text, HasDefinition hasDefinition)
{
    constexpr qsizetype kMaxAlt = 4000;
    const qsizetype n = text.size();
    for (qsizetype i = text.indexOf(u"!["); i >= 0; i = text.indexOf(u"![", i + 2)) {
        const qsizetype limit = qMin(n, i + 2 + kMaxAlt);
        qsizetype j = i + 2;
        int depth = 0;
        for (; j < limit; ++j) {
            const QChar c = text[j];
            if (c == u'\\') {
                ++j;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']') {
                if (depth-- == 0)
                    break;
            }
        }
        if (j + 1 >= n || j >= limit)
            continue;
        if (text[j + 1] == u'(') {
            qsizetype k = j + 2;
            while (k < n && (text[k] == u' ' || text[k] == u'<'))
                ++k;
            if (k < n && text[k] != u')' && !text[k].isSpace())
                return true;
        } else if (text[j + 1] == u'[' && hasDefinition()) {
            return true;
        }
    }
    return false;
}

} // namespace

QString ArticleReader::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md"_s || suffix == u"markdown"_s || suffix == u"mdown"_s || suffix == u"mkd"_s)
        return u"markdown"_s;
    return u"text"_s;
}

ArticleReader::FormatChoice ArticleReader::detectFormat(const QString &path, QStringView text)
{
    if (formatForPath(path) == u"markdown"_s)
        return {u"markdown"_s, u"extension"_s};
    static const QRegularExpression definition(uR"((?m)^ {0,3}\[[^\]\n]+\]:\s*\S)"_s);
    static const QRegularExpression imgTag(uR"(<img\b)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const bool markdown = hasMarkdownImage(text, [&] { return definition.match(text).hasMatch(); })
        || (text.contains(u'<') && imgTag.match(text).hasMatch());
    if (markdown)
        return {u"markdown"_s, u"content"_s};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool textSuffix = suffix == u"txt"_s || suffix == u"text"_s;
    return {u"text"_s, textSuffix ? u"extension"_s : u"content"_s};
}

Result<DecodedText> ArticleReader::decode(const QByteArray &bytes, const QString &pathForErrors)
{
    const QString &path = pathForErrors;
    if (bytes.isEmpty())
        return DecodedText {QString(), u"UTF-8"_s, false};
    if (bytes.size() > kMaxFileSize)
        return Error {ArticleReaderText::tr("the file is larger than %1 MiB")
                          .arg(kMaxFileSize / (1024 * 1024)),
                      ArticleReaderText::tr("%1 bytes").arg(bytes.size()), path};

    const auto *d = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (bytes.size() >= 4 && d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0)
        return Error {ArticleReaderText::tr("UTF-32 text is not supported"),
                      ArticleReaderText::tr("convert the file to UTF-8"), path};
    if (bytes.size() >= 2 && d[0] == 0xFF && d[1] == 0xFE)
        return decodeUtf16(bytes, false, path);
    if (bytes.size() >= 2 && d[0] == 0xFE && d[1] == 0xFF)
        return decodeUtf16(bytes, true, path);

    const bool bom = bytes.size() >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF;
    qsizetype nulAt = -1;
    if (looksBinary(bytes, nulAt))
        return notText(path,
                       nulAt >= 0 ? ArticleReaderText::tr("NUL byte at byte %1").arg(nulAt)
                                  : ArticleReaderText::tr("too many control characters"));

    const qsizetype from = bom ? 3 : 0;
    bool sawMultiByte = false;
    const qsizetype bad = firstInvalidUtf8(d, bytes.size(), from, sawMultiByte);
    if (bad < 0)
        return DecodedText {QString::fromUtf8(bytes.constData() + from, bytes.size() - from),
                            u"UTF-8"_s, bom};
    if (bom || sawMultiByte)
        return byteError(path, bad, ArticleReaderText::tr("invalid UTF-8 sequence"),
                         position(bytes, bad, from));

    std::unique_ptr<uchardet, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                   &uchardet_delete);
    uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size()));
    uchardet_data_end(detector.get());
    const QString charset = QString::fromLatin1(uchardet_get_charset(detector.get())).toUpper();

    struct Known
    {
        const char *uchardetName;
        const char *icuName;
        const char *reportedName;
    };
    static const Known kKnown[] = {
        // windows-949 is a superset of EUC-KR (ICU's "CP949" is IBM's, a different table).
        {"EUC-KR", "windows-949", "EUC-KR"},
        {"UHC", "windows-949", "CP949"},
        {"CP949", "windows-949", "CP949"},
        {"SHIFT_JIS", "Shift_JIS", "Shift_JIS"},
        {"EUC-JP", "EUC-JP", "EUC-JP"},
        {"GB18030", "GB18030", "GB18030"},
        {"BIG5", "Big5", "Big5"},
        {"WINDOWS-1251", "windows-1251", "windows-1251"},
        {"KOI8-R", "KOI8-R", "KOI8-R"},
    };
    for (const Known &k : kKnown) {
        if (charset == QLatin1String(k.uchardetName))
            return decodeLegacy(bytes, k.icuName, QString::fromLatin1(k.reportedName), path);
    }
    return byteError(
        path, bad, ArticleReaderText::tr("invalid UTF-8 sequence"),
        charset.isEmpty() ? position(bytes, bad)
                          : position(bytes, bad)
                + ArticleReaderText::tr("; looks like %1, which is not read").arg(charset));
}

Result<Article> ArticleReader::readFile(const QString &path, const ReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Error {ArticleReaderText::tr("no such file"), {}, path};
    // A regular file that says it is too large is refused without reading it.
    if (info.isFile() && info.size() > kMaxFileSize)
        return Error {ArticleReaderText::tr("the file is larger than %1 MiB")
                          .arg(kMaxFileSize / (1024 * 1024)),
                      ArticleReaderText::tr("%1 bytes").arg(info.size()), path};
    // Links, FIFOs, devices and folders are FileAccess's to refuse; its limit holds while
    // reading, for a file that grows or a device that reports a size of 0.
    const Result<QByteArray> read
        = FileAccess::readRegularFile(path, kMaxFileSize, ArticleReaderText::tr("The article"));
    if (!read)
        return read.error();
    const QByteArray &bytes = read.value();

    Result<DecodedText> decoded = decode(bytes, path);
    if (!decoded)
        return decoded.error();
    const FormatChoice format = detectFormat(path, decoded->text);
    Article article
        = ArticleParser::parse(decoded->text, format.format, info.absoluteFilePath(), options);
    article.formatDetectedFrom = format.detectedFrom;
    article.encoding = decoded->encoding;
    article.hadBom = decoded->hadBom;
    return article;
}

} // namespace provena
