// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"
#include "core/model/provenance.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace provena {

/**
 * Add or edit one provenance claim: role, agent (completed from the agency directory; a name or
 * abbreviation it knows becomes that agency, with kind and country), value, date, URL and the
 * evidence list, including the text selected in the article. OK is enabled only while the claim
 * says something for its role; the reason is shown otherwise. The dialog changes nothing: the
 * dock pushes the command with claim().
 */
class ProvenanceClaimDialog : public QDialog
{
    Q_OBJECT

public:
    /** The article text the analyst has selected, as TextSpan evidence (invalid range: none). */
    using SelectedText = std::function<Evidence()>;

    ProvenanceClaimDialog(const ProvenanceClaim &claim, bool isNew, const AgencyDirectory *agencies,
                          SelectedText selectedText, QWidget *parent = nullptr);

    /** The claim as entered (id, status, suggestion key and unknown fields kept). */
    ProvenanceClaim claim() const;
    /** Why the entries are not a claim, or empty when they are. */
    QString problem() const;

    QComboBox *roleCombo() const { return mRole; }
    QLineEdit *agentEdit() const { return mAgent; }
    QLineEdit *valueEdit() const { return mValue; }
    QLineEdit *dateEdit() const { return mDate; }
    QLineEdit *urlEdit() const { return mUrl; }
    QListWidget *evidenceList() const { return mEvidenceList; }
    QPushButton *addSelectedTextButton() const { return mAddText; }
    QDialogButtonBox *buttons() const { return mButtons; }

private:
    Agent agentFromEntries() const;
    void addEvidence(const Evidence &evidence);
    void addTypedEvidence();
    void validate();

    ProvenanceClaim mOriginal;
    const AgencyDirectory *mAgencies;
    SelectedText mSelectedText;
    QList<Evidence> mEvidence;
    QComboBox *mRole;
    QLineEdit *mAgent;
    QComboBox *mAgentKind;
    QLineEdit *mValue;
    QLineEdit *mDate;
    QLineEdit *mUrl;
    QListWidget *mEvidenceList;
    QPushButton *mAddText;
    QComboBox *mEvidenceKind;
    QLineEdit *mEvidenceInput;
    QPushButton *mRemoveEvidence;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

} // namespace provena
