// SPDX-License-Identifier: MIT
#include "ui/mainwindow/openreportbar.h"

#include "core/document/articledocument.h"

#include <QFileInfo>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace provena {

namespace {

QString quote(const QString &text)
{
    constexpr qsizetype kMax = 60;
    QString simplified = text.simplified();
    if (simplified.size() > kMax)
        simplified = simplified.left(kMax - 1) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(simplified);
}

/** "a.jpg, b.jpg": the file names (or URLs) of `problems`, for one line. */
QString namesOf(const QList<OpenReport::ImageProblem> &problems)
{
    QStringList names;
    for (const OpenReport::ImageProblem &p : problems)
        names.append(p.path.isEmpty() ? p.url : QFileInfo(p.path).fileName());
    return names.join(QStringLiteral(", "));
}

} // namespace

OpenReportBar::OpenReportBar(QWidget *parent)
    : QFrame(parent)
    , mText(new QLabel)
    , mAllowOutside(new QPushButton(tr("&Allow Images Outside the Folder")))
    , mDetails(new QPushButton(tr("&Details…")))
    , mDismiss(new QPushButton(tr("D&ismiss")))
{
    setObjectName(QStringLiteral("openReportBar"));
    setAccessibleName(tr("What changed since the annotations were saved"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xe8, 0xf0, 0xfe));
    p.setColor(QPalette::WindowText, QColor(0x17, 0x2b, 0x4d));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    mText->setWordWrap(true);
    mText->setObjectName(QStringLiteral("openReportText"));
    layout->addWidget(mText, 1);
    mDetails->setAccessibleName(tr("Show the changed links and images"));
    mDismiss->setAccessibleName(tr("Hide this notice"));
    mAllowOutside->setObjectName(QStringLiteral("allowOutsideButton"));
    mAllowOutside->setAccessibleName(
        tr("Read the images outside the article's folder for this article and reopen it"));
    layout->addWidget(mAllowOutside);
    layout->addWidget(mDetails);
    layout->addWidget(mDismiss);
    connect(mAllowOutside, &QPushButton::clicked, this, &OpenReportBar::allowOutsideRequested);
    connect(mDetails, &QPushButton::clicked, this, &OpenReportBar::detailsRequested);
    connect(mDismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void OpenReportBar::setReport(const OpenReport &report)
{
    mReport = report;
    OpenReport changes = report;
    changes.imageProblems.clear();
    const QString changed = summarise(changes);
    QStringList sentences;
    if (!changed.isEmpty())
        sentences.append(tr("Since the annotations were saved: %1. Regions of changed images are "
                            "marked for review.")
                             .arg(changed));
    if (const QString images = imageProblemsText(report); !images.isEmpty())
        sentences.append(images);
    mText->setText(sentences.join(u' '));
    mAllowOutside->setVisible(
        !report.imageProblemsOf(ImageRecord::Problem::OutsideFolder).isEmpty());
    setVisible(!sentences.isEmpty());
}

QString OpenReportBar::imageProblemsText(const OpenReport &report)
{
    QStringList sentences;
    const QList<OpenReport::ImageProblem> outside
        = report.imageProblemsOf(ImageRecord::Problem::OutsideFolder);
    if (!outside.isEmpty())
        sentences.append(tr("%n image(s) outside the article's folder not read: %1.", nullptr,
                            int(outside.size()))
                             .arg(namesOf(outside)));
    QList<OpenReport::ImageProblem> unchecked;
    for (const OpenReport::ImageProblem &p : report.imageProblems) {
        if (p.problem != ImageRecord::Problem::OutsideFolder)
            unchecked.append(p);
    }
    if (!unchecked.isEmpty())
        sentences.append(
            tr("%n image(s) missing, unreadable or not images: %1.", nullptr, int(unchecked.size()))
                .arg(namesOf(unchecked)));
    return sentences.join(u' ');
}

QString OpenReportBar::summary() const
{
    return mText->text();
}

QString OpenReportBar::summarise(const OpenReport &report)
{
    QStringList parts;
    if (report.sidecarUnreadable)
        parts.append(
            tr("the saved annotations could not be read (%1)").arg(report.sidecarError.message));
    const int moved = int(report.reanchored.size());
    const int orphaned = int(report.orphaned.size());
    if (moved > 0)
        parts.append(tr("%n text link(s) re-anchored", nullptr, moved));
    if (orphaned > 0)
        parts.append(moved > 0 ? tr("%n orphaned", nullptr, orphaned)
                               : tr("%n text link(s) orphaned", nullptr, orphaned));
    if (!report.changedImages.isEmpty())
        parts.append(tr("%n image(s) changed", nullptr, int(report.changedImages.size())));
    if (!report.missingImages.isEmpty())
        parts.append(
            tr("%n image(s) no longer in the article", nullptr, int(report.missingImages.size())));
    if (const qsizetype outside
        = report.imageProblemsOf(ImageRecord::Problem::OutsideFolder).size())
        parts.append(
            tr("%n image(s) outside the article's folder not read", nullptr, int(outside)));
    if (const qsizetype unchecked = report.imageProblems.size()
            - report.imageProblemsOf(ImageRecord::Problem::OutsideFolder).size())
        parts.append(tr("%n image(s) missing, unreadable or not images", nullptr, int(unchecked)));
    return parts.join(QStringLiteral(", "));
}

QString OpenReportBar::details(const OpenReport &report, const ArticleDocument &document)
{
    QStringList lines;
    for (const OpenReport::Anchor &a : report.reanchored) {
        if (a.status == TextAnchor::Status::Fuzzy)
            lines.append(tr("%1: found again by approximate match (%2 % similar), now at "
                            "characters %3–%4.")
                             .arg(quote(a.exact))
                             .arg(qRound(a.similarity * 100))
                             .arg(a.newRange.start)
                             .arg(a.newRange.end));
        else
            lines.append(tr("%1: moved from characters %2–%3 to %4–%5.")
                             .arg(quote(a.exact))
                             .arg(a.oldRange.start)
                             .arg(a.oldRange.end)
                             .arg(a.newRange.start)
                             .arg(a.newRange.end));
    }
    for (const OpenReport::Anchor &a : report.orphaned)
        lines.append(tr("%1: orphaned, not found in the text any more. The link is kept; "
                        "unlink it in the Properties dock or link the region to new text.")
                         .arg(quote(a.exact)));
    for (int image : report.changedImages) {
        int regions = 0;
        for (const Region &r : document.regions())
            regions += r.imageIndex == image ? 1 : 0;
        lines.append(tr("Image %1 changed since the annotations were saved; its %n region(s) "
                        "are marked for review.",
                        nullptr, regions)
                         .arg(image + 1));
    }
    for (int image : report.missingImages)
        lines.append(tr("Recorded image %1 is no longer in the article; its regions are kept.")
                         .arg(image + 1));
    for (const OpenReport::ImageProblem &p : report.imageProblems)
        lines.append(tr("Image %1: %2").arg(p.index + 1).arg(p.detail));
    return lines.join(QStringLiteral("\n"));
}

} // namespace provena
