// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provenance.h"

#include <QStandardItemModel>
#include <QUuid>

namespace provena {

class AgencyDirectory;

/**
 * One image's claims as a tree for the Provenance dock: a row per claim (role, what it states,
 * date, status, who recorded it when), each with its evidence as child rows. Rebuilt from the
 * record on every change (an image has tens of claims, not thousands); the dock keeps the
 * selection by claim id across rebuilds.
 */
class ProvenanceClaimModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column {
        RoleColumn,
        StatementColumn,
        DateColumn,
        StatusColumn,
        RecordedColumn,
        ColumnCount
    };
    /** On every row: the claim's id (evidence rows carry their claim's). */
    static constexpr int ClaimIdRole = Qt::UserRole + 1;
    /** On evidence rows: the index in the claim's evidence list; -1 on claim rows. */
    static constexpr int EvidenceIndexRole = Qt::UserRole + 2;

    explicit ProvenanceClaimModel(QObject *parent = nullptr);

    /** Agencies of this directory are named in the UI language (AgencyDirectory::displayName);
     *  set before setClaims(), kept by pointer. */
    void setAgencies(const AgencyDirectory *agencies) { mAgencies = agencies; }
    void setClaims(const QList<ProvenanceClaim> &claims);
    const QList<ProvenanceClaim> &claims() const { return mClaims; }
    /** The claim row of `id` (column 0), invalid when there is none. */
    QModelIndex indexOf(const QUuid &id) const;
    const ProvenanceClaim *claimAt(const QModelIndex &index) const;
    /** The evidence an evidence row stands for; null on claim rows. */
    const Evidence *evidenceAt(const QModelIndex &index) const;

    /** Translated, for people: "Suggested", "Accepted", "Rejected", "Disputed". */
    static QString statusTitle(ClaimStatus status);
    static QColor statusColour(ClaimStatus status);
    /** "Korean Central News Agency (KCNA) · state media", else the value; a directory agency
     *  in the UI language when `agencies` lists it. */
    static QString statementText(const ProvenanceClaim &claim,
                                 const AgencyDirectory *agencies = nullptr);
    static QString agentKindTitle(AgentKind kind);
    static QString evidenceKindTitle(Evidence::Kind kind);

private:
    QList<ProvenanceClaim> mClaims;
    const AgencyDirectory *mAgencies = nullptr;
};

} // namespace provena
