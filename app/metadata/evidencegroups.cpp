// SPDX-License-Identifier: MIT
#include "metadata/evidencegroups.h"

namespace provena {

const QList<EvidenceGroups::Group> &EvidenceGroups::all()
{
    using F = MetadataEvidence::Field;
    static const QList<Group> groups = {
        {QStringLiteral("who"), {F::Creator, F::Credit, F::Source}},
        {QStringLiteral("caption"), {F::Caption, F::Headline}},
        {QStringLiteral("rights"), {F::Rights, F::UsageTerms}},
        {QStringLiteral("dates"),
         {F::DateTimeOriginal, F::CreateDate, F::IptcDateCreated, F::ModifyDate}},
        {QStringLiteral("history"), {F::DigitalSourceType, F::Software, F::HistoryEvent}},
        {QStringLiteral("camera"), {F::CameraMake, F::CameraModel, F::CameraSerial, F::LensModel}},
        {QStringLiteral("location"),
         {F::GpsLatitude, F::GpsLongitude, F::GpsAltitude, F::City, F::Country, F::LocationShown}},
        {QStringLiteral("identifiers"),
         {F::DocumentId, F::InstanceId, F::OriginalDocumentId, F::DerivedFrom}},
    };
    return groups;
}

QString EvidenceGroups::title(const QString &id)
{
    if (id == QLatin1String("who"))
        return tr("Who made and released it");
    if (id == QLatin1String("caption"))
        return tr("Caption");
    if (id == QLatin1String("rights"))
        return tr("Rights");
    if (id == QLatin1String("dates"))
        return tr("Dates");
    if (id == QLatin1String("history"))
        return tr("Software and editing history");
    if (id == QLatin1String("camera"))
        return tr("Camera");
    if (id == QLatin1String("location"))
        return tr("Location");
    if (id == QLatin1String("identifiers"))
        return tr("Document identifiers");
    return id;
}

} // namespace provena
