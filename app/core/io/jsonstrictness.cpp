// SPDX-License-Identifier: MIT
#include "core/io/jsonstrictness.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

// Header-only and used here alone: no nlohmann type appears in a Provena header, and core still
// links nothing but Qt (app/core/CMakeLists.txt).
#include <nlohmann/json.hpp>

#include <deque>
#include <exception>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace provena::JsonStrictness {

namespace {

// Messages under the "JsonStrictness" context; lupdate reads the context from the macro.
struct JsonStrictnessText
{
    Q_DECLARE_TR_FUNCTIONS(JsonStrictness)
};

using Json = nlohmann::json;

/**
 * A byte iterator that leaves, in a variable the handler can read, how far nlohmann's lexer has
 * read. The SAX interface passes no positions except to parse_error(); when key() or string()
 * is called, the lexer has just read the token's closing quote, so this tells where it ends.
 */
class TrackingIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator() = default;
    TrackingIterator(const char *at, const char **reached)
        : mAt(at)
        , mReached(reached)
    {
    }
    reference operator*() const { return *mAt; }
    TrackingIterator &operator++()
    {
        *mReached = ++mAt;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator before = *this;
        ++*this;
        return before;
    }
    friend bool operator==(const TrackingIterator &a, const TrackingIterator &b)
    {
        return a.mAt == b.mAt;
    }
    friend bool operator!=(const TrackingIterator &a, const TrackingIterator &b)
    {
        return !(a == b);
    }

private:
    const char *mAt = nullptr;
    const char **mReached = nullptr;
};

/** UTF-16 units of UTF-8 `s`: one per code point, two for those beyond the BMP. */
qsizetype utf16Length(const std::string &s)
{
    qsizetype units = 0;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

/** A key as it reads in a path: plain words as they are, anything else quoted and shortened. */
QString pathKey(const std::string &key)
{
    constexpr qsizetype kShown = 40;
    QString text = QString::fromStdString(key);
    bool plain = !text.isEmpty() && !text.front().isDigit();
    for (const QChar c : std::as_const(text)) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'@' || c == u'$' || c == u':'
              || c == u'-')) {
            plain = false;
            break;
        }
    }
    if (text.size() > kShown)
        text = text.left(kShown) + u'…';
    if (plain)
        return u'.' + text;
    text.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return QLatin1String("[\"") + text + QLatin1String("\"]");
}

/** The parser's message without its "[json.exception…] parse error at line 1, column 2: ". */
QString shortParserMessage(const char *what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    return colon >= 0 ? text.mid(colon + 2) : text;
}

class StrictHandler final : public nlohmann::json_sax<Json>
{
public:
    StrictHandler(const QByteArray &json, const JsonLimits &limits, const char *const *reached)
        : mJson(json)
        , mLimits(limits)
        , mReached(reached)
    {
    }

    bool null() override { return beginValue(); }
    bool boolean(bool) override { return beginValue(); }
    bool number_integer(number_integer_t) override { return beginValue(); }
    bool number_unsigned(number_unsigned_t) override { return beginValue(); }
    bool number_float(number_float_t, const string_t &) override { return beginValue(); }
    bool binary(binary_t &) override { return beginValue(); } // not produced by JSON text
    bool string(string_t &value) override
    {
        beginValue();
        return checkLength(value);
    }
    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t &key) override;
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &e) override
    {
        // `position` counts the bytes read, the offending one included.
        fail(Problem::Kind::Syntax, qint64(position) - 1, path(), shortParserMessage(e.what()));
        mProblem->detail = QString::fromUtf8(e.what());
        return false;
    }

    const std::optional<Problem> &problem() const { return mProblem; }

