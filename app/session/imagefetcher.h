// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "core/io/sha256.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;
class QTimer;

namespace provena {

/** The limits of one fetch (docs/fetching.md). */
struct FetchOptions
{
    /** The most bytes accepted, enforced while streaming (setting `network/maxDownloadMB`). */
    qint64 maxBytes = qint64(100) << 20;
    /** From the request (or a redirect) to the response's headers. */
    int connectTimeoutMs = 15000;
    /** The longest pause between two pieces of the body. */
    int idleTimeoutMs = 30000;
    /** No network access at all (setting `network/offline`, provena-cli --offline). */
    bool offline = false;

    static constexpr int kMaxRedirects = 5;

    /**
     * The defaults with the settings `network/maxDownloadMB` and `network/offline` applied, read
     * from the organisation-wide settings file (Provena.conf) that the GUI and the CLI share.
     */
    static FetchOptions fromSettings();
    /** Stores the setting `network/offline` (Edit › Preferences…). */
    static void setOfflineSetting(bool offline);
};

/** What a successful fetch saved and what the server said: the custody record's facts. */
struct FetchedImage
{
    QString path; ///< absolute path of the file in STEM_files/
    bool reused = false; ///< an identical file was already there; nothing was written
    QString sha256; ///< lower-case hex of the bytes received
    qint64 byteSize = 0;
    QString requestedUrl;
    QString finalUrl; ///< after redirects
    /** One {"url", "httpStatus", "location"} per redirect followed, in order. */
    QJsonArray redirects;
    int httpStatus = 0;
    QString contentType; ///< as the server sent them; empty when it sent none
    qint64 contentLength = -1; ///< -1 when the server sent none (chunked)
    QString lastModified;
    QString etag;
    QString serverDate;
    QDateTime retrievedAt; ///< UTC, whole seconds: when the transfer completed
    QString format; ///< sniffed from the bytes, "jpeg", "png" …
    QSize pixelSize; ///< displayed (after EXIF orientation)

    /** The custody event's `details` (docs/fetching.md lists the fields). */
    QJsonObject details() const;
};

/**
 * Downloads one image URL into the article's `STEM_files/` folder, where ImageResolver looks,
 * asynchronously (QNetworkAccessManager; nothing blocks the event loop).
 *
 * Only http and https; redirects are followed here, not by Qt, at most
 * FetchOptions::kMaxRedirects, never from https to http, and a URL seen twice is a loop. The body
 * is streamed into a temporary file in the destination folder while it is hashed (SHA-256) and
 * counted against the size cap; it is renamed into place only when complete (Content-Length
 * reached, no transfer error) and when its bytes probe as an image (ImageDecoder::probe, not the
 * Content-Type). Whatever fails — refused, cancelled, timed out, cut off — leaves no file behind.
 * An existing file with the same name is never overwritten: when it holds the same bytes it is
 * used, else the fetch fails naming it. Nothing is written through a symbolic link: the folder
 * must be a real folder inside the article's folder, and the temporary file and the rename stay
 * in it.
 */
class ImageFetcher : public QObject
{
    Q_OBJECT

public:
    explicit ImageFetcher(QObject *parent = nullptr);
    /** Aborts a transfer still running (its temporary file is removed); emits nothing. */
    ~ImageFetcher() override;

    void setOptions(const FetchOptions &options) { mOptions = options; }
    const FetchOptions &options() const { return mOptions; }

    /**
     * Starts fetching `url` for the article at `articlePath` (into "STEM_files/"). finished()
     * follows, also when the fetch is refused at once (offline, scheme, folder), never from
     * inside this call.
     */
    void start(const QString &url, const QString &articlePath);
    /** Stops the transfer; finished() follows with a "cancelled" error. */
    void cancel();
    bool isRunning() const { return mRunning; }
    /** The outcome, valid after finished(). */
    const Result<FetchedImage> &result() const { return mResult; }

    /** start() and wait in a local event loop for finished() (provena-cli, tests). */
    Result<FetchedImage> fetchAndWait(const QString &url, const QString &articlePath);

    /** Where images of the article at `articlePath` are fetched to: "DIR/STEM_files". */
    static QString folderFor(const QString &articlePath);
    /** Success for an absolute http or https URL with a host; else why it is refused. */
    static Status checkUrl(const QUrl &url);
    /**
     * Whether a redirect from `from` to `to` may be followed, after `visited` (the URLs
     * requested so far, `from` last): only http(s), never https → http, no URL twice, at most
     * FetchOptions::kMaxRedirects in all.
     */
    static Status checkRedirect(const QUrl &from, const QUrl &to, const QList<QUrl> &visited);
    /**
     * The file name for `url`: ImageResolver::fileNameFromUrl without separators, control
     * characters or leading dots, at most 120 characters; when that leaves no name or no image
     * extension, one is derived from the sniffed `format` ("image.jpg", "photo.php.png").
     */
    static QString fileNameFor(const QString &url, const QString &format);
    /** True when `head` (the first bytes of a body) looks like an HTML page. */
    static bool looksLikeHtml(const QByteArray &head);
    /** "Provena 1.2.0 (Qt Network)", the `retrievedWith` of every custody record. */
    static QString retrievedWith();

Q_SIGNALS:
    /** Bytes of the body received so far; `total` is -1 when the server did not say. */
    void progress(qint64 received, qint64 total);
    void finished();

private:
    Status prepareFolder(const QString &articlePath);
    void sendRequest(const QUrl &url);
    void onHeaders();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void complete();
    void fail(Error error);
    void finish(Result<FetchedImage> result);
    void dropReply();
    void cleanUp();

    FetchOptions mOptions;
    QNetworkAccessManager *mNetwork = nullptr; ///< created on the first request only
    QNetworkReply *mReply = nullptr;
    QTimer *mTimer;
    std::unique_ptr<QTemporaryFile> mTemp;
    std::unique_ptr<Sha256> mHash;
    QString mFolder;
    bool mCreatedFolder = false;
    bool mRunning = false;
    bool mHeadersSeen = false;
    bool mReceivingHeaders = true; ///< which timeout applies: connect or idle
    QList<QUrl> mVisited;
    QByteArray mHead; ///< the first bytes of the body, for the HTML check
    qint64 mReceived = 0;
    FetchedImage mFetched;
    Result<FetchedImage> mResult;
};

} // namespace provena
