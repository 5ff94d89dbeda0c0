// SPDX-License-Identifier: MIT
// Issue 9, images: references that leave the article's folder are reported and not read unless
// --allow-outside says so, only images are hashed, and validate fails (exit 1) naming the image
// when it is missing, unreadable, not an image, outside the folder or of unknown size. Drives the
// built provena-cli as an analyst would.
#include "../cliprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = provena::test::CliRun;

Run cli(const QStringList &args)
{
    return provena::test::runCli(args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString describe(const Run &r)
{
    return r.describe();
}

} // namespace

class TestImagePaths : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void inspectReportsOutsideAndReadsNothing();
    void inspectAllowOutsideReadsIt();
    void everyArticleCommandTakesAllowOutside();
    void validateRefusesOutsideImages();
    void validateFailsWhenAnImageCannotBeChecked_data();
    void validateFailsWhenAnImageCannotBeChecked();
    void unknownSizeIsSaid();

private:
    QJsonArray inspectImages(const QStringList &extra);
    /** Adds a rectangle on image `image`; returns the run. */
    Run addRegion(const QString &article, int image, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> mDir;
    QString mOutside; ///< an image outside the article's folder
    QString mArticle; ///< news/story.md: a local image, ../outside.png, /etc/passwd
    QString mPlain; ///< news/plain.md: one local image, photos/a.png
    QString mLocalImage; ///< news/photos/a.png
};

void TestImagePaths::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QVERIFY(QDir(mDir->path()).mkpath(u"news/photos"_s));
    // Two different images, so that a hash in the sidecar tells which was read.
    mOutside = mDir->filePath(u"outside.png"_s);
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.gif"), mOutside));
    mLocalImage = mDir->filePath(u"news/photos/a.png"_s);
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"), mLocalImage));
    mArticle = mDir->filePath(u"news/story.md"_s);
    QVERIFY(writeAll(mArticle,
                     "# Outside\n\n![Local.](photos/a.png)\n\n![Up.](../outside.png)\n\n"
                     "![Passwd.](/etc/passwd)\n\nBody text.\n"));
    mPlain = mDir->filePath(u"news/plain.md"_s);
    QVERIFY(writeAll(mPlain, "# Plain\n\n![A photo.](photos/a.png)\n\nBody text.\n"));
}

QJsonArray TestImagePaths::inspectImages(const QStringList &extra)
{
    const Run r = cli(QStringList {u"inspect"_s, mArticle, u"--json"_s} + extra);
    if (r.code != 0)
        qWarning("%s", qPrintable(describe(r)));
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"images"_s).toArray();
}

Run TestImagePaths::addRegion(const QString &article, int image, const QStringList &extra)
{
    return cli(QStringList {u"region"_s, u"add"_s, article, u"--image"_s, QString::number(image),
                            u"--rect"_s, u"0,0,2,2"_s, u"--label"_s, u"person"_s}
               + extra);
}

void TestImagePaths::inspectReportsOutsideAndReadsNothing()
{
    const Run text = cli({u"inspect"_s, mArticle});
    QVERIFY2(text.code == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.contains(u"outside the article's folder, not read"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"/etc/passwd (via absolute-path)"_s));
    QVERIFY(text.out.contains(mOutside + u" (via parent-segment)"_s));

    const QJsonArray images = inspectImages({});
    QCOMPARE(images.size(), 3);
    QCOMPARE(images.at(0)[u"location"_s].toString(), u"local"_s);
    QVERIFY(images.at(0)[u"outside"_s].isNull());
    QCOMPARE(images.at(0)[u"localPath"_s].toString(), mLocalImage);
    QCOMPARE(images.at(1)[u"location"_s].toString(), u"outside"_s);
    QVERIFY(images.at(1)[u"localPath"_s].isNull());
    QCOMPARE(images.at(1)[u"outside"_s][u"path"_s].toString(), mOutside);
    QCOMPARE(images.at(1)[u"outside"_s][u"via"_s].toString(), u"parent-segment"_s);
    QCOMPARE(images.at(1)[u"outside"_s][u"read"_s].toBool(true), false);
    QCOMPARE(images.at(2)[u"outside"_s][u"via"_s].toString(), u"absolute-path"_s);
    QVERIFY(images.at(2)[u"localPath"_s].isNull());
}

void TestImagePaths::inspectAllowOutsideReadsIt()
{
    const QJsonArray images = inspectImages({u"--allow-outside"_s});
    QCOMPARE(images.size(), 3);
    QCOMPARE(images.at(1)[u"location"_s].toString(), u"outside"_s);
    QCOMPARE(images.at(1)[u"localPath"_s].toString(), mOutside);
    QCOMPARE(images.at(1)[u"outside"_s][u"read"_s].toBool(), true);
}

void TestImagePaths::everyArticleCommandTakesAllowOutside()
{
    const QList<QStringList> commands = {{u"inspect"_s},
                                         {u"validate"_s},
                                         {u"region"_s, u"add"_s},
                                         {u"region"_s, u"list"_s},
                                         {u"region"_s, u"set"_s},
                                         {u"region"_s, u"remove"_s},
                                         {u"link"_s}};
    for (const QStringList &command : commands) {
        const Run r = cli(command + QStringList {u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"--allow-outside"_s), qPrintable(command.join(u' ')));
    }
    QVERIFY(!cli({u"labels"_s, u"--help"_s}).out.contains(u"--allow-outside"_s));
}

