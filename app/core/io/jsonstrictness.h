// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace provena {

/** How far a JSON document read from users may go; each reader picks its own (docs/). */
struct JsonLimits
{
    /** Deepest nesting of objects and arrays; the top-level object or array is level 1. */
    int maxDepth = 64;
    /** Longest string (value or key), in UTF-16 units as QString counts them. */
    qsizetype maxStringLength = qsizetype(1) << 20;
};

/**
 * The strict structural check every JSON file Provena reads from users passes before Qt parses
 * it (docs/sidecar-format.md, "Limits checked on read").
 *
 * QJsonDocument keeps the last of two equal keys without a word, and only stops nesting at 1024
 * levels; this check refuses what Qt would silently resolve: duplicate keys in one object,
 * nesting deeper than JsonLimits::maxDepth, strings and keys longer than
 * JsonLimits::maxStringLength, and anything that is not strict JSON (RFC 8259: unpaired
 * surrogate escapes, raw control characters, numbers out of double range, invalid UTF-8).
 * It builds nothing; Qt's parser still builds the values.
 */
namespace JsonStrictness {

/** The first thing check() refuses, in document order. */
struct Problem
{
    enum class Kind { Syntax, DuplicateKey, TooDeep, StringTooLong };
    Kind kind = Kind::Syntax;
    /**
     * Where it is, in the sidecar reader's notation: "first.items[3].body[0].value"; empty for
     * the top level. Keys that are not plain words are quoted: `labels[0]["a b"]`.
     */
    QString jsonPath;
    /** What is wrong and what to do, one translated clause: "the key “id” occurs twice …". */
    QString description;
    /** The parser's own text (untranslated) for syntax errors; else empty. */
    QString detail;
    /** Byte offset of the offending token in the input, and its 1-based line and column
     * (column in characters). */
    qint64 offset = 0;
    int line = 0;
    int column = 0;
};

/** Nothing when `json` is strict JSON within `limits`; else the first problem found. */
std::optional<Problem> check(const QByteArray &json, const JsonLimits &limits);

/** `jsonPath`, or "the top level" (translated) when it is empty; for messages. */
QString displayPath(const QString &jsonPath);

/** 1-based line and column of byte `offset` in UTF-8 `data` (column in characters). */
void lineAndColumn(const QByteArray &data, qint64 offset, int *line, int *column);

} // namespace JsonStrictness

} // namespace provena
