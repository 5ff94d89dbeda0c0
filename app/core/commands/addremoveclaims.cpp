// SPDX-License-Identifier: MIT
#include "core/commands/addremoveclaims.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

namespace {

void stamp(ProvenanceClaim &claim, const ArticleDocument *document, bool always)
{
    if (always || claim.recordedBy.isEmpty())
        claim.recordedBy = document->author();
    if (always || !claim.recordedAt.isValid())
        claim.recordedAt = document->now();
}

} // namespace

AddClaimsCommand::AddClaimsCommand(ArticleDocument *document, int imageIndex,
                                   QList<ProvenanceClaim> claims, QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
    , mClaims(std::move(claims))
{
    ImageProvenance after = before();
    int accepted = 0;
    int rejected = 0;
    for (ProvenanceClaim &claim : mClaims) {
        if (claim.id.isNull())
            claim.id = QUuid::createUuid();
        stamp(claim, document, false);
        accepted += claim.status == ClaimStatus::Accepted ? 1 : 0;
        rejected += claim.status == ClaimStatus::Rejected ? 1 : 0;
        qsizetype existing = -1;
        for (qsizetype i = 0; i < after.claims.size(); ++i) {
            const ProvenanceClaim &c = after.claims.at(i);
            if (c.id == claim.id
                || (!claim.suggestionKey.isEmpty() && c.suggestionKey == claim.suggestionKey)) {
                existing = i;
                break;
            }
        }
        if (existing >= 0)
            after.claims[existing] = claim;
        else
            after.claims.append(claim);
    }
    const int n = int(mClaims.size());
    if (rejected == n)
        setText(QCoreApplication::translate("UndoCommands", "Reject %n Provenance Suggestion(s)",
                                            nullptr, n));
    else if (accepted == n && !mClaims.isEmpty() && !mClaims.first().suggestionKey.isEmpty())
        setText(QCoreApplication::translate("UndoCommands", "Accept %n Provenance Suggestion(s)",
                                            nullptr, n));
    else
        setText(
            QCoreApplication::translate("UndoCommands", "Add %n Provenance Claim(s)", nullptr, n));
    setAfter(after);
}

RemoveClaimsCommand::RemoveClaimsCommand(ArticleDocument *document, int imageIndex,
                                         const QList<QUuid> &ids, QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
{
    ImageProvenance after = before();
    mCount
        = int(after.claims.removeIf([&](const ProvenanceClaim &c) { return ids.contains(c.id); }));
    setText(QCoreApplication::translate("UndoCommands", "Remove %n Provenance Claim(s)", nullptr,
                                        mCount));
    setAfter(after);
}

ChangeClaimsCommand::ChangeClaimsCommand(ArticleDocument *document, int imageIndex,
                                         const QList<ProvenanceClaim> &claims, QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
{
    ImageProvenance after = before();
    int changed = 0;
    for (ProvenanceClaim claim : claims) {
        const int i = after.claimIndex(claim.id);
        if (i < 0 || after.claims.at(i) == claim)
            continue;
        stamp(claim, document, true);
        after.claims[i] = claim;
        ++changed;
    }
    setText(QCoreApplication::translate("UndoCommands", "Edit %n Provenance Claim(s)", nullptr,
                                        changed));
    setAfter(after);
}

SetClaimStatusCommand::SetClaimStatusCommand(ArticleDocument *document, int imageIndex,
                                             const QList<QUuid> &ids, ClaimStatus status,
                                             QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
{
    ImageProvenance after = before();
    int changed = 0;
    for (ProvenanceClaim &claim : after.claims) {
        if (!ids.contains(claim.id) || claim.status == status)
            continue;
        claim.status = status;
        stamp(claim, document, true);
        ++changed;
    }
    switch (status) {
    case ClaimStatus::Accepted:
        setText(QCoreApplication::translate("UndoCommands", "Accept %n Provenance Claim(s)",
                                            nullptr, changed));
        break;
    case ClaimStatus::Rejected:
        setText(QCoreApplication::translate("UndoCommands", "Reject %n Provenance Claim(s)",
                                            nullptr, changed));
        break;
    case ClaimStatus::Disputed:
        setText(QCoreApplication::translate("UndoCommands", "Dispute %n Provenance Claim(s)",
                                            nullptr, changed));
        break;
    case ClaimStatus::Suggested:
        setText(QCoreApplication::translate("UndoCommands", "Reopen %n Provenance Claim(s)",
                                            nullptr, changed));
        break;
    }
    setAfter(after);
}

} // namespace provena
