// SPDX-License-Identifier: MIT
#pragma once

#include "core/commands/provenancecommand.h"

#include <QList>
#include <QUuid>

namespace provena {

/**
 * Adds provenance claims to one image: the analyst's own, or suggestions accepted (status
 * Accepted) or rejected (status Rejected, kept so they are not proposed again). A claim with a
 * null id gets a new one; empty recordedBy / recordedAt are stamped with the document's author
 * and clock. A claim whose suggestionKey is already recorded replaces that claim (accepting a
 * suggestion that was rejected earlier), so a key is never recorded twice.
 */
class AddClaimsCommand : public ProvenanceCommand
{
public:
    AddClaimsCommand(ArticleDocument *document, int imageIndex, QList<ProvenanceClaim> claims,
                     QUndoCommand *parent = nullptr);

    /** The claims as added (ids and stamps filled in). */
    const QList<ProvenanceClaim> &claims() const { return mClaims; }

private:
    QList<ProvenanceClaim> mClaims;
};

/** Removes claims by id from one image; unknown ids are ignored. */
class RemoveClaimsCommand : public ProvenanceCommand
{
public:
    RemoveClaimsCommand(ArticleDocument *document, int imageIndex, const QList<QUuid> &ids,
                        QUndoCommand *parent = nullptr);

    int count() const { return mCount; }

private:
    int mCount = 0;
};

/**
 * Replaces claims that exist (matched by id) with the given versions: an edit of the agent, date,
 * value or evidence, or a status change. recordedBy / recordedAt are stamped anew.
 */
class ChangeClaimsCommand : public ProvenanceCommand
{
public:
    ChangeClaimsCommand(ArticleDocument *document, int imageIndex,
                        const QList<ProvenanceClaim> &claims, QUndoCommand *parent = nullptr);
};

/** Sets the status of claims by id (accept, reject, dispute one already recorded). */
class SetClaimStatusCommand : public ProvenanceCommand
{
public:
    SetClaimStatusCommand(ArticleDocument *document, int imageIndex, const QList<QUuid> &ids,
                          ClaimStatus status, QUndoCommand *parent = nullptr);
};

} // namespace provena
