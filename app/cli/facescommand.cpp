// SPDX-License-Identifier: MIT
// `provena-cli faces ARTICLE [--image N] [--accept] [--json]`: face suggestions for the images of
// an article, optionally accepted as `person` regions.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/commands/addremoveregions.h"
#include "media/facedetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class FacesCommand
{
    Q_DECLARE_TR_FUNCTIONS(FacesCommand)

public:
    static int run(CommandContext &context);

private:
    /** What was found on one image; `error` set when it could not be searched. */
    struct ImageFaces
    {
        int index = 0;
        QString path;
        QSize size;
        QList<FaceSuggestion> faces; ///< not yet annotated
        int known = 0; ///< faces found that a person region already covers
        QList<QUuid> regionIds; ///< per face, when accepted
        std::optional<Error> error;
    };

    static QList<ImageFaces> detect(const ArticleDocument &doc, int onlyImage);
    static void printText(QTextStream &out, const QList<ImageFaces> &images);
    static QJsonObject toJson(const QList<ImageFaces> &images, bool accepted);
};

QList<FacesCommand::ImageFaces> FacesCommand::detect(const ArticleDocument &doc, int onlyImage)
{
    QList<ImageFaces> result;
    const auto &images = doc.article().images;
    for (int i = 0; i < images.size(); ++i) {
        if (onlyImage >= 0 && i != onlyImage)
            continue;
        ImageFaces entry;
        entry.index = i;
        entry.path = images.at(i).localPath;
        if (entry.path.isEmpty()) {
            entry.error = Error {tr("Image %1 has no local file to look for faces in: fetch it "
                                    "first (provena-cli fetch) or attach a copy.")
                                     .arg(i + 1),
                                 images.at(i).url,
                                 {}};
            result.append(entry);
            continue;
        }
        const Result<FaceDetection> found = FaceDetector::detect(entry.path);
        if (!found) {
            entry.error = found.error();
            result.append(entry);
            continue;
        }
        entry.size = found->imageSize;
        entry.faces = FaceDetector::notYetAnnotated(found->faces, doc.regions(), i);
        entry.known = int(found->faces.size() - entry.faces.size());
        result.append(entry);
    }
    return result;
}

void FacesCommand::printText(QTextStream &out, const QList<ImageFaces> &images)
{
    for (const ImageFaces &image : images) {
        if (image.error)
            continue; // said on stderr
        out << tr("image %1 (%2): %n new face(s)", nullptr, int(image.faces.size()))
                   .arg(image.index + 1)
                   .arg(QFileInfo(image.path).fileName());
        if (image.known > 0)
            out << tr(", %n already annotated", nullptr, image.known);
        out << '\n';
        for (int f = 0; f < image.faces.size(); ++f) {
            const FaceSuggestion &face = image.faces.at(f);
            out << u"  %1,%2 %3x%4  "_s.arg(face.rect.x())
                       .arg(face.rect.y())
                       .arg(face.rect.width())
                       .arg(face.rect.height())
                << tr("votes %1").arg(face.votes);
            if (face.profile)
                out << ' ' << tr("(profile)");
            if (f < image.regionIds.size())
                out << "  "
                    << tr("→ person region %1").arg(CliSupport::shortId(image.regionIds.at(f)));
            out << '\n';
        }
    }
}

QJsonObject FacesCommand::toJson(const QList<ImageFaces> &images, bool accepted)
{
    QJsonArray array;
    for (const ImageFaces &image : images) {
        QJsonObject entry {{u"image"_s, image.index + 1}, {u"file"_s, image.path}};
        if (image.error) {
            entry.insert(u"error"_s, image.error->message);
            array.append(entry);
            continue;
        }
        entry.insert(u"width"_s, image.size.width());
        entry.insert(u"height"_s, image.size.height());
        entry.insert(u"alreadyAnnotated"_s, image.known);
        QJsonArray faces;
        for (int f = 0; f < image.faces.size(); ++f) {
            const FaceSuggestion &face = image.faces.at(f);
            QJsonObject o {{u"x"_s, face.rect.x()},         {u"y"_s, face.rect.y()},
                           {u"width"_s, face.rect.width()}, {u"height"_s, face.rect.height()},
                           {u"votes"_s, face.votes},        {u"profile"_s, face.profile}};
            if (f < image.regionIds.size())
                o.insert(u"region"_s, image.regionIds.at(f).toString(QUuid::WithoutBraces));
            faces.append(o);
        }
        entry.insert(u"faces"_s, faces);
        array.append(entry);
    }
    return {{u"schema"_s, u"provena-faces/1"_s}, {u"accepted"_s, accepted}, {u"images"_s, array}};
}

int FacesCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Look for faces in the article's images (Haar cascades from opencv-data) and print "
           "them as suggestions in image pixels. Faces that a person region already covers are "
           "not offered again. With --accept, every suggestion becomes a person region (one "
           "undo step) and the sidecar is saved."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption image(u"image"_s, tr("Only image N, from 1 in article order."),
                                   u"N"_s);
    const QCommandLineOption accept(u"accept"_s,
                                    tr("Add every suggestion as a person region and save."));
    const QCommandLineOption json(u"json"_s,
                                  tr("Print JSON (schema provena-faces/1, see docs/cli.md)."));
    const QCommandLineOption author(
        u"author"_s, tr("Who is annotating (default: your name in Preferences, else $USER)."),
        u"NAME"_s);
    parser.addOptions({help, image, accept, json, author});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;

    int onlyImage = -1;
    if (parser.isSet(image)) {
        bool ok = false;
        onlyImage = parser.value(image).toInt(&ok) - 1;
        if (!ok || onlyImage < 0)
            return CliSupport::usageError(context, tr("--image takes a number, from 1"));
    }
    const QString articlePath = parser.positionalArguments().first();

    QList<ImageFaces> images;
    const auto checkImage = [&](const ArticleDocument &doc) {
        if (onlyImage >= doc.article().images.size()) {
            return CliSupport::usageError(context,
                                          tr("the article has %n image(s); there is no "
                                             "image %1",
                                             nullptr, int(doc.article().images.size()))
                                              .arg(onlyImage + 1));
        }
        return int(ExitSuccess);
    };

    int code = ExitSuccess;
    if (parser.isSet(accept)) {
        code = CliSupport::editDocument(
            articlePath, context, [&](ArticleDocument &doc, QTextStream &) {
                if (const int bad = checkImage(doc); bad != ExitSuccess)
                    return bad;
                images = detect(doc, onlyImage);
                QList<Region> regions;
                for (ImageFaces &entry : images) {
                    for (const FaceSuggestion &face : std::as_const(entry.faces)) {
                        regions.append(FaceDetector::personRegion(face, entry.index));
                        entry.regionIds.append(regions.last().id);
                    }
                }
                if (!regions.isEmpty()) {
                    doc.setAuthor(CliSupport::author(parser, author));
                    // The command the GUI's "Accept All Suggestions" pushes: one undo step.
                    doc.undoStack()->push(new AddRegionsCommand(&doc, regions));
                }
                return int(ExitSuccess);
            });
        if (code != ExitSuccess)
            return code;
    } else {
        const std::unique_ptr<ArticleDocument> doc
            = CliSupport::openDocument(articlePath, context, &code);
        if (!doc)
            return code;
        if (const int bad = checkImage(*doc); bad != ExitSuccess)
            return bad;
        images = detect(*doc, onlyImage);
    }

    bool failed = false;
    for (const ImageFaces &entry : std::as_const(images)) {
        if (entry.error) {
            context.err << tr("provena-cli faces: image %1: %2\n")
                               .arg(entry.index + 1)
                               .arg(entry.error->message);
            failed = true;
        }
    }
    if (parser.isSet(json))
        context.out << QString::fromUtf8(
            QJsonDocument(toJson(images, parser.isSet(accept))).toJson(QJsonDocument::Indented));
    else
        printText(context.out, images);
    return failed ? ExitInputError : ExitSuccess;
}

int runFaces(CommandContext &context)
{
    return FacesCommand::run(context);
}

} // namespace provena::cli
