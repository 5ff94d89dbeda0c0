// SPDX-License-Identifier: MIT
#include "session/imagefetcher.h"

#include "core/io/fileaccess.h"
#include "core/io/sha256.h"
#include "formats/imageresolver.h"
#include "media/imagedecoder.h"
#include "media/imagehasher.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

/** Enough of the body to tell an HTML page from an image. */
constexpr qsizetype kHeadBytes = 1024;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f',
                           bytes < (qint64(10) << 20) ? 1 : 0);
}

QString header(const QNetworkReply *reply, const char *name)
{
    return QString::fromLatin1(reply->rawHeader(name)).trimmed();
}

} // namespace

ImageFetcher::ImageFetcher(QObject *parent)
    : QObject(parent)
    , mTimer(new QTimer(this))
{
    mTimer->setSingleShot(true);
    connect(mTimer, &QTimer::timeout, this, &ImageFetcher::onTimeout);
}

ImageFetcher::~ImageFetcher()
{
    dropReply();
    cleanUp();
}

void ImageFetcher::start(const QString &url, const QString &articlePath)
{
    if (mRunning)
        return;
    mRunning = true;
    mResult = Result<FetchedImage>();
    mFetched = FetchedImage {};
    mFetched.requestedUrl = url;
    mVisited.clear();
    const auto refuse = [this](Error error) {
        // finished() never comes from inside start(): callers connect after starting, too.
        QTimer::singleShot(0, this, [this, error] { fail(error); });
    };
    // Offline means no network access at all: refused before anything else happens.
    if (mOptions.offline) {
        refuse(Error {tr("Provena is offline (the setting “network/offline” or --offline), so it "
                         "did not fetch “%1”. Turn offline mode off to fetch images.")
                          .arg(url),
                      {},
                      {}});
        return;
    }
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (const Status valid = checkUrl(parsed); !valid) {
        refuse(valid.error());
        return;
    }
    if (const Status folder = prepareFolder(articlePath); !folder) {
        refuse(folder.error());
        return;
    }
    sendRequest(parsed);
}

Status ImageFetcher::prepareFolder(const QString &articlePath)
{
    mFolder = folderFor(articlePath);
    mCreatedFolder = false;
    const QFileInfo folder(mFolder);
    if (folder.isSymLink())
        return Error {tr("“%1” is a symbolic link; Provena never writes through links. Replace it "
                         "with a folder.")
                          .arg(mFolder),
                      FileAccess::linkTarget(mFolder), mFolder};
    if (folder.exists() && !folder.isDir())
        return Error {tr("“%1” is not a folder, so the image cannot be saved there.").arg(mFolder),
                      {},
                      mFolder};
    if (!folder.exists()) {
        if (!QDir().mkdir(mFolder))
            return Error {tr("Could not create the folder “%1” for fetched images. Check that the "
                             "article's folder is writable.")
                              .arg(mFolder),
                          {},
                          mFolder};
        mCreatedFolder = true;
    }
    // A link further up may still lead out of the article's folder.
    const QString canonicalDir = QFileInfo(articlePath).absoluteDir().canonicalPath();
    const QString canonical = QFileInfo(mFolder).canonicalFilePath();
    if (canonical == canonicalDir || !ImageResolver::liesInside(canonical, canonicalDir))
        return Error {tr("“%1” leads outside the article's folder (to “%2”); Provena does not "
                         "write there.")
                          .arg(mFolder, canonical),
                      {},
                      mFolder};
    return Status::success();
}

