// SPDX-License-Identifier: MIT
#pragma once

// Preparing one article for a bundle: everything derived from it is written into a staging
// folder, and the bag's payload lists the originals and the staged files by path, so BagWriter
// streams them and memory does not grow with the number of articles.

#include "bundle/bagwriter.h"
#include "bundle/bundleexporter.h"
#include "core/io/result.h"
#include "formats/readoptions.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace provena::detail {

struct StageOptions
{
    bool render = true;
    bool pdf = true;
    QList<ForensicView::Kind> forensicViews;
    ReadOptions readOptions;
    QDate date;
    QString bundleName;
    const std::atomic_bool *cancelled = nullptr;
};

/** One article, prepared. */
struct StagedArticle
{
    BundleArticleLayout layout;
    QList<BagPayloadFile> payload; ///< paths relative to data/
    QStringList warnings; ///< each names the article and the image or file concerned
    QString title; ///< the article's title, or its file name
    bool failed = false;
    bool cancelled = false;
    Error error; ///< when failed
};

/**
 * Opens `articlePath` (DocumentIO::open) and stages its derived files under
 * `stagingDir`/`folder`. Fails when the article or its sidecar cannot be read: a bundle never
 * leaves an article's annotations out silently. Reentrant (one article per call).
 */
StagedArticle stageArticle(const QString &articlePath, const QString &folder,
                           const QString &stagingDir, const StageOptions &options);

/** data/index.html: a page linking each article's report, for bundles of several articles. */
QByteArray bundleIndexHtml(const QString &bundleName, const QList<StagedArticle> &articles,
                           const QDate &date);

} // namespace provena::detail
