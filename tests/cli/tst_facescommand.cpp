// SPDX-License-Identifier: MIT
// provena-cli faces: suggestions on a packaged photo with a face (opencv-doc's messi5.jpg),
// --accept as one person region, no second offer, JSON, and the failure exit codes.
#include "../cliprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using provena::test::runCli;

namespace {

const QString kMessi = u"/usr/share/doc/opencv-doc/examples/data/messi5.jpg"_s;

/** An article in `dir` with the photo, then a photo whose file is not there. */
QString writeArticle(const QTemporaryDir &dir, const QString &photo)
{
    const QString article = dir.filePath(u"match.md"_s);
    QFile file(article);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("# Match report\n\n![The striker shoots [AP]](" + photo.toUtf8()
               + ")\n\nThe striker scored twice.\n\nBy A. Writer\n");
    return article;
}

} // namespace

class TestFacesCommand : public QObject
{
    Q_OBJECT

private slots:
    void suggestsThenAcceptsOnce();
    void jsonListsFacesInImagePixels();
    void gradientHasNoSuggestions();
    void corruptImageIsInputError();
    void usageErrors();
};

void TestFacesCommand::suggestsThenAcceptsOnce()
{
    QVERIFY2(QFile::exists(kMessi), "install opencv-doc (packaging/install-deps.sh)");
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kMessi, dir.filePath(u"messi5.jpg"_s)));
    const QString article = writeArticle(dir, u"messi5.jpg"_s);

    const auto first = runCli({u"faces"_s, article});
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    QVERIFY2(first.out.contains(u"image 1 (messi5.jpg): 1 new face(s)"_s),
             qPrintable(first.describe()));
    QVERIFY(!QFile::exists(dir.filePath(u"match.md.provena.jsonld"_s))
            && !QFile::exists(dir.filePath(u"match.provena.jsonld"_s)));

    const auto accepted = runCli({u"faces"_s, article, u"--accept"_s, u"--author"_s, u"T"_s});
    QVERIFY2(accepted.code == 0, qPrintable(accepted.describe()));
    QVERIFY2(accepted.out.contains(u"→ person region"_s), qPrintable(accepted.describe()));

    const auto list = runCli({u"region"_s, u"list"_s, article, u"--json"_s});
    QVERIFY2(list.code == 0, qPrintable(list.describe()));
    const QJsonArray regions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions.at(0)[u"label"_s].toString(), u"person"_s);

    // The accepted face is not offered again, and --accept then adds nothing.
    const auto again = runCli({u"faces"_s, article, u"--accept"_s});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains(u"0 new face(s), 1 already annotated"_s),
             qPrintable(again.describe()));
    const auto listAgain = runCli({u"region"_s, u"list"_s, article, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(listAgain.out.toUtf8()).array().size(), 1);
}

void TestFacesCommand::jsonListsFacesInImagePixels()
{
    QVERIFY2(QFile::exists(kMessi), "install opencv-doc (packaging/install-deps.sh)");
    QTemporaryDir dir;
    QVERIFY(QFile::copy(kMessi, dir.filePath(u"messi5.jpg"_s)));
    const QString article = writeArticle(dir, u"messi5.jpg"_s);
    const auto run = runCli({u"faces"_s, article, u"--image"_s, u"1"_s, u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root[u"schema"_s].toString(), u"provena-faces/1"_s);
    QCOMPARE(root[u"accepted"_s].toBool(true), false);
    const QJsonObject image = root[u"images"_s].toArray().at(0).toObject();
    QCOMPARE(image[u"image"_s].toInt(), 1);
    QCOMPARE(image[u"width"_s].toInt(), 548);
    QCOMPARE(image[u"height"_s].toInt(), 342);
    const QJsonArray faces = image[u"faces"_s].toArray();
    QCOMPARE(faces.size(), 1);
    const QJsonObject face = faces.at(0).toObject();
    // Messi's face is at about 228,95 36×36.
    const QRectF rect(face[u"x"_s].toDouble(), face[u"y"_s].toDouble(), face[u"width"_s].toDouble(),
                      face[u"height"_s].toDouble());
    QVERIFY2(rect.contains(QPointF(246, 113)), qPrintable(run.out));
    QVERIFY2(rect.width() > 25 && rect.width() < 60, qPrintable(run.out));
    QVERIFY(face[u"votes"_s].toInt() > 0);
}

void TestFacesCommand::gradientHasNoSuggestions()
{
    QTemporaryDir dir;
    QImage image(900, 600, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * 255 / 900, y * 255 / 600, 128));
    QVERIFY(image.save(dir.filePath(u"plain.png"_s)));
    const QString article = writeArticle(dir, u"plain.png"_s);
    const auto run = runCli({u"faces"_s, article, u"--json"_s});
    QVERIFY2(run.code == 0, qPrintable(run.describe()));
    const QJsonObject image0
        = QJsonDocument::fromJson(run.out.toUtf8())[u"images"_s].toArray().at(0).toObject();
    QCOMPARE(image0[u"faces"_s].toArray().size(), 0);
    QCOMPARE(image0[u"width"_s].toInt(), 900);
}

void TestFacesCommand::corruptImageIsInputError()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(u"broken.jpg"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(300, 'x'));
    broken.close();
    const QString article = writeArticle(dir, u"broken.jpg"_s);
    const auto run = runCli({u"faces"_s, article});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"image 1:"_s) && run.err.contains(u"broken.jpg"_s),
             qPrintable(run.describe()));
}

void TestFacesCommand::usageErrors()
{
    QTemporaryDir dir;
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QVERIFY(image.save(dir.filePath(u"grey.png"_s)));
    const QString article = writeArticle(dir, u"grey.png"_s);
    const auto zero = runCli({u"faces"_s, article, u"--image"_s, u"0"_s});
    QCOMPARE(zero.code, 64);
    const auto tooHigh = runCli({u"faces"_s, article, u"--image"_s, u"3"_s});
    QCOMPARE(tooHigh.code, 64);
    QVERIFY2(tooHigh.err.contains(u"no image 3"_s), qPrintable(tooHigh.describe()));
    const auto noArticle = runCli({u"faces"_s});
    QCOMPARE(noArticle.code, 64);
    const auto missing = runCli({u"faces"_s, dir.filePath(u"nothere.md"_s)});
    QCOMPARE(missing.code, 2);
}

QTEST_GUILESS_MAIN(TestFacesCommand)
#include "tst_facescommand.moc"
