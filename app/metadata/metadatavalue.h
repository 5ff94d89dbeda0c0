// SPDX-License-Identifier: MIT
#pragma once

#include "metadata/metadatafield.h"

#include <QString>
#include <QStringList>

namespace provena {

/** A value chosen for one ImageMetadata field, with the place it was chosen from. */
struct MetadataValue
{
    /** One entry for single-valued fields; several for dc:creator or repeated IPTC By-lines. */
    QStringList values;
    MetadataOrigin origin = MetadataOrigin::None;
    QString key; ///< the Exiv2 key it came from, e.g. "Xmp.photoshop.Credit"

    bool isEmpty() const { return values.isEmpty(); }
    /** The values joined with "; ", or an empty string. */
    QString text() const { return values.join(QStringLiteral("; ")); }
};

} // namespace provena