void ImageFetcher::sendRequest(const QUrl &url)
{
    if (!mNetwork) {
        mNetwork = new QNetworkAccessManager(this);
        mNetwork->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    mVisited.append(url);
    mHeadersSeen = false;
    mReceivingHeaders = true;
    QNetworkRequest request(url);
    // Redirects are judged here (checkRedirect), never followed by Qt.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The bytes hashed must be the bytes the server holds, not a decompressed copy.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Provena/%1"_s.arg(QStringLiteral(PROVENA_VERSION)));
    mReply = mNetwork->get(request);
    connect(mReply, &QNetworkReply::metaDataChanged, this, &ImageFetcher::onHeaders);
    connect(mReply, &QNetworkReply::readyRead, this, &ImageFetcher::onReadyRead);
    connect(mReply, &QNetworkReply::finished, this, &ImageFetcher::onReplyFinished);
    mTimer->start(mOptions.connectTimeoutMs);
}

void ImageFetcher::onHeaders()
{
    if (!mReply || mHeadersSeen)
        return;
    const QVariant statusValue = mReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusValue.isValid())
        return; // not the headers yet
    mHeadersSeen = true;
    mReceivingHeaders = false;
    mTimer->start(mOptions.idleTimeoutMs);
    const int status = statusValue.toInt();
    const QUrl current = mReply->url();
    const QString reason = QString::fromUtf8(
        mReply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = mReply->rawHeader("Location");
        if (location.isEmpty()) {
            fail(Error {tr("The server answered %1 %2 for “%3” without saying where to go; "
                           "nothing was saved.")
                            .arg(status)
                            .arg(reason, current.toString()),
                        {},
                        {}});
            return;
        }
        const QUrl target = current.resolved(QUrl::fromEncoded(location));
        if (const Status allowed = checkRedirect(current, target, mVisited); !allowed) {
            fail(allowed.error());
            return;
        }
        QJsonObject hop;
        hop.insert(u"url"_s, current.toString());
        hop.insert(u"httpStatus"_s, status);
        hop.insert(u"location"_s, target.toString());
        mFetched.redirects.append(hop);
        dropReply();
        sendRequest(target);
        return;
    }
    if (status != 200) {
        fail(Error {tr("The server answered %1 %2 for “%3”; nothing was saved.")
                        .arg(status)
                        .arg(reason, current.toString()),
                    {},
                    current.toString()});
        return;
    }
    mFetched.finalUrl = current.toString();
    mFetched.httpStatus = status;
    mFetched.contentType = header(mReply, "Content-Type");
    mFetched.lastModified = header(mReply, "Last-Modified");
    mFetched.etag = header(mReply, "ETag");
    mFetched.serverDate = header(mReply, "Date");
    bool known = false;
    const qint64 length = header(mReply, "Content-Length").toLongLong(&known);
    mFetched.contentLength = known && length >= 0 ? length : -1;
    if (mFetched.contentLength > mOptions.maxBytes) {
        fail(Error {tr("“%1” is %2 MB, more than the limit of %3 MB (the setting "
                       "“network/maxDownloadMB”, --max-size); nothing was downloaded.")
                        .arg(current.toString(), megabytes(mFetched.contentLength),
                             megabytes(mOptions.maxBytes)),
                    {},
                    {}});
        return;
    }
    mTemp = std::make_unique<QTemporaryFile>(mFolder + u"/.provena-fetch-XXXXXX.part"_s);
    if (!mTemp->open()) {
        fail(Error {tr("Could not create a file in “%1” for the download. Check that the folder "
                       "is writable.")
                        .arg(mFolder),
                    mTemp->errorString(), mFolder});
        return;
    }
    mHash = std::make_unique<Sha256>();
    mReceived = 0;
    mHead.clear();
}

void ImageFetcher::onReadyRead()
{
    if (!mReply)
        return;
    if (!mHeadersSeen)
        onHeaders();
    if (!mReply || !mTemp)
        return; // a redirect or a refusal: its body is not wanted
    const QByteArray chunk = mReply->readAll();
    if (chunk.isEmpty())
        return;
    mTimer->start(mOptions.idleTimeoutMs);
    mReceived += chunk.size();
    if (mReceived > mOptions.maxBytes) {
        fail(Error {tr("“%1” passed the limit of %2 MB while downloading (the server did not "
                       "announce its size); the download was stopped and nothing was saved.")
                        .arg(mFetched.finalUrl, megabytes(mOptions.maxBytes)),
                    {},
                    {}});
        return;
    }
    if (mHead.size() < kHeadBytes)
        mHead += chunk.left(kHeadBytes - mHead.size());
    mHash->addData(chunk);
    if (mTemp->write(chunk) != chunk.size()) {
        fail(Error {
            tr("Could not write the download to “%1”: %2").arg(mFolder, mTemp->errorString()),
            mTemp->errorString(), mFolder});
        return;
    }
    Q_EMIT progress(mReceived, mFetched.contentLength);
}

void ImageFetcher::onReplyFinished()
{
    if (!mReply)
        return;
    if (!mHeadersSeen)
        onHeaders(); // a 404 or a redirect comes with an error code, but is judged by status
    if (!mReply)
        return; // followed a redirect or failed
    onReadyRead();
    if (!mReply)
        return;
    const QNetworkReply::NetworkError error = mReply->error();
    const QString errorString = mReply->errorString();
    const QString url = mVisited.last().toString();
    if (error != QNetworkReply::NoError && !mHeadersSeen) {
        fail(Error {tr("Provena could not reach “%1”: %2. Nothing was saved; check the address "
                       "and the network connection.")
                        .arg(url, errorString),
                    errorString,
                    {}});
        return;
    }
    if (error != QNetworkReply::NoError) {
        fail(Error {tr("The download of “%1” broke off after %n byte(s): %2. Nothing was saved; "
                       "try again.",
                       nullptr, int(qMin<qint64>(mReceived, INT_MAX)))
                        .arg(url, errorString),
                    errorString,
                    {}});
        return;
    }
    if (!mTemp) {
        fail(Error {tr("The server sent no answer for “%1”; nothing was saved.").arg(url), {}, {}});
        return;
    }
    if (mFetched.contentLength >= 0 && mReceived != mFetched.contentLength) {
        fail(Error {tr("The server closed the connection after %1 of %2 bytes of “%3”; nothing "
                       "was saved. Try again.")
                        .arg(mReceived)
                        .arg(mFetched.contentLength)
                        .arg(url),
                    {},
                    {}});
        return;
    }
    dropReply();
    complete();
}

