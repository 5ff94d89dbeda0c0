// SPDX-License-Identifier: MIT
#include "formats/sidecarsources_p.h"

#include "formats/sidecarprovenance_p.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarvocabulary_p.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace provena::detail {

QString articleIri(const SidecarContent &content)
{
    const QString iri = niIri(content.articleSha256);
    if (!iri.isEmpty())
        return iri;
    return uuidIri(derivedUuid(QStringLiteral("article ") + content.articleLocalPath));
}

QString imageIri(const SidecarImage &image, qsizetype index)
{
    QString iri = absoluteHttpIri(image.originalUrl);
    if (iri.isEmpty())
        iri = niIri(image.record.sha256);
    if (iri.isEmpty())
        iri = uuidIri(derivedUuid(QStringLiteral("image %1 ").arg(index) + image.originalUrl));
    return iri;
}

bool readArticleEntry(JsonChecker &c, const QJsonObject &o, const JsonPath &where,
                      SidecarContent *content, QJsonObject *unknown)
{
    const auto localPath = c.optString(o, "localPath", where);
    const auto sha = c.optString(o, "sha256", where);
    const auto encoding = c.optString(o, "encoding", where);
    if (!localPath || !sha || !encoding)
        return false;
    if (!sha->isEmpty() && !isSha256Hex(*sha))
        return c.fail(JsonPath(where, "sha256"),
                      SidecarReaderText::tr("expected 64 lower-case hex digits"));
    if (o.contains(QLatin1String("codePointLength"))) {
        const auto n
            = c.integer(o.value(QLatin1String("codePointLength")),
                        JsonPath(where, "codePointLength"), 0, std::numeric_limits<qint32>::max());
        if (!n)
            return false;
        content->articleCodePoints = *n;
    }
    content->articleLocalPath = *localPath;
    content->articleSha256 = *sha;
    content->articleEncoding = *encoding;
    // Not checked: Provena derives the format from the article itself when it opens it.
    content->articleFormat = o.value(QLatin1String("format")).toString();
    *unknown = unknownKeys(
        o, {"id", "type", "format", "localPath", "sha256", "encoding", "codePointLength"});
    return true;
}

bool readImageEntries(JsonChecker &c, const QJsonValue &v, const JsonPath &where,
                      QList<SidecarImage> *images, QList<ImageProvenance> *provenance)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return c.fail(where, SidecarReaderText::tr("expected an array"));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const JsonPath at(where, i);
        const auto o = c.object(array.at(i), at);
        if (!o)
            return false;
        SidecarImage image;
        const auto iri = c.string(o->value(QLatin1String("id")), JsonPath(at, "id"));
        const auto url = c.optString(*o, "originalUrl", at);
        const auto local = c.optString(*o, "localPath", at);
        const auto sha = c.optString(*o, "sha256", at);
        if (!iri || !url || !local || !sha)
            return false;
        if (!isAbsoluteIri(*iri))
            return c.fail(JsonPath(at, "id"), SidecarReaderText::tr("expected an absolute IRI"));
        if (!sha->isEmpty() && !isSha256Hex(*sha))
            return c.fail(JsonPath(at, "sha256"),
                          SidecarReaderText::tr("expected 64 lower-case hex digits"));
        if (o->contains(QLatin1String("pixelWidth")) || o->contains(QLatin1String("pixelHeight"))) {
            const auto w
                = c.integer(o->value(QLatin1String("pixelWidth")), JsonPath(at, "pixelWidth"), 1,
                            qint64(SidecarReader::kMaxCoordinate));
            const auto h
                = c.integer(o->value(QLatin1String("pixelHeight")), JsonPath(at, "pixelHeight"), 1,
                            qint64(SidecarReader::kMaxCoordinate));
            if (!w || !h)
                return false;
            image.record.pixelSize = QSize(int(*w), int(*h));
        }
        image.iri = *iri;
        image.originalUrl = *url;
        image.localPath = *local;
        image.record.sha256 = *sha;
        ImageProvenance record;
        if (!readImageProvenance(c, *o, at, &record))
            return false;
        image.record.extra = unknownKeys(
            *o, {"id", "type", "originalUrl", "localPath", "sha256", "pixelWidth", "pixelHeight"});
        // The PROV-O view is derived from the record on every write: not kept, so it never
        // goes stale (a newer Provena's "prov:" keys included).
        for (auto it = image.record.extra.begin(); it != image.record.extra.end();) {
            if (isProvenanceKey(it.key()))
                it = image.record.extra.erase(it);
            else
                ++it;
        }
        images->append(image);
        provenance->append(record);
    }
    return true;
}

void writeArticleEntry(JsonOut &out, const SidecarContent &content, const QString &iri,
                       const Parts &parts)
{
    ObjectScope a(out, parts.get(kPartArticle));
    if (content.articleCodePoints >= 0)
        a.key("codePointLength").integer(content.articleCodePoints);
    if (!content.articleEncoding.isEmpty())
        a.string("encoding", content.articleEncoding);
    if (!content.articleFormat.isEmpty())
        a.string("format", content.articleFormat);
    a.string("id", iri);
    a.string("localPath", content.articleLocalPath);
    if (!content.articleSha256.isEmpty())
        a.string("sha256", content.articleSha256);
    a.string("type", u"Text");
}

void writeImageEntries(JsonOut &out, const QList<SidecarImage> &images,
                       const QList<ImageProvenance> &provenance)
{
    out.beginArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const SidecarImage &image = images.at(i);
        out.element();
        ObjectScope o(out, image.record.extra);
        o.string("id", image.iri);
        if (!image.localPath.isEmpty())
            o.string("localPath", image.localPath);
        if (!image.originalUrl.isEmpty())
            o.string("originalUrl", image.originalUrl);
        if (image.record.pixelSize.isValid()) {
            o.key("pixelHeight").integer(image.record.pixelSize.height());
            o.key("pixelWidth").integer(image.record.pixelSize.width());
        }
        if (!image.record.sha256.isEmpty())
            o.string("sha256", image.record.sha256);
        o.string("type", u"Image");
        if (i < provenance.size())
            writeImageProvenance(o, provenance.at(i));
    }
    out.endArray();
}

} // namespace provena::detail
