// SPDX-License-Identifier: MIT
// provena-cli metadata: grouped text and --json of the generated provenance image (every group,
// raw keys, flags), exit codes for unreadable files and bad command lines.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using clitest::Run;
using clitest::runCli;

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

} // namespace

class TestMetadataCommand : public QObject
{
    Q_OBJECT

private slots:
    void textIsGroupedProvenanceFirst();
    void jsonHasEveryItemWithKeyAndOrigin();
    void matchingThumbnailHasNoMismatchFlag();
    void strippedImage();
    void unreadableImageIsInputError();
    void usageErrors();
};

void TestMetadataCommand::textIsGroupedProvenanceFirst()
{
    const Run run = runCli({u"metadata"_s, fixture("provenance.jpg")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    // Flags on top, then the groups in order: who, caption, rights, dates, history, camera,
    // location, identifiers.
    const QStringList order
        = {u"Flags"_s,
           u"! thumbnail-mismatch: "_s,
           u"! editing-software: "_s,
           u"Who made and released it"_s,
           u"Creator:"_s,
           u"Kim Min-jun  [Xmp.dc.creator, xmp]"_s,
           u"Caption"_s,
           u"Rights"_s,
           u"Dates"_s,
           u"2025:08:13 10:42:00  [Exif.Photo.DateTimeOriginal, exif]"_s,
           u"Software and editing history"_s,
           u"saved 2025-08-14T09:15:30+09:00 Adobe Photoshop 25.0 (Windows) (/)"_s,
           u"Camera"_s,
           u"KS0012345  [Exif.Photo.BodySerialNumber, exif]"_s,
           u"Location"_s,
           u"38.7375  [Exif.GPSInfo.GPSLatitude, exif]"_s,
           u"Document identifiers"_s,
           u"[Xmp.xmpMM.OriginalDocumentID, xmp]"_s};
    qsizetype at = 0;
    for (const QString &expected : order) {
        const qsizetype found = out.indexOf(expected, at);
        QVERIFY2(found >= 0, qPrintable(expected + u"\n---\n"_s + out));
        at = found + expected.size();
    }
    QVERIFY(run.err.isEmpty());
}

void TestMetadataCommand::jsonHasEveryItemWithKeyAndOrigin()
{
    const Run run = runCli({u"metadata"_s, fixture("provenance.jpg"), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"schema"_s).toString(), u"provena-metadata/1"_s);
    QCOMPARE(root.value(u"image"_s).toString(), fixture("provenance.jpg"));
    QStringList kinds;
    for (const QJsonValue &flag : root.value(u"flags"_s).toArray())
        kinds.append(flag.toObject().value(u"kind"_s).toString());
    QCOMPARE(kinds, QStringList({u"thumbnail-mismatch"_s, u"editing-software"_s}));
    QVERIFY(root.value(u"warnings"_s).toArray().isEmpty());
    const QJsonArray items = root.value(u"items"_s).toArray();
    QVERIFY(items.size() > 30);
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value(u"group"_s).toString(), u"who"_s);
    QCOMPARE(first.value(u"field"_s).toString(), u"creator"_s);
    QCOMPARE(first.value(u"key"_s).toString(), u"Xmp.dc.creator"_s);
    QCOMPARE(first.value(u"value"_s).toString(), u"Kim Min-jun"_s);
    QCOMPARE(first.value(u"origin"_s).toString(), u"xmp"_s);
    bool credit = false;
    bool latitude = false;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        credit = credit
            || (item.value(u"key"_s).toString() == u"Iptc.Application2.Credit"_s
                && item.value(u"value"_s).toString() == u"KCNA via Example Photo Agency"_s
                && item.value(u"origin"_s).toString() == u"iptc"_s);
        latitude = latitude
            || (item.value(u"field"_s).toString() == u"gps-latitude"_s
                && item.value(u"group"_s).toString() == u"location"_s);
    }
    QVERIFY(credit);
    QVERIFY(latitude);
}

void TestMetadataCommand::matchingThumbnailHasNoMismatchFlag()
{
    const Run run = runCli({u"metadata"_s, fixture("provenance-control.jpg"), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains("thumbnail-mismatch"));
    QVERIFY(run.out.contains("editing-software"));
}

void TestMetadataCommand::strippedImage()
{
    const Run run = runCli({u"metadata"_s, fixture("plain.png")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("! metadata-stripped: "));
    QVERIFY(run.out.contains("No provenance metadata"));
}

void TestMetadataCommand::unreadableImageIsInputError()
{
    const Run missing = runCli({u"metadata"_s, fixture("no-such.jpg")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.isEmpty());
    QVERIFY2(missing.err.contains("no-such.jpg"), missing.err.constData());
    const Run text = runCli({u"metadata"_s, fixture("not-an-image.jpg"), u"--json"_s});
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.err.contains("not-an-image.jpg"));
}

void TestMetadataCommand::usageErrors()
{
    const Run none = runCli({u"metadata"_s});
    QCOMPARE(none.exitCode, 64);
    QVERIFY(none.err.contains("IMAGE"));
    const Run unknown = runCli({u"metadata"_s, fixture("plain.png"), u"--frobnicate"_s});
    QCOMPARE(unknown.exitCode, 64);
    const Run help = runCli({u"metadata"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--json"));
}

QTEST_GUILESS_MAIN(TestMetadataCommand)
#include "tst_metadatacommand.moc"
