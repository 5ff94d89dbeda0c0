// SPDX-License-Identifier: MIT
#pragma once

// Articles for the bundle tests: a Markdown article with a photo (drawn with QPainter) and
// regions saved in its sidecar, and the zip's entry names read with libarchive (independently
// of the code under test).

#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "session/documentio.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QStringList>

#include <archive.h>
#include <archive_entry.h>

namespace provena::test {

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/** A 640×480 JPEG with some shapes, so it decodes and renders like a photo. */
inline bool writePhoto(const QString &path, QColor colour = QColor(40, 90, 160))
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setBrush(Qt::yellow);
    p.drawEllipse(QRect(200, 120, 160, 200));
    p.end();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return image.save(path, "JPEG", 85);
}

inline QByteArray articleText(const QString &title, const QString &imageRef)
{
    return (QStringLiteral("# ") + title
            + QStringLiteral("\n\n![Premier Tal Orsen at the port. [NCNA]](") + imageRef
            + QStringLiteral(")\n\nPremier Tal Orsen toured the rebuilt container terminal on "
                             "Tuesday.\n\nBy Vera Lind\n"))
        .toUtf8();
}

/**
 * Writes `folder`/`name` referencing `imageRef` (created at `imagePath` when given), opens it and
 * saves a sidecar with `regions` rectangles on its first image. Empty on success, else why not.
 */
inline QString makeArticle(const QString &articlePath, const QString &imageRef,
                           const QString &imagePath, int regions = 2,
                           const QString &title
                           = QStringLiteral("Premier inspects rebuilt harbour crane"),
                           const ReadOptions &options = {})
{
    if (!imagePath.isEmpty() && !writePhoto(imagePath))
        return QStringLiteral("could not write ") + imagePath;
    if (!writeFile(articlePath, articleText(title, imageRef)))
        return QStringLiteral("could not write ") + articlePath;
    auto opened = DocumentIO::open(articlePath, nullptr, options);
    if (!opened)
        return opened.error().toString();
    ArticleDocument &doc = *opened.value();
    QList<Region> list;
    for (int i = 0; i < regions; ++i) {
        Region r;
        r.id = QUuid::createUuid();
        r.imageIndex = 0;
        r.geometry = RegionGeometry::rectangle(QRectF(20 + 50 * i, 30 + 40 * i, 120, 90));
        r.label = i % 2 == 0 ? QStringLiteral("person") : QStringLiteral("vehicle");
        r.entity.name = i == 0 ? QStringLiteral("Tal Orsen") : QString();
        list.append(r);
    }
    if (!list.isEmpty()) {
        AddRegionsCommand add(&doc, list);
        add.redo();
    }
    const Status saved = DocumentIO::save(doc);
    return saved ? QString() : saved.error().toString();
}

/** The entry names of a zip, in the order stored; empty when it cannot be read. */
inline QStringList zipEntries(const QString &zipPath)
{
    QStringList names;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(zipPath).constData(), 65536)
        != ARCHIVE_OK) {
        archive_read_free(a);
        return names;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        names.append(QString::fromUtf8(archive_entry_pathname_utf8(entry)));
        archive_read_data_skip(a);
    }
    archive_read_free(a);
    return names;
}

/** The bytes of one zip entry; empty when absent. */
inline QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    QByteArray out;
    archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_filename(a, QFile::encodeName(zipPath).constData(), 65536)
        != ARCHIVE_OK) {
        archive_read_free(a);
        return out;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(a, &entry) == ARCHIVE_OK) {
        if (QString::fromUtf8(archive_entry_pathname_utf8(entry)) != name) {
            archive_read_data_skip(a);
            continue;
        }
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            out.append(buffer, qsizetype(n));
        break;
    }
    archive_read_free(a);
    return out;
}

/**
 * Copies the zip `source` to `target` entry by entry (libarchive), replacing the bytes of the
 * entries named in `replace` and leaving out those in `drop`: a tampered bundle.
 */
inline bool rewriteZip(const QString &source, const QString &target,
                       const QHash<QString, QByteArray> &replace, const QStringList &drop = {})
{
    archive *in = archive_read_new();
    archive_read_support_format_zip(in);
    if (archive_read_open_filename(in, QFile::encodeName(source).constData(), 65536)
        != ARCHIVE_OK) {
        archive_read_free(in);
        return false;
    }
    archive *out = archive_write_new();
    archive_write_set_format_zip(out);
    bool ok = archive_write_open_filename(out, QFile::encodeName(target).constData()) == ARCHIVE_OK;
    archive_entry *entry = nullptr;
    while (ok && archive_read_next_header(in, &entry) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        QByteArray data;
        char buffer[65536];
        la_ssize_t n = 0;
        while ((n = archive_read_data(in, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(n));
        if (drop.contains(name))
            continue;
        if (replace.contains(name))
            data = replace.value(name);
        archive_entry *copy = archive_entry_new();
        archive_entry_set_pathname_utf8(copy, name.toUtf8().constData());
        archive_entry_set_filetype(copy, AE_IFREG);
        archive_entry_set_perm(copy, 0644);
        archive_entry_set_size(copy, data.size());
        ok = archive_write_header(out, copy) == ARCHIVE_OK
            && archive_write_data(out, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(copy);
    }
    archive_write_close(out);
    archive_write_free(out);
    archive_read_free(in);
    return ok;
}

} // namespace provena::test
