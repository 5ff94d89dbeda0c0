// SPDX-License-Identifier: MIT
// ImageFetcher's rules, apart from the transfer: which URLs and redirects are followed, what the
// file is called, what looks like HTML, and what the custody record says.
#include "session/imagefetcher.h"

#include "formats/imageresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

constexpr qsizetype kMaxNameLength = 120;
/** Enough of the body to tell an HTML page from an image. */
constexpr qsizetype kHtmlSniffBytes = 1024;

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

/** The same resource for loop detection: fragments never reach the server. */
QString comparable(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
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

void FetchOptions::setOfflineSetting(bool offline)
{
    QSettings(QSettings::UserScope, QCoreApplication::organizationName())
        .setValue(u"network/offline"_s, offline);
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
    const QByteArray lower = head.left(kHtmlSniffBytes).toLower();
    return lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<head");
}

} // namespace provena
