// SPDX-License-Identifier: MIT
#include "cli/provenanceedit.h"

#include "cli/annotationcli.h"
#include "cli/exitcodes.h"
#include "core/commands/addremoveclaims.h"
#include "core/commands/assessimagecommands.h"
#include "session/imageevidence.h"

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

SuggestionSource::SuggestionSource(CommandContext &context)
    : mContext(context)
{
}

const AgencyDirectory &SuggestionSource::agencies()
{
    if (!mAgencies) {
        // standard() passes over a user file it cannot read; say so rather than suggest less.
        if (const Result<AgencyDirectory> user = AgencyDirectory::userAgencies(); !user)
            mContext.err << tr("warning: your agency list was not read, only the built-in one is "
                               "used: %1\n")
                                .arg(user.error().toString());
        mAgencies = AgencyDirectory::standard();
    }
    return *mAgencies;
}

const MetadataEvidence &SuggestionSource::metadata(const ArticleDocument &doc, int imageIndex)
{
    const QString path = doc.article().images.at(imageIndex).localPath;
    if (const auto it = mMetadata.constFind(path); it != mMetadata.constEnd())
        return *it;
    MetadataEvidence evidence;
    if (!path.isEmpty()) {
        const Result<MetadataEvidence> read = ImageEvidence::read(path);
        if (read) {
            evidence = read.value();
            for (const QString &warning : std::as_const(evidence.warnings))
                mContext.err
                    << tr("warning: image %1: metadata: %2\n").arg(imageIndex + 1).arg(warning);
        } else {
            mContext.err << tr("warning: image %1: its metadata could not be read, so nothing is "
                               "suggested from it: %2\n")
                                .arg(imageIndex + 1)
                                .arg(read.error().toString());
        }
    }
    return *mMetadata.insert(path, evidence);
}

QList<ProvenanceSuggestion> SuggestionSource::forImage(const ArticleDocument &doc, int imageIndex)
{
    ProvenanceSuggester::Input input;
    input.article = &doc.article();
    input.imageIndex = imageIndex;
    input.metadata = metadata(doc, imageIndex);
    input.recorded = doc.imageProvenance(imageIndex);
    input.agencies = &agencies();
    return ProvenanceSuggester::suggest(input);
}

QList<MetadataEvidence::Flag> SuggestionSource::flagsForImage(const ArticleDocument &doc,
                                                              int imageIndex)
{
    ProvenanceSuggester::Input input;
    input.article = &doc.article();
    input.imageIndex = imageIndex;
    input.metadata = metadata(doc, imageIndex);
    input.agencies = &agencies();
    return input.metadata.flags + ProvenanceSuggester::articleFlags(input);
}

ProvenanceEdit::ProvenanceEdit(ArticleDocument &doc, QList<int> images,
                               SuggestionSource &suggestions, CommandContext &context)
    : mDoc(doc)
    , mImages(std::move(images))
    , mSuggestionSource(suggestions)
    , mContext(context)
{
}

QStringList ProvenanceEdit::knownOrigins()
{
    return {u"caption"_s, u"credit"_s, u"release"_s, u"byline"_s, u"site"_s, u"metadata"_s};
}

QString ProvenanceEdit::report() const
{
    QString text;
    for (const QString &line : mReport)
        text += line + u'\n';
    return text;
}

int ProvenanceEdit::choose(const QStringList &ids, Action action, const QString &option)
{
    for (const QString &id : ids) {
        const Result<ClaimTarget> target = ProvenanceArguments::findTarget(mTargets, id);
        if (!target)
            return CliSupport::usageError(mContext,
                                          u"--%1 %2: %3"_s.arg(option, id, target.error().message));
        if (action == Action::Remove && target->suggestion)
            return CliSupport::usageError(
                mContext,
                tr("--remove-claim %1: that is a suggestion, not a recorded claim; "
                   "--reject it so that it is not proposed again")
                    .arg(id));
        for (const Choice &c : std::as_const(mChoices)) {
            if (c.target == target.value() && c.action != action)
                return CliSupport::usageError(
                    mContext,
                    tr("%1 is given to two of --accept, --reject, --dispute and "
                       "--remove-claim")
                        .arg(target->id.toString(QUuid::WithoutBraces)));
        }
        mChoices.append({target.value(), action});
    }
    return ExitSuccess;
}

int ProvenanceEdit::chooseFromOrigin(const QStringList &origins, Action action,
                                     const QString &option)
{
    for (const QString &origin : origins) {
        int matched = 0;
        bool originSeen = knownOrigins().contains(origin, Qt::CaseInsensitive);
        for (const auto &[imageIndex, s] : std::as_const(mSuggestions)) {
            if (s.origin.compare(origin, Qt::CaseInsensitive) != 0)
                continue;
            originSeen = true;
            ++matched;
            const ClaimTarget target {imageIndex, s.claim.id, true};
            // An id given on its own wins over "all from": accept all from the caption but one.
            const bool chosen = std::any_of(mChoices.cbegin(), mChoices.cend(),
                                            [&](const Choice &c) { return c.target == target; });
            if (!chosen)
                mChoices.append({target, action});
        }
        if (!originSeen)
            return CliSupport::usageError(mContext,
                                          tr("--%1: unknown origin “%2”; the origins are: %3")
                                              .arg(option, origin, knownOrigins().join(u", "_s)));
        if (matched == 0)
            mContext.err << tr("--%1: there is no suggestion from “%2”.\n").arg(option, origin);
    }
    return ExitSuccess;
}

