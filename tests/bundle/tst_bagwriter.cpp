// SPDX-License-Identifier: MIT
// BagWriter: the bag extracts (Python's zipfile) to a folder that `sha256sum -c` accepts, and
// rejects once a byte changes; sorted entries, bag-info.txt, determinism, path checks, cancel.
#include "bundle/bagverifier.h"
#include "bundle/bagwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace provena;

class TestBagWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sha256sumChecksExtractedBag();
    void entriesAreSorted();
    void bagInfoText();
    void longValuesAreFolded();
    void sameInputGivesIdenticalZip();
    void refusesBadPath_data();
    void refusesBadPath();
    void cancelLeavesNoFile();
    void progressReachesTotal();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QList<BagPayloadFile> payload() const;
    static int run(const QString &program, const QStringList &arguments, const QString &workDir,
                   QString *output);
    QString extract(const QString &zipPath);
};

static const QDate kDate(2026, 3, 14);

void TestBagWriter::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QFile photo(mDir->filePath(QStringLiteral("photo.jpg")));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    QByteArray bytes(2 << 20, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) % 253);
    photo.write(bytes);
}

QList<BagPayloadFile> TestBagWriter::payload() const
{
    return {
        {QStringLiteral("story/story.md"), QString(), QByteArray("# Harbour crane\nVera Lind\n")},
        {QStringLiteral("story/photo.jpg"), mDir->filePath(QStringLiteral("photo.jpg")), {}},
        {QStringLiteral("story/서울 사진.md"), QString(), QByteArray("Хангыль и кириллица\n")},
        {QStringLiteral("a-first.txt"), QString(), QByteArray("first\n")},
        {QStringLiteral("empty.txt"), QString(), QByteArray()},
    };
}

int TestBagWriter::run(const QString &program, const QStringList &arguments, const QString &workDir,
                       QString *output)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        *output = process.errorString();
        return -1;
    }
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Extracts with an independent reader (Python's zipfile), returns the folder it extracted into.
QString TestBagWriter::extract(const QString &zipPath)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {};
    const QString out = mDir->filePath(QStringLiteral("extracted"));
    QString output;
    const int code = run(python,
                         {QStringLiteral("-c"),
                          QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1])"
                                         ".extractall(sys.argv[2])"),
                          zipPath, out},
                         mDir->path(), &output);
    return code == 0 ? out : QString();
}

void TestBagWriter::sha256sumChecksExtractedBag()
{
    const QString zipPath = mDir->filePath(QStringLiteral("bundle.zip"));
    BagInfo info;
    info.fields = {{QStringLiteral("Source-Organization"), QStringLiteral("Test Desk")}};
    auto written = BagWriter::write(zipPath, QStringLiteral("bundle"), payload(), info, kDate);
    QVERIFY2(written, qPrintable(written.error().toString()));
    QCOMPARE(written->payloadFiles, 5);
    QCOMPARE(written->bagName, QStringLiteral("bundle"));
    QCOMPARE(written->zipBytes, QFileInfo(zipPath).size());

    const QString extracted = extract(zipPath);
    QVERIFY2(!extracted.isEmpty(), "python3 could not extract the bag");
    const QString bag = extracted + QStringLiteral("/bundle");
    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    QVERIFY2(!sha256sum.isEmpty(), "sha256sum not found (coreutils)");
    QString output;
    QCOMPARE(
        run(sha256sum, {QStringLiteral("-c"), QStringLiteral("manifest-sha256.txt")}, bag, &output),
        0);
    QVERIFY2(output.contains(QStringLiteral("data/story/photo.jpg: OK")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("data/story/서울 사진.md: OK")), qPrintable(output));
    QCOMPARE(run(sha256sum, {QStringLiteral("-c"), QStringLiteral("tagmanifest-sha256.txt")}, bag,
                 &output),
             0);
    QCOMPARE(output.count(QStringLiteral(": OK")), 3);
    // The bag as a folder is valid for BagVerifier too.
    const BagVerification verified = BagVerifier::verifyDirectory(bag);
    QVERIFY2(
        verified.isValid(),
        qPrintable(verified.problems.isEmpty() ? QString() : verified.problems.first().message));
    QCOMPARE(verified.payloadFiles, 5);

    // One byte changed: sha256sum must now fail on that file.
    QFile photo(bag + QStringLiteral("/data/story/photo.jpg"));
    QVERIFY(photo.open(QIODevice::ReadWrite));
    QVERIFY(photo.seek(1000));
    char byte = 0;
    QVERIFY(photo.getChar(&byte));
    QVERIFY(photo.seek(1000));
    QVERIFY(photo.putChar(char(byte ^ 1)));
    photo.close();
    QVERIFY(
        run(sha256sum, {QStringLiteral("-c"), QStringLiteral("manifest-sha256.txt")}, bag, &output)
        != 0);
    QVERIFY2(output.contains(QStringLiteral("data/story/photo.jpg: FAILED")), qPrintable(output));
}

void TestBagWriter::entriesAreSorted()
{
    const QString zipPath = mDir->filePath(QStringLiteral("sorted.zip"));
    QVERIFY(BagWriter::write(zipPath, QStringLiteral("sorted"), payload(), {}, kDate));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 not found");
    QString output;
    QCOMPARE(run(python,
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "for n in zipfile.ZipFile(sys.argv[1]).namelist(): print(n)"),
                  zipPath},
                 mDir->path(), &output),
             0);
    const QStringList names = output.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(names,
             QStringList({QStringLiteral("sorted/bag-info.txt"), QStringLiteral("sorted/bagit.txt"),
                          QStringLiteral("sorted/data/a-first.txt"),
                          QStringLiteral("sorted/data/empty.txt"),
                          QStringLiteral("sorted/data/story/photo.jpg"),
                          QStringLiteral("sorted/data/story/story.md"),
                          QStringLiteral("sorted/data/story/서울 사진.md"),
                          QStringLiteral("sorted/manifest-sha256.txt"),
                          QStringLiteral("sorted/tagmanifest-sha256.txt")}));
    // Byte order, as the names are in the zip.
    QStringList copy = names;
    std::sort(copy.begin(), copy.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(copy, names);
}

