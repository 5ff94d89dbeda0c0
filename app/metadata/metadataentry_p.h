// SPDX-License-Identifier: MIT
// Private to app/metadata: what the reader collects from Exiv2 before it chooses fields and
// extracts the provenance evidence.
#pragma once

#include "metadata/metadatafield.h"

#include <QString>
#include <QStringList>

namespace provena::detail {

/** Everything read for one key in one place, before choosing and flattening. */
struct MetadataEntry
{
    MetadataOrigin origin = MetadataOrigin::None;
    QString key;
    QString label; ///< Exiv2's readable name of the key, e.g. "Camera Make"
    QString typeName;
    QStringList values; ///< semantic values (raw numbers, array items, x-default text)
    QString display; ///< for the flat field list
};

} // namespace provena::detail
