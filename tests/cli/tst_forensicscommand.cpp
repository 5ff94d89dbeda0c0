// SPDX-License-Identifier: MIT
// provena-cli forensics and jpeg-tables, run as a process on generated images: views written
// as PNG, a cloned block found (exit 1) and none on the untouched image, JPEG tables and
// quality, a PNG answered as "not a JPEG", and the exit codes of bad input.
#include "clirunner.h"

#include "../media/forensicsfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace provena::testing;

namespace {

using clitest::Run;
using clitest::runCli;

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QRect rectOf(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return QRect(object.value(u"x"_s).toInt(), object.value(u"y"_s).toInt(),
                 object.value(u"width"_s).toInt(), object.value(u"height"_s).toInt());
}

bool near(const QRect &a, const QRect &b)
{
    return qAbs(a.left() - b.left()) <= 4 && qAbs(a.top() - b.top()) <= 4
        && qAbs(a.right() - b.right()) <= 4 && qAbs(a.bottom() - b.bottom()) <= 4;
}

} // namespace

class TestForensicsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void elaWritesAPngOfThePhotoSize();
    void noiseAndGradientJson();
    void copyMoveFindsTheClone();
    void copyMoveOnTheUntouchedImageFindsNothing();
    void jpegTablesOfALibjpegFile();
    void jpegTablesOfAPng();
    void badInput();

private:
    QTemporaryDir mDir;
    QString mJpeg;
    QString mClone;
    QString mUntouched;
    QString mPng;
};

void TestForensicsCommand::initTestCase()
{
    QVERIFY(mDir.isValid());
    const QImage texture = texturedImage(QSize(640, 480), 11);
    mJpeg = mDir.filePath(u"photo.jpg"_s);
    QVERIFY(texture.save(mJpeg, "JPEG", 75));
    mUntouched = mDir.filePath(u"untouched.png"_s);
    QVERIFY(texture.save(mUntouched, "PNG"));
    QImage clone = texture;
    QPainter(&clone).drawImage(QPoint(400, 260), texture.copy(60, 50, 120, 120));
    mClone = mDir.filePath(u"clone.png"_s);
    QVERIFY(clone.save(mClone, "PNG"));
    mPng = mUntouched;
}

