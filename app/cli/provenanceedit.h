// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"
#include "cli/provenancearguments.h"
#include "core/document/articledocument.h"
#include "core/model/agencydirectory.h"
#include "core/model/metadataevidence.h"
#include "core/provenance/provenancesuggester.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace provena::cli {

/** What one `provena-cli provenance` run asks for, as far as it can be checked without the
 *  article (names, dates, URLs, confidence). */
struct ProvenanceRequest
{
    int imageNumber = 0; ///< --image, from 1; 0 for all images
    bool json = false;
    bool suggest = false;
    QStringList accept, reject, dispute, remove; ///< ids or prefixes, as given
    QStringList acceptFrom, rejectFrom; ///< suggestion origins
    QStringList evidence; ///< --evidence SPECs, for the claim or the assessment
    std::optional<ProvenanceClaim> claim; ///< role, value, date and url set
    QString claimAgent; ///< --agent, resolved against the agency directory on apply
    std::optional<std::pair<Pillar, PillarAssessment>> assessment; ///< status and note set
    std::optional<Verdict> verdict;

    bool edits() const
    {
        return !accept.isEmpty() || !reject.isEmpty() || !dispute.isEmpty() || !remove.isEmpty()
            || !acceptFrom.isEmpty() || !rejectFrom.isEmpty() || claim || assessment || verdict;
    }
};

/**
 * The suggestions for an image, as ProvenanceSuggester makes them from the article, what is
 * recorded, the agency directory (read once) and the image's metadata (ImageEvidence, read once
 * per image and run; warnings go to stderr, an image that cannot be read is suggested for
 * without metadata and said so).
 */
class SuggestionSource
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceCliCommand)

public:
    explicit SuggestionSource(CommandContext &context);

    QList<ProvenanceSuggestion> forImage(const ArticleDocument &doc, int imageIndex);
    /** The image's metadata flags (from the file) and those that need the article
     *  (DateMismatch), shown with the suggestions. */
    QList<MetadataEvidence::Flag> flagsForImage(const ArticleDocument &doc, int imageIndex);
    const AgencyDirectory &agencies();

private:
    const MetadataEvidence &metadata(const ArticleDocument &doc, int imageIndex);

    CommandContext &mContext;
    std::optional<AgencyDirectory> mAgencies;
    QMap<QString, MetadataEvidence> mMetadata; ///< by local path
};

/**
 * Applies a ProvenanceRequest to an opened document as one undo step (one macro of the commands
 * the GUI pushes: AddClaimsCommand, SetClaimStatusCommand, RemoveClaimsCommand,
 * SetPillarAssessmentCommand, SetVerdictCommand). Every id, origin and evidence spec is checked
 * before the first command is pushed, so an error changes nothing.
 */
class ProvenanceEdit
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceCliCommand)

public:
    ProvenanceEdit(ArticleDocument &doc, QList<int> images, SuggestionSource &suggestions,
                   CommandContext &context);

    /** ExitSuccess (also when nothing changed: the stack is then left empty), else the usage
     *  error's exit code (printed). */
    int apply(const ProvenanceRequest &request);
    /** One line per change, for stdout: "accepted ID", "added ID", "assessed image 1 source
     *  supports", "verdict image 1 corroborated" … */
    QString report() const;

    /** The origins ProvenanceSuggester gives suggestions ("caption", "credit" …). */
    static QStringList knownOrigins();

private:
    enum class Action { Accept, Reject, Dispute, Remove };
    struct Choice
    {
        ClaimTarget target;
        Action action;
    };

    int choose(const QStringList &ids, Action action, const QString &option);
    int chooseFromOrigin(const QStringList &origins, Action action, const QString &option);
    void push(const ProvenanceRequest &request, const QList<Evidence> &evidence);

    ArticleDocument &mDoc;
    QList<int> mImages;
    SuggestionSource &mSuggestionSource;
    CommandContext &mContext;
    QList<ClaimTarget> mTargets;
    QList<std::pair<int, ProvenanceSuggestion>> mSuggestions; ///< image index, suggestion
    QList<Choice> mChoices;
    QStringList mReport;
};

} // namespace provena::cli