void ImageFetcher::onTimeout()
{
    const QString url = mVisited.isEmpty() ? mFetched.requestedUrl : mVisited.last().toString();
    if (mReceivingHeaders)
        fail(Error {tr("The server of “%1” did not answer within %2 s; nothing was saved. Try "
                       "again later.")
                        .arg(url)
                        .arg(mOptions.connectTimeoutMs / 1000.0),
                    {},
                    {}});
    else
        fail(Error {tr("The server of “%1” sent nothing for %2 s after %3 bytes; the download was "
                       "stopped and nothing was saved.")
                        .arg(url)
                        .arg(mOptions.idleTimeoutMs / 1000.0)
                        .arg(mReceived),
                    {},
                    {}});
}

void ImageFetcher::complete()
{
    const QString url = mFetched.finalUrl;
    if (!mTemp->flush()) {
        fail(Error {
            tr("Could not write the download to “%1”: %2").arg(mFolder, mTemp->errorString()),
            mTemp->errorString(), mFolder});
        return;
    }
    const QString tempPath = mTemp->fileName();
    mTemp->close();
    const Result<ImageInfo> info = ImageDecoder::probe(tempPath);
    if (!info) {
        const QString type = mFetched.contentType.isEmpty() ? tr("none") : mFetched.contentType;
        if (looksLikeHtml(mHead))
            fail(Error {tr("The server sent an HTML page, not an image, for “%1” (Content-Type "
                           "“%2”). It may be an error or login page: open the address in a "
                           "browser. Nothing was saved.")
                            .arg(url, type),
                        info.error().detail,
                        {}});
        else
            fail(Error {tr("The server sent data that is not an image Provena can read for “%1” "
                           "(Content-Type “%2”); nothing was saved.")
                            .arg(url, type),
                        info.error().message,
                        {}});
        return;
    }
    mFetched.sha256 = QString::fromLatin1(mHash->result().toHex());
    mFetched.byteSize = mReceived;
    mFetched.format = info->format;
    mFetched.pixelSize = info->size;
    mFetched.retrievedAt
        = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QString name = fileNameFor(mFetched.requestedUrl, info->format);
    const QString target = QDir::cleanPath(mFolder + u'/' + name);
    if (!ImageResolver::liesInside(target, mFolder) || QFileInfo(target).path() != mFolder) {
        fail(Error {
            tr("The name “%1” would leave the folder “%2”; nothing was saved.").arg(name, mFolder),
            {},
            {}});
        return;
    }
    mFetched.path = target;
    const QFileInfo existing(target);
    if (existing.isSymLink() || existing.exists()) {
        // Never overwritten: the same bytes are the same image, anything else is refused.
        const Result<QByteArray> sha
            = existing.isSymLink() ? Result<QByteArray>(Error {}) : ImageHasher::sha256File(target);
        if (sha && QString::fromLatin1(sha.value()) == mFetched.sha256) {
            mFetched.reused = true;
            cleanUp();
            finish(mFetched);
            return;
        }
        fail(Error {tr("“%1” already exists with different content; Provena does not overwrite "
                       "it. Move it away and fetch again, or attach it if it is the image.")
                        .arg(target),
                    {},
                    target});
        return;
    }
    // A temporary file is private (0600); the image is an ordinary file of the article's folder,
    // readable by the tools the analyst opens it with, as a browser's download would be.
    mTemp->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther);
    // QTemporaryFile::rename never replaces a file that appeared meanwhile.
    if (!mTemp->rename(target)) {
        fail(Error {tr("Could not save the download as “%1”: %2").arg(target, mTemp->errorString()),
                    mTemp->errorString(), target});
        return;
    }
    mTemp->setAutoRemove(false);
    mTemp.reset();
    mCreatedFolder = false;
    finish(mFetched);
}

void ImageFetcher::cancel()
{
    if (!mRunning)
        return;
    fail(Error {
        tr("The download of “%1” was cancelled; nothing was saved.").arg(mFetched.requestedUrl),
        {},
        {}});
}

void ImageFetcher::fail(Error error)
{
    if (!mRunning)
        return;
    if (error.path.isEmpty())
        error.path = mFetched.requestedUrl;
    dropReply();
    cleanUp();
    finish(std::move(error));
}

void ImageFetcher::finish(Result<FetchedImage> result)
{
    mTimer->stop();
    mRunning = false;
    mResult = std::move(result);
    Q_EMIT finished();
}

void ImageFetcher::dropReply()
{
    if (!mReply)
        return;
    mReply->disconnect(this);
    mReply->abort();
    mReply->deleteLater();
    mReply = nullptr;
}

void ImageFetcher::cleanUp()
{
    mTimer->stop();
    mTemp.reset(); // removes the partial file
    mHash.reset();
    if (mCreatedFolder) {
        QDir().rmdir(mFolder); // only when empty: nothing else of the analyst's goes
        mCreatedFolder = false;
    }
}

Result<FetchedImage> ImageFetcher::fetchAndWait(const QString &url, const QString &articlePath)
{
    QEventLoop loop;
    const auto connection = connect(this, &ImageFetcher::finished, &loop, &QEventLoop::quit);
    start(url, articlePath);
    if (mRunning)
        loop.exec();
    disconnect(connection);
    return mResult;
}

} // namespace provena
