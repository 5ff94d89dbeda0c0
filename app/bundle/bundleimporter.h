// SPDX-License-Identifier: MIT
#pragma once

#include "bundle/bagverifier.h"
#include "bundle/safeextractor.h"
#include "core/io/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace provena {

/** One article of a bundle, checked against its sidecar and images. */
struct BundleArticleCheck
{
    QString articleFile; ///< relative to the bag folder: "data/story/story.md"
    QList<BagProblem> problems; ///< sidecar unreadable, article or image hash differs, …
};

/** What BundleVerifier found: the bag, then every article's sidecar. */
struct BundleVerification
{
    BagVerification bag;
    QList<BundleArticleCheck> articles;
    /** The zip could not be read or extracted safely (refused): nothing else was checked. */
    QString refusal;

    bool isValid() const;
    int problemCount() const;
};

/**
 * `provena-cli verify`: checks a bundle without keeping anything — the bag (BagVerifier), then,
 * extracted into a temporary folder (SafeExtractor), every article's sidecar against the article
 * and its images (as `provena-cli validate` does).
 */
class BundleVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BundleVerifier)

public:
    static BundleVerification verify(const QString &zipPath);
};

struct BundleImportReport
{
    QString bagDir; ///< DIR/<bag name>
    QStringList articlePaths; ///< absolute, the articles with a Provena sidecar, sorted
    BundleVerification verification;
};

/**
 * Opens a bundle: SafeExtractor into `destDir`, then the bag's checksums and every sidecar are
 * verified; a bundle that fails either is refused and its extracted folder removed, so a refused
 * bundle leaves nothing behind. Used by `provena-cli import` and File › Open in the GUI.
 */
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    [[nodiscard]] static Result<BundleImportReport>
    import(const QString &zipPath, const QString &destDir, const ExtractLimits &limits = {},
           const std::atomic_bool *cancelled = nullptr);

    /** The articles under `bagDir`/data that have a `.provena.jsonld` sidecar, sorted. */
    static QStringList findArticles(const QString &bagDir);
};

} // namespace provena
