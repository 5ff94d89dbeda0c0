// SPDX-License-Identifier: MIT
#include "core/commands/assessimagecommands.h"

#include "core/document/articledocument.h"

#include <QCoreApplication>

namespace provena {

SetPillarAssessmentCommand::SetPillarAssessmentCommand(ArticleDocument *document, int imageIndex,
                                                       Pillar pillar, PillarAssessment assessment,
                                                       QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
{
    ImageProvenance after = before();
    const bool cleared = assessment.status == PillarAssessment::Status::NotChecked
        && assessment.note.isEmpty() && assessment.evidence.isEmpty();
    if (cleared) {
        assessment = PillarAssessment();
    } else {
        assessment.assessedBy = document->author();
        assessment.assessedAt = document->now();
    }
    // Stamps alone do not make a change: setting the same status, note and evidence again is a
    // no-op the undo stack drops.
    PillarAssessment current = after.pillar(pillar);
    current.assessedBy = assessment.assessedBy;
    current.assessedAt = assessment.assessedAt;
    if (current != assessment)
        after.pillar(pillar) = assessment;
    setText(QCoreApplication::translate("UndoCommands", "Assess %1: %2")
                .arg(PillarAssessment::pillarName(pillar),
                     PillarAssessment::statusTitle(assessment.status)));
    setAfter(after);
}

SetVerdictCommand::SetVerdictCommand(ArticleDocument *document, int imageIndex, Verdict verdict,
                                     QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
{
    ImageProvenance after = before();
    verdict.decidedBy = document->author();
    verdict.decidedAt = document->now();
    Verdict current = after.verdict;
    current.decidedBy = verdict.decidedBy;
    current.decidedAt = verdict.decidedAt;
    if (current != verdict || !after.verdict.isDecided())
        after.verdict = verdict;
    setText(QCoreApplication::translate("UndoCommands", "Set Verdict: %1")
                .arg(Verdict::valueTitle(verdict.value)));
    setAfter(after);
}

AddCustodyEventsCommand::AddCustodyEventsCommand(ArticleDocument *document, int imageIndex,
                                                 const QList<CustodyEvent> &events,
                                                 QUndoCommand *parent)
    : ProvenanceCommand(document, imageIndex, parent)
{
    ImageProvenance after = before();
    after.recordedEvents.append(events);
    setText(QCoreApplication::translate("UndoCommands", "Record %n Custody Event(s)", nullptr,
                                        int(events.size())));
    setAfter(after);
}

} // namespace provena
