// SPDX-License-Identifier: MIT
#include "metadata/imagemetadata.h"

namespace provena {

QDateTime ImageMetadata::dateCreatedValue() const
{
    if (dateCreated.isEmpty())
        return {};
    const QString text = dateCreated.values.first();
    if (dateCreated.origin == MetadataOrigin::Exif) // "2025:08:13 10:42:00"
        return QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));

    // XMP and IPTC use ISO 8601, possibly shortened to a date ("2025-08-13").
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid())
        return parsed;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? date.startOfDay() : QDateTime();
}

int ImageMetadata::orientationValue() const
{
    bool ok = false;
    const int value = orientation.values.value(0).toInt(&ok);
    return ok && value >= 1 && value <= 8 ? value : 0;
}

} // namespace provena
