// SPDX-License-Identifier: MIT
#pragma once

#include "bundle/bundleimporter.h"

#include <QString>

namespace provena::detail {

/**
 * An extracted bag checked: its checksums (BagVerifier::verifyDirectory), then every article
 * with a sidecar opened as `provena-cli validate` opens it. Shared by BundleVerifier and
 * BundleImporter.
 */
BundleVerification verifyExtractedBundle(const QString &bagDir);

/** The problems of one article of a bag: its sidecar against the article and its images. */
BundleArticleCheck checkArticle(const QString &bagDir, const QString &articlePath);

} // namespace provena::detail
