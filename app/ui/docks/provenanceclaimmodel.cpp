// SPDX-License-Identifier: MIT
#include "ui/docks/provenanceclaimmodel.h"

#include "core/i18n/language.h"
#include "core/model/agencydirectory.h"

#include <QPainter>
#include <QPixmap>

namespace provena {

namespace {

QPixmap statusDot(const QColor &colour)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return dot;
}

QStandardItem *cell(const QString &text, const QUuid &id, int evidenceIndex)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    item->setData(id, ProvenanceClaimModel::ClaimIdRole);
    item->setData(evidenceIndex, ProvenanceClaimModel::EvidenceIndexRole);
    return item;
}

} // namespace

ProvenanceClaimModel::ProvenanceClaimModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels(
        {tr("Role"), tr("Agent or value"), tr("Date"), tr("Status"), tr("Recorded")});
}

void ProvenanceClaimModel::setClaims(const QList<ProvenanceClaim> &claims)
{
    mClaims = claims;
    removeRows(0, rowCount());
    for (const ProvenanceClaim &claim : claims) {
        QList<QStandardItem *> row;
        row.append(cell(ProvenanceClaim::roleTitle(claim.role), claim.id, -1));
        row.append(cell(statementText(claim, mAgencies), claim.id, -1));
        row.append(cell(claim.date, claim.id, -1));
        QStandardItem *status = cell(statusTitle(claim.status), claim.id, -1);
        status->setIcon(statusDot(statusColour(claim.status)));
        row.append(status);
        const QString when = claim.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        row.append(
            cell(claim.recordedBy.isEmpty() ? when : tr("%1, %2").arg(claim.recordedBy, when),
                 claim.id, -1));
        if (claim.status == ClaimStatus::Rejected) {
            // Kept so the suggestion is not made again, but no longer part of the record.
            for (QStandardItem *item : row)
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        if (!claim.url.isEmpty())
            row.at(StatementColumn)
                ->setToolTip(statementText(claim, mAgencies) + u'\n' + claim.url);
        for (int i = 0; i < claim.evidence.size(); ++i) {
            const Evidence &e = claim.evidence.at(i);
            QStandardItem *summary = cell(e.summary(), claim.id, i);
            if (e.kind == Evidence::Kind::TextSpan || e.kind == Evidence::Kind::MetadataField)
                summary->setToolTip(e.summary() + u'\n'
                                    + (e.kind == Evidence::Kind::TextSpan
                                           ? tr("Click to show it in the article text.")
                                           : tr("Click to show it in the Metadata dock.")));
            row.first()->appendRow({cell(evidenceKindTitle(e.kind), claim.id, i), summary});
        }
        appendRow(row);
    }
}

QModelIndex ProvenanceClaimModel::indexOf(const QUuid &id) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex i = index(r, 0);
        if (i.data(ClaimIdRole).toUuid() == id)
            return i;
    }
    return {};
}

const ProvenanceClaim *ProvenanceClaimModel::claimAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const QUuid id = index.data(ClaimIdRole).toUuid();
    for (const ProvenanceClaim &claim : mClaims) {
        if (claim.id == id)
            return &claim;
    }
    return nullptr;
}

const Evidence *ProvenanceClaimModel::evidenceAt(const QModelIndex &index) const
{
    const ProvenanceClaim *claim = claimAt(index);
    const int i = index.isValid() ? index.data(EvidenceIndexRole).toInt() : -1;
    return claim && i >= 0 && i < claim->evidence.size() ? &claim->evidence.at(i) : nullptr;
}

QString ProvenanceClaimModel::statusTitle(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Suggested:
        return tr("Suggested");
    case ClaimStatus::Accepted:
        return tr("Accepted");
    case ClaimStatus::Rejected:
        return tr("Rejected");
    case ClaimStatus::Disputed:
        return tr("Disputed");
    }
    return {};
}

QColor ProvenanceClaimModel::statusColour(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Suggested:
        return {0x15, 0x65, 0xc0};
    case ClaimStatus::Accepted:
        return {0x1e, 0x7d, 0x32};
    case ClaimStatus::Rejected:
        return {0x80, 0x80, 0x80};
    case ClaimStatus::Disputed:
        return {0xd9, 0x8a, 0x00};
    }
    return Qt::gray;
}

QString ProvenanceClaimModel::agentKindTitle(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Unknown:
        return {};
    case AgentKind::StateMedia:
        return tr("state media");
    case AgentKind::WireService:
        return tr("wire service");
    case AgentKind::PhotoAgency:
        return tr("photo agency");
    case AgentKind::Newspaper:
        return tr("newspaper");
    case AgentKind::Broadcaster:
        return tr("broadcaster");
    case AgentKind::Government:
        return tr("government");
    case AgentKind::Person:
        return tr("person");
    case AgentKind::Organisation:
        return tr("organisation");
    case AgentKind::Software:
        return tr("software");
    }
    return {};
}

QString ProvenanceClaimModel::evidenceKindTitle(Evidence::Kind kind)
{
    switch (kind) {
    case Evidence::Kind::TextSpan:
        return tr("Text");
    case Evidence::Kind::MetadataField:
        return tr("Metadata");
    case Evidence::Kind::Image:
        return tr("Image");
    case Evidence::Kind::Url:
        return tr("URL");
    case Evidence::Kind::Note:
        return tr("Note");
    }
    return {};
}

QString ProvenanceClaimModel::statementText(const ProvenanceClaim &claim,
                                            const AgencyDirectory *agencies)
{
    if (!ProvenanceClaim::isAgentRole(claim.role) || claim.agent.isEmpty())
        return claim.statement();
    const Agent &a = claim.agent;
    QString text = agencies ? agencies->displayName(a, Language::current())
                            : (a.name.isEmpty() ? a.directoryId : a.name);
    const QString abbreviation = a.abbreviations.value(0);
    if (!abbreviation.isEmpty() && abbreviation != text)
        text += tr(" (%1)").arg(abbreviation);
    const QString kind = agentKindTitle(a.kind);
    if (!kind.isEmpty())
        text += tr(" · %1").arg(kind);
    if (!a.country.isEmpty())
        text += tr(" · %1").arg(a.country);
    return text;
}

} // namespace provena
