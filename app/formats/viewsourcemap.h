// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/codepointindex.h"
#include "core/model/textrange.h"

#include <QList>
#include <QString>

namespace provena {

/**
 * Maps positions in a view of an article (a rendered QTextDocument, or the source shown with each
 * CR LF as one line break) to code points of the article text (Article::text), and back.
 *
 * The table is a list of segments sorted by view position. A verbatim segment shows its source
 * span unchanged and maps unit by unit (a surrogate pair is two view units but one code point);
 * a mapped segment (an entity shown as its character, a soft break shown as a space, an image
 * shown as one object) maps as a whole to its source span. View positions between segments
 * (block separators) and source positions no segment shows (markup, link targets, reference
 * definitions) map to the nearest shown position. Positions are UTF-16 units of the view;
 * source positions are code points.
 */
class ViewSourceMap
{
public:
    struct Segment
    {
        qsizetype viewStart = 0;
        qsizetype viewLength = 0;
        qint64 sourceStart = 0; ///< code points
        qint64 sourceEnd = 0; ///< code points
        bool verbatim = true;
    };

    /** Which shown position a source position in markup goes to. */
    enum class Snap {
        Nearest, ///< the closer of the two neighbours (in code points); the next one on a tie
        Forward, ///< the next shown position (for the start of a range)
        Backward ///< the previous shown position (for the end of a range)
    };

    ViewSourceMap() = default;
    /** An empty table over `source` (the whole Article::text). */
    explicit ViewSourceMap(const QString &source);

    /** The source shown as plain text with the CR of each CR LF left out. */
    static ViewSourceMap forSourceText(const QString &source);

    /**
     * Appends a verbatim segment at `viewStart` showing `source` unchanged (it must not contain
     * a CR LF); returns its view length in UTF-16 units. `viewStart` must not lie before the end
     * of the previous segment.
     */
    qsizetype appendVerbatim(qsizetype viewStart, const TextRange &source);
    /** Appends a segment of `viewLength` units standing for the whole of `source`. */
    void appendMapped(qsizetype viewStart, qsizetype viewLength, const TextRange &source);

    /**
     * Code point of view position `view`. At the boundary of two segments the next segment wins
     * unless `asEnd` is set (then the previous one does, as for the end of a selection).
     */
    qint64 toSource(qsizetype view, bool asEnd = false) const;
    /** The source range of the view span [viewStart, viewEnd). */
    TextRange toSourceRange(qsizetype viewStart, qsizetype viewEnd) const;

    /** View position of code point `codePoint`. */
    qsizetype toView(qint64 codePoint, Snap snap = Snap::Nearest) const;
    /** The view span showing `range`: its start snaps forward, its end backward. */
    std::pair<qsizetype, qsizetype> toView(const TextRange &range) const;

    const QList<Segment> &segments() const { return mSegments; }
    const CodePointIndex &sourceIndex() const { return mIndex; }

private:
    qsizetype viewOffsetIn(const Segment &s, qint64 codePoint) const;

    CodePointIndex mIndex;
    QList<Segment> mSegments;
};

} // namespace provena