private:
    // Up to this many keys an object is searched in place; beyond, through a hash.
    static constexpr std::size_t kLinearKeys = 16;
    static constexpr std::size_t kNoKey = std::size_t(-1);

    struct Frame
    {
        bool object = false;
        qsizetype index = -1; ///< arrays: the element being read
        std::size_t firstKey = 0; ///< objects: its keys are mKeys[firstKey…]
        std::size_t currentKey = kNoKey; ///< objects: the member being read
        std::unique_ptr<std::unordered_map<std::string_view, std::size_t>> keyIndex;
    };

    qint64 reachedOffset() const { return qint64(*mReached - mJson.constData()); }

    /** Offset of the opening quote of the string token the lexer has just read. */
    qint64 stringTokenStart() const
    {
        const char *data = mJson.constData();
        // The closing quote is the last byte read; an unescaped quote before it opens the
        // token (an escaped one follows an odd number of backslashes).
        for (qint64 i = reachedOffset() - 2; i >= 0; --i) {
            if (data[i] != '"')
                continue;
            qint64 backslashes = 0;
            while (i - backslashes - 1 >= 0 && data[i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return 0;
    }

    bool beginValue()
    {
        if (!mFrames.empty() && !mFrames.back().object)
            ++mFrames.back().index;
        return true;
    }

    bool open(bool object)
    {
        beginValue();
        if (int(mFrames.size()) >= mLimits.maxDepth)
            return fail(Problem::Kind::TooDeep, reachedOffset() - 1, path(),
                        JsonStrictnessText::tr(
                            "nested deeper than %1 levels of objects and arrays; flatten it")
                            .arg(mLimits.maxDepth));
        Frame frame;
        frame.object = object;
        frame.firstKey = mKeys.size();
        mFrames.push_back(std::move(frame));
        return true;
    }

    bool close()
    {
        Frame &frame = mFrames.back();
        if (frame.object) {
            mKeys.resize(frame.firstKey);
            mKeyOffsets.resize(frame.firstKey);
        }
        mFrames.pop_back();
        return true;
    }

    // The path is built only on failure: it is that of the value or member being read.
    bool checkLength(const std::string &text)
    {
        // UTF-8 never has fewer bytes than UTF-16 units: count only when it might be too long.
        if (qsizetype(text.size()) <= mLimits.maxStringLength)
            return true;
        const qsizetype length = utf16Length(text);
        if (length <= mLimits.maxStringLength)
            return true;
        return fail(
            Problem::Kind::StringTooLong, stringTokenStart(), path(),
            JsonStrictnessText::tr("the text is %1 characters long, more than the %2 "
                                   "allowed; shorten it")
                .arg(QLocale().toString(length), QLocale().toString(mLimits.maxStringLength)));
    }

    QString path() const
    {
        QString out;
        for (const Frame &frame : mFrames) {
            if (frame.object) {
                if (frame.currentKey == kNoKey)
                    break; // no member read yet
                out += pathKey(mKeys[frame.currentKey]);
            } else {
                if (frame.index < 0)
                    break;
                out += u'[' + QString::number(frame.index) + u']';
            }
        }
        return out.startsWith(u'.') ? out.mid(1) : out;
    }

    bool fail(Problem::Kind kind, qint64 offset, const QString &where, const QString &description)
    {
        Problem p;
        p.kind = kind;
        p.jsonPath = where;
        p.description = description;
        p.offset = qBound<qint64>(0, offset, mJson.size());
        lineAndColumn(mJson, p.offset, &p.line, &p.column);
        mProblem = std::move(p);
        return false;
    }

    const QByteArray &mJson;
    const JsonLimits &mLimits;
    const char *const *mReached;
    std::vector<Frame> mFrames;
    // The keys of every open object, innermost last; a deque so that the views in
    // Frame::keyIndex stay valid while keys are added.
    std::deque<std::string> mKeys;
    std::deque<qint64> mKeyOffsets;
    std::optional<Problem> mProblem;
};

bool StrictHandler::key(string_t &key)
{
    Frame &frame = mFrames.back();
    const qint64 offset = stringTokenStart();
    std::optional<std::size_t> earlier;
    if (frame.keyIndex) {
        if (const auto it = frame.keyIndex->find(key); it != frame.keyIndex->end())
            earlier = it->second;
    } else {
        for (std::size_t i = frame.firstKey; i < mKeys.size(); ++i) {
            if (mKeys[i] == key) {
                earlier = i;
                break;
            }
        }
    }
    mKeys.push_back(key);
    mKeyOffsets.push_back(offset);
    frame.currentKey = mKeys.size() - 1;
    if (earlier) {
        int line = 0;
        int column = 0;
        lineAndColumn(mJson, mKeyOffsets[*earlier], &line, &column);
        QString shown = QString::fromStdString(key);
        if (shown.size() > 40)
            shown = shown.left(40) + u'…';
        return fail(Problem::Kind::DuplicateKey, offset, path(),
                    JsonStrictnessText::tr("the key “%1” occurs twice in the same object (first "
                                           "at line %2, column %3); JSON does not say which one "
                                           "counts, so remove one of them")
                        .arg(shown)
                        .arg(line)
                        .arg(column));
    }
    if (frame.keyIndex) {
        frame.keyIndex->emplace(mKeys.back(), mKeys.size() - 1);
    } else if (mKeys.size() - frame.firstKey > kLinearKeys) {
        frame.keyIndex = std::make_unique<std::unordered_map<std::string_view, std::size_t>>();
        for (std::size_t i = frame.firstKey; i < mKeys.size(); ++i)
            frame.keyIndex->emplace(mKeys[i], i);
    }
    return checkLength(key);
}

} // namespace

void lineAndColumn(const QByteArray &data, qint64 offset, int *line, int *column)
{
    offset = qBound<qint64>(0, offset, data.size());
    int l = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    int col = 1; // in characters: UTF-8 lead bytes, not continuation bytes
    for (qint64 i = lineStart; i < offset; ++i) {
        if ((uchar(data.at(i)) & 0xC0) != 0x80)
            ++col;
    }
    *line = l;
    *column = col;
}

QString displayPath(const QString &jsonPath)
{
    return jsonPath.isEmpty() ? JsonStrictnessText::tr("the top level") : jsonPath;
}

std::optional<Problem> check(const QByteArray &json, const JsonLimits &limits)
{
    const char *reached = json.constData();
    StrictHandler handler(json, limits, &reached);
    try {
        Json::sax_parse(TrackingIterator(json.constData(), &reached),
                        TrackingIterator(json.constData() + json.size(), &reached), &handler);
    } catch (const std::exception &e) { // std::bad_alloc; the parser reports through the handler
        Problem p;
        p.description
            = JsonStrictnessText::tr("could not be checked (%1)").arg(QString::fromUtf8(e.what()));
        return p;
    }
    std::optional<Problem> problem = handler.problem();
    if (problem && problem->kind == Problem::Kind::Syntax) {
        // Broken JSON: Qt's wording is translated and the one users have seen so far; the
        // parser's own stays for what Qt would let through (an unpaired surrogate, 1e999).
        QJsonParseError qtError;
        QJsonDocument::fromJson(json, &qtError);
        if (qtError.error != QJsonParseError::NoError) {
            problem->description = qtError.errorString();
            problem->detail.clear();
            problem->offset = qtError.offset;
            lineAndColumn(json, problem->offset, &problem->line, &problem->column);
        } else {
            problem->description
                = JsonStrictnessText::tr("this is not strict JSON: %1").arg(problem->description);
        }
    }
    return problem;
}

} // namespace provena::JsonStrictness
