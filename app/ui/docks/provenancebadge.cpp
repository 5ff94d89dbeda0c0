// SPDX-License-Identifier: MIT
#include "ui/docks/provenancebadge.h"

#include <QFont>
#include <QPainter>

namespace provena {

QColor ProvenanceBadge::colour(Verdict::Value value)
{
    // Distinct in hue and in lightness, so that they stay apart for colour-blind analysts too;
    // the mark carries the meaning as well.
    switch (value) {
    case Verdict::Value::Unverified:
        return {0x6b, 0x6b, 0x6b};
    case Verdict::Value::Corroborated:
        return {0x1e, 0x7d, 0x32};
    case Verdict::Value::Disputed:
        return {0xd9, 0x8a, 0x00};
    case Verdict::Value::Manipulated:
        return {0xc6, 0x28, 0x28};
    case Verdict::Value::Staged:
        return {0x6a, 0x1b, 0x9a};
    case Verdict::Value::Miscaptioned:
        return {0x15, 0x65, 0xc0};
    }
    return Qt::gray;
}

QString ProvenanceBadge::mark(Verdict::Value value)
{
    switch (value) {
    case Verdict::Value::Unverified:
        return QStringLiteral("?");
    case Verdict::Value::Corroborated:
        return QStringLiteral("\u2713");
    case Verdict::Value::Disputed:
        return QStringLiteral("!");
    case Verdict::Value::Manipulated:
        return QStringLiteral("\u2717");
    case Verdict::Value::Staged:
        return tr("S", "badge mark for a staged photo");
    case Verdict::Value::Miscaptioned:
        return tr("C", "badge mark for a miscaptioned photo");
    }
    return {};
}

QString ProvenanceBadge::toolTip(const Verdict &verdict)
{
    if (!isShown(verdict))
        return tr("No verdict yet");
    QString tip = Verdict::valueTitle(verdict.value);
    if (verdict.confidence >= 0)
        tip += tr(" (confidence %1 %)").arg(qRound(verdict.confidence * 100));
    const QString when = verdict.decidedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    tip += verdict.decidedBy.isEmpty() ? tr(" — %1").arg(when)
                                       : tr(" — %1, %2").arg(verdict.decidedBy, when);
    const QString rationale = verdict.rationale.section(u'\n', 0, 0).trimmed();
    if (!rationale.isEmpty())
        tip += u'\n' + rationale;
    return tip;
}

QPixmap ProvenanceBadge::pixmap(Verdict::Value value, int side)
{
    QPixmap badge(side, side);
    badge.fill(Qt::transparent);
    QPainter p(&badge);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(colour(value));
    p.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, side * 2 / 3));
    p.setFont(font);
    p.drawText(badge.rect(), Qt::AlignCenter, mark(value));
    return badge;
}

} // namespace provena
