// SPDX-License-Identifier: MIT
#include "ui/docks/provenanceassessmentwidget.h"

#include "core/commands/assessimagecommands.h"
#include "core/document/articledocument.h"
#include "ui/docks/provenancebadge.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace provena {

namespace {

constexpr int kStatusCount = int(PillarAssessment::Status::Inconclusive) + 1;
constexpr int kVerdictCount = int(Verdict::Value::Miscaptioned) + 1;
constexpr int kNoVerdict = -1;

QString evidenceTip(const QList<Evidence> &evidence)
{
    QStringList lines;
    for (const Evidence &e : evidence)
        lines.append(e.summary());
    return lines.join(u'\n');
}

} // namespace

ProvenanceAssessmentWidget::ProvenanceAssessmentWidget(QWidget *parent)
    : QWidget(parent)
    , mVerdict(new QComboBox)
    , mConfidence(new QDoubleSpinBox)
    , mRationale(new QLineEdit)
    , mVerdictStamp(new QLabel)
{
    setObjectName(QStringLiteral("provenanceAssessment"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    for (int p = 0; p < kPillarCount; ++p) {
        const auto pillar = Pillar(p);
        PillarRow &row = mPillars.at(size_t(p));
        row.status = new QComboBox;
        for (int s = 0; s < kStatusCount; ++s)
            row.status->addItem(PillarAssessment::statusTitle(PillarAssessment::Status(s)), s);
        row.status->setAccessibleName(PillarAssessment::pillarTitle(pillar));
        row.status->setObjectName(
            QStringLiteral("pillar-%1").arg(PillarAssessment::pillarName(pillar)));
        row.note = new QLineEdit;
        row.note->setPlaceholderText(tr("Note"));
        row.note->setAccessibleName(tr("Note on %1").arg(PillarAssessment::pillarTitle(pillar)));
        row.addText = new QPushButton(tr("+ Text"));
        row.addText->setToolTip(tr("Add the text selected in the article as evidence"));
        row.stamp = new QLabel;
        auto *title = new QLabel(PillarAssessment::pillarTitle(pillar));
        title->setBuddy(row.status);
        grid->addWidget(title, p, 0);
        grid->addWidget(row.status, p, 1);
        grid->addWidget(row.note, p, 2);
        grid->addWidget(row.addText, p, 3);
        grid->addWidget(row.stamp, p, 4);
        connect(row.status, &QComboBox::activated, this,
                [this, pillar] { commitPillar(pillar, false); });
        connect(row.note, &QLineEdit::editingFinished, this,
                [this, pillar] { commitPillar(pillar, false); });
        connect(row.addText, &QPushButton::clicked, this,
                [this, pillar] { commitPillar(pillar, true); });
    }

    mVerdict->setObjectName(QStringLiteral("verdictCombo"));
    mVerdict->setAccessibleName(tr("Verdict"));
    mVerdict->addItem(tr("No verdict yet"), kNoVerdict);
    // Shown while nothing is decided; not a choice (a decision cannot be undecided, only undone).
    if (auto *model = qobject_cast<QStandardItemModel *>(mVerdict->model()))
        model->item(0)->setEnabled(false);
    for (int v = 0; v < kVerdictCount; ++v) {
        const auto value = Verdict::Value(v);
        mVerdict->addItem(QIcon(ProvenanceBadge::pixmap(value, 14)), Verdict::valueTitle(value), v);
    }
    mConfidence->setObjectName(QStringLiteral("verdictConfidence"));
    mConfidence->setAccessibleName(tr("Confidence"));
    mConfidence->setRange(-1, 100);
    mConfidence->setDecimals(0);
    mConfidence->setSuffix(tr(" %"));
    mConfidence->setSpecialValueText(tr("confidence not stated"));
    mRationale->setObjectName(QStringLiteral("verdictRationale"));
    mRationale->setPlaceholderText(tr("Rationale: why this verdict"));
    mRationale->setAccessibleName(tr("Rationale"));
    auto *verdictTitle = new QLabel(tr("<b>Verdict</b>"));
    verdictTitle->setBuddy(mVerdict);
    grid->addWidget(verdictTitle, kPillarCount, 0);
    grid->addWidget(mVerdict, kPillarCount, 1);
    auto *rationaleRow = new QHBoxLayout;
    rationaleRow->addWidget(mRationale, 1);
    rationaleRow->addWidget(mConfidence);
    grid->addLayout(rationaleRow, kPillarCount, 2, 1, 2);
    grid->addWidget(mVerdictStamp, kPillarCount, 4);
    grid->setRowStretch(kPillarCount + 1, 1);
    connect(mVerdict, &QComboBox::activated, this, &ProvenanceAssessmentWidget::commitVerdict);
    connect(mConfidence, &QDoubleSpinBox::editingFinished, this,
            &ProvenanceAssessmentWidget::commitVerdict);
    connect(mRationale, &QLineEdit::editingFinished, this,
            &ProvenanceAssessmentWidget::commitVerdict);
    refresh();
}

void ProvenanceAssessmentWidget::setDocument(ArticleDocument *document)
{
    mDocument = document;
    mImage = -1;
    refresh();
}

void ProvenanceAssessmentWidget::setImage(int imageIndex)
{
    mImage = imageIndex;
    refresh();
}

QString ProvenanceAssessmentWidget::stampText(const QString &who, const QDateTime &when,
                                              int evidence)
{
    if (!when.isValid())
        return {};
    const QString at = when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = who.isEmpty() ? at : tr("%1, %2").arg(who, at);
    if (evidence > 0)
        text += tr(" · %n evidence", nullptr, evidence);
    return text;
}

void ProvenanceAssessmentWidget::refresh()
{
    const bool has = mDocument && mImage >= 0 && mImage < mDocument->article().images.size();
    const ImageProvenance record = has ? mDocument->imageProvenance(mImage) : ImageProvenance();
    mRefreshing = true;
    for (int p = 0; p < kPillarCount; ++p) {
        const PillarAssessment &a = record.pillar(Pillar(p));
        PillarRow &row = mPillars.at(size_t(p));
        row.status->setCurrentIndex(int(a.status));
        if (row.note->text() != a.note)
            row.note->setText(a.note);
        row.stamp->setText(stampText(a.assessedBy, a.assessedAt, int(a.evidence.size())));
        row.stamp->setToolTip(evidenceTip(a.evidence));
        for (QWidget *w : {static_cast<QWidget *>(row.status), static_cast<QWidget *>(row.note),
                           static_cast<QWidget *>(row.addText)})
            w->setEnabled(has);
    }
    const Verdict &v = record.verdict;
    mVerdict->setCurrentIndex(v.isDecided() ? mVerdict->findData(int(v.value)) : 0);
    mConfidence->setValue(v.confidence < 0 ? -1 : qRound(v.confidence * 100));
    if (mRationale->text() != v.rationale)
        mRationale->setText(v.rationale);
    mVerdictStamp->setText(v.isDecided() ? stampText(v.decidedBy, v.decidedAt, 0) : QString());
    mVerdictStamp->setToolTip(ProvenanceBadge::toolTip(v));
    mVerdict->setEnabled(has);
    const QString decideFirst = tr("Choose a verdict first");
    mConfidence->setEnabled(has && v.isDecided());
    mRationale->setEnabled(has && v.isDecided());
    mConfidence->setToolTip(v.isDecided() ? tr("How sure the verdict is") : decideFirst);
    mRationale->setToolTip(v.isDecided() ? QString() : decideFirst);
    mRefreshing = false;
}

void ProvenanceAssessmentWidget::commitPillar(Pillar pillar, bool addSelectedText)
{
    if (mRefreshing || !mDocument || mImage < 0)
        return;
    const PillarRow &row = mPillars.at(size_t(pillar));
    PillarAssessment assessment = mDocument->imageProvenance(mImage).pillar(pillar);
    const PillarAssessment before = assessment;
    assessment.status = PillarAssessment::Status(row.status->currentData().toInt());
    assessment.note = row.note->text().trimmed();
    if (addSelectedText) {
        const Evidence text = mSelectedText ? mSelectedText() : Evidence();
        if (text.kind != Evidence::Kind::TextSpan || text.range.length() == 0) {
            Q_EMIT statusMessage(tr("Select the text in the article that bears on %1 first.")
                                     .arg(PillarAssessment::pillarTitle(pillar)),
                                 5000);
            return;
        }
        if (!assessment.evidence.contains(text))
            assessment.evidence.append(text);
    }
    if (assessment.status == before.status && assessment.note == before.note
        && assessment.evidence == before.evidence)
        return;
    assessment.assessedBy.clear();
    assessment.assessedAt = {};
    mDocument->undoStack()->push(
        new SetPillarAssessmentCommand(mDocument, mImage, pillar, assessment));
}

void ProvenanceAssessmentWidget::commitVerdict()
{
    if (mRefreshing || !mDocument || mImage < 0)
        return;
    const int value = mVerdict->currentData().toInt();
    if (value == kNoVerdict)
        return;
    const Verdict before = mDocument->imageProvenance(mImage).verdict;
    Verdict verdict = before;
    verdict.value = Verdict::Value(value);
    // Confidence and rationale are entered once a verdict is chosen (their fields are
    // disabled before); the first choice keeps what is recorded.
    if (before.isDecided()) {
        verdict.confidence = mConfidence->value() < 0 ? -1 : mConfidence->value() / 100.0;
        verdict.rationale = mRationale->text().trimmed();
    }
    if (before.isDecided() && verdict.value == before.value
        && verdict.confidence == before.confidence && verdict.rationale == before.rationale)
        return;
    verdict.decidedBy.clear();
    verdict.decidedAt = {};
    mDocument->undoStack()->push(new SetVerdictCommand(mDocument, mImage, verdict));
}

} // namespace provena
