// SPDX-License-Identifier: MIT
#include "ui/mainwindow/documentstore.h"

#include "core/model/codepointindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace provena {

// TODO: interim until app/formats (DocumentIO, SidecarWriter, SidecarReader) lands.

namespace {

QString resolveImage(const QString &url, const QString &articlePath)
{
    const QFileInfo article(articlePath);
    const QString name = QUrl(url).fileName();
    const QStringList candidates {
        article.dir().filePath(url), article.dir().filePath(name),
        article.dir().filePath(article.completeBaseName() + QStringLiteral("_files/") + name)};
    for (const QString &c : candidates) {
        if (!name.isEmpty() && QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    }
    return {};
}

QJsonObject regionToJson(const Region &r)
{
    QJsonArray points;
    for (const QPointF &p : r.geometry.points())
        points.append(QJsonArray {p.x(), p.y()});
    QJsonArray links;
    for (const QUuid &l : r.links)
        links.append(l.toString(QUuid::WithoutBraces));
    return {{QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("image"), r.imageIndex},
            {QStringLiteral("shape"), RegionGeometry::shapeName(r.geometry.shape())},
            {QStringLiteral("points"), points},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("entity"), r.entity.name},
            {QStringLiteral("entityId"), r.entity.identifier},
            {QStringLiteral("confidence"), r.confidence},
            {QStringLiteral("author"), r.author},
            {QStringLiteral("created"), r.created.toString(Qt::ISODate)},
            {QStringLiteral("modified"), r.modified.toString(Qt::ISODate)},
            {QStringLiteral("links"), links}};
}

} // namespace

Result<std::unique_ptr<ArticleDocument>> DocumentStore::open(const QString &articlePath,
                                                             QStringList *)
{
    QFile file(articlePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Could not open “%1”.").arg(QFileInfo(articlePath).fileName()),
                      file.errorString(), articlePath};
    Article article;
    article.path = QFileInfo(articlePath).absoluteFilePath();
    article.text = QString::fromUtf8(file.readAll());
    article.format = QStringLiteral("markdown");
    const CodePointIndex index(article.text);
    static const QRegularExpression image(QStringLiteral(R"(!\[(.*?)\]\((\S+?)(?:\s+"[^"]*")?\))"));
    for (auto it = image.globalMatch(article.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ImageRef ref;
        ref.url = m.captured(2);
        ref.altText = m.captured(1);
        ref.caption = ref.altText;
        ref.sourceRange = index.toCodePoints(m.capturedStart(), m.capturedEnd());
        ref.captionRange = index.toCodePoints(m.capturedStart(1), m.capturedEnd(1));
        ref.localPath = resolveImage(ref.url, articlePath);
        article.images.append(ref);
    }
    auto document = std::make_unique<ArticleDocument>();
    document->setArticle(article);
    document->setSidecarPath(sidecarPathFor(articlePath));
    return document;
}

Status DocumentStore::save(ArticleDocument &)
{
    return Error {tr("Saving is not available in this build yet."), {}, {}};
}

QString DocumentStore::sidecarPathFor(const QString &articlePath)
{
    return articlePath + QStringLiteral(".provena.jsonld");
}

QByteArray DocumentStore::snapshot(const ArticleDocument &document)
{
    QJsonArray regions;
    for (const Region &r : document.regions())
        regions.append(regionToJson(r));
    QJsonArray anchors;
    for (const TextAnchor &a : document.anchors())
        anchors.append(QJsonObject {{QStringLiteral("id"), a.id.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("start"), a.range.start},
                                    {QStringLiteral("end"), a.range.end},
                                    {QStringLiteral("exact"), a.exact},
                                    {QStringLiteral("prefix"), a.prefix},
                                    {QStringLiteral("suffix"), a.suffix},
                                    {QStringLiteral("note"), a.note}});
    return QJsonDocument(QJsonObject {{QStringLiteral("regions"), regions},
                                      {QStringLiteral("anchors"), anchors}})
        .toJson();
}

Status DocumentStore::restore(ArticleDocument &document, const QByteArray &snapshot,
                              const QString &pathForErrors)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(snapshot, &error);
    if (!json.isObject())
        return Error {tr("The recovery file is damaged."), error.errorString(), pathForErrors};
    QList<Region> regions;
    for (const QJsonValue &v : json[QStringLiteral("regions")].toArray()) {
        const QJsonObject o = v.toObject();
        Region r;
        r.id = QUuid::fromString(o[QStringLiteral("id")].toString());
        r.imageIndex = o[QStringLiteral("image")].toInt();
        QPolygonF points;
        for (const QJsonValue &p : o[QStringLiteral("points")].toArray())
            points.append(QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()));
        RegionGeometry::Shape shape = RegionGeometry::Shape::Rectangle;
        RegionGeometry::shapeFromName(o[QStringLiteral("shape")].toString(), &shape);
        switch (shape) {
        case RegionGeometry::Shape::Rectangle:
            r.geometry = RegionGeometry::rectangle(points.boundingRect());
            break;
        case RegionGeometry::Shape::Ellipse:
            r.geometry = RegionGeometry::ellipse(points.boundingRect());
            break;
        case RegionGeometry::Shape::Polygon:
            r.geometry = RegionGeometry::polygon(points);
            break;
        case RegionGeometry::Shape::Polyline:
            r.geometry = RegionGeometry::polyline(points);
            break;
        case RegionGeometry::Shape::Point:
            r.geometry = RegionGeometry::point(points.value(0));
            break;
        }
        r.label = o[QStringLiteral("label")].toString();
        r.note = o[QStringLiteral("note")].toString();
        r.entity
            = {o[QStringLiteral("entity")].toString(), o[QStringLiteral("entityId")].toString()};
        r.confidence = o[QStringLiteral("confidence")].toDouble(-1);
        r.author = o[QStringLiteral("author")].toString();
        r.created = QDateTime::fromString(o[QStringLiteral("created")].toString(), Qt::ISODate);
        r.modified = QDateTime::fromString(o[QStringLiteral("modified")].toString(), Qt::ISODate);
        for (const QJsonValue &l : o[QStringLiteral("links")].toArray())
            r.links.append(QUuid::fromString(l.toString()));
        regions.append(r);
    }
    QList<TextAnchor> anchors;
    for (const QJsonValue &v : json[QStringLiteral("anchors")].toArray()) {
        const QJsonObject o = v.toObject();
        TextAnchor a;
        a.id = QUuid::fromString(o[QStringLiteral("id")].toString());
        a.range = {qint64(o[QStringLiteral("start")].toDouble()),
                   qint64(o[QStringLiteral("end")].toDouble())};
        a.exact = o[QStringLiteral("exact")].toString();
        a.prefix = o[QStringLiteral("prefix")].toString();
        a.suffix = o[QStringLiteral("suffix")].toString();
        a.note = o[QStringLiteral("note")].toString();
        anchors.append(a);
    }
    document.resetAnnotations(regions, anchors);
    document.markModified();
    return Status::success();
}

} // namespace provena
