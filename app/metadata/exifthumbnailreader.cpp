// SPDX-License-Identifier: MIT
#include "metadata/exifthumbnailreader.h"

#include "core/io/fileaccess.h"
#include "metadata/exiv2init_p.h"
#include "metadata/imagemetadata.h"

#include <QFileInfo>

#include <exiv2/exiv2.hpp>

#include <exception>
#include <new>

namespace provena {

namespace {

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString exiv2Detail(const char *what)
{
    QString detail = QString::fromUtf8(what);
    const QString logged = detail::takeLastExiv2Message();
    if (!logged.isEmpty() && logged != detail)
        detail += QLatin1String(" (") + logged + QLatin1Char(')');
    return detail;
}

Error unreadable(const QString &path, const QString &detail)
{
    return Error {ExifThumbnailReader::tr("Could not read the EXIF thumbnail of “%1”: the file is "
                                          "damaged or not an image format Provena knows.")
                      .arg(displayName(path)),
                  detail, path};
}

Error noThumbnail(const QString &path, const QString &detail = {})
{
    return Error {
        ExifThumbnailReader::tr("“%1” has no embedded EXIF thumbnail.").arg(displayName(path)),
        detail, path};
}

/** Exiv2 reads `data` in place (MemIo does not copy a buffer it is given). */
Result<QByteArray> thumbnailIn(const uchar *data, qint64 size, const QString &path)
{
    const auto exiv2 = detail::lockExiv2();
    detail::takeLastExiv2Message();
    try {
        auto image
            = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(data), long(size));
        if (!image.get() || !image->good())
            return unreadable(path, QStringLiteral("Exiv2 could not open the data"));
        QString damage;
        try {
            image->readMetadata();
        } catch (const Exiv2::AnyError &e) {
            // A damaged segment after the EXIF block leaves the thumbnail readable.
            damage = exiv2Detail(e.what());
        }
        const Exiv2::ExifThumbC thumbnail(image->exifData());
        const char *mimeType = thumbnail.mimeType();
        const Exiv2::DataBuf bytes = mimeType && *mimeType ? thumbnail.copy() : Exiv2::DataBuf();
        if (bytes.size_ <= 0)
            return damage.isEmpty() ? noThumbnail(path) : unreadable(path, damage);
        if (bytes.size_ > ImageMetadata::kMaxThumbnailBytes)
            return noThumbnail(
                path, QStringLiteral("the EXIF thumbnail claims %1 bytes").arg(bytes.size_));
        return QByteArray(reinterpret_cast<const char *>(bytes.pData_), qsizetype(bytes.size_));
    } catch (const Exiv2::AnyError &e) {
        return unreadable(path, exiv2Detail(e.what()));
    } catch (const std::bad_alloc &) {
        return unreadable(path, QStringLiteral("out of memory"));
    } catch (const std::exception &e) { // a last net: Exiv2 also lets std exceptions through
        return unreadable(path, exiv2Detail(e.what()));
    }
}

} // namespace

Result<QByteArray> ExifThumbnailReader::read(const QString &imagePath)
{
    try {
        // Regular files only, links checked as everywhere else (docs/file-policy.md).
        Result<std::unique_ptr<QFile>> opened
            = FileAccess::openRegularFile(imagePath, tr("The image"));
        if (!opened)
            return opened.error();
        QFile &file = *opened.value();
        const qint64 size = file.size();
        if (size <= 0 || size > FileAccess::kMaxImageBytes)
            return unreadable(imagePath, QStringLiteral("file size %1").arg(size));
        // Read, not mapped: a file another program shortens while mapped would crash the
        // process (SIGBUS); MetadataReader reads the same way.
        const QByteArray bytes = file.read(size);
        if (bytes.size() != size)
            return unreadable(imagePath, file.errorString());
        return thumbnailIn(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size(),
                           imagePath);
    } catch (const std::bad_alloc &) {
        return unreadable(imagePath, QStringLiteral("out of memory"));
    }
}

Result<QByteArray> ExifThumbnailReader::readBytes(const QByteArray &imageBytes,
                                                  const QString &nameForErrors)
{
    return thumbnailIn(reinterpret_cast<const uchar *>(imageBytes.constData()), imageBytes.size(),
                       nameForErrors);
}

} // namespace provena
