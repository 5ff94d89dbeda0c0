// SPDX-License-Identifier: MIT
#include "core/model/regionimport.h"

#include "core/document/articledocument.h"
#include "core/model/labeltaxonomy.h"
#include "core/model/regionvalidator.h"

namespace provena {

namespace {

/** What MWG and face taggers (digiKam, Picasa, Lightroom) call people. */
QString builtInMapping(const QString &label)
{
    const QString key = label.trimmed().toLower();
    if (key == QLatin1String("face") || key == QLatin1String("human"))
        return QStringLiteral("person");
    return {};
}

/** The same outline on the same image is the same region, whatever its label: importing again
 *  with another label mapping must not add a second copy beside the first. */
bool sameRegion(const Region &existing, const Region &candidate)
{
    return existing.imageIndex == candidate.imageIndex && existing.geometry == candidate.geometry;
}

} // namespace

RegionImportPlan RegionImportPlanner::plan(const ArticleDocument &document, int imageIndex,
                                           const QList<ImportedShape> &shapes,
                                           const QHash<QString, QString> &labelMap)
{
    RegionImportPlan plan;
    const LabelTaxonomy &labels = document.labels();
    const QSizeF imageSize = document.imageRecord(imageIndex).pixelSize;

    for (const ImportedShape &shape : shapes) {
        if (!shape.provenaRegionId.isNull()) {
            const bool present
                = std::any_of(document.regions().cbegin(), document.regions().cend(),
                              [&](const Region &r) { return r.id == shape.provenaRegionId; });
            if (present) {
                ++plan.alreadyPresent;
                continue;
            }
        }

        Region region;
        region.id = QUuid::createUuid();
        region.imageIndex = imageIndex;
        region.geometry = shape.geometry;
        region.note = shape.note;
        region.entity = Entity {shape.name, shape.identifier};
        region.confidence = shape.confidence;
        region.author = document.author();

        const QString original = shape.label.trimmed();
        if (!original.isEmpty()) {
            QString wanted = labelMap.value(original);
            if (wanted.isEmpty())
                wanted = labelMap.value(original.toLower());
            const Label *label = labels.findByIdOrName(wanted.isEmpty() ? original : wanted);
            if (!label && wanted.isEmpty()) {
                const QString builtIn = builtInMapping(original);
                if (!builtIn.isEmpty())
                    label = labels.find(builtIn);
            }
            if (label)
                region.label = label->id;
            else
                plan.unmappedLabels[original] += 1;
        }

        const QList<RegionProblem> problems
            = RegionValidator::problems(region, imageSize.isValid() ? imageSize : QSizeF());
        if (!problems.isEmpty()) {
            plan.refused.append(tr("%1: %2").arg(shape.origin, problems.first().message));
            continue;
        }

        const bool duplicate = std::any_of(document.regions().cbegin(), document.regions().cend(),
                                           [&](const Region &r) { return sameRegion(r, region); })
            || std::any_of(plan.regions.cbegin(), plan.regions.cend(),
                           [&](const Region &r) { return sameRegion(r, region); });
        if (duplicate) {
            ++plan.alreadyPresent;
            continue;
        }
        plan.regions.append(region);
    }
    return plan;
}

} // namespace provena
