// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "formats/documentio.h"

#include <QCoreApplication>

#include <memory>

namespace provena {

/**
 * The window's one door to files: opening an article with its sidecar, saving, and the
 * snapshot kept for crash recovery. Wraps the formats module.
 */
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)

public:
    /**
     * Opens the article and its sidecar. `report` receives what matching the sidecar to the
     * article found (re-anchored and orphaned links, changed images).
     */
    [[nodiscard]] static Result<std::unique_ptr<ArticleDocument>>
    open(const QString &articlePath, OpenReport *report = nullptr);
    /** Writes the sidecar and marks the document saved. */
    [[nodiscard]] static Status save(ArticleDocument &document);
    /** Sets an unreadable sidecar aside (SIDECAR.broken-…), then saves. */
    [[nodiscard]] static Status saveKeepingBrokenCopy(ArticleDocument &document, QString *copyPath);
    static QString sidecarPathFor(const QString &articlePath);
    /** The sidecar content for the document as it is now (for recovery files). */
    static QByteArray snapshot(const ArticleDocument &document);
    /** Loads a snapshot's annotations into `document` as unsaved changes. */
    [[nodiscard]] static Status restore(ArticleDocument &document, const QByteArray &snapshot,
                                        const QString &pathForErrors);
};

} // namespace provena
