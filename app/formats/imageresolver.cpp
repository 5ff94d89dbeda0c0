// SPDX-License-Identifier: MIT
#include "formats/imageresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

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

QString existingFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return QDir::cleanPath(info.absoluteFilePath());
    return {};
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

} // namespace

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

QString ImageResolver::resolve(const QString &url, const QString &articlePath)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || articlePath.isEmpty())
        return {};
    const QFileInfo article(articlePath);
    const QDir dir = article.absoluteDir();

    if (trimmed.startsWith(u"file:"_s, Qt::CaseInsensitive)) {
        const QString local = QUrl(trimmed).toLocalFile();
        if (!local.isEmpty()) {
            const QString found
                = existingFile(QDir::isAbsolutePath(local) ? local : dir.filePath(local));
            if (!found.isEmpty())
                return found;
        }
    } else if (!hasScheme(trimmed)) {
        const QString relative = QUrl::fromPercentEncoding(stripQueryAndFragment(trimmed).toUtf8());
        const QString found = existingFile(dir.filePath(relative));
        if (!found.isEmpty())
            return found;
    }

    const QString name = fileNameFromUrl(trimmed);
    if (name.isEmpty())
        return {};
    QString found = existingFile(dir.filePath(name));
    if (found.isEmpty())
        found = existingFile(dir.filePath(article.completeBaseName() + u"_files/"_s + name));
    return found;
}

} // namespace provena
