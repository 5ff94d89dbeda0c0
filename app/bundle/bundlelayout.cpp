// SPDX-License-Identifier: MIT
#include "bundle/bundlelayout_p.h"

#include "core/document/articledocument.h"
#include "formats/sidecarcontent.h"
#include "formats/sidecarwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {

bool BundleNameClaims::claim(const QString &path)
{
    const QString key = path.toCaseFolded();
    if (mTaken.contains(key))
        return false;
    mTaken.insert(key);
    return true;
}

bool BundleNameClaims::isTaken(const QString &path) const
{
    return mTaken.contains(path.toCaseFolded());
}

QString BundleNameClaims::claimUnique(const QString &path)
{
    if (claim(path))
        return path;
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString folder = path.left(slash + 1);
    const QString name = path.mid(slash + 1);
    // "photo.jpg" → "photo-2.jpg"; "photo.jpg.xmp" keeps its double suffix after the number.
    const qsizetype dot = name.indexOf(u'.', 1);
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = folder + stem + u'-' + QString::number(n) + suffix;
        if (claim(candidate))
            return candidate;
    }
}

QStringList bundleFolderNames(const QStringList &articlePaths)
{
    BundleNameClaims claims;
    // The bag's own files under data/.
    claims.claim(u"index.html"_s);
    QStringList folders;
    folders.reserve(articlePaths.size());
    for (const QString &path : articlePaths) {
        QString stem = QFileInfo(path).completeBaseName();
        if (stem.isEmpty())
            stem = QFileInfo(path).fileName();
        if (stem.isEmpty() || stem.startsWith(u'.'))
            stem.prepend(u"article"_s);
        QString folder = stem;
        for (int n = 2; !claims.claim(folder); ++n)
            folder = stem + u'-' + QString::number(n);
        folders.append(folder);
    }
    return folders;
}

bool staysInside(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(u'/') || QDir::isAbsolutePath(relative))
        return false;
    const QStringList parts = relative.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"."_s || part == u".."_s)
            return false;
    }
    return true;
}

QString bundleImagePath(const QString &articleDir, const QString &imagePath, bool inside,
                        BundleNameClaims &claims)
{
    QString relative;
    if (inside)
        relative = QDir::cleanPath(
            QDir::fromNativeSeparators(QDir(articleDir).relativeFilePath(imagePath)));
    if (!inside || !staysInside(relative))
        relative = u"external/"_s + QFileInfo(imagePath).fileName();
    return claims.claimUnique(relative);
}

QByteArray bundleSidecar(const ArticleDocument &document, const QStringList &bundleImagePaths)
{
    SidecarContent content = SidecarContent::fromDocument(document);
    for (qsizetype i = 0; i < content.images.size() && i < bundleImagePaths.size(); ++i) {
        if (!bundleImagePaths.at(i).isEmpty())
            content.images[i].localPath = bundleImagePaths.at(i);
    }
    return SidecarWriter::write(content);
}

} // namespace provena::detail
