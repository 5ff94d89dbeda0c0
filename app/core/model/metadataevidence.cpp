// SPDX-License-Identifier: MIT
#include "core/model/metadataevidence.h"

#include <QCoreApplication>

#include <array>

namespace provena {

namespace {

struct FieldNames
{
    const char *name;
    const char *title;
};

// Indexed by MetadataEvidence::Field.
constexpr std::array<FieldNames, 28> kFields {{
    {"creator", QT_TRANSLATE_NOOP("MetadataEvidence", "Creator")},
    {"credit", QT_TRANSLATE_NOOP("MetadataEvidence", "Credit line")},
    {"source", QT_TRANSLATE_NOOP("MetadataEvidence", "Source")},
    {"caption", QT_TRANSLATE_NOOP("MetadataEvidence", "Caption")},
    {"headline", QT_TRANSLATE_NOOP("MetadataEvidence", "Headline")},
    {"rights", QT_TRANSLATE_NOOP("MetadataEvidence", "Copyright")},
    {"usage-terms", QT_TRANSLATE_NOOP("MetadataEvidence", "Usage terms")},
    {"date-time-original", QT_TRANSLATE_NOOP("MetadataEvidence", "Date taken")},
    {"create-date", QT_TRANSLATE_NOOP("MetadataEvidence", "Date digitised")},
    {"modify-date", QT_TRANSLATE_NOOP("MetadataEvidence", "Date modified")},
    {"iptc-date-created", QT_TRANSLATE_NOOP("MetadataEvidence", "Date created (IPTC)")},
    {"history-event", QT_TRANSLATE_NOOP("MetadataEvidence", "Editing history")},
    {"camera-make", QT_TRANSLATE_NOOP("MetadataEvidence", "Camera make")},
    {"camera-model", QT_TRANSLATE_NOOP("MetadataEvidence", "Camera model")},
    {"camera-serial", QT_TRANSLATE_NOOP("MetadataEvidence", "Camera serial number")},
    {"lens-model", QT_TRANSLATE_NOOP("MetadataEvidence", "Lens")},
    {"software", QT_TRANSLATE_NOOP("MetadataEvidence", "Software")},
    {"document-id", QT_TRANSLATE_NOOP("MetadataEvidence", "Document ID")},
    {"instance-id", QT_TRANSLATE_NOOP("MetadataEvidence", "Instance ID")},
    {"original-document-id", QT_TRANSLATE_NOOP("MetadataEvidence", "Original document ID")},
    {"derived-from", QT_TRANSLATE_NOOP("MetadataEvidence", "Derived from")},
    {"gps-latitude", QT_TRANSLATE_NOOP("MetadataEvidence", "GPS latitude")},
    {"gps-longitude", QT_TRANSLATE_NOOP("MetadataEvidence", "GPS longitude")},
    {"gps-altitude", QT_TRANSLATE_NOOP("MetadataEvidence", "GPS altitude")},
    {"digital-source-type", QT_TRANSLATE_NOOP("MetadataEvidence", "Digital source type")},
    {"city", QT_TRANSLATE_NOOP("MetadataEvidence", "City")},
    {"country", QT_TRANSLATE_NOOP("MetadataEvidence", "Country")},
    {"location-shown", QT_TRANSLATE_NOOP("MetadataEvidence", "Location shown")},
}};

constexpr std::array<const char *, 5> kFlagKinds {"c2pa-manifest", "thumbnail-mismatch",
                                                  "metadata-stripped", "editing-software",
                                                  "date-mismatch"};

} // namespace

QString MetadataEvidence::fieldName(Field field)
{
    const auto i = size_t(field);
    return i < kFields.size() ? QString::fromLatin1(kFields.at(i).name) : QString();
}

QString MetadataEvidence::fieldTitle(Field field)
{
    const auto i = size_t(field);
    return i < kFields.size() ? QCoreApplication::translate("MetadataEvidence", kFields.at(i).title)
                              : QString();
}

QString MetadataEvidence::Flag::kindName(Kind kind)
{
    const auto i = size_t(kind);
    return i < kFlagKinds.size() ? QString::fromLatin1(kFlagKinds.at(i)) : QString();
}

} // namespace provena
