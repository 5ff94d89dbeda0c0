// SPDX-License-Identifier: MIT
// BagVerifier: every problem kind from a crafted bag, zip and folder; a BagWriter bag is valid.
#include "bundle/bagverifier.h"
#include "bundle/bagwriter.h"
#include "bundle/safeextractor.h"
#include "hostilezip.h"

#include <QCryptographicHash>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace provena;

namespace {

QByteArray sha(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

/** A bag's files relative to its folder, with helpers to make it valid before spoiling it. */
struct CraftedBag
{
    QMap<QByteArray, QByteArray> files;

    static CraftedBag valid()
    {
        CraftedBag bag;
        bag.files.insert("data/story.md", "Vera Lind took the photo.\n");
        bag.files.insert("data/photos/photo.jpg", QByteArray(5000, 'j'));
        bag.files.insert("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        bag.files.insert("bag-info.txt", "Payload-Oxum: 5026.2\n");
        bag.seal();
        return bag;
    }
    /** Rewrites the payload manifest (SHA-256) and the tag manifest from the files. */
    void seal(const QByteArray &algorithm = "sha256",
              QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256)
    {
        QByteArray manifest;
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            if (it.key().startsWith("data/"))
                manifest += sha(it.value(), hash) + "  " + it.key() + '\n';
        }
        files.insert("manifest-" + algorithm + ".txt", manifest);
        QByteArray tags;
        for (const QByteArray &name : {QByteArray("bag-info.txt"), QByteArray("bagit.txt"),
                                       "manifest-" + algorithm + ".txt"}) {
            if (files.contains(name))
                tags += sha(files.value(name), hash) + "  " + name + '\n';
        }
        files.insert("tagmanifest-" + algorithm + ".txt", tags);
    }
    QList<hostilezip::Entry> entries(const QByteArray &folder = "bag") const
    {
        QList<hostilezip::Entry> list;
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            list.append(hostilezip::file(folder + '/' + it.key(), it.value()));
        return list;
    }
};

bool hasProblem(const BagVerification &result, const QString &kind, const QString &path = {})
{
    for (const BagProblem &problem : result.problems) {
        if (problem.kind == kind && (path.isNull() || problem.path == path)
            && !problem.message.isEmpty())
            return true;
    }
    return false;
}

QString describe(const BagVerification &result)
{
    QStringList lines;
    for (const BagProblem &problem : result.problems)
        lines << problem.kind + QStringLiteral(" [") + problem.path + QStringLiteral("] ")
                + problem.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBagVerifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bagWriterBagIsValid();
    void craftedValidBagIsValid();
    void problem_data();
    void problem();
    void sha512AndMd5ManifestsAfterPayload();
    void notAZip();
    void directoryBag();
    void directoryWithSymlink();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString zipPath() const { return mDir->filePath(QStringLiteral("bag.zip")); }
};

void TestBagVerifier::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

void TestBagVerifier::bagWriterBagIsValid()
{
    BagInfo info;
    info.fields = {{QStringLiteral("Source-Organization"), QStringLiteral("Desk")}};
    auto written = BagWriter::write(zipPath(), QStringLiteral("bundle"),
                                    {{QStringLiteral("s/s.md"), QString(), QByteArray("text\n")},
                                     {QStringLiteral("s/p.jpg"), QString(), QByteArray(9000, 'p')}},
                                    info, QDate(2026, 1, 2));
    QVERIFY2(written, qPrintable(written.error().toString()));
    const BagVerification result = BagVerifier::verifyZip(zipPath());
    QVERIFY2(result.isValid(), qPrintable(describe(result)));
    QCOMPARE(result.bagName, QStringLiteral("bundle"));
    QCOMPARE(result.payloadFiles, 2);
    QCOMPARE(result.payloadBytes, qint64(9005));
}

void TestBagVerifier::craftedValidBagIsValid()
{
    QVERIFY(hostilezip::write(zipPath(), CraftedBag::valid().entries()));
    const BagVerification result = BagVerifier::verifyZip(zipPath());
    QVERIFY2(result.isValid(), qPrintable(describe(result)));
    QCOMPARE(result.payloadFiles, 2);
}

void TestBagVerifier::problem_data()
{
    QTest::addColumn<QList<hostilezip::Entry>>("entries");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");

    {
        QList<hostilezip::Entry> entries = CraftedBag::valid().entries();
        entries.append(hostilezip::file("other/x.txt", "x"));
        QTest::newRow("layout: two folders") << entries << "layout" << QString();
    }
    {
        QList<hostilezip::Entry> entries = CraftedBag::valid().entries();
        entries.append(hostilezip::file("loose.txt", "x"));
        QTest::newRow("layout: loose file") << entries << "layout"
                                            << "loose.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.remove("bagit.txt");
        bag.seal();
        QTest::newRow("missing-bagit-txt") << bag.entries() << "missing-bagit-txt"
                                           << "bagit.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.insert("bagit.txt", "This is not a bag declaration\n");
        bag.seal();
        QTest::newRow("bad-bagit-txt") << bag.entries() << "bad-bagit-txt"
                                       << "bagit.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.remove("manifest-sha256.txt");
        bag.files.remove("tagmanifest-sha256.txt");
        QTest::newRow("no-manifest") << bag.entries() << "no-manifest"
                                     << "manifest-sha256.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.remove("data/story.md");
        QTest::newRow("missing-file") << bag.entries() << "missing-file"
                                      << "data/story.md";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.insert("data/extra.txt", "not listed");
        QTest::newRow("not-in-manifest") << bag.entries() << "not-in-manifest"
                                         << "data/extra.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files["data/photos/photo.jpg"][100] = 'X';
        QTest::newRow("checksum-mismatch") << bag.entries() << "checksum-mismatch"
                                           << "data/photos/photo.jpg";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.insert("bag-info.txt", "Payload-Oxum: 5027.2\n");
        bag.seal();
        QTest::newRow("oxum") << bag.entries() << "oxum"
                              << "bag-info.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files.insert("bag-info.txt", "Payload-Oxum: 5026.2\nContact-Name: Someone Else\n");
        QTest::newRow("tag-checksum-mismatch") << bag.entries() << "tag-checksum-mismatch"
                                               << "bag-info.txt";
    }
    {
        QList<hostilezip::Entry> entries = CraftedBag::valid().entries();
        entries.append(hostilezip::link("bag/data/link", "/etc/passwd", false));
        QTest::newRow("unsafe-entry: symlink") << entries << "unsafe-entry"
                                               << "bag/data/link";
    }
    {
        QList<hostilezip::Entry> entries = CraftedBag::valid().entries();
        entries.append(hostilezip::file("bag/../evil.txt", "x"));
        QTest::newRow("unsafe-entry: dotdot") << entries << "unsafe-entry"
                                              << "bag/../evil.txt";
    }
    {
        QList<hostilezip::Entry> entries = CraftedBag::valid().entries();
        entries.append(hostilezip::zeros("bag/data/bomb.bin", 3 << 20, true));
        QTest::newRow("unsafe-entry: ratio bomb") << entries << "unsafe-entry"
                                                  << "data/bomb.bin";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files["manifest-sha256.txt"] += "not-a-checksum  data/story.md\njustonefield\n";
        QTest::newRow("malformed-manifest") << bag.entries() << "malformed-manifest"
                                            << "manifest-sha256.txt";
    }
    {
        CraftedBag bag = CraftedBag::valid();
        bag.files["manifest-sha256.txt"] += sha("x", QCryptographicHash::Sha256) + "  ../outside\n";
        QTest::newRow("malformed-manifest: path leaves the bag")
            << bag.entries() << "malformed-manifest"
            << "manifest-sha256.txt";
    }
}

void TestBagVerifier::problem()
{
    QFETCH(QList<hostilezip::Entry>, entries);
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QString error;
    QVERIFY2(hostilezip::write(zipPath(), entries, &error), qPrintable(error));
    const BagVerification result = BagVerifier::verifyZip(zipPath());
    QVERIFY(!result.isValid());
    QVERIFY2(hasProblem(result, kind, path), qPrintable(describe(result)));
}

void TestBagVerifier::sha512AndMd5ManifestsAfterPayload()
{
    // Manifests sorted after data/ in the zip: the verifier needs a second pass for them.
    CraftedBag bag = CraftedBag::valid();
    bag.files.remove("manifest-sha256.txt");
    bag.files.remove("tagmanifest-sha256.txt");
    bag.seal("sha512", QCryptographicHash::Sha512);
    bag.seal("md5", QCryptographicHash::Md5);
    QVERIFY(hostilezip::write(zipPath(), bag.entries("zbag")));
    BagVerification result = BagVerifier::verifyZip(zipPath());
    QVERIFY2(result.isValid(), qPrintable(describe(result)));

    // A wrong MD5 only: found as an MD5 mismatch.
    QByteArray &md5 = bag.files["manifest-md5.txt"];
    const QByteArray good = sha(bag.files.value("data/story.md"), QCryptographicHash::Md5);
    QVERIFY(md5.contains(good));
    md5.replace(good, QByteArray(32, '0'));
    QVERIFY(hostilezip::write(zipPath(), bag.entries("zbag")));
    result = BagVerifier::verifyZip(zipPath());
    QVERIFY2(
        hasProblem(result, QStringLiteral("checksum-mismatch"), QStringLiteral("data/story.md")),
        qPrintable(describe(result)));
    QVERIFY2(result.problems.first().message.contains(QStringLiteral("md5")),
             qPrintable(describe(result)));
}

void TestBagVerifier::notAZip()
{
    QFile file(zipPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 but then nothing sensible");
    file.close();
    const BagVerification result = BagVerifier::verifyZip(zipPath());
    QVERIFY2(hasProblem(result, QStringLiteral("not-a-zip")), qPrintable(describe(result)));
    const BagVerification missing
        = BagVerifier::verifyZip(mDir->filePath(QStringLiteral("none.zip")));
    QVERIFY2(hasProblem(missing, QStringLiteral("not-a-zip")), qPrintable(describe(missing)));
}

void TestBagVerifier::directoryBag()
{
    QVERIFY(hostilezip::write(zipPath(), CraftedBag::valid().entries()));
    const QString dest = mDir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(dest));
    auto extracted = SafeExtractor::extract(zipPath(), dest);
    QVERIFY2(extracted, qPrintable(extracted.error().toString()));
    BagVerification result = BagVerifier::verifyDirectory(extracted->rootDir);
    QVERIFY2(result.isValid(), qPrintable(describe(result)));
    QCOMPARE(result.bagName, QStringLiteral("bag"));
    QCOMPARE(result.payloadBytes, qint64(5026));

    QFile story(extracted->rootDir + QStringLiteral("/data/story.md"));
    QVERIFY(story.open(QIODevice::Append));
    story.write("!");
    story.close();
    QFile extra(extracted->rootDir + QStringLiteral("/data/extra.txt"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.close();
    QVERIFY(QFile::remove(extracted->rootDir + QStringLiteral("/data/photos/photo.jpg")));
    result = BagVerifier::verifyDirectory(extracted->rootDir);
    QVERIFY(
        hasProblem(result, QStringLiteral("checksum-mismatch"), QStringLiteral("data/story.md")));
    QVERIFY(
        hasProblem(result, QStringLiteral("not-in-manifest"), QStringLiteral("data/extra.txt")));
    QVERIFY(hasProblem(result, QStringLiteral("missing-file"),
                       QStringLiteral("data/photos/photo.jpg")));
    QVERIFY2(hasProblem(result, QStringLiteral("oxum"), QStringLiteral("bag-info.txt")),
             qPrintable(describe(result)));
    QCOMPARE(result.problems.size(), 4);
}

void TestBagVerifier::directoryWithSymlink()
{
    QVERIFY(hostilezip::write(zipPath(), CraftedBag::valid().entries()));
    const QString dest = mDir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(dest));
    auto extracted = SafeExtractor::extract(zipPath(), dest);
    QVERIFY(extracted);
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"),
                        extracted->rootDir + QStringLiteral("/data/link")));
    const BagVerification result = BagVerifier::verifyDirectory(extracted->rootDir);
    QVERIFY2(hasProblem(result, QStringLiteral("unsafe-entry"), QStringLiteral("data/link")),
             qPrintable(describe(result)));
}

QTEST_GUILESS_MAIN(TestBagVerifier)
#include "tst_bagverifier.moc"
