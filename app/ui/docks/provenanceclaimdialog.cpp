// SPDX-License-Identifier: MIT
#include "ui/docks/provenanceclaimdialog.h"

#include "ui/docks/provenanceclaimmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace provena {

namespace {

constexpr int kRoleCount = int(ClaimRole::DerivedFrom) + 1;
constexpr int kAgentKindCount = int(AgentKind::Organisation) + 1;

QStringList agencyNames(const AgencyDirectory *agencies)
{
    QStringList names;
    if (!agencies)
        return names;
    for (const AgencyEntry &entry : agencies->entries()) {
        names += entry.names.values();
        for (const QStringList &abbreviations : entry.abbreviations)
            names += abbreviations;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace

ProvenanceClaimDialog::ProvenanceClaimDialog(const ProvenanceClaim &claim, bool isNew,
                                             const AgencyDirectory *agencies,
                                             SelectedText selectedText, QWidget *parent)
    : QDialog(parent)
    , mOriginal(claim)
    , mAgencies(agencies)
    , mSelectedText(std::move(selectedText))
    , mRole(new QComboBox)
    , mAgent(new QLineEdit)
    , mAgentKind(new QComboBox)
    , mValue(new QLineEdit)
    , mDate(new QLineEdit)
    , mUrl(new QLineEdit)
    , mEvidenceList(new QListWidget)
    , mAddText(new QPushButton(tr("Add Selected &Text")))
    , mEvidenceKind(new QComboBox)
    , mEvidenceInput(new QLineEdit)
    , mRemoveEvidence(new QPushButton(tr("Re&move")))
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("provenanceClaimDialog"));
    setWindowTitle(isNew ? tr("Add Provenance Claim") : tr("Edit Provenance Claim"));
    for (int i = 0; i < kRoleCount; ++i)
        mRole->addItem(ProvenanceClaim::roleTitle(ClaimRole(i)), i);
    mRole->setCurrentIndex(int(claim.role));
    mAgent->setText(claim.agent.name);
    mAgent->setPlaceholderText(tr("Agency, newspaper or person, e.g. KCNA"));
    auto *completer = new QCompleter(agencyNames(agencies), mAgent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    mAgent->setCompleter(completer);
    for (int i = 0; i < kAgentKindCount; ++i) {
        const QString title = ProvenanceClaimModel::agentKindTitle(AgentKind(i));
        mAgentKind->addItem(title.isEmpty() ? tr("unknown kind") : title, i);
    }
    mAgentKind->setCurrentIndex(int(claim.agent.kind));
    mAgentKind->setToolTip(tr("For agents the agency directory does not know"));
    mValue->setText(claim.value);
    mDate->setText(claim.date);
    mDate->setPlaceholderText(tr("2025-08-13, 2025-08-13T10:42:00Z or 2025-08-12/2025-08-13"));
    mUrl->setText(claim.url);
    mUrl->setPlaceholderText(tr("Where the agent published it"));

    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(mAgent, 1);
    agentRow->addWidget(mAgentKind);
    auto *form = new QFormLayout;
    form->addRow(tr("&Role:"), mRole);
    form->addRow(tr("&Agent:"), agentRow);
    form->addRow(tr("&Value:"), mValue);
    form->addRow(tr("&Date:"), mDate);
    form->addRow(tr("&URL:"), mUrl);

    mEvidenceList->setAccessibleName(tr("Evidence"));
    mEvidenceKind->addItem(tr("Note"), int(Evidence::Kind::Note));
    mEvidenceKind->addItem(tr("URL"), int(Evidence::Kind::Url));
    mEvidenceInput->setPlaceholderText(tr("A note or a URL, then Enter"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(mAddText);
    evidenceButtons->addWidget(mEvidenceKind);
    evidenceButtons->addWidget(mEvidenceInput, 1);
    evidenceButtons->addWidget(mRemoveEvidence);
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Evidence:")));
    layout->addWidget(mEvidenceList);
    layout->addLayout(evidenceButtons);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);

    for (const Evidence &e : claim.evidence)
        addEvidence(e);
    connect(mAddText, &QPushButton::clicked, this, [this] {
        const Evidence text = mSelectedText ? mSelectedText() : Evidence();
        if (text.kind == Evidence::Kind::TextSpan && text.range.length() > 0)
            addEvidence(text);
        else
            mProblem->setText(tr("Select some text in the article first."));
    });
    connect(mEvidenceInput, &QLineEdit::returnPressed, this,
            &ProvenanceClaimDialog::addTypedEvidence);
    connect(mRemoveEvidence, &QPushButton::clicked, this, [this] {
        const int row = mEvidenceList->currentRow();
        if (row < 0)
            return;
        mEvidence.removeAt(row);
        delete mEvidenceList->takeItem(row);
        validate();
    });
    connect(mRole, &QComboBox::currentIndexChanged, this, &ProvenanceClaimDialog::validate);
    for (QLineEdit *edit : {mAgent, mValue, mDate, mUrl})
        connect(edit, &QLineEdit::textChanged, this, &ProvenanceClaimDialog::validate);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ProvenanceClaimDialog::addEvidence(const Evidence &evidence)
{
    mEvidence.append(evidence);
    auto *item = new QListWidgetItem(
        tr("%1: %2").arg(ProvenanceClaimModel::evidenceKindTitle(evidence.kind),
                         evidence.summary()),
        mEvidenceList);
    item->setToolTip(evidence.summary());
    validate();
}

void ProvenanceClaimDialog::addTypedEvidence()
{
    const QString text = mEvidenceInput->text().trimmed();
    if (text.isEmpty())
        return;
    if (Evidence::Kind(mEvidenceKind->currentData().toInt()) == Evidence::Kind::Url) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty()) {
            mProblem->setText(
                tr("“%1” is not a URL; write it with its scheme (https://…).").arg(text));
            return;
        }
        addEvidence(Evidence::link(url.toString()));
    } else {
        addEvidence(Evidence::analystNote(text));
    }
    mEvidenceInput->clear();
}

Agent ProvenanceClaimDialog::agentFromEntries() const
{
    const QString text = mAgent->text().trimmed();
    if (text.isEmpty())
        return {};
    if (text == mOriginal.agent.name) {
        Agent agent = mOriginal.agent;
        // The directory's kind stands for its agencies; the analyst's own agents take the combo.
        if (agent.directoryId.isEmpty())
            agent.kind = AgentKind(mAgentKind->currentData().toInt());
        return agent;
    }
    if (mAgencies) {
        if (const AgencyEntry *entry = mAgencies->resolve(text))
            return entry->toAgent();
    }
    Agent agent;
    agent.name = text;
    agent.kind = AgentKind(mAgentKind->currentData().toInt());
    return agent;
}

ProvenanceClaim ProvenanceClaimDialog::claim() const
{
    ProvenanceClaim claim = mOriginal;
    claim.role = ClaimRole(mRole->currentData().toInt());
    claim.agent = ProvenanceClaim::isAgentRole(claim.role) ? agentFromEntries() : Agent();
    claim.value = mValue->text().trimmed();
    claim.date = mDate->text().trimmed();
    claim.url = mUrl->text().trimmed();
    claim.evidence = mEvidence;
    return claim;
}

QString ProvenanceClaimDialog::problem() const
{
    const auto role = ClaimRole(mRole->currentData().toInt());
    const QString date = mDate->text().trimmed();
    if (ProvenanceClaim::isAgentRole(role) && mAgent->text().trimmed().isEmpty())
        return tr("Name the agent: a %1 claim says who.").arg(ProvenanceClaim::roleTitle(role));
    if (ProvenanceClaim::isDateRole(role) && date.isEmpty())
        return tr("Enter the date: a %1 claim says when.").arg(ProvenanceClaim::roleTitle(role));
    if (!ProvenanceClaim::isAgentRole(role) && !ProvenanceClaim::isDateRole(role)
        && mValue->text().trimmed().isEmpty())
        return tr("Enter the value: a %1 claim states it.").arg(ProvenanceClaim::roleTitle(role));
    // The same rule as the sidecar reader, so nothing is recorded that it would refuse.
    if (!date.isEmpty() && !ProvenanceDate::isValid(date))
        return tr("“%1” is not an ISO 8601 date: write 2025-08-13, 2025-08-13T10:42:00Z or a "
                  "range 2025-08-12/2025-08-13.")
            .arg(date);
    const QString url = mUrl->text().trimmed();
    if (!url.isEmpty() && !QUrl(url, QUrl::StrictMode).isValid())
        return tr("“%1” is not a valid URL.").arg(url);
    return {};
}

void ProvenanceClaimDialog::validate()
{
    const auto role = ClaimRole(mRole->currentData().toInt());
    mAgent->setEnabled(ProvenanceClaim::isAgentRole(role));
    mAgentKind->setEnabled(ProvenanceClaim::isAgentRole(role));
    mRemoveEvidence->setEnabled(!mEvidence.isEmpty());
    const QString why = problem();
    mProblem->setText(why);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace provena
