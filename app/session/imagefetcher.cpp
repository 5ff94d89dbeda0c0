// SPDX-License-Identifier: MIT
#include "session/imagefetcher.h"

#include "core/io/fileaccess.h"
#include "formats/imageresolver.h"
#include "media/imagedecoder.h"
#include "media/imagehasher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QTemporaryFile>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

/** Enough of the body to tell an HTML page from an image. */
constexpr qsizetype kHeadBytes = 1024;
constexpr qsizetype kMaxNameLength = 120;

const QStringList &imageSuffixes()
{
    static const QStringList suffixes {u"jpg"_s, u"jpeg"_s, u"jpe"_s, u"png"_s,  u"gif"_s,
                                       u"bmp"_s, u"webp"_s, u"tif"_s, u"tiff"_s, u"pbm"_s,
                                       u"pgm"_s, u"ppm"_s,  u"ico"_s, u"avif"_s, u"heic"_s};
    return suffixes;
}

QString suffixForFormat(const QString &format)
{
    if (format == u"jpeg"_s)
        return u"jpg"_s;
    if (format == u"tiff"_s)
        return u"tif"_s;
    return format.isEmpty() ? u"img"_s : format;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f',
                           bytes < (qint64(10) << 20) ? 1 : 0);
}

/** The same resource for loop detection: fragments never reach the server. */
QString comparable(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

QString header(const QNetworkReply *reply, const char *name)
{
    return QString::fromLatin1(reply->rawHeader(name)).trimmed();
}

} // namespace

QJsonObject FetchedImage::details() const
{
    QJsonObject o;
    o.insert(u"finalUrl"_s, finalUrl);
    o.insert(u"redirects"_s, redirects);
    o.insert(u"httpStatus"_s, httpStatus);
    // Headers the server did not send are left out rather than recorded as empty.
    const auto optional = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    optional(u"contentType"_s, contentType);
    if (contentLength >= 0)
        o.insert(u"contentLength"_s, contentLength);
    optional(u"lastModified"_s, lastModified);
    optional(u"etag"_s, etag);
    optional(u"serverDate"_s, serverDate);
    o.insert(u"byteSize"_s, byteSize);
    o.insert(u"sha256"_s, sha256);
    o.insert(u"retrievedWith"_s, ImageFetcher::retrievedWith());
    return o;
}

FetchOptions FetchOptions::fromSettings()
{
    FetchOptions options;
    // Organisation-wide, like the xmp/ settings: provena and provena-cli must agree on offline.
    const QSettings settings(QSettings::UserScope, QCoreApplication::organizationName());
    bool ok = false;
    const qint64 mb = settings.value(u"network/maxDownloadMB"_s).toLongLong(&ok);
    if (ok && mb > 0)
        options.maxBytes = mb << 20;
    options.offline = settings.value(u"network/offline"_s, false).toBool();
    return options;
}

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

QString ImageFetcher::retrievedWith()
{
    return u"Provena %1 (Qt Network)"_s.arg(QStringLiteral(PROVENA_VERSION));
}

QString ImageFetcher::folderFor(const QString &articlePath)
{
    const QFileInfo article(articlePath);
    return QDir::cleanPath(
        article.absoluteDir().filePath(article.completeBaseName() + u"_files"_s));
}

Status ImageFetcher::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return Error {tr("“%1” is not a complete web address; Provena fetches only http and https "
                         "addresses.")
                          .arg(url.toString()),
                      url.errorString(),
                      {}};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return Error {tr("“%1” is not an http or https address; Provena fetches nothing else "
                         "(no file:, ftp: or data: addresses).")
                          .arg(url.toString()),
                      {},
                      {}};
    if (url.host().isEmpty())
        return Error {tr("“%1” names no server.").arg(url.toString()), {}, {}};
    return Status::success();
}

Status ImageFetcher::checkRedirect(const QUrl &from, const QUrl &to, const QList<QUrl> &visited)
{
    const QString first = visited.isEmpty() ? from.toString() : visited.first().toString();
    if (!to.isValid() || to.isRelative() || (to.scheme() != u"http"_s && to.scheme() != u"https"_s))
        return Error {tr("“%1” redirects to “%2”, which is not an http or https address; Provena "
                         "does not follow it.")
                          .arg(from.toString(), to.toString()),
                      {},
                      {}};
    if (from.scheme() == u"https"_s && to.scheme() == u"http"_s)
        return Error {tr("“%1” redirects from https to plain http (“%2”); Provena does not follow "
                         "a downgrade to an unencrypted connection.")
                          .arg(from.toString(), to.toString()),
                      {},
                      {}};
    for (const QUrl &seen : visited) {
        if (comparable(seen) == comparable(to))
            return Error {tr("“%1” redirects in a loop: “%2” leads back to “%3”. Nothing was "
                             "saved.")
                              .arg(first, from.toString(), to.toString()),
                          {},
                          {}};
    }
    if (visited.size() > FetchOptions::kMaxRedirects)
        return Error {tr("“%1” redirected more than %2 times (the last to “%3”); Provena stops "
                         "there. Nothing was saved.")
                          .arg(first)
                          .arg(FetchOptions::kMaxRedirects)
                          .arg(to.toString()),
                      {},
                      {}};
    return Status::success();
}

QString ImageFetcher::fileNameFor(const QString &url, const QString &format)
{
    QString name;
    for (const QChar c : ImageResolver::fileNameFromUrl(url)) {
        // No separators (an encoded %2F must not make a path), no control characters.
        if (c == u'/' || c == u'\\' || c == u':' || c.category() == QChar::Other_Control)
            name += u'_';
        else
            name += c;
    }
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1); // never a hidden file, never "." or ".."
    const QString suffix = QFileInfo(name).suffix().toLower();
    const bool hasImageSuffix = imageSuffixes().contains(suffix);
    if (name.isEmpty())
        name = u"image"_s;
    if (!hasImageSuffix)
        name += u'.' + suffixForFormat(format);
    if (name.size() > kMaxNameLength) {
        const QString ext = u'.' + QFileInfo(name).suffix();
        name = name.left(kMaxNameLength - ext.size()) + ext;
    }
    return name;
}

bool ImageFetcher::looksLikeHtml(const QByteArray &head)
{
    const QByteArray lower = head.left(kHeadBytes).toLower();
    return lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<head");
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
    mHash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
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
