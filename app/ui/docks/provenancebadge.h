// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provenance.h"

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QString>

namespace provena {

/**
 * How an image's verdict is shown wherever images are listed (the image strip, the Regions dock,
 * the Provenance dock): one colour and one short mark per verdict value, so an analyst learns
 * them once. An image whose verdict was never decided gets no badge (isShown() is false), so
 * "unverified" on purpose and "nobody looked yet" stay apart.
 */
class ProvenanceBadge
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceBadge)

public:
    static bool isShown(const Verdict &verdict) { return verdict.isDecided(); }
    static QColor colour(Verdict::Value value);
    /** One or two characters drawn on the badge: "✓" corroborated, "✗" manipulated … */
    static QString mark(Verdict::Value value);
    /** "Corroborated (80 %) — Jane Roe, 2025-08-14 10:42 UTC", plus the rationale's first line. */
    static QString toolTip(const Verdict &verdict);
    /** A round badge of `side` pixels: the colour with the mark in white. */
    static QPixmap pixmap(Verdict::Value value, int side);
};

} // namespace provena
