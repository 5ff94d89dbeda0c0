// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/metadataevidence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace provena {

/**
 * How the views group MetadataEvidence fields, provenance-relevant first: who made and released
 * the image, its rights, its dates, its editing history, the camera, the place, the document
 * identifiers. `provena-cli metadata` and the Metadata dock both list them in this order.
 */
class EvidenceGroups
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceGroups)

public:
    struct Group
    {
        QString id; ///< "who", "caption", "rights", "dates", "history", "camera", "location",
                    ///< "identifiers"
        QList<MetadataEvidence::Field> fields; ///< in the order they are listed
    };

    /** Every group; together they hold each Field exactly once. */
    static const QList<Group> &all();
    /** Translated, for people: "Who made and released it", "Dates" … */
    static QString title(const QString &id);
};

} // namespace provena
