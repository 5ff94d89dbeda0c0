// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/provenance.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace provena {

class ArticleDocument;

/**
 * The five verification pillars and the verdict of the current image: per pillar a status, a
 * note and evidence (the article text selected when "+ Text" is pressed); then the verdict with
 * confidence and rationale. Each committed change (a combo chosen, a note or rationale finished
 * with Enter or by leaving the field) is one undo step (SetPillarAssessmentCommand,
 * SetVerdictCommand); who decided when is shown beside each. The widgets follow the record on
 * every change, undo and redo included.
 */
class ProvenanceAssessmentWidget : public QWidget
{
    Q_OBJECT

public:
    using SelectedText = std::function<Evidence()>;

    explicit ProvenanceAssessmentWidget(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    void setImage(int imageIndex);
    void setSelectedTextSource(SelectedText source) { mSelectedText = std::move(source); }
    /** Shows the record again (after provenanceChanged / provenanceReset). */
    void refresh();

    QComboBox *pillarStatusCombo(Pillar pillar) const { return mPillars.at(size_t(pillar)).status; }
    QLineEdit *pillarNoteEdit(Pillar pillar) const { return mPillars.at(size_t(pillar)).note; }
    QPushButton *pillarEvidenceButton(Pillar pillar) const
    {
        return mPillars.at(size_t(pillar)).addText;
    }
    QComboBox *verdictCombo() const { return mVerdict; }
    QDoubleSpinBox *confidenceSpin() const { return mConfidence; }
    QLineEdit *rationaleEdit() const { return mRationale; }
    QLabel *verdictStamp() const { return mVerdictStamp; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    struct PillarRow
    {
        QComboBox *status = nullptr;
        QLineEdit *note = nullptr;
        QPushButton *addText = nullptr;
        QLabel *stamp = nullptr;
    };

    void commitPillar(Pillar pillar, bool addSelectedText);
    void commitVerdict();
    static QString stampText(const QString &who, const QDateTime &when, int evidence);

    QPointer<ArticleDocument> mDocument;
    int mImage = -1;
    SelectedText mSelectedText;
    std::array<PillarRow, kPillarCount> mPillars;
    QComboBox *mVerdict;
    QDoubleSpinBox *mConfidence;
    QLineEdit *mRationale;
    QLabel *mVerdictStamp;
    bool mRefreshing = false;
};

} // namespace provena