int ProvenanceEdit::apply(const ProvenanceRequest &request)
{
    for (const QString &origin : request.acceptFrom) {
        if (request.rejectFrom.contains(origin, Qt::CaseInsensitive))
            return CliSupport::usageError(
                mContext,
                tr("“%1” is given to both --accept-all-from and --reject-all-from").arg(origin));
    }
    // Every check comes before the first command: an error leaves the document as it was.
    QList<Evidence> evidence;
    for (const QString &spec : request.evidence) {
        const Result<Evidence> e = ProvenanceArguments::parseEvidence(mDoc, spec);
        if (!e)
            return CliSupport::usageError(mContext, e.error().message);
        evidence.append(e.value());
    }
    for (const int i : std::as_const(mImages)) {
        for (const ProvenanceClaim &c : mDoc.imageProvenance(i).claims)
            mTargets.append({i, c.id, false});
    }
    const bool needsSuggestions = !request.accept.isEmpty() || !request.reject.isEmpty()
        || !request.dispute.isEmpty() || !request.acceptFrom.isEmpty()
        || !request.rejectFrom.isEmpty();
    if (needsSuggestions) {
        for (const int i : std::as_const(mImages)) {
            for (const ProvenanceSuggestion &s : mSuggestionSource.forImage(mDoc, i)) {
                mSuggestions.append({i, s});
                mTargets.append({i, s.claim.id, true});
            }
        }
    }
    int code = choose(request.accept, Action::Accept, u"accept"_s);
    if (code == ExitSuccess)
        code = choose(request.reject, Action::Reject, u"reject"_s);
    if (code == ExitSuccess)
        code = choose(request.dispute, Action::Dispute, u"dispute"_s);
    if (code == ExitSuccess)
        code = choose(request.remove, Action::Remove, u"remove-claim"_s);
    if (code == ExitSuccess)
        code = chooseFromOrigin(request.acceptFrom, Action::Accept, u"accept-all-from"_s);
    if (code == ExitSuccess)
        code = chooseFromOrigin(request.rejectFrom, Action::Reject, u"reject-all-from"_s);
    if (code != ExitSuccess)
        return code;

    const QList<ImageProvenance> before = mDoc.provenance();
    push(request, evidence);
    if (mDoc.provenance() == before) {
        // Only commands that changed nothing: no undo step, so nothing is saved.
        mDoc.undoStack()->clear();
        mContext.err << tr("The record already says so; nothing changed.\n");
    }
    return ExitSuccess;
}

void ProvenanceEdit::push(const ProvenanceRequest &request, const QList<Evidence> &evidence)
{
    static const QMap<Action, ClaimStatus> statusOf {{Action::Accept, ClaimStatus::Accepted},
                                                     {Action::Reject, ClaimStatus::Rejected},
                                                     {Action::Dispute, ClaimStatus::Disputed}};
    static const QMap<Action, QString> wordOf {{Action::Accept, u"accepted"_s},
                                               {Action::Reject, u"rejected"_s},
                                               {Action::Dispute, u"disputed"_s},
                                               {Action::Remove, u"removed"_s}};
    QUndoStack *stack = mDoc.undoStack();
    // One run is one undo step, as one gesture is in the GUI.
    stack->beginMacro(QCoreApplication::translate("UndoCommands", "Edit Provenance"));
    for (const int i : std::as_const(mImages)) {
        QList<ProvenanceClaim> fromSuggestions;
        QMap<Action, QList<QUuid>> recorded;
        for (const Choice &c : std::as_const(mChoices)) {
            if (c.target.imageIndex != i)
                continue;
            mReport.append(wordOf.value(c.action) + u' '
                           + c.target.id.toString(QUuid::WithoutBraces));
            if (!c.target.suggestion) {
                recorded[c.action].append(c.target.id);
                continue;
            }
            for (const auto &[imageIndex, s] : std::as_const(mSuggestions)) {
                if (imageIndex == i && s.claim.id == c.target.id) {
                    ProvenanceClaim claim = s.claim;
                    claim.status = statusOf.value(c.action);
                    claim.recordedBy.clear(); // stamped with the author and the clock
                    claim.recordedAt = {};
                    fromSuggestions.append(claim);
                }
            }
        }
        if (!fromSuggestions.isEmpty())
            stack->push(new AddClaimsCommand(&mDoc, i, fromSuggestions));
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
            if (it.key() == Action::Remove)
                stack->push(new RemoveClaimsCommand(&mDoc, i, it.value()));
            else
                stack->push(
                    new SetClaimStatusCommand(&mDoc, i, it.value(), statusOf.value(it.key())));
        }
        if (request.claim) {
            ProvenanceClaim claim = *request.claim;
            if (ProvenanceClaim::isAgentRole(claim.role))
                claim.agent = ProvenanceArguments::resolveAgent(mSuggestionSource.agencies(),
                                                                request.claimAgent);
            claim.evidence = evidence;
            claim.status = ClaimStatus::Accepted;
            auto *command = new AddClaimsCommand(&mDoc, i, {claim});
            mReport.append(u"added "_s
                           + command->claims().constFirst().id.toString(QUuid::WithoutBraces));
            stack->push(command);
        }
        if (request.assessment) {
            PillarAssessment assessment = request.assessment->second;
            if (!request.claim)
                assessment.evidence = evidence;
            stack->push(
                new SetPillarAssessmentCommand(&mDoc, i, request.assessment->first, assessment));
            mReport.append(u"assessed image %1 %2 %3"_s.arg(i + 1).arg(
                PillarAssessment::pillarName(request.assessment->first),
                PillarAssessment::statusName(assessment.status)));
        }
        if (request.verdict) {
            stack->push(new SetVerdictCommand(&mDoc, i, *request.verdict));
            mReport.append(u"verdict image %1 %2"_s.arg(i + 1).arg(
                Verdict::valueName(request.verdict->value)));
        }
    }
    stack->endMacro();
}

} // namespace provena::cli
