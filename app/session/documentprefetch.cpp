// SPDX-License-Identifier: MIT
#include "session/documentprefetch.h"

#include "core/document/articledocument.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace provena {

namespace {

/** What a file looked like: a read ahead is used only if its files still look the same. */
struct FileStamp
{
    bool exists = false;
    qint64 size = -1;
    QDateTime modified;

    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

FileStamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    return {info.exists(), info.size(), info.lastModified()};
}

/** The article and its sidecar, before they are read. */
std::pair<FileStamp, FileStamp> stampsOf(const QString &articlePath)
{
    return {stampOf(articlePath), stampOf(DocumentIO::sidecarPathFor(articlePath))};
}

struct Slot
{
    QMutex mutex;
    QString articlePath;
    ReadOptions options;
    qint64 inlineHashBytes = 0;
    std::pair<FileStamp, FileStamp> stamps;
    QFuture<std::shared_ptr<PrefetchedOpen>> future;
};

Slot &slot()
{
    static Slot instance;
    return instance;
}

} // namespace

void DocumentPrefetch::start(const QString &articlePath, const ReadOptions &options,
                             qint64 inlineHashBytes, QThread *owner)
{
    Slot &s = slot();
    const QMutexLocker lock(&s.mutex);
    s.articlePath = articlePath;
    s.options = options;
    s.inlineHashBytes = inlineHashBytes;
    s.stamps = stampsOf(articlePath);
    s.future = QtConcurrent::run([articlePath, options, inlineHashBytes, owner] {
        auto ahead = std::make_shared<PrefetchedOpen>();
        ahead->articlePath = articlePath;
        ahead->options = options;
        ahead->inlineHashBytes = inlineHashBytes;
        ahead->document = DocumentIO::openDeferringImageHashes(articlePath, &ahead->report, options,
                                                               &ahead->pending, inlineHashBytes);
        // Made here, used there: a QObject is pushed to its new thread by its current one.
        if (ahead->document)
            ahead->document.value()->moveToThread(owner);
        return ahead;
    });
}

std::optional<PrefetchedOpen> DocumentPrefetch::take(const QString &articlePath,
                                                     const ReadOptions &options,
                                                     qint64 inlineHashBytes)
{
    Slot &s = slot();
    QFuture<std::shared_ptr<PrefetchedOpen>> future;
    std::pair<FileStamp, FileStamp> stamps;
    bool matches = false;
    {
        const QMutexLocker lock(&s.mutex);
        if (s.future.isValid()) {
            matches = s.articlePath == articlePath
                && s.options.allowImagesOutsideFolder == options.allowImagesOutsideFolder
                && s.inlineHashBytes == inlineHashBytes;
            stamps = s.stamps;
            future = std::exchange(s.future, {});
        }
    }
    if (!future.isValid())
        return std::nullopt;
    const std::shared_ptr<PrefetchedOpen> ahead = future.result(); // waits if still reading
    // Read for another path or options, or its files changed since (size or time): dropped here.
    if (!matches || !ahead || stampsOf(articlePath) != stamps)
        return std::nullopt;
    return std::move(*ahead);
}

} // namespace provena
