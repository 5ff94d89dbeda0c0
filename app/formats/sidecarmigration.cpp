// SPDX-License-Identifier: MIT
#include "formats/sidecarmigration_p.h"

#include "formats/sidecarchecker_p.h"
#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>

namespace provena::detail {

Result<int> schemaVersionOf(const QJsonObject &root, const QString &path)
{
    int version = 0;
    if (root.contains(QLatin1String("schemaVersion"))) {
        JsonChecker c(path);
        const auto v = c.integer(root.value(QLatin1String("schemaVersion")),
                                 QStringLiteral("schemaVersion"), 0, 1'000'000);
        if (!v)
            return c.error();
        version = int(*v);
    }
    if (version > SidecarReader::kSchemaVersion) {
        Error e;
        e.message = SidecarReaderText::tr(
                        "The sidecar was written by a newer Provena (schema version %1; this "
                        "version reads up to %2). Open it with a newer Provena.")
                        .arg(version)
                        .arg(SidecarReader::kSchemaVersion);
        e.path = path;
        return e;
    }
    return version;
}

Result<QJsonObject> migrateSidecar(QJsonObject root, int version)
{
    // One step per version, so a v0 file goes v0 → v1 → … → current.
    if (version == 0) {
        // v0: a plain Web Annotation collection. Roles, image indexes and geometry are inferred
        // by the reader where missing (inferredRole, inferredImageIndex, readRegionShape); the
        // step only states the version.
        root.insert(QStringLiteral("schemaVersion"), 1);
        version = 1;
    }
    if (version == 1) {
        // v1 → v2: v2 adds the provenance record of each image ("provenance" on annotatedImages
        // entries, with its PROV-O view) and the permanent namespace. A v1 file has no record,
        // and its former namespace IRI is replaced on write (the reader keys on term names);
        // the step only states the version.
        root.insert(QStringLiteral("schemaVersion"), 2);
        version = 2;
    }
    return root;
}

QString inferredRole(const QJsonObject &a)
{
    const QJsonValue targetValue = a.value(QLatin1String("target"));
    const QJsonObject target = targetValue.toObject();
    bool text = false;
    bool image = false;
    for (const QJsonValue &s : asList(target.value(QLatin1String("selector")))) {
        const QString t = s.toObject().value(QLatin1String("type")).toString();
        text = text || t == QLatin1String("TextQuoteSelector")
            || t == QLatin1String("TextPositionSelector");
        image
            = image || t == QLatin1String("FragmentSelector") || t == QLatin1String("SvgSelector");
    }
    if (a.value(QLatin1String("motivation")) == QLatin1String("linking"))
        return a.contains(QLatin1String("linkedRegion")) ? kRoleLink : QString();
    if (text)
        return kRoleAnchor;
    if (targetValue.isObject() && (image || target.contains(QLatin1String("geometry"))))
        return kRoleRegion;
    return {};
}

int inferredImageIndex(const QList<SidecarImage> &images, const QString &source)
{
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (images.at(i).iri == source)
            return int(i);
    }
    return -1;
}

} // namespace provena::detail
