// SPDX-License-Identifier: MIT
#pragma once

#include "core/commands/provenancecommand.h"

#include <QList>

namespace provena {

/**
 * Sets one of the five verification pillars of an image. assessedBy / assessedAt are stamped
 * with the document's author and clock (a pillar set back to NotChecked with no note and no
 * evidence is cleared entirely).
 */
class SetPillarAssessmentCommand : public ProvenanceCommand
{
public:
    SetPillarAssessmentCommand(ArticleDocument *document, int imageIndex, Pillar pillar,
                               PillarAssessment assessment, QUndoCommand *parent = nullptr);
};

/** Sets an image's overall verdict; decidedBy / decidedAt are stamped. */
class SetVerdictCommand : public ProvenanceCommand
{
public:
    SetVerdictCommand(ArticleDocument *document, int imageIndex, Verdict verdict,
                      QUndoCommand *parent = nullptr);
};

/** Appends custody events not built from claims (e.g. Retrieved, when Provena fetched it). */
class AddCustodyEventsCommand : public ProvenanceCommand
{
public:
    AddCustodyEventsCommand(ArticleDocument *document, int imageIndex,
                            const QList<CustodyEvent> &events, QUndoCommand *parent = nullptr);
};

} // namespace provena
