// SPDX-License-Identifier: MIT
#pragma once

#include "bundle/bagwriter.h"
#include "core/io/result.h"
#include "formats/readoptions.h"
#include "media/forensicview.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <atomic>
#include <functional>

namespace provena {

/**
 * The bundle settings the GUI and provena-cli share (organisation-wide Provena.conf, like
 * XmpSettings): `bundle/sourceOrganization`, `bundle/contactName`, `bundle/contactEmail`.
 */
namespace BundleSettings {
QString sourceOrganization();
void setSourceOrganization(const QString &value);
QString contactName();
void setContactName(const QString &value);
QString contactEmail();
void setContactEmail(const QString &value);
} // namespace BundleSettings

/** Where one article's files are inside the bundle; every path relative to data/. */
struct BundleArticleLayout
{
    QString articlePath; ///< the source article (absolute)
    QString folder; ///< "story" (the article's stem; "story-2" when two share one)
    QString articleFile; ///< "story/story.md"
    QString sidecarFile; ///< "story/story.md.provena.jsonld"
    QStringList imageFiles; ///< per image index; empty when the image has no local file
    QStringList xmpFiles; ///< per image index; empty when none
    QStringList renderingFiles; ///< per image index; empty when not rendered
    QHash<QUuid, QString> cropFiles; ///< per region
    /** Per image index: its forensic views ("story/forensics/photo-ela.png"), in the order of
     *  BundleExportOptions::forensicViews; empty when none were asked for or made. */
    QList<QStringList> forensicFiles;
    QString cocoFile; ///< "story/coco.json"
    QString reportFile; ///< "story/report.html"
    QString reportPdfFile; ///< "story/report.pdf"; empty without a PDF
};

struct BundleExportOptions
{
    QDate date; ///< Bagging-Date and every entry's time; invalid: today (UTC)
    bool render = true; ///< renderings and crops (--no-render: neither; the report uses SVG)
    bool pdf = true; ///< the report as PDF too
    /**
     * Forensic views written for every image as forensics/<image>-<view>.png, at the displayed
     * image's size (opt-in: empty, the default, writes none; `--forensics`).
     */
    QList<ForensicView::Kind> forensicViews;
    QString sourceOrganization; ///< bag-info; empty: BundleSettings
    QString contactName;
    QString contactEmail;
    QString externalDescription; ///< empty: "Provena bundle of N articles: titles…"
    ReadOptions readOptions; ///< e.g. images outside an article's folder the analyst allowed
    int threads = 2; ///< articles prepared at once
};

struct BundleExportProgress
{
    enum class Phase { Preparing, Writing, Done };
    Phase phase = Phase::Preparing;
    int articlesDone = 0;
    int articlesTotal = 0;
    qint64 bytesDone = 0; ///< Writing: payload bytes written
    qint64 bytesTotal = 0;
    QString current; ///< the file being worked on
};

struct BundleExportSummary
{
    BagWriteSummary bag;
    QList<BundleArticleLayout> articles;
    /** What was left out or could not be made, one translated sentence each ("image 2 of
     *  story.md: not on disk; not in the bundle"). */
    QStringList warnings;
};

/**
 * Exports articles with everything Provena knows of them as one BagIt zip (docs/bundles.md).
 *
 * Each article is opened as saved (DocumentIO::open) — unsaved edits in a window are the GUI's
 * to save first. Preparing (sidecar with paths rewritten for the bundle, XMP sidecars,
 * renderings, crops, COCO, report HTML and PDF) runs on `threads` articles at once into a
 * temporary staging folder, so memory does not grow with the number of articles; then BagWriter
 * streams originals and staged files into the zip, hashing as it writes. Cancelling leaves no
 * file at `zipPath`. Deterministic for a fixed `options.date`.
 */
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)

public:
    using Progress = std::function<void(const BundleExportProgress &)>;

    [[nodiscard]] static Result<BundleExportSummary>
    exportBundle(const QStringList &articlePaths, const QString &zipPath,
                 const BundleExportOptions &options = {},
                 const std::atomic_bool *cancelled = nullptr, const Progress &progress = {});

    /** The bag's folder name: the zip's file name without ".zip". */
    static QString bagNameFor(const QString &zipPath);
};

} // namespace provena
