// SPDX-License-Identifier: MIT
#include "metadata/xmpregionwriter_p.h"

#include "metadata/xmpownership_p.h"
#include "metadata/xmpvocabulary_p.h"

#include <QRectF>
#include <QSize>

#include <algorithm>
#include <cmath>

namespace provena::detail::xmp {

namespace {

const std::string kIptcMarker = std::string("/") + kRegionIdField;
const std::string kMwgMarker = std::string("/") + kMwgExtensions + '/' + kRegionIdField;

/** “Kim Jong-un” (1a2b3c4d): how messages name a region. */
QString regionTitle(const XmpRegion &region)
{
    const QString shortId = region.id.toString(QUuid::WithoutBraces).left(8);
    const QString name = region.name.isEmpty() ? region.labelName : region.name;
    if (name.isEmpty())
        return shortId;
    return XmpSidecarWriter::tr("“%1” (%2)").arg(name, shortId);
}

QString whyNotWritten(const XmpRegion &region)
{
    if (region.geometry.isValid() && region.geometry.shape() == RegionGeometry::Shape::Polyline)
        return XmpSidecarWriter::tr(
                   "Region %1 is a polyline: IPTC regions are closed shapes, so it is not "
                   "written to the XMP sidecar. Provena's own sidecar keeps it.")
            .arg(regionTitle(region));
    return XmpSidecarWriter::tr("Region %1 has no valid outline, so it is not written to the XMP "
                                "sidecar. Redraw it in Provena.")
        .arg(regionTitle(region));
}

/** stDim:w × stDim:h of the existing mwg-rs:AppliedToDimensions; empty when absent or unclear. */
QSize existingAppliedTo(const Exiv2::XmpData &xmp)
{
    const auto number = [&xmp](const char *field) {
        const auto datum = xmp.findKey(Exiv2::XmpKey(std::string(kMwgAppliedTo) + field));
        if (datum == xmp.end())
            return -1;
        bool ok = false;
        const int value = QString::fromStdString(datum->value().toString()).toInt(&ok);
        return ok ? value : -1;
    };
    const QSize size(number("/stDim:w"), number("/stDim:h"));
    return size.isValid() ? size : QSize();
}

/** The child of mwg-rs:Regions a key lies in: "mwg-rs:RegionList", "mwg-rs:AppliedToDimensions". */
std::string regionsChild(const std::string &key)
{
    const std::string root = std::string(kMwgRegions) + '/';
    if (key.compare(0, root.size(), root) != 0)
        return {};
    const std::size_t end = key.find_first_of("[/", root.size());
    return key.substr(root.size(),
                      end == std::string::npos ? std::string::npos : end - root.size());
}

/** The stored-pixel box of another tool's MWG item (normalised centre-based Area); empty when
 *  the item has no complete normalised area. */
QRectF foreignMwgBox(const QList<const Exiv2::Xmpdatum *> &item, const QSize &stored)
{
    double x = -1, y = -1, w = -1, h = -1;
    bool normalised = false;
    for (const Exiv2::Xmpdatum *datum : item) {
        const std::string key = datum->key();
        const auto endsWith = [&key](const char *suffix) {
            const std::string s(suffix);
            return key.size() >= s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0;
        };
        const double value = QString::fromStdString(datum->value().toString()).toDouble();
        if (endsWith("/stArea:x"))
            x = value;
        else if (endsWith("/stArea:y"))
            y = value;
        else if (endsWith("/stArea:w"))
            w = value;
        else if (endsWith("/stArea:h"))
            h = value;
        else if (endsWith("/stArea:unit"))
            normalised = datum->value().toString() == "normalized";
    }
    if (!normalised || x < 0 || y < 0 || w < 0 || h < 0)
        return {};
    const double sw = stored.width();
    const double sh = stored.height();
    return {(x - w / 2) * sw, (y - h / 2) * sh, w * sw, h * sh};
}

/**
 * Person regions another tool already has as an MWG face (the same box within a pixel, e.g. a
 * digiKam face the analyst imported) are not added again: digiKam would show the face twice.
 * Their IPTC item is still written.
 */
QList<const XmpRegion *> withoutForeignFaces(const QList<const XmpRegion *> &persons,
                                             const ArrayItems &items, const ImageFrame &frame)
{
    QList<QRectF> faces;
    for (const auto &item : items.foreign) {
        const QRectF box = foreignMwgBox(item, frame.stored);
        if (!box.isNull())
            faces.append(box);
    }
    QList<const XmpRegion *> kept;
    for (const XmpRegion *person : persons) {
        const QRectF box = toStored(*person, frame).boundingRect();
        const bool known = std::any_of(faces.cbegin(), faces.cend(), [&box](const QRectF &face) {
            return std::abs(face.left() - box.left()) <= 1 && std::abs(face.top() - box.top()) <= 1
                && std::abs(face.right() - box.right()) <= 1
                && std::abs(face.bottom() - box.bottom()) <= 1;
        });
        if (!known)
            kept.append(person);
    }
    return kept;
}

std::optional<Exiv2::XmpData> rebuildImageRegion(const Exiv2::XmpData &existing,
                                                 const QList<const XmpRegion *> &regions,
                                                 const ImageFrame &frame, RegionContainers &result)
{
    const ArrayItems items = splitItems(existing, kImageRegion, kIptcMarker);
    result.foreignRegionsKept += int(items.foreign.size());
    if (items.ownItems == 0 && regions.isEmpty())
        return std::nullopt; // nothing of ours before or now: another tool's bytes stay
    Exiv2::XmpData out;
    if (items.foreign.isEmpty() && regions.isEmpty())
        return out; // only ours were there: the container goes
    if (items.container.isEmpty())
        appendArray(out, kImageRegion, Exiv2::XmpValue::xaBag);
    for (const Exiv2::Xmpdatum *datum : items.container)
        out.add(*datum);
    int index = 0;
    for (qsizetype i = 0; i < items.foreign.size(); ++i)
        appendItem(out, items, i, kImageRegion, ++index);
    for (const XmpRegion *region : regions) {
        appendImageRegionItem(out, std::string(kImageRegion) + '[' + std::to_string(++index) + ']',
                              *region, frame);
    }
    result.regionsWritten = int(regions.size());
    return out;
}

std::optional<Exiv2::XmpData> rebuildMwgRegions(const Exiv2::XmpData &existing,
                                                QList<const XmpRegion *> persons,
                                                const ImageFrame &frame, RegionContainers &result)
{
    const ArrayItems items = splitItems(existing, kMwgRegionList, kMwgMarker);
    result.foreignRegionsKept += int(items.foreign.size());
    const QSize appliedTo = existingAppliedTo(existing);
    // Other tools' items are normalised to the image their AppliedToDimensions names; adding
    // ours under it would describe two images in one block.
    const bool keepTheirDimensions = !items.foreign.isEmpty() && appliedTo.isValid();
    if (!persons.isEmpty() && keepTheirDimensions && appliedTo != frame.stored) {
        result.notWritten.append(
            XmpSidecarWriter::tr(
                "The MWG regions in the sidecar apply to an image of %1×%2 pixels, but the "
                "image is stored at %3×%4: Provena kept them and did not add its %n person "
                "region(s) as MWG regions (they are written as IPTC regions). Remove the MWG "
                "regions in the tool that wrote them if they are out of date.",
                nullptr, int(persons.size()))
                .arg(appliedTo.width())
                .arg(appliedTo.height())
                .arg(frame.stored.width())
                .arg(frame.stored.height()));
        persons.clear();
    }
    persons = withoutForeignFaces(persons, items, frame);
    if (items.ownItems == 0 && persons.isEmpty())
        return std::nullopt;

    Exiv2::XmpData out;
    bool wroteDimensions = false;
    bool wroteList = false;
    const auto writeDimensions = [&] {
        wroteDimensions = true;
        if (keepTheirDimensions) {
            for (const Exiv2::Xmpdatum &datum : existing) {
                if (isWithin(datum.key(), kMwgAppliedTo))
                    out.add(datum);
            }
        } else if (!persons.isEmpty()) {
            appendAppliedToDimensions(out, frame);
        }
    };
    const auto writeList = [&] {
        wroteList = true;
        if (items.foreign.isEmpty() && persons.isEmpty())
            return;
        if (items.container.isEmpty())
            appendArray(out, kMwgRegionList, Exiv2::XmpValue::xaBag);
        for (const Exiv2::Xmpdatum *datum : items.container)
            out.add(*datum);
        int index = 0;
        for (qsizetype i = 0; i < items.foreign.size(); ++i)
            appendItem(out, items, i, kMwgRegionList, ++index);
        for (const XmpRegion *person : persons) {
            appendMwgRegionItem(out,
                                std::string(kMwgRegionList) + '[' + std::to_string(++index) + ']',
                                *person, frame);
        }
    };

    // Rebuilt in the order the file had its children, so other tools' fields stay in place.
    bool hasRoot = false;
    for (const Exiv2::Xmpdatum &datum : existing) {
        const std::string key = datum.key();
        if (!isWithin(key, kMwgRegions))
            continue;
        const std::string child = regionsChild(key);
        if (child.empty()) {
            hasRoot = true;
            out.add(Exiv2::XmpKey(key), &datum.value());
        } else if (child == "mwg-rs:AppliedToDimensions") {
            if (!wroteDimensions)
                writeDimensions();
        } else if (child == "mwg-rs:RegionList") {
            if (!wroteList)
                writeList();
        } else {
            out.add(Exiv2::XmpKey(key), &datum.value());
        }
    }
    if (!hasRoot && !persons.isEmpty()) {
        Exiv2::XmpData withRoot;
        appendStruct(withRoot, kMwgRegions);
        for (const Exiv2::Xmpdatum &datum : out)
            withRoot.add(datum);
        out = withRoot;
    }
    if (!wroteDimensions)
        writeDimensions();
    if (!wroteList)
        writeList();
    // Only the struct itself left: it held nothing but what Provena wrote.
    if (out.count() <= 1)
        out.clear();
    result.personRegionsWritten = int(persons.size());
    return out;
}

} // namespace

RegionContainers rebuildRegionContainers(const Exiv2::XmpData &existing,
                                         const XmpSidecarContent &content, const ImageFrame &frame)
{
    RegionContainers result;
    QList<const XmpRegion *> writable;
    QList<const XmpRegion *> persons;
    for (const XmpRegion &region : content.regions) {
        if (!isWritable(region)) {
            result.notWritten.append(whyNotWritten(region));
            continue;
        }
        writable.append(&region);
        if (region.isPerson)
            persons.append(&region);
    }
    result.imageRegion = rebuildImageRegion(existing, writable, frame, result);
    result.mwgRegions = rebuildMwgRegions(existing, persons, frame, result);
    return result;
}

} // namespace provena::detail::xmp
