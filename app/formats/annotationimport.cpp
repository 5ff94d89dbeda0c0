// SPDX-License-Identifier: MIT
#include "formats/annotationimport_p.h"

#include "core/io/fileaccess.h"
#include "core/io/jsonstrictness.h"
#include "core/model/exiforientation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace provena::detail {

namespace {

struct AnnotationImportText
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImport)
};

QString sizeText(const QSizeF &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

} // namespace

Result<QByteArray> readAnnotationFile(const QString &path, const QString &format)
{
    Result<QByteArray> bytes = FileAccess::readRegularFile(
        path, AnnotationImport::kMaxFileBytes, AnnotationImportText::tr("The %1 file").arg(format));
    if (!bytes) {
        Error e = bytes.error();
        if (e.path.isEmpty())
            e.path = path;
        return e;
    }
    return bytes;
}

Result<QJsonObject> parseAnnotationJson(const QByteArray &bytes, const QString &path,
                                        const QString &format)
{
    // Strings are not limited beyond the file's own size: labelme embeds the image as base64.
    JsonLimits limits;
    limits.maxDepth = 64;
    limits.maxStringLength = AnnotationImport::kMaxFileBytes;
    if (const std::optional<JsonStrictness::Problem> problem
        = JsonStrictness::check(bytes, limits)) {
        Error e;
        e.path = path;
        e.line = problem->line;
        e.column = problem->column;
        if (problem->kind == JsonStrictness::Problem::Kind::Syntax) {
            e.message = AnnotationImportText::tr(
                            "The %1 file is not valid JSON: %2. Check that it is the file the tool "
                            "saved, complete.")
                            .arg(format, problem->description);
            e.detail = AnnotationImportText::tr("byte offset %1").arg(problem->offset);
            if (!problem->detail.isEmpty())
                e.detail += QLatin1String("; ") + problem->detail;
        } else {
            e.message = AnnotationImportText::tr("The %1 file is not valid at %2: %3")
                            .arg(format, JsonStrictness::displayPath(problem->jsonPath),
                                 problem->description);
            e.detail = problem->jsonPath;
        }
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e;
        e.path = path;
        e.message = AnnotationImportText::tr("The %1 file is not valid JSON: %2.")
                        .arg(format, parseError.errorString());
        JsonStrictness::lineAndColumn(bytes, parseError.offset, &e.line, &e.column);
        return e;
    }
    if (!document.isObject()) {
        Error e;
        e.path = path;
        e.message
            = AnnotationImportText::tr("This is not a %1 file: its top level is not a JSON object.")
                  .arg(format);
        return e;
    }
    return document.object();
}

QString fileNameOf(const QString &pathOrUrl)
{
    if (pathOrUrl.contains(QLatin1String("://"))) {
        const QUrl url(pathOrUrl);
        if (url.isValid())
            return url.fileName();
    }
    const qsizetype slash = std::max(pathOrUrl.lastIndexOf(QLatin1Char('/')),
                                     pathOrUrl.lastIndexOf(QLatin1Char('\\')));
    return pathOrUrl.mid(slash + 1);
}

bool toNumber(const QJsonValue &value, double *number)
{
    if (!value.isDouble())
        return false;
    *number = value.toDouble();
    return std::isfinite(*number);
}

bool toPointList(const QJsonValue &value, const QString &name, QPolygonF *points, QString *problem)
{
    if (!value.isArray()) {
        *problem = AnnotationImportText::tr("%1 is not a list of points").arg(name);
        return false;
    }
    const QJsonArray array = value.toArray();
    points->clear();
    points->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        double x = 0;
        double y = 0;
        if (!array.at(i).isArray() || pair.size() != 2 || !toNumber(pair.at(0), &x)
            || !toNumber(pair.at(1), &y)) {
            *problem = AnnotationImportText::tr("%1[%2] is not a pair of numbers [x, y]")
                           .arg(name)
                           .arg(i);
            return false;
        }
        points->append(QPointF(x, y));
    }
    return true;
}

void fitToImage(ShapeImport *import, const QSizeF &fileSize, const AnnotationTarget &target,
                const QString &where)
{
    const QSizeF displayed = target.displayedSize;
    if (!fileSize.isValid() || fileSize.isEmpty() || !displayed.isValid() || fileSize == displayed)
        return;
    const QSizeF stored = ExifOrientation::storedSize(displayed, target.orientation);
    if (ExifOrientation::swapsAxes(target.orientation) && fileSize == stored) {
        for (ImportedShape &shape : import->shapes)
            shape.geometry
                = ExifOrientation::storedToDisplayed(shape.geometry, stored, target.orientation);
        import->warnings.append(
            AnnotationImportText::tr(
                "%1 gives the image size as %2, the size of “%3” as stored, before its EXIF "
                "orientation %4 turns it to %5 for display: the shapes were drawn on the unturned "
                "image and have been turned with it.")
                .arg(where, sizeText(fileSize), target.fileName)
                .arg(target.orientation)
                .arg(sizeText(displayed)));
        return;
    }
    import->warnings.append(
        AnnotationImportText::tr(
            "%1 gives the image size as %2, but “%3” is %4 as displayed: the file may belong to "
            "another version of the image; shapes outside the image are refused.")
            .arg(where, sizeText(fileSize), target.fileName, sizeText(displayed)));
}

void warnOnOtherFileName(ShapeImport *import, const QString &fileImageName,
                         const AnnotationTarget &target, const QString &where)
{
    if (fileImageName.isEmpty() || target.fileName.isEmpty() || fileImageName == target.fileName)
        return;
    import->warnings.append(
        AnnotationImportText::tr(
            "%1 names the image “%2”, not “%3”: check that the file belongs to this image.")
            .arg(where, fileImageName, target.fileName));
}

} // namespace provena::detail