void TestImagePaths::validateRefusesOutsideImages()
{
    const QString passwdHash = sha256Hex(readAll(u"/etc/passwd"_s));
    const QString outsideHash = sha256Hex(readAll(mOutside));
    Run r = addRegion(mArticle, 1);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"outside the article's folder"_s), qPrintable(r.err));
    const QByteArray sidecar = readAll(mArticle + u".provena.jsonld"_s);
    QVERIFY(!sidecar.isEmpty());
    QVERIFY2(!sidecar.contains(passwdHash.toLatin1()), "/etc/passwd was hashed");
    QVERIFY2(!sidecar.contains(outsideHash.toLatin1()), "the image outside was hashed");

    r = cli({u"validate"_s, mArticle});
    QVERIFY2(r.code == 1, qPrintable(describe(r)));
    QVERIFY(r.out.contains(u"IMAGE OUTSIDE THE FOLDER: image 2"_s));
    QVERIFY(r.out.contains(u"IMAGE OUTSIDE THE FOLDER: image 3 (/etc/passwd)"_s));
    QVERIFY(r.out.contains(u"result: problems found"_s));
    QVERIFY(!(r.out + r.err).contains(passwdHash));

    // Allowed: the image outside is read; /etc/passwd is opened but, not being an image, not
    // hashed, and validate still says so.
    r = cli({u"validate"_s, mArticle, u"--allow-outside"_s});
    QVERIFY2(r.code == 1, qPrintable(describe(r)));
    QVERIFY(!r.out.contains(u"image 2"_s));
    QVERIFY2(r.out.contains(u"NOT AN IMAGE: image 3"_s), qPrintable(r.out));
    // A region drawn with the option records the image outside; opened again without it, the
    // image is not read, but what was recorded is kept by the next save.
    r = addRegion(mArticle, 2, {u"--allow-outside"_s});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(readAll(mArticle + u".provena.jsonld"_s).contains(outsideHash.toLatin1()));
    r = addRegion(mArticle, 1);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QByteArray after = readAll(mArticle + u".provena.jsonld"_s);
    QVERIFY2(after.contains(outsideHash.toLatin1()), "the recorded hash was dropped");
    QVERIFY(after.contains("../outside.png"));
    QVERIFY2(!after.contains(passwdHash.toLatin1()), "/etc/passwd was hashed");
}

void TestImagePaths::validateFailsWhenAnImageCannotBeChecked_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deleted") << u"deleted"_s << u"IMAGE NOT FOUND: image 1"_s;
    QTest::newRow("folder") << u"folder"_s << u"IMAGE UNREADABLE: image 1"_s;
#ifdef Q_OS_UNIX
    QTest::newRow("fifo") << u"fifo"_s << u"IMAGE UNREADABLE: image 1"_s;
#endif
    QTest::newRow("not an image") << u"text"_s << u"NOT AN IMAGE: image 1"_s;
}

void TestImagePaths::validateFailsWhenAnImageCannotBeChecked()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    Run r = addRegion(mPlain, 1);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    r = cli({u"validate"_s, mPlain});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QString sidecarPath = mPlain + u".provena.jsonld"_s;
    const QString imageHash = sha256Hex(readAll(mLocalImage));
    QVERIFY(readAll(sidecarPath).contains(imageHash.toLatin1()));

    QVERIFY(QFile::remove(mLocalImage));
    if (kind == u"folder"_s)
        QVERIFY(QDir().mkdir(mLocalImage));
    else if (kind == u"fifo"_s)
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {mLocalImage}), 0);
    else if (kind == u"text"_s)
        QVERIFY(writeAll(mLocalImage, "root:x:0:0:root:/root:/bin/bash\n"));

    r = cli({u"validate"_s, mPlain});
    QVERIFY2(r.code == 1, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"a.png"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"result: problems found"_s));

    // An edit and a save keep the recorded path, hash and size of the image.
    r = addRegion(mPlain, 1);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QJsonObject sidecar = QJsonDocument::fromJson(readAll(sidecarPath)).object();
    const QJsonObject image = sidecar.value(u"annotatedImages"_s).toArray().at(0).toObject();
    QCOMPARE(image.value(u"localPath"_s).toString(), u"photos/a.png"_s);
    QCOMPARE(image.value(u"sha256"_s).toString(), imageHash);
    QVERIFY(image.value(u"pixelWidth"_s).toInt() > 0);
    QVERIFY(image.value(u"pixelHeight"_s).toInt() > 0);
}

void TestImagePaths::unknownSizeIsSaid()
{
    // A remote image never fetched: no size, so a region on it cannot be bounds-checked.
    const QString article = mDir->filePath(u"news/remote.md"_s);
    QVERIFY(writeAll(article, "# Remote\n\n![Far away.](https://cdn.example/far.jpg)\n\nText.\n"));
    Run r = addRegion(article, 1);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(u"could not be checked against its bounds"_s), qPrintable(r.err));
    r = cli({u"validate"_s, article});
    QVERIFY2(r.code == 1, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(u"UNKNOWN SIZE: image 1 (https://cdn.example/far.jpg)"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"could not be bounds-checked"_s));
}

QTEST_GUILESS_MAIN(TestImagePaths)
#include "tst_imagepaths.moc"
