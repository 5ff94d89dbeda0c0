// SPDX-License-Identifier: MIT
// provena-cli labels: the user's own labels, shared through the config folder, used by region
// add and carried in the sidecar so an article opens the same without them.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLabelsCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListRemove();
    void userLabelTravelsInTheSidecar();
    void namesInTheChosenLanguage();
    void refusesBadInput();
    void neverOverwritesAnUnreadableLabelFile();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const;
    QJsonObject labelJson(const QString &id) const;

    std::unique_ptr<QTemporaryDir> mConfig;
    std::unique_ptr<QTemporaryDir> mWork;
};

void TestLabelsCommand::init()
{
    mConfig = std::make_unique<QTemporaryDir>();
    mWork = std::make_unique<QTemporaryDir>();
    QVERIFY(mConfig->isValid() && mWork->isValid());
}

TestLabelsCommand::Run TestLabelsCommand::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), mConfig->path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PROVENA_CLI), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject TestLabelsCommand::labelJson(const QString &id) const
{
    const Run r = cli({QStringLiteral("labels"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QLatin1String("labels"))
                                   .toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

void TestLabelsCommand::addListRemove()
{
    QCOMPARE(labelJson(QStringLiteral("person")).value(QLatin1String("origin")).toString(),
             QStringLiteral("built-in"));
    QVERIFY(labelJson(QStringLiteral("tank")).isEmpty());

    Run r = cli({QStringLiteral("labels"), QStringLiteral("add"), QStringLiteral("tank"),
                 QStringLiteral("--name"), QStringLiteral("Tank"), QStringLiteral("--colour"),
                 QStringLiteral("#556b2f")});
    QCOMPARE(r.code, 0);
    const QJsonObject tank = labelJson(QStringLiteral("tank"));
    QCOMPARE(tank.value(QLatin1String("name")).toString(), QStringLiteral("Tank"));
    QCOMPARE(tank.value(QLatin1String("colour")).toString(), QStringLiteral("#556b2f"));
    QCOMPARE(tank.value(QLatin1String("origin")).toString(), QStringLiteral("user"));
    QVERIFY(QFile::exists(mConfig->filePath(QStringLiteral("provena/labels.json"))));

    r = cli({QStringLiteral("labels"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("tank")));
    QVERIFY(r.out.endsWith(QLatin1Char('\n'))); // a shell prompt after it starts on a new line

    r = cli({QStringLiteral("labels"), QStringLiteral("remove"), QStringLiteral("tank")});
    QCOMPARE(r.code, 0);
    QVERIFY(labelJson(QStringLiteral("tank")).isEmpty());
}

void TestLabelsCommand::userLabelTravelsInTheSidecar()
{
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mWork->filePath(QLatin1String(name))));
    const QString article = mWork->filePath(QStringLiteral("hangul-emoji.md"));
    const QStringList addRegion
        = {QStringLiteral("region"),  QStringLiteral("add"),     article,
           QStringLiteral("--image"), QStringLiteral("1"),       QStringLiteral("--rect"),
           QStringLiteral("1,1,5,5"), QStringLiteral("--label"), QStringLiteral("tank")};
    QCOMPARE(cli(addRegion).code, 64); // not a label yet
    QCOMPARE(cli({QStringLiteral("labels"), QStringLiteral("add"), QStringLiteral("tank"),
                  QStringLiteral("--name"), QStringLiteral("Tank"), QStringLiteral("--colour"),
                  QStringLiteral("#556b2f")})
                 .code,
             0);
    QCOMPARE(cli(addRegion).code, 0);

    QFile sidecar(article + QStringLiteral(".provena.jsonld"));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonArray labels = QJsonDocument::fromJson(sidecar.readAll())
                                  .object()
                                  .value(QLatin1String("labels"))
                                  .toArray();
    bool found = false;
    for (const QJsonValue &v : labels) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("id")).toString() == QLatin1String("tank")) {
            found = true;
            QCOMPARE(o.value(QLatin1String("colour")).toString(), QStringLiteral("#556b2f"));
        }
    }
    QVERIFY(found);

    // Another analyst without the label: the sidecar's definition still makes it known.
    QVERIFY(QFile::remove(mConfig->filePath(QStringLiteral("provena/labels.json"))));
    QCOMPARE(cli(addRegion).code, 0);
}

