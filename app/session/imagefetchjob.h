// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/model/provenance.h"
#include "session/imagefetcher.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace provena {

class ArticleDocument;
class DocumentSession;
struct ImageRef;

/**
 * Fetching one image of an open article, and what a fetch does to the document — shared by the
 * GUI (through a job on a DocumentSession) and provena-cli (through apply() in its edit).
 *
 * A successful fetch becomes one undo step, "Fetch Image N": the file is attached
 * (AttachImageFileCommand, measured like DocumentSession::attachImage) and a Retrieved custody
 * event is recorded (AddCustodyEventsCommand) with Provena as the agent and the HTTP facts in
 * its `details`.
 */
class ImageFetchJob : public QObject
{
    Q_OBJECT

public:
    /** A job for image `index` of `session`'s document; start() runs it. */
    ImageFetchJob(DocumentSession *session, int index, QObject *parent = nullptr);

    int imageIndex() const { return mIndex; }
    ImageFetcher *fetcher() const { return mFetcher; }
    /**
     * Starts the fetch with `options`; finished() follows (not from inside this call). The job
     * is cancelled when the session's document is replaced or closed.
     */
    void start(const FetchOptions &options = FetchOptions::fromSettings());
    void cancel();
    bool isRunning() const { return mFetcher->isRunning(); }

    /** True for an http or https URL (the only ones Provena fetches). */
    static bool isFetchableUrl(const QString &url);
    /** True when `ref` has such a URL and no local file. */
    static bool needsFetch(const ImageRef &ref);
    /** The Retrieved custody event of `fetched`: agent Provena (software), date, URL, details. */
    static CustodyEvent custodyEvent(const FetchedImage &fetched);
    /**
     * Measures the fetched file and pushes the "Fetch Image N" macro on `document`'s undo stack.
     * Fails, changing nothing, when the index is out of range or the file cannot be measured.
     */
    [[nodiscard]] static Status apply(ArticleDocument &document, int index,
                                      const FetchedImage &fetched);

Q_SIGNALS:
    /** Bytes received so far; `total` is -1 when the server did not say. */
    void progress(qint64 received, qint64 total);
    /** Done: the image is attached (success) or why not. */
    void finished(const provena::Status &status);

private:
    void onFetched();

    QPointer<DocumentSession> mSession;
    QPointer<ArticleDocument> mDocument;
    int mIndex;
    ImageFetcher *mFetcher;
};

} // namespace provena
