// SPDX-License-Identifier: MIT
#include "session/sidecarpull.h"

#include "core/document/articledocument.h"
#include "formats/sidecarmerger.h"
#include "formats/sidecarwriter.h"
#include "session/documentio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace provena::SidecarPull {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SidecarPull", text);
}

/** `value` with `field` of the object whose "id" is `iri` set to `theirs`, wherever it is. */
QJsonValue withField(const QJsonValue &value, const QString &iri, const QString &field,
                     const QJsonValue &theirs, bool *found)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && !*found; ++i)
            array[i] = withField(array.at(i), iri, field, theirs, found);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (object.value(QLatin1String("id")).toString() == iri) {
        object.insert(field, theirs);
        *found = true;
        return object;
    }
    for (auto it = object.begin(); it != object.end() && !*found; ++it)
        it.value() = withField(it.value(), iri, field, theirs, found);
    return object;
}

/** The annotations `document` would have with `sidecar` loaded, matched as on open. */
Result<std::shared_ptr<ArticleDocument>>
loadedCopy(const ArticleDocument &document, const QByteArray &sidecar, const QString &pathForErrors)
{
    std::shared_ptr<ArticleDocument> copy = DocumentIO::snapshot(document);
    if (const Status loaded = DocumentIO::restoreSnapshot(*copy, sidecar, pathForErrors); !loaded)
        return loaded.error();
    return copy;
}

} // namespace

Result<Merged> merge(ArticleDocument &document, const QByteArray &base, const QByteArray &theirs,
                     const QString &sidecarPath)
{
    Result<SidecarMergeResult> merged
        = SidecarMerger::merge(base, SidecarWriter::write(document), theirs);
    if (!merged) {
        Error error = merged.error();
        if (error.path.isEmpty())
            error.path = sidecarPath;
        return error;
    }
    Result<std::shared_ptr<ArticleDocument>> copy
        = loadedCopy(document, merged->merged, sidecarPath);
    if (!copy)
        return copy.error();
    Merged out;
    out.command = std::make_unique<ApplySidecarMergeCommand>(&document,
                                                             MergedAnnotations::of(*copy.value()));
    out.conflicts = int(merged->conflicts.size());
    return out;
}

Result<std::unique_ptr<QUndoCommand>> resolve(ArticleDocument &document, const QUuid &id,
                                              const QString &field, Take take)
{
    const Region *region = document.region(id);
    const TextAnchor *anchor = region ? nullptr : document.anchor(id);
    const MergeConflicts conflicts = region ? region->mergeConflicts
        : anchor                            ? anchor->mergeConflicts
                                            : MergeConflicts {};
    const auto conflict = std::find_if(conflicts.cbegin(), conflicts.cend(),
                                       [&](const MergeConflict &c) { return c.field == field; });
    if (conflict == conflicts.cend())
        return Error {tr("There is no merge conflict on “%1” of %2.")
                          .arg(field, id.toString(QUuid::WithoutBraces)),
                      {},
                      document.sidecarPath()};
    if (take == Take::Ours)
        return std::unique_ptr<QUndoCommand>(
            ResolveMergeConflictCommand::keepMine(&document, id, field));
    if (conflict->theirs.isUndefined())
        return Error {tr("The other side deleted %1; to take theirs, delete it.")
                          .arg(id.toString(QUuid::WithoutBraces)),
                      {},
                      document.sidecarPath()};
    // Their value is sidecar JSON: put it into this document's sidecar and read that back, so
    // each field means what the sidecar format says it means.
    bool found = false;
    const QJsonValue patched
        = withField(SidecarWriter::toJson(document),
                    QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces), field,
                    conflict->theirs, &found);
    if (!found)
        return Error {tr("%1 is not in the sidecar.").arg(id.toString(QUuid::WithoutBraces)),
                      {},
                      document.sidecarPath()};
    Result<std::shared_ptr<ArticleDocument>> copy
        = loadedCopy(document, QJsonDocument(patched.toObject()).toJson(), document.sidecarPath());
    if (!copy)
        return copy.error();
    if (region) {
        if (const Region *theirs = copy.value()->region(id))
            return std::unique_ptr<QUndoCommand>(
                new ResolveMergeConflictCommand(&document, *theirs, field));
    } else if (const TextAnchor *theirs = copy.value()->anchor(id)) {
        return std::unique_ptr<QUndoCommand>(
            new ResolveMergeConflictCommand(&document, *theirs, field));
    }
    return Error {tr("%1 is not in the sidecar.").arg(id.toString(QUuid::WithoutBraces)),
                  {},
                  document.sidecarPath()};
}

} // namespace provena::SidecarPull