void TestForensicsCommand::elaWritesAPngOfThePhotoSize()
{
    const QString out = mDir.filePath(u"ela.png"_s);
    const Run run = runCli({u"forensics"_s, mJpeg, u"--view"_s, u"ela"_s, u"--quality"_s, u"80"_s,
                            u"-o"_s, out, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(u"schema"_s).toString(), u"provena-forensics/1"_s);
    QCOMPARE(json.value(u"view"_s).toString(), u"ela"_s);
    QCOMPARE(json.value(u"quality"_s).toInt(), 80);
    QCOMPARE(json.value(u"amplification"_s).toDouble(), 20.0);
    QVERIFY(json.value(u"meanLevel"_s).toDouble() > 0);
    QCOMPARE(json.value(u"output"_s).toString(), out);
    const QImage written(out);
    QCOMPARE(written.size(), QSize(640, 480));

    const Run text = runCli({u"forensics"_s, mJpeg, u"--view"_s, u"ela"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Error level analysis"));
    QVERIFY(text.out.contains("does not say the image is fake"));
}

void TestForensicsCommand::noiseAndGradientJson()
{
    for (const QString &view : {u"noise"_s, u"gradient"_s}) {
        const Run run = runCli({u"forensics"_s, mJpeg, u"--view"_s, view, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"view"_s).toString(), view);
        QCOMPARE(json.value(u"width"_s).toInt(), 640);
        QVERIFY(json.value(u"maxLevel"_s).toInt() > 0);
    }
}

void TestForensicsCommand::copyMoveFindsTheClone()
{
    const QString out = mDir.filePath(u"clones.png"_s);
    const Run run
        = runCli({u"forensics"_s, mClone, u"--view"_s, u"copymove"_s, u"--json"_s, u"-o"_s, out});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray matches = jsonOf(run).value(u"matches"_s).toArray();
    QCOMPARE(matches.size(), 1);
    const QRect source = rectOf(matches.at(0).toObject().value(u"source"_s));
    const QRect target = rectOf(matches.at(0).toObject().value(u"target"_s));
    const QRect from(60, 50, 120, 120);
    const QRect to(400, 260, 120, 120);
    QVERIFY((near(source, from) && near(target, to)) || (near(source, to) && near(target, from)));
    const QImage written(out);
    QCOMPARE(written.size(), QSize(640, 480));
    // The outline is drawn over the photo: the source's left edge is cyan-ish.
    const QRgb edge = written.pixel(source.left(), source.center().y());
    QVERIFY2(qBlue(edge) > 200 && qRed(edge) < 60, qPrintable(QString::number(edge, 16)));
}

void TestForensicsCommand::copyMoveOnTheUntouchedImageFindsNothing()
{
    const Run run = runCli({u"forensics"_s, mUntouched, u"--view"_s, u"copymove"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("No cloned areas found."));
}

void TestForensicsCommand::jpegTablesOfALibjpegFile()
{
    const Run run = runCli({u"jpeg-tables"_s, mJpeg, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = jsonOf(run);
    QCOMPARE(json.value(u"schema"_s).toString(), u"provena-jpeg-tables/1"_s);
    QCOMPARE(json.value(u"jpeg"_s).toBool(), true);
    QCOMPARE(json.value(u"estimatedQuality"_s).toInt(), 75);
    QCOMPARE(json.value(u"standardIjg"_s).toBool(), true);
    const QJsonArray tables = json.value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), 2);
    // Annex K's first luminance value 16, scaled by 50 % at quality 75: 8.
    QCOMPARE(tables.at(0).toObject().value(u"values"_s).toArray().at(0).toInt(), 8);

    const Run text = runCli({u"jpeg-tables"_s, mJpeg});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Estimated quality: 75"));
    QVERIFY(text.out.contains("standard IJG"));
}

void TestForensicsCommand::jpegTablesOfAPng()
{
    const Run run = runCli({u"jpeg-tables"_s, mPng});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("is not a JPEG file"));
    const Run json = runCli({u"jpeg-tables"_s, mPng, u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(jsonOf(json).value(u"jpeg"_s).toBool(true), false);
}

void TestForensicsCommand::badInput()
{
    const QString missing = mDir.filePath(u"missing.jpg"_s);
    QCOMPARE(runCli({u"forensics"_s, missing, u"--view"_s, u"ela"_s}).exitCode, 2);
    QCOMPARE(runCli({u"jpeg-tables"_s, missing}).exitCode, 2);
    const QString notImage = mDir.filePath(u"notes.jpg"_s);
    QFile file(notImage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image at all");
    file.close();
    const Run corrupt = runCli({u"forensics"_s, notImage, u"--view"_s, u"noise"_s});
    QCOMPARE(corrupt.exitCode, 2);
    QVERIFY(corrupt.err.contains("notes.jpg"));
    QCOMPARE(runCli({u"forensics"_s, mJpeg, u"--view"_s, u"magic"_s}).exitCode, 64);
    QCOMPARE(runCli({u"forensics"_s, mJpeg}).exitCode, 64);
    QCOMPARE(
        runCli({u"forensics"_s, mJpeg, u"--view"_s, u"ela"_s, u"--quality"_s, u"0"_s}).exitCode,
        64);
    const Run unwritable = runCli({u"forensics"_s, mJpeg, u"--view"_s, u"ela"_s, u"-o"_s,
                                   mDir.filePath(u"no/such/dir/out.png"_s)});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(!unwritable.err.isEmpty());
}

QTEST_MAIN(TestForensicsCommand)
#include "tst_forensicscommand.moc"
