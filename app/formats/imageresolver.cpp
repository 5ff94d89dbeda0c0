// SPDX-License-Identifier: MIT
#include "formats/imageresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

using Escape = ImageRef::Escape;
using Location = ImageRef::Location;

bool hasScheme(const QString &url)
{
    // "C:/x.jpg" has a one-letter "scheme"; real schemes are longer.
    const qsizetype colon = url.indexOf(u':');
    if (colon < 2)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = url.at(i);
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

QString stripQueryAndFragment(const QString &url)
{
    qsizetype cut = url.size();
    const qsizetype q = url.indexOf(u'?');
    const qsizetype h = url.indexOf(u'#');
    if (q >= 0)
        cut = q;
    if (h >= 0 && h < cut)
        cut = h;
    return url.left(cut);
}

bool holdsSeparator(const QString &decoded)
{
    return decoded.contains(u'/') || decoded.contains(u'\\');
}

bool hasEncodedSeparator(const QString &raw)
{
    return raw.contains(u"%2f"_s, Qt::CaseInsensitive)
        || raw.contains(u"%5c"_s, Qt::CaseInsensitive);
}

/** The article's folder, lexically and with links resolved (empty when it does not exist). */
struct Folder
{
    QDir dir;
    QString cleaned;
    QString canonical;
};

/**
 * What one candidate path is: nullopt when nothing is there and it stays inside (try the next);
 * else Local or OutsideFolder. `escape` is what to call it when it lies outside lexically.
 */
std::optional<ImageResolver::Resolution> classify(const Folder &folder, const QString &path,
                                                  Escape escape)
{
    const QString cleaned = QDir::cleanPath(folder.dir.absoluteFilePath(path));
    const QFileInfo info(cleaned);
    if (!ImageResolver::liesInside(cleaned, folder.cleaned))
        return ImageResolver::Resolution {Location::OutsideFolder, escape,
                                          info.exists() ? info.canonicalFilePath() : cleaned};
    if (!info.exists())
        return std::nullopt;
    // Lexically inside; a link on the way may still lead out of the folder.
    const QString canonical = info.canonicalFilePath();
    if (!folder.canonical.isEmpty() && !ImageResolver::liesInside(canonical, folder.canonical))
        return ImageResolver::Resolution {Location::OutsideFolder, Escape::Symlink, canonical};
    return ImageResolver::Resolution {Location::Local, Escape::None, cleaned};
}

} // namespace

bool ImageResolver::liesInside(const QString &path, const QString &folder)
{
    if (path.isEmpty() || folder.isEmpty())
        return false;
    // Case-sensitive even where file systems are not: a mismatch only reports "outside" wrongly,
    // which is the safe side.
    if (path == folder)
        return true;
    return path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

QString ImageResolver::fileNameFromUrl(const QString &url)
{
    QString path = stripQueryAndFragment(url.trimmed());
    const qsizetype authority = path.indexOf(u"://"_s);
    if (authority >= 0) { // "https://host" alone names no file
        const qsizetype pathStart = path.indexOf(u'/', authority + 3);
        if (pathStart < 0)
            return {};
        path = path.mid(pathStart);
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    const QString name = QUrl::fromPercentEncoding(path.mid(slash + 1).toUtf8());
    if (name == u"."_s || name == u".."_s)
        return {};
    return name;
}

ImageResolver::Resolution ImageResolver::locate(const QString &url, const QString &articlePath)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || articlePath.isEmpty())
        return {};
    const QFileInfo article(articlePath);
    Folder folder {article.absoluteDir(), {}, {}};
    folder.cleaned = QDir::cleanPath(folder.dir.absolutePath());
    folder.canonical = folder.dir.canonicalPath();

    // (1) The path the reference spells out. One that leads outside but is not there is kept
    // in case no file of that name is found inside either: it is still reported as outside.
    std::optional<Resolution> outsideButAbsent;
    const auto tryPath = [&](const QString &path, Escape escape) -> std::optional<Resolution> {
        std::optional<Resolution> r = classify(folder, path, escape);
        if (r && r->location == Location::OutsideFolder && !QFileInfo::exists(r->path)) {
            outsideButAbsent = r;
            return std::nullopt;
        }
        return r;
    };
    if (trimmed.startsWith(u"file:"_s, Qt::CaseInsensitive)) {
        const QString local = QUrl(trimmed).toLocalFile();
        if (hasEncodedSeparator(stripQueryAndFragment(trimmed)))
            return {Location::OutsideFolder, Escape::EncodedSeparator,
                    QDir::cleanPath(folder.dir.absoluteFilePath(local))};
        if (!local.isEmpty()) {
            if (auto r = tryPath(local, Escape::FileUrl))
                return *r;
        }
    } else if (!hasScheme(trimmed)) {
        // Decode each segment on its own: "%2F" inside a segment is part of a name, not a
        // separator, and a name with a separator in it is not a file of this folder.
        QStringList segments = stripQueryAndFragment(trimmed).split(u'/');
        bool encodedSeparator = false;
        for (QString &segment : segments) {
            segment = QUrl::fromPercentEncoding(segment.toUtf8());
            encodedSeparator = encodedSeparator || holdsSeparator(segment);
        }
        const QString relative = segments.join(u'/');
        if (encodedSeparator)
            return {Location::OutsideFolder, Escape::EncodedSeparator,
                    QDir::cleanPath(folder.dir.absoluteFilePath(relative))};
        const Escape escape
            = QDir::isAbsolutePath(relative) ? Escape::AbsolutePath : Escape::ParentSegment;
        if (auto r = tryPath(relative, escape))
            return *r;
    }

    // (2), (3): the file name alone, beside the article or in its saved-page folder.
    const QString name = fileNameFromUrl(trimmed);
    if (!name.isEmpty()) {
        if (holdsSeparator(name))
            return {Location::OutsideFolder, Escape::EncodedSeparator,
                    QDir::cleanPath(folder.dir.absoluteFilePath(name))};
        for (const QString &candidate : {name, article.completeBaseName() + u"_files/"_s + name}) {
            if (auto r = classify(folder, candidate, Escape::ParentSegment))
                return *r;
        }
    }
    return outsideButAbsent.value_or(Resolution {});
}

void ImageResolver::resolveInto(ImageRef &ref, const QString &articlePath,
                                const ReadOptions &options)
{
    const Resolution r = locate(ref.url, articlePath);
    ref.location = r.location;
    ref.escape = r.escape;
    ref.localPath.clear();
    ref.outsidePath.clear();
    if (r.location == Location::Local) {
        ref.localPath = r.path;
    } else if (r.location == Location::OutsideFolder) {
        ref.outsidePath = r.path;
        if (options.allowImagesOutsideFolder && QFileInfo::exists(r.path))
            ref.localPath = r.path;
    }
}

QString ImageResolver::resolve(const QString &url, const QString &articlePath,
                               const ReadOptions &options)
{
    ImageRef ref;
    ref.url = url;
    resolveInto(ref, articlePath, options);
    return ref.localPath;
}

} // namespace provena
