// SPDX-License-Identifier: MIT
// Batch work (docs/batch.md): provena-cli processes run at the same time on different articles of
// one folder, and on one find-versions index, as GNU parallel would run them (issue 14).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

constexpr int kArticles = 3;
constexpr int kFinishMs = 240000;

struct Started
{
    QString what;
    std::unique_ptr<QProcess> process;
};

/** Starts every command before waiting for any, so they overlap. */
std::vector<Started> startAll(const QList<QStringList> &commands)
{
    std::vector<Started> started;
    for (const QStringList &arguments : commands) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(PROVENA_CLI), arguments);
        started.push_back({arguments.join(u' '), std::move(process)});
    }
    return started;
}

/** Waits for all; true when each finished with exit 0 (else the failure is printed). */
bool allSucceeded(std::vector<Started> &started)
{
    bool ok = true;
    for (Started &s : started) {
        if (!s.process->waitForFinished(kFinishMs)
            || s.process->exitStatus() != QProcess::NormalExit || s.process->exitCode() != 0) {
            qWarning("%s: exit %d: %s", qPrintable(s.what), s.process->exitCode(),
                     s.process->readAllStandardError().constData());
            ok = false;
        }
    }
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBatchConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void perArticleCommandsRunSideBySide();
    void findVersionsRunsShareOneIndex();

private:
    QString article(int i) const { return mDir->filePath(QStringLiteral("story%1.md").arg(i)); }

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestBatchConcurrency::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    for (int i = 1; i <= kArticles; ++i) {
        const QString image = QStringLiteral("photo%1.jpg").arg(i);
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/provenance.jpg"),
                            mDir->filePath(image)));
        QFile f(article(i));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("# Harbour visit %1\n\n![The premier at the port.](%2)\n\n"
                               "Premier Tal Orsen toured the terminal.\n")
                    .arg(i)
                    .arg(image)
                    .toUtf8());
    }
}

void TestBatchConcurrency::perArticleCommandsRunSideBySide()
{
    // Edits of different articles of one folder at the same time.
    QList<QStringList> adds;
    for (int i = 1; i <= kArticles; ++i)
        adds.append({QStringLiteral("region"), QStringLiteral("add"), article(i),
                     QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--rect"),
                     QStringLiteral("%1,2,10,10").arg(i), QStringLiteral("--label"),
                     QStringLiteral("person")});
    std::vector<Started> added = startAll(adds);
    QVERIFY(allSucceeded(added));

    // Then the read-mostly batch commands, all articles at once.
    QList<QStringList> batch;
    for (int i = 1; i <= kArticles; ++i) {
        batch.append({QStringLiteral("validate"), article(i)});
        batch.append({QStringLiteral("xmp"), article(i)});
        batch.append({QStringLiteral("inspect"), article(i), QStringLiteral("--json")});
        batch.append({QStringLiteral("export"), article(i), QStringLiteral("-o"),
                      mDir->filePath(QStringLiteral("bundle%1.zip").arg(i)),
                      QStringLiteral("--no-render"), QStringLiteral("--no-pdf")});
    }
    std::vector<Started> ran = startAll(batch);
    QVERIFY(allSucceeded(ran));

    for (int i = 1; i <= kArticles; ++i) {
        // Each sidecar holds its own region, and only that.
        std::vector<Started> list = startAll({{QStringLiteral("region"), QStringLiteral("list"),
                                               article(i), QStringLiteral("--json")}});
        QVERIFY(allSucceeded(list));
        const QJsonArray regions
            = QJsonDocument::fromJson(list.front().process->readAllStandardOutput()).array();
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions.first()
                     .toObject()
                     .value(u"points")
                     .toArray()
                     .first()
                     .toArray()
                     .first()
                     .toDouble(),
                 double(i));
        // Each image got its XMP sidecar, each article its bundle, and the bundle verifies.
        QVERIFY2(!QDir(mDir->path())
                      .entryList({QStringLiteral("photo%1*.xmp").arg(i)}, QDir::Files)
                      .isEmpty(),
                 qPrintable(QDir(mDir->path()).entryList().join(u' ')));
        const QString bundle = mDir->filePath(QStringLiteral("bundle%1.zip").arg(i));
        std::vector<Started> verified = startAll({{QStringLiteral("verify"), bundle}});
        QVERIFY(allSucceeded(verified));
    }
}

void TestBatchConcurrency::findVersionsRunsShareOneIndex()
{
    for (const char *name : {"provenance-control.jpg", "provenance-rotated.jpg"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name),
                            mDir->filePath(QLatin1String(name))));
    const int images = kArticles + 2;
    QList<QStringList> finds;
    for (int i = 1; i <= 4; ++i)
        finds.append({QStringLiteral("find-versions"),
                      mDir->filePath(QStringLiteral("photo%1.jpg").arg(1 + i % kArticles)),
                      mDir->path(), QStringLiteral("--json")});
    std::vector<Started> ran = startAll(finds);
    QVERIFY(allSucceeded(ran));
    for (Started &s : ran) {
        const QJsonObject result
            = QJsonDocument::fromJson(s.process->readAllStandardOutput()).object();
        QCOMPARE(result.value(u"index").toObject().value(u"images").toInt(), images);
        // Each run read the articles, whichever run wrote the index last.
        QCOMPARE(result.value(u"articlesRead").toInt(), kArticles);
    }

    // The index the runs left is whole: valid JSON with every image, and a later run reuses it.
    const QString index = mDir->filePath(QStringLiteral(".provena/versions-index.json"));
    QJsonParseError error;
    const QJsonDocument written = QJsonDocument::fromJson(readAll(index), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(written.object().value(u"entries").toArray().size(), images);
    std::vector<Started> again = startAll({finds.first()});
    QVERIFY(allSucceeded(again));
    const QJsonObject later
        = QJsonDocument::fromJson(again.front().process->readAllStandardOutput()).object();
    QCOMPARE(later.value(u"index").toObject().value(u"rebuilt").toBool(), false);
    QCOMPARE(later.value(u"index").toObject().value(u"hashed").toInt(), 0);
    QCOMPARE(later.value(u"index").toObject().value(u"reused").toInt(), images);
    // No temporary files of the atomic writes are left behind.
    QCOMPARE(QDir(mDir->filePath(QStringLiteral(".provena"))).entryList(QDir::Files),
             QStringList {QStringLiteral("versions-index.json")});
}

QTEST_GUILESS_MAIN(TestBatchConcurrency)
#include "tst_batchconcurrency.moc"
