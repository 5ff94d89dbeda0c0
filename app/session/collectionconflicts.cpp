// SPDX-License-Identifier: MIT
#include "session/collectionconflicts.h"

#include "core/commands/collectionconflictcommand.h"
#include "core/document/articledocument.h"
#include "formats/sidecarcontent.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "session/documentio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace provena::CollectionConflicts {

namespace {

// Messages under the "CollectionConflicts" context (see SidecarPullText for why a struct).
struct CollectionConflictsText
{
    Q_DECLARE_TR_FUNCTIONS(CollectionConflicts)
};

const QString kUuidPrefix = QStringLiteral("urn:uuid:");
const QString kLabelsPrefix = QStringLiteral("labels[");

/** The element of `array` that `key` names: its "id", or a pillar's "pillar"; -1 when none. */
qsizetype elementNamed(const QJsonArray &array, const QString &key)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        if (o.value(QLatin1String("id")).toString() == key
            || o.value(QLatin1String("pillar")).toString() == key)
            return i;
    }
    return -1;
}

/**
 * `object` with the field SidecarMerger named `path` set to `value` (removed when undefined).
 * A path goes into nested objects ("provenance.verdict.value") and keyed list elements
 * ("labels[protester].colour", "provenance.pillars[date].status") where the object has them;
 * the rest of the path is one key (unknown keys may hold dots).
 */
QJsonObject withPath(QJsonObject object, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression step(QStringLiteral("^([^.\\[]+)(?:\\[([^\\]]*)\\])?\\."));
    const QRegularExpressionMatch m = step.match(path);
    if (m.hasMatch()) {
        const QString name = m.captured(1);
        const QString rest = path.mid(m.capturedLength());
        const QJsonValue inner = object.value(name);
        if (m.capturedStart(2) >= 0 && (inner.isArray() || inner.isUndefined())) {
            const QString key = m.captured(2);
            QJsonArray array = inner.toArray();
            qsizetype at = elementNamed(array, key);
            if (at < 0) {
                // Not on our side: their value brings the element back.
                array.append(
                    QJsonObject {{name == QLatin1String("pillars") ? QStringLiteral("pillar")
                                                                   : QStringLiteral("id"),
                                  key}});
                at = array.size() - 1;
            }
            array[at] = withPath(array.at(at).toObject(), rest, value);
            object.insert(name, array);
            return object;
        }
        if (m.capturedStart(2) < 0 && (inner.isObject() || inner.isUndefined())) {
            object.insert(name, withPath(inner.toObject(), rest, value));
            return object;
        }
    }
    if (value.isUndefined())
        object.remove(path);
    else
        object.insert(path, value);
    return object;
}

/** The image entry (or the claim inside one) whose "id" is `item`, patched; false when none. */
bool patchImages(QJsonObject &root, const QString &item, const QString &field,
                 const QJsonValue &value)
{
    QJsonArray images = root.value(QLatin1String("annotatedImages")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        if (image.value(QLatin1String("id")).toString() == item) {
            images[i] = withPath(image, field, value);
            root.insert(QStringLiteral("annotatedImages"), images);
            return true;
        }
        QJsonObject provenance = image.value(QLatin1String("provenance")).toObject();
        QJsonArray claims = provenance.value(QLatin1String("claims")).toArray();
        const qsizetype at = elementNamed(claims, item);
        if (at < 0)
            continue;
        claims[at] = withPath(claims.at(at).toObject(), field, value);
        provenance.insert(QStringLiteral("claims"), claims);
        image.insert(QStringLiteral("provenance"), provenance);
        images[i] = image;
        root.insert(QStringLiteral("annotatedImages"), images);
        return true;
    }
    return false;
}

Error noSuchConflict(const ArticleDocument &document, const QString &item, const QString &field)
{
    return Error {
        CollectionConflictsText::tr("There is no merge conflict on “%1” of %2.").arg(field, item),
        {},
        document.sidecarPath()};
}

} // namespace

Subject subjectOf(const SidecarContent &content, const CollectionMergeConflict &conflict)
{
    Subject s;
    s.field = conflict.conflict.field;
    for (qsizetype i = 0; i < content.images.size(); ++i) {
        if (content.images.at(i).iri == conflict.item) {
            s.kind = Subject::Kind::Image;
            s.imageIndex = int(i);
            return s;
        }
    }
    if (conflict.item.startsWith(kUuidPrefix)) {
        const QUuid id(QStringView(conflict.item).mid(kUuidPrefix.size()));
        for (qsizetype i = 0; !id.isNull() && i < content.provenance.size(); ++i) {
            if (content.provenance.at(i).claim(id)) {
                s.kind = Subject::Kind::Claim;
                s.claimId = id;
                s.imageIndex = int(i);
                return s;
            }
        }
    }
    const qsizetype close = s.field.indexOf(QLatin1String("]."));
    if (s.field.startsWith(kLabelsPrefix) && close > 0) {
        s.kind = Subject::Kind::Label;
        s.labelId = s.field.mid(kLabelsPrefix.size(), close - kLabelsPrefix.size());
        s.field = s.field.mid(close + 2);
    }
    return s;
}

