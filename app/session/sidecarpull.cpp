// SPDX-License-Identifier: MIT
#include "session/sidecarpull.h"

#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "core/io/sha256.h"
#include "formats/sidecarmerger.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "session/documentio.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace provena::SidecarPull {

namespace {

// Messages under the "SidecarPull" context; lupdate reads the context from the macro (a free tr()
// helper would be filed under the calling class's name, which the runtime never asks for).
struct SidecarPullText
{
    Q_DECLARE_TR_FUNCTIONS(SidecarPull)
};

/**
 * `annotation` with `field` (as SidecarMerger names fields: a key, or one body by purpose,
 * `body[purpose=commenting]`) set to `theirs`, or removed when theirs is undefined.
 */
QJsonObject withField(QJsonObject annotation, const QString &field, const QJsonValue &theirs)
{
    static const QString bodyPrefix = QStringLiteral("body[purpose=");
    if (!field.startsWith(bodyPrefix) || !field.endsWith(u']')) {
        if (theirs.isUndefined())
            annotation.remove(field);
        else
            annotation.insert(field, theirs);
        return annotation;
    }
    const QString purpose = field.mid(bodyPrefix.size()).chopped(1);
    const QJsonValue body = annotation.value(QLatin1String("body"));
    const QJsonArray bodies = body.isArray() ? body.toArray()
        : body.isObject()                    ? QJsonArray {body}
                                             : QJsonArray {};
    QJsonArray patched;
    bool placed = false;
    for (const QJsonValue &element : bodies) {
        if (element.toObject().value(QLatin1String("purpose")).toString() != purpose) {
            patched.append(element);
        } else if (!placed && !theirs.isUndefined()) {
            patched.append(theirs); // where it was
            placed = true;
        }
    }
    if (!placed && !theirs.isUndefined())
        patched.append(theirs);
    annotation.insert(QStringLiteral("body"), patched);
    return annotation;
}

/** `value` with withField() applied to the object whose "id" is `iri`, wherever it is. */
QJsonValue withItemField(const QJsonValue &value, const QString &iri, const QString &field,
                         const QJsonValue &theirs, bool *found)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && !*found; ++i)
            array[i] = withItemField(array.at(i), iri, field, theirs, found);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (object.value(QLatin1String("id")).toString() == iri) {
        *found = true;
        return withField(object, field, theirs);
    }
    for (auto it = object.begin(); it != object.end() && !*found; ++it)
        it.value() = withItemField(it.value(), iri, field, theirs, found);
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

/** The label definitions a sidecar carries; none when it is empty or unreadable. */
LabelTaxonomy labelsIn(const QByteArray &sidecar)
{
    if (sidecar.isEmpty())
        return {};
    const Result<SidecarContent> content = SidecarReader::read(sidecar, {});
    return content ? content->labels : LabelTaxonomy();
}

/**
 * The document's labels after a merge: a definition the merge changed (their side did) is
 * taken, and one the merge dropped goes, unless Provena or the analyst defines it anyway
 * (LabelTaxonomy::standard()). Loading keeps the document's own definitions, so this is done
 * here.
 */
LabelTaxonomy mergedLabels(const LabelTaxonomy &current, const QByteArray &base,
                           const QByteArray &merged)
{
    const LabelTaxonomy before = labelsIn(base);
    const LabelTaxonomy after = labelsIn(merged);
    const LabelTaxonomy standard = LabelTaxonomy::standard();
    LabelTaxonomy out;
    for (const Label &label : current.labels()) {
        if (!before.contains(label.id) || after.contains(label.id) || standard.contains(label.id))
            out.insert(label);
    }
    for (const Label &label : after.labels()) {
        const Label *was = before.find(label.id);
        if (!was || !(*was == label))
            out.insert(label);
    }
    return out;
}

} // namespace

std::optional<QByteArray> baseFor(const SidecarFingerprint &read)
{
    if (!read.isKnown())
        return std::nullopt;
    if (!read.exists)
        return QByteArray(); // no sidecar yet: a pulled one is all additions
    const Result<QByteArray> bytes
        = FileAccess::readRegularFile(read.path, SidecarReader::kMaxFileSize);
    if (!bytes || Sha256::hash(bytes.value()) != read.sha256)
        return std::nullopt;
    return bytes.value();
}

Result<QByteArray> readTheirs(const QString &path)
{
    Result<QByteArray> bytes = FileAccess::readRegularFile(path, SidecarReader::kMaxFileSize);
    if (!bytes)
        return bytes.error();
    if (const Result<SidecarContent> read = SidecarReader::read(bytes.value(), path); !read)
        return read.error();
    return bytes;
}

SidecarFingerprint fingerprintOf(const QString &path, const QByteArray &bytes)
{
    return {path, true, bytes.size(), QFileInfo(path).lastModified().toUTC(), Sha256::hash(bytes)};
}

Counts countRegions(const QList<Region> &before, const ArticleDocument &after)
{
    QSet<QUuid> old;
    for (const Region &r : before)
        old.insert(r.id);
    Counts counts;
    for (const Region &r : after.regions())
        counts.added += old.contains(r.id) ? 0 : 1;
    counts.removed = int(before.size()) + counts.added - int(after.regions().size());
    return counts;
}

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
    MergedAnnotations annotations = MergedAnnotations::of(*copy.value());
    annotations.labels = mergedLabels(document.labels(), base, merged->merged);
    Merged out;
    out.command = std::make_unique<ApplySidecarMergeCommand>(&document, std::move(annotations));
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
        return Error {SidecarPullText::tr("There is no merge conflict on “%1” of %2.")
                          .arg(field, id.toString(QUuid::WithoutBraces)),
                      {},
                      document.sidecarPath()};
    if (take == Take::Ours)
        return std::unique_ptr<QUndoCommand>(
            ResolveMergeConflictCommand::keepMine(&document, id, field));
    // Their value is sidecar JSON: put it into this document's sidecar and read that back, so
    // each field means what the sidecar format says it means.
    bool found = false;
    const QJsonValue patched
        = withItemField(SidecarWriter::toJson(document),
                        QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces), field,
                        conflict->theirs, &found);
    if (!found)
        return Error {
            SidecarPullText::tr("%1 is not in the sidecar.").arg(id.toString(QUuid::WithoutBraces)),
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
    return Error {
        SidecarPullText::tr("%1 is not in the sidecar.").arg(id.toString(QUuid::WithoutBraces)),
        {},
        document.sidecarPath()};
}

} // namespace provena::SidecarPull
