// SPDX-License-Identifier: MIT
#pragma once

#include "formats/readoptions.h"
#include "session/documentio.h"

#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace provena {

class ArticleDocument;

/** What DocumentIO::openDeferringImageHashes gave for one article, read ahead on a worker. */
struct PrefetchedOpen
{
    QString articlePath; ///< absolute
    ReadOptions options;
    qint64 inlineHashBytes = 0;
    Result<std::unique_ptr<ArticleDocument>> document;
    OpenReport report;
    QList<PendingImageHash> pending;
};

/**
 * An article read while the window is being built. Reading and parsing an article with a
 * thousand regions takes about as long as building the main window; on two cores they can run at
 * once. `provena` starts the read in main() (DocumentSession::prefetch); the session's open()
 * takes the result when it was read with the same path and options, and otherwise reads as
 * usual. One read ahead at a time, taken at most once.
 */
class DocumentPrefetch
{
public:
    /** Starts reading on a worker; the document is moved to `owner` (the GUI thread) when read. */
    static void start(const QString &articlePath, const ReadOptions &options,
                      qint64 inlineHashBytes, QThread *owner);
    /** The result read for exactly these inputs (waiting for it when still running), else
     *  nullopt. A result that does not match, or whose article or sidecar changed size or
     *  modification time since the read began, is dropped. */
    static std::optional<PrefetchedOpen> take(const QString &articlePath,
                                              const ReadOptions &options, qint64 inlineHashBytes);
};

} // namespace provena