QString kindName(Subject::Kind kind)
{
    switch (kind) {
    case Subject::Kind::Collection:
        return QStringLiteral("collection");
    case Subject::Kind::Label:
        return QStringLiteral("label");
    case Subject::Kind::Image:
        return QStringLiteral("image");
    case Subject::Kind::Claim:
        return QStringLiteral("claim");
    }
    return {};
}

QString describe(const SidecarContent &content, const CollectionMergeConflict &conflict)
{
    const Subject s = subjectOf(content, conflict);
    switch (s.kind) {
    case Subject::Kind::Image:
        return CollectionConflictsText::tr("Image %1").arg(s.imageIndex + 1);
    case Subject::Kind::Claim: {
        const ProvenanceClaim *claim = content.provenance.at(s.imageIndex).claim(s.claimId);
        return CollectionConflictsText::tr("Claim “%1” (%2) on image %3")
            .arg(claim->statement(), ProvenanceClaim::roleTitle(claim->role))
            .arg(s.imageIndex + 1);
    }
    case Subject::Kind::Label: {
        const Label *label = content.labels.find(s.labelId);
        return CollectionConflictsText::tr("Label “%1”")
            .arg(label && !label->name.isEmpty() ? label->name : s.labelId);
    }
    case Subject::Kind::Collection: {
        const QJsonValue id = content.extra.value(QLatin1String("id"));
        if (!id.isUndefined() && id.toString() != conflict.item)
            return CollectionConflictsText::tr("An item no longer in the sidecar (%1)")
                .arg(conflict.item);
        return CollectionConflictsText::tr("The article’s sidecar");
    }
    }
    return conflict.item;
}

QString describe(const ArticleDocument &document, const CollectionMergeConflict &conflict)
{
    return describe(SidecarContent::fromDocument(document), conflict);
}

Result<std::unique_ptr<QUndoCommand>> resolve(ArticleDocument &document, const QString &item,
                                              const QString &field, SidecarPull::Take take)
{
    const CollectionMergeConflicts &all = document.collectionConflicts();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const CollectionMergeConflict &c) {
        return c.conflict.field == field && (c.item == item || c.item == kUuidPrefix + item);
    });
    if (it == all.cend())
        return noSuchConflict(document, item, field);
    const CollectionMergeConflict conflict = *it;
    if (take == SidecarPull::Take::Ours)
        return std::unique_ptr<QUndoCommand>(
            new ResolveCollectionConflictCommand(&document, conflict));

    // Their value is sidecar JSON: put it into this document's sidecar and read that back, so
    // each field means what the sidecar format says it means.
    const SidecarContent now = SidecarContent::fromDocument(document);
    const Subject subject = subjectOf(now, conflict);
    QJsonObject root = SidecarWriter::toJson(now);
    const QJsonValue &theirs = conflict.conflict.theirs;
    if (subject.kind == Subject::Kind::Image || subject.kind == Subject::Kind::Claim) {
        if (!patchImages(root, conflict.item, field, theirs))
            return noSuchConflict(document, conflict.item, field);
    } else {
        root = withPath(root, field, theirs);
    }
    const QByteArray patched = QJsonDocument(root).toJson();
    const Result<SidecarContent> read = SidecarReader::read(patched, document.sidecarPath());
    if (!read) {
        Error e = read.error();
        e.message = CollectionConflictsText::tr("Their value cannot be taken: %1").arg(e.message);
        return e;
    }
    const SidecarContent &content = read.value();
    CollectionChanges changes;
    switch (subject.kind) {
    case Subject::Kind::Collection:
        changes.sidecarExtra = content.extra;
        break;
    case Subject::Kind::Label: {
        LabelTaxonomy labels = document.labels();
        if (const Label *label = content.labels.find(subject.labelId))
            labels.insert(*label);
        changes.labels = labels;
        break;
    }
    case Subject::Kind::Claim:
    case Subject::Kind::Image: {
        // Written from this document, so the sidecar's image indexes are the document's.
        QList<ImageProvenance> provenance = content.provenance;
        provenance.resize(qMax(provenance.size(), document.provenance().size()));
        changes.provenance = provenance;
        if (subject.kind == Subject::Kind::Image
            && !field.startsWith(QLatin1String("provenance."))) {
            // An entry's own field (sha256, localPath …): as opening that sidecar would record
            // it, against the file on this machine.
            std::shared_ptr<ArticleDocument> copy = DocumentIO::snapshot(document);
            if (const Status loaded
                = DocumentIO::restoreSnapshot(*copy, patched, document.sidecarPath());
                !loaded)
                return loaded.error();
            changes.imageRecords.append(
                {subject.imageIndex, copy->imageRecord(subject.imageIndex)});
        }
        break;
    }
    }
    return std::unique_ptr<QUndoCommand>(
        new ResolveCollectionConflictCommand(&document, conflict, changes));
}

} // namespace provena::CollectionConflicts
