// SPDX-License-Identifier: MIT
#include "session/xmpexport.h"

#include "core/document/articledocument.h"
#include "core/io/fileaccess.h"
#include "media/imagedecoder.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

// The byte limit for reading an existing sidecar on a dry run; the writer reads it itself.
constexpr qint64 kMaxSidecarBytes = qint64(64) << 20;

const QString kPersonLabel = u"person"_s;

/** Organisation-wide, so the GUI (app "Provena") and provena-cli read the same values. */
QSettings sharedSettings()
{
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

bool readsAsCopyrightNotice(const QString &value)
{
    static const QStringList markers {u"©"_s, u"(c)"_s, u"copyright"_s, u"저작권"_s,
                                      u"авторское право"_s};
    for (const QString &marker : markers) {
        if (value.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString digitalSourceTypeUri(const QString &value)
{
    // The record may hold the bare IPTC term ("digitalCapture"); XMP wants the full URI.
    if (value.contains(u':'))
        return value;
    return u"http://cv.iptc.org/newscodes/digitalsourcetype/"_s + value;
}

QString agentName(const Agent &agent)
{
    if (!agent.name.isEmpty())
        return agent.name;
    return agent.abbreviations.isEmpty() ? agent.directoryId : agent.abbreviations.first();
}

void setOnce(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value.trimmed();
}

XmpImageFields fieldsFromClaims(const ImageProvenance &provenance, QStringList *notes)
{
    XmpImageFields fields;
    for (const ProvenanceClaim &claim : provenance.claims) {
        if (claim.status != ClaimStatus::Accepted)
            continue;
        switch (claim.role) {
        case ClaimRole::Creator:
            if (const QString name = agentName(claim.agent);
                !name.isEmpty() && !fields.creators.contains(name))
                fields.creators.append(name);
            break;
        case ClaimRole::CreditLine:
            setOnce(fields.creditLine, claim.value);
            break;
        case ClaimRole::Source:
            setOnce(fields.source, claim.value);
            break;
        case ClaimRole::Rights:
            setOnce(readsAsCopyrightNotice(claim.value) ? fields.copyrightNotice
                                                        : fields.usageTerms,
                    claim.value);
            break;
        case ClaimRole::DigitalSourceType:
            if (!claim.value.trimmed().isEmpty())
                setOnce(fields.digitalSourceType, digitalSourceTypeUri(claim.value.trimmed()));
            break;
        case ClaimRole::DateCreated:
            if (claim.date.contains(u'/')) {
                // photoshop:DateCreated holds one date; a range would be misread as one.
                if (notes)
                    notes->append(XmpExport::tr("The date created “%1” is a range, which "
                                                "photoshop:DateCreated cannot hold; it was not "
                                                "written.")
                                      .arg(claim.date));
            } else {
                setOnce(fields.dateCreated, claim.date);
            }
            break;
        default:
            break;
        }
    }
    return fields;
}

bool isRemoteNotFetched(const ImageRef &ref, const ImageRecord &record)
{
    return ref.localPath.isEmpty() && ref.location == ImageRef::Location::NotFound
        && record.problem == ImageRecord::Problem::None;
}

/** Why image `index` gets no sidecar, or an empty string when it gets one. */
QString skipReason(const ImageRef &ref, const ImageRecord &record, int index)
{
    const int number = index + 1;
    if (ref.location == ImageRef::Location::OutsideFolder)
        return XmpExport::tr("image %1: “%2” lies outside the article's folder; Provena writes "
                             "XMP sidecars only inside it.")
            .arg(number)
            .arg(ref.url);
    if (isRemoteNotFetched(ref, record))
        return XmpExport::tr("image %1: “%2” is not fetched yet, so there is no file to write "
                             "a sidecar beside. Fetch it first.")
            .arg(number)
            .arg(ref.url);
    if (record.problem != ImageRecord::Problem::None)
        return XmpExport::tr("image %1: %2").arg(number).arg(record.problemDetail);
    if (ref.localPath.isEmpty() || !QFileInfo(ref.localPath).isFile())
        return XmpExport::tr("image %1: “%2” is not there; no sidecar was written for it.")
            .arg(number)
            .arg(ref.url);
    return {};
}

XmpImageExport exportOne(const ArticleDocument &document, int index,
                         const XmpExport::Options &options)
{
    XmpImageExport result;
    result.imageIndex = index;
    const ImageRef &ref = document.article().images.at(index);
    if (const QString reason = skipReason(ref, document.imageRecord(index), index);
        !reason.isEmpty()) {
        result.notes.append(reason);
        return result;
    }
    result.imagePath = ref.localPath;
    result.sidecarPath = XmpSidecarWriter::sidecarPathFor(ref.localPath, options.naming);
    const Result<XmpSidecarContent> content
        = XmpExport::contentFor(document, index, ref.localPath, &result.notes);
    if (!content) {
        result.outcome = XmpImageExport::Outcome::Failed;
        result.error = content.error();
        return result;
    }
    if (!options.dryRun) {
        const Result<XmpWriteReport> written
            = XmpSidecarWriter::write(ref.localPath, content.value(), options.naming);
        if (!written) {
            result.outcome = XmpImageExport::Outcome::Failed;
            result.error = written.error();
            return result;
        }
        result.report = written.value();
        result.outcome = result.report.written ? XmpImageExport::Outcome::Written
                                               : XmpImageExport::Outcome::Unchanged;
        return result;
    }
    QByteArray existing;
    const bool exists = QFileInfo::exists(result.sidecarPath);
    if (exists) {
        Result<QByteArray> bytes = FileAccess::readRegularFile(result.sidecarPath, kMaxSidecarBytes,
                                                               XmpExport::tr("The XMP sidecar"));
        if (!bytes) {
            result.outcome = XmpImageExport::Outcome::Failed;
            result.error = bytes.error();
            return result;
        }
        existing = std::move(bytes).value();
    }
    const Result<QByteArray> rendered
        = XmpSidecarWriter::render(existing, content.value(), &result.report);
    if (!rendered) {
        result.outcome = XmpImageExport::Outcome::Failed;
        result.error = rendered.error();
        result.error.path = result.sidecarPath;
        return result;
    }
    // render() does not know the file; what a write would do follows from the bytes.
    result.report.sidecarPath = result.sidecarPath;
    result.report.created = !exists;
    result.report.written = !exists || rendered.value() != existing;
    result.outcome = result.report.written ? XmpImageExport::Outcome::Written
                                           : XmpImageExport::Outcome::Unchanged;
    return result;
}

} // namespace

bool XmpSettings::writeOnSave()
{
    return sharedSettings().value(u"xmp/writeOnSave"_s, true).toBool();
}

void XmpSettings::setWriteOnSave(bool on)
{
    sharedSettings().setValue(u"xmp/writeOnSave"_s, on);
}

XmpSidecarNaming XmpSettings::naming()
{
    return namingFromName(sharedSettings().value(u"xmp/sidecarNaming"_s).toString())
        .value_or(XmpSidecarNaming::KeepExtension);
}

void XmpSettings::setNaming(XmpSidecarNaming naming)
{
    sharedSettings().setValue(u"xmp/sidecarNaming"_s, namingName(naming));
}

QString XmpSettings::namingName(XmpSidecarNaming naming)
{
    return naming == XmpSidecarNaming::ReplaceExtension ? u"replace-extension"_s
                                                        : u"keep-extension"_s;
}

std::optional<XmpSidecarNaming> XmpSettings::namingFromName(const QString &name)
{
    if (name == u"keep-extension"_s)
        return XmpSidecarNaming::KeepExtension;
    if (name == u"replace-extension"_s)
        return XmpSidecarNaming::ReplaceExtension;
    return std::nullopt;
}

QString XmpImageExport::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Written:
        return u"written"_s;
    case Outcome::Unchanged:
        return u"unchanged"_s;
    case Outcome::Skipped:
        return u"skipped"_s;
    case Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

XmpSidecarContent XmpExport::content(const ArticleDocument &document, int imageIndex,
                                     QSize displayedSize, int orientation, QStringList *notes)
{
    XmpSidecarContent content;
    content.displayedSize = displayedSize;
    content.orientation = orientation;
    content.fields = fieldsFromClaims(document.imageProvenance(imageIndex), notes);
    if (imageIndex >= 0 && imageIndex < document.article().images.size())
        content.fields.caption = document.article().images.at(imageIndex).caption.trimmed();
    const LabelTaxonomy &labels = document.labels();
    for (const Region &region : document.regionsOnImage(imageIndex)) {
        XmpRegion r;
        r.id = region.id;
        r.geometry = region.geometry;
        r.labelId = region.label;
        const Label *label = labels.find(region.label);
        r.labelName = label ? label->name : region.label;
        r.name = region.entity.name;
        r.identifier = region.entity.identifier;
        r.note = region.note;
        r.isPerson = region.label == kPersonLabel;
        if (r.isPerson && !r.name.isEmpty() && !content.fields.personsShown.contains(r.name))
            content.fields.personsShown.append(r.name);
        content.regions.append(r);
    }
    return content;
}

Result<XmpSidecarContent> XmpExport::contentFor(const ArticleDocument &document, int imageIndex,
                                                const QString &imagePath, QStringList *notes)
{
    // The record's size is the one the regions were drawn on; the file decides the orientation
    // (and the stored grid the writer turns the regions onto).
    const Result<ImageInfo> info = ImageDecoder::probe(imagePath);
    if (!info)
        return info.error();
    return content(document, imageIndex, info->size, info->orientation, notes);
}

QList<XmpImageExport> XmpExport::writeSidecars(const ArticleDocument &document,
                                               const Options &options)
{
    QList<XmpImageExport> exports;
    const qsizetype count = document.article().images.size();
    for (int i = 0; i < int(count); ++i) {
        if (options.imageIndex < 0 || options.imageIndex == i)
            exports.append(exportOne(document, i, options));
    }
    return exports;
}

QStringList XmpExport::problems(const QList<XmpImageExport> &exports)
{
    QStringList out;
    for (const XmpImageExport &e : exports) {
        const int number = e.imageIndex + 1;
        if (e.outcome == XmpImageExport::Outcome::Failed)
            out.append(tr("image %1: %2").arg(number).arg(e.error.toString()));
        for (const QString &sentence : e.report.notWritten)
            out.append(tr("image %1: %2").arg(number).arg(sentence));
        if (e.outcome != XmpImageExport::Outcome::Skipped)
            for (const QString &note : e.notes)
                out.append(tr("image %1: %2").arg(number).arg(note));
    }
    return out;
}

QStringList XmpExport::writeOnSave(const ArticleDocument &document, bool writeOnSave,
                                   XmpSidecarNaming naming)
{
    if (!writeOnSave)
        return {};
    Options options;
    options.naming = naming;
    return problems(writeSidecars(document, options));
}

} // namespace provena
