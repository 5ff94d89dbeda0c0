// SPDX-License-Identifier: MIT
#pragma once

#include "session/documentio.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace provena {

class ArticleDocument;

/**
 * A non-modal bar shown after opening an article whose annotations no longer match it exactly:
 * "2 text links re-anchored, 1 orphaned, 1 image changed", with Details… and Dismiss. It also
 * names images that could not be checked (missing, unreadable, not images) and images outside
 * the article's folder that were not read, with a button that allows those for this article
 * (allowOutsideRequested(); the owner reopens the article).
 */
class OpenReportBar : public QFrame
{
    Q_OBJECT

public:
    explicit OpenReportBar(QWidget *parent = nullptr);

    /** Shows the summary of `report`, or hides the bar when there is nothing to say. */
    void setReport(const OpenReport &report);
    const OpenReport &report() const { return mReport; }
    QString summary() const;
    QPushButton *detailsButton() const { return mDetails; }
    QPushButton *allowOutsideButton() const { return mAllowOutside; }

    /** One line for the bar. Empty when the report is clean. */
    static QString summarise(const OpenReport &report);
    /** One line per re-anchored or orphaned link, changed or missing image. */
    static QString details(const OpenReport &report, const ArticleDocument &document);

Q_SIGNALS:
    void detailsRequested();
    /** The analyst allows the images outside the article's folder for this article. */
    void allowOutsideRequested();

private:
    /** The sentences about images that could not be read; empty when there are none. */
    static QString imageProblemsText(const OpenReport &report);

    OpenReport mReport;
    QLabel *mText;
    QPushButton *mAllowOutside;
    QPushButton *mDetails;
    QPushButton *mDismiss;
};

} // namespace provena
