// SPDX-License-Identifier: MIT
#pragma once

// How `match` and `find-versions` print an ImageMatch: JSON for machines, lines for people.

#include "media/imagematcher.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace provena::cli {

class MatchJson
{
    Q_DECLARE_TR_FUNCTIONS(MatchJson)

public:
    /** 16 lower-case hex digits, the form hashes take in every output and in the index. */
    static QString hashHex(quint64 hash);

    /** The geometry of a match: relation(s), transform (row-major 3×3, B → A), scale, rect. */
    static QJsonObject geometry(const ImageMatch &match);
    /** The whole comparison, schema provena-match/1 (docs/cli.md). */
    static QJsonObject comparison(const ImageMatch &match);

    /** "cropped: x 400, y 300, 800 × 600 in A; scale 0.500" and the like, one line. */
    static QString summary(const ImageMatch &match);
    /** The comparison for people, several lines. */
    static void printText(QTextStream &out, const ImageMatch &match);
};

} // namespace provena::cli