void TestLabelsCommand::namesInTheChosenLanguage()
{
    // The list shows names in the language chosen; --json gives English and the translations.
    Run r = cli({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("labels"),
                 QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("인물")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("차량·장비")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Group of people")), qPrintable(r.out));
    r = cli({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("labels"),
             QStringLiteral("list")});
    QVERIFY2(r.out.contains(QStringLiteral("Группа людей")), qPrintable(r.out));
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("labels"),
             QStringLiteral("list")});
    QVERIFY2(r.out.contains(QStringLiteral("Group of people")), qPrintable(r.out));

    const QJsonObject vehicle = labelJson(QStringLiteral("vehicle"));
    QCOMPARE(vehicle.value(QLatin1String("name")).toString(), QStringLiteral("Vehicle"));
    const QJsonObject names = vehicle.value(QLatin1String("names")).toObject();
    QCOMPARE(names.value(QLatin1String("de")).toString(), QStringLiteral("Fahrzeug"));
    QCOMPARE(names.value(QLatin1String("ko")).toString(), QStringLiteral("차량·장비"));
    QCOMPARE(names.value(QLatin1String("ru")).toString(), QStringLiteral("Техника"));
    QVERIFY(vehicle.value(QLatin1String("descriptions")).toObject().contains(u"ru"));

    // A region labelled by its Korean name gets the id; the sidecar keeps the English name.
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mWork->filePath(QLatin1String(name))));
    const QString article = mWork->filePath(QStringLiteral("hangul-emoji.md"));
    QCOMPARE(cli({QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("region"),
                  QStringLiteral("add"), article, QStringLiteral("--image"), QStringLiteral("1"),
                  QStringLiteral("--rect"), QStringLiteral("1,1,5,5"), QStringLiteral("--label"),
                  QStringLiteral("차량·장비")})
                 .code,
             0);
    QFile sidecar(article + QStringLiteral(".provena.jsonld"));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(sidecar.readAll());
    QVERIFY(saved.contains(QStringLiteral("\"vehicle\"")));
    QVERIFY(saved.contains(QStringLiteral("\"Vehicle\"")));
    QVERIFY(!saved.contains(QStringLiteral("차량·장비")));
}

void TestLabelsCommand::refusesBadInput()
{
    const QString label = QStringLiteral("labels");
    QCOMPARE(cli({label, QStringLiteral("add"), QStringLiteral("person"), QStringLiteral("--name"),
                  QStringLiteral("X")})
                 .code,
             64);
    QCOMPARE(cli({label, QStringLiteral("add"), QStringLiteral("Bad Id"), QStringLiteral("--name"),
                  QStringLiteral("X")})
                 .code,
             64);
    QCOMPARE(cli({label, QStringLiteral("add"), QStringLiteral("tank")}).code, 64); // no --name
    const Run colour
        = cli({label, QStringLiteral("add"), QStringLiteral("tank"), QStringLiteral("--name"),
               QStringLiteral("Tank"), QStringLiteral("--colour"), QStringLiteral("greenish")});
    QCOMPARE(colour.code, 64);
    QVERIFY(colour.err.contains(QStringLiteral("greenish")));
    QCOMPARE(cli({label, QStringLiteral("remove"), QStringLiteral("tank")}).code, 64);
    QCOMPARE(cli({label, QStringLiteral("frobnicate")}).code, 64);
    QVERIFY(!QFile::exists(mConfig->filePath(QStringLiteral("provena/labels.json"))));
}

void TestLabelsCommand::neverOverwritesAnUnreadableLabelFile()
{
    QVERIFY(QDir(mConfig->path()).mkpath(QStringLiteral("provena")));
    const QString path = mConfig->filePath(QStringLiteral("provena/labels.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"labels\": [ {\"id\": \"tank\"");
    file.close();

    const Run r = cli({QStringLiteral("labels"), QStringLiteral("add"), QStringLiteral("drone"),
                       QStringLiteral("--name"), QStringLiteral("Drone")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{\"labels\": [ {\"id\": \"tank\""));
    // Listing says the file is unreadable rather than pretending there are no user labels.
    QCOMPARE(cli({QStringLiteral("labels"), QStringLiteral("list")}).code, 2);
}

QTEST_GUILESS_MAIN(TestLabelsCommand)
#include "tst_labelscommand.moc"