void TestBagWriter::bagInfoText()
{
    BagInfo info;
    info.fields = {{QStringLiteral("Source-Organization"), QStringLiteral("Test Desk")},
                   {QStringLiteral("Contact-Name"), QStringLiteral("Вера Линд")}};
    const QByteArray text = BagWriter::bagInfoText(info, kDate, 12345, 7);
    QCOMPARE(text,
             QByteArray("Bagging-Date: 2026-03-14\n"
                        "Payload-Oxum: 12345.7\n"
                        "Bag-Software-Agent: ")
                 + BagWriter::softwareAgent().toUtf8()
                 + QByteArray("\nSource-Organization: Test Desk\n"
                              "Contact-Name: ")
                 + QStringLiteral("Вера Линд").toUtf8() + '\n');
    QVERIFY(BagWriter::softwareAgent().startsWith(QStringLiteral("Provena 0.")));
}

void TestBagWriter::longValuesAreFolded()
{
    QString description;
    for (int i = 0; i < 40; ++i)
        description += QStringLiteral("word%1 ").arg(i);
    description = description.trimmed();
    BagInfo info;
    info.fields = {{QStringLiteral("External-Description"), description}};
    const QString text = QString::fromUtf8(BagWriter::bagInfoText(info, kDate, 1, 1));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 5);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 79, qPrintable(line));
    // Continuation lines start with white space, and unfolding gives the value back.
    const qsizetype start = text.indexOf(QStringLiteral("External-Description: "));
    QVERIFY(start >= 0);
    QString unfolded = text.mid(start);
    unfolded.remove(QLatin1Char('\n'));
    QCOMPARE(unfolded, QStringLiteral("External-Description: ") + description);
}

void TestBagWriter::sameInputGivesIdenticalZip()
{
    const QString a = mDir->filePath(QStringLiteral("a/same.zip"));
    const QString b = mDir->filePath(QStringLiteral("b/same.zip"));
    QVERIFY(QDir().mkpath(QFileInfo(a).path()) && QDir().mkpath(QFileInfo(b).path()));
    QList<BagPayloadFile> reversed = payload();
    std::reverse(reversed.begin(), reversed.end());
    QVERIFY(BagWriter::write(a, QStringLiteral("same"), payload(), {}, kDate));
    QTest::qSleep(1100);
    QVERIFY(BagWriter::write(b, QStringLiteral("same"), reversed, {}, kDate));
    QFile fa(a);
    QFile fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    QVERIFY(fa.readAll() == fb.readAll());
}

void TestBagWriter::refusesBadPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("other");
    QTest::newRow("dotdot") << "../escape.txt" << QString();
    QTest::newRow("nested dotdot") << "a/../../b.txt" << QString();
    QTest::newRow("absolute") << "/etc/passwd" << QString();
    QTest::newRow("backslash") << "a\\b.txt" << QString();
    QTest::newRow("line feed") << "a\nb.txt" << QString();
    QTest::newRow("carriage return") << "a\rb.txt" << QString();
    QTest::newRow("percent") << "100%.txt" << QString();
    QTest::newRow("empty component") << "a//b.txt" << QString();
    QTest::newRow("duplicate") << "story/story.md"
                               << "story/story.md";
    QTest::newRow("case duplicate") << "Story/Story.md"
                                    << "story/story.md";
}

void TestBagWriter::refusesBadPath()
{
    QFETCH(QString, path);
    QFETCH(QString, other);
    QList<BagPayloadFile> files = {{path, QString(), QByteArray("x")}};
    if (!other.isEmpty())
        files.append({other, QString(), QByteArray("y")});
    const QString zipPath = mDir->filePath(QStringLiteral("bad.zip"));
    auto written = BagWriter::write(zipPath, QStringLiteral("bad"), files, {}, kDate);
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(
                 QStringLiteral("“%1”").arg(other.isEmpty() ? path : other)),
             qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(zipPath));
}

void TestBagWriter::cancelLeavesNoFile()
{
    const QString zipPath = mDir->filePath(QStringLiteral("cancelled.zip"));
    std::atomic_bool cancelled {false};
    auto written = BagWriter::write(zipPath, QStringLiteral("cancelled"), payload(), {}, kDate,
                                    &cancelled, [&](qint64 done, qint64) {
                                        if (done > (1 << 20))
                                            cancelled = true;
                                    });
    QVERIFY(!written);
    QVERIFY2(written.error().message.contains(QStringLiteral("cancelled")),
             qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(zipPath));
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("photo.jpg")}));
}

void TestBagWriter::progressReachesTotal()
{
    qint64 last = -1;
    qint64 total = -1;
    bool monotonic = true;
    auto written = BagWriter::write(mDir->filePath(QStringLiteral("p.zip")), QStringLiteral("p"),
                                    payload(), {}, kDate, nullptr, [&](qint64 done, qint64 all) {
                                        monotonic = monotonic && done >= last;
                                        last = done;
                                        total = all;
                                    });
    QVERIFY(written);
    QVERIFY(monotonic);
    QCOMPARE(total, written->payloadBytes);
    QCOMPARE(last, total);
    QCOMPARE(total, qint64(2 << 20) + 26 + QByteArray("Хангыль и кириллица\n").size() + 6);
}

QTEST_GUILESS_MAIN(TestBagWriter)
#include "tst_bagwriter.moc"
