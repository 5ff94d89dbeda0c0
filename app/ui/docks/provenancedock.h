// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"
#include "core/model/provenance.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace provena {

class ArticleDocument;
class ProvenanceAssessmentWidget;
class ProvenanceClaimDialog;
class ProvenanceClaimModel;
class ProvenanceSuggestionsView;

/**
 * Where the image on the canvas comes from: its claims with their evidence (accept, reject,
 * dispute, remove, edit, add), Provena's suggestions, the chain of custody built from the
 * claims, and the five-pillar assessment with the verdict. Every change is a command on the
 * document's undo stack; the dock shows the record again on every provenanceChanged (undo and
 * redo included) and provenanceReset.
 *
 * Clicking text evidence emits textEvidenceActivated (the window selects that span in the
 * article), metadata evidence metadataEvidenceActivated (the window shows the field in the
 * Metadata dock). While the dock is hidden nothing is recomputed; it catches up when shown.
 */
class ProvenanceDock : public QDockWidget
{
    Q_OBJECT

public:
    /** The article text the analyst has selected, as TextSpan evidence (invalid range: none). */
    using SelectedText = std::function<Evidence()>;

    explicit ProvenanceDock(QWidget *parent = nullptr);
    ~ProvenanceDock() override;

    void setDocument(ArticleDocument *document);
    /** The image the dock is about (the canvas's current image); -1 for none. */
    void setImage(int imageIndex);
    int image() const { return mImage; }
    void setSelectedTextSource(SelectedText source);

    /**
     * Built-in agencies merged with the user's own (read once, when the dock is made). A user
     * file that cannot be read is reported above the suggestions, not dropped in silence.
     */
    const AgencyDirectory &agencies() const { return mAgencies; }

    QTabWidget *tabs() const { return mTabs; }
    QTreeView *claimsView() const { return mClaimsView; }
    ProvenanceClaimModel *claimModel() const { return mClaims; }
    ProvenanceSuggestionsView *suggestionsView() const { return mSuggestions; }
    QTreeWidget *custodyList() const { return mCustody; }
    ProvenanceAssessmentWidget *assessment() const { return mAssessment; }
    QPushButton *addClaimButton() const { return mAdd; }
    QPushButton *editClaimButton() const { return mEdit; }
    QPushButton *acceptClaimButton() const { return mAccept; }
    QPushButton *rejectClaimButton() const { return mReject; }
    QPushButton *disputeClaimButton() const { return mDispute; }
    QPushButton *removeClaimButton() const { return mRemove; }
    /** The Add or Edit dialog while it is open (opened with open(), not exec()), else null. */
    ProvenanceClaimDialog *claimDialog() const;

    /** Opens the dialog for a new claim on the current image. */
    void addClaim();
    /** Opens the dialog for the selected claim. */
    void editClaim();

Q_SIGNALS:
    void textEvidenceActivated(const provena::TextRange &range);
    void metadataEvidenceActivated(const QString &key);
    void statusMessage(const QString &message, int timeoutMs);

private:
    QWidget *createClaimsTab();
    void refresh();
    void refreshClaims();
    void refreshCustody();
    void updateHeader();
    void updateButtons();
    QList<QUuid> selectedClaims() const;
    void setStatusOfSelected(ClaimStatus status);
    void openDialog(const ProvenanceClaim &claim, bool isNew);
    void activateEvidence(const Evidence &evidence);

    AgencyDirectory mAgencies;
    QPointer<ArticleDocument> mDocument;
    int mImage = -1;
    bool mStale = true; ///< changed while hidden: refresh when shown
    SelectedText mSelectedText;
    QLabel *mHeader;
    QTabWidget *mTabs;
    ProvenanceClaimModel *mClaims;
    QTreeView *mClaimsView;
    QPushButton *mAdd;
    QPushButton *mEdit;
    QPushButton *mAccept;
    QPushButton *mReject;
    QPushButton *mDispute;
    QPushButton *mRemove;
    ProvenanceSuggestionsView *mSuggestions;
    QTreeWidget *mCustody;
    ProvenanceAssessmentWidget *mAssessment;
    QPointer<ProvenanceClaimDialog> mDialog;
};

} // namespace provena
