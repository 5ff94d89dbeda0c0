// SPDX-License-Identifier: MIT
#include "session/imagefetchjob.h"

#include "core/commands/assessimagecommands.h"
#include "core/commands/attachimagefilecommand.h"
#include "core/document/articledocument.h"
#include "session/documentio.h"
#include "session/documentsession.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace provena {

ImageFetchJob::ImageFetchJob(DocumentSession *session, int index, QObject *parent)
    : QObject(parent)
    , mSession(session)
    , mDocument(session ? session->document() : nullptr)
    , mIndex(index)
    , mFetcher(new ImageFetcher(this))
{
    connect(mFetcher, &ImageFetcher::progress, this, &ImageFetchJob::progress);
    connect(mFetcher, &ImageFetcher::finished, this, &ImageFetchJob::onFetched);
    if (session) // the file would belong to an article no longer open
        connect(session, &DocumentSession::documentAboutToBeReplaced, this, &ImageFetchJob::cancel);
}

void ImageFetchJob::start(const FetchOptions &options)
{
    mFetcher->setOptions(options);
    if (!mSession || !mDocument || mIndex < 0 || mIndex >= mDocument->article().images.size()) {
        // finished() comes later, never from inside start(), as from the fetcher.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(
                Error {tr("There is no image %1 in this article.").arg(mIndex + 1), {}, {}});
        });
        return;
    }
    mFetcher->start(mDocument->article().images.at(mIndex).url, mSession->articlePath());
}

void ImageFetchJob::cancel()
{
    mFetcher->cancel();
}

void ImageFetchJob::onFetched()
{
    const Result<FetchedImage> &result = mFetcher->result();
    if (!result) {
        Q_EMIT finished(result.error());
        return;
    }
    if (!mSession || !mDocument || mSession->document() != mDocument) {
        Q_EMIT finished(Error {tr("The article was closed while image %1 was fetched; the file "
                                  "stays in “%2”.")
                                   .arg(mIndex + 1)
                                   .arg(result->path),
                               {},
                               result->path});
        return;
    }
    Q_EMIT finished(mSession->attachFetchedImage(mIndex, result.value()));
}

bool ImageFetchJob::isFetchableUrl(const QString &url)
{
    const QString scheme = QUrl(url.trimmed()).scheme().toLower();
    return scheme == u"http"_s || scheme == u"https"_s;
}

bool ImageFetchJob::needsFetch(const ImageRef &ref)
{
    return ref.localPath.isEmpty() && isFetchableUrl(ref.url);
}

CustodyEvent ImageFetchJob::custodyEvent(const FetchedImage &fetched)
{
    CustodyEvent event;
    event.role = CustodyEvent::Role::Retrieved;
    event.agent.name = u"Provena %1"_s.arg(QStringLiteral(PROVENA_VERSION));
    event.agent.kind = AgentKind::Software;
    event.date = fetched.retrievedAt.toUTC().toString(Qt::ISODate);
    event.url = fetched.requestedUrl;
    event.details = fetched.details();
    return event;
}

Status ImageFetchJob::apply(ArticleDocument &document, int index, const FetchedImage &fetched)
{
    if (index < 0 || index >= document.article().images.size())
        return Error {tr("There is no image %1 in this article.").arg(index + 1), {}, fetched.path};
    // Measured like an attached file, so the record matches what opening the article finds.
    const Result<ImageRecord> record = DocumentIO::measureImage(fetched.path);
    if (!record)
        return record.error();
    auto *macro = new QUndoCommand(
        QCoreApplication::translate("UndoCommands", "Fetch Image %1").arg(index + 1));
    new AttachImageFileCommand(&document, index, fetched.path, record->sha256, record->pixelSize,
                               macro);
    new AddCustodyEventsCommand(&document, index, {custodyEvent(fetched)}, macro);
    document.undoStack()->push(macro);
    return Status::success();
}

} // namespace provena
