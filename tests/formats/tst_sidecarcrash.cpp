// SPDX-License-Identifier: MIT
// Crash safety: a child process saves large sidecars in a loop and is killed with SIGKILL at
// random moments; after every kill the sidecar (and its "~" backup) must be a complete, valid
// old or new version.
#include "formats/sidecarreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace provena;

class TestSidecarCrash : public QObject
{
    Q_OBJECT

private slots:
    void killWhileSaving();
};

void TestSidecarCrash::killWhileSaving()
{
    const QString child = QStringLiteral(PROVENA_BINARY_DIR "/tests/formats/sidecar_save_child");
    QVERIFY2(QFile::exists(child), qPrintable(child));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sidecar = dir.filePath(QStringLiteral("story.md.provena.jsonld"));
    constexpr int kBase = 2000;
    const int fixtureRegions = 6;
    const QList<qsizetype> valid = {fixtureRegions + kBase, fixtureRegions + kBase + kBase / 2};
    QRandomGenerator random(20251129);
    constexpr int kKills = 50;
    int present = 0;
    int savesSeen = 0;
    for (int i = 0; i < kKills; ++i) {
        QProcess process;
        process.start(child, {dir.path(), QString::number(kBase)});
        QVERIFY(process.waitForStarted());
        // Wait until the child is in its save loop, then kill it at a random moment in it.
        QVERIFY(process.waitForReadyRead(30000));
        QThread::msleep(random.bounded(0, 250));
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        savesSeen += int(process.readAllStandardOutput().count("saved"));
        for (const QString &path : {sidecar, sidecar + QLatin1Char('~')}) {
            if (!QFile::exists(path))
                continue;
            auto content = SidecarReader::readFile(path);
            QVERIFY2(
                content.ok(),
                qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(content.error().toString())));
            QVERIFY2(valid.contains(content->regions.size()),
                     qPrintable(QString::number(content->regions.size())));
            if (path == sidecar)
                ++present;
        }
    }
    QCOMPARE(present, kKills);
    qInfo("%d kills, %d completed saves observed, sidecar valid after every kill", kKills,
          savesSeen);
}

QTEST_GUILESS_MAIN(TestSidecarCrash)
#include "tst_sidecarcrash.moc"
