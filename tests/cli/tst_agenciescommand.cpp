// SPDX-License-Identifier: MIT
// provena-cli agencies: the built-in agency list and the user's own entries, shared through the
// config folder with the GUI.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAgenciesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsTheBuiltInAgencies();
    void addListRemove();
    void addReplacesABuiltInForTheUser();
    void refusesBadInput_data();
    void refusesBadInput();
    void neverOverwritesAnUnreadableFile();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args) const;
    QJsonObject agencyJson(const QString &id) const;
    QString userFile() const { return mConfig->filePath(u"provena/agencies.json"_s); }

    std::unique_ptr<QTemporaryDir> mConfig;
};

void TestAgenciesCommand::init()
{
    mConfig = std::make_unique<QTemporaryDir>();
    QVERIFY(mConfig->isValid());
}

TestAgenciesCommand::Run TestAgenciesCommand::cli(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, mConfig->path());
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

QJsonObject TestAgenciesCommand::agencyJson(const QString &id) const
{
    const Run r = cli({u"agencies"_s, u"list"_s, u"--json"_s});
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QJsonValue &v : root.value(QLatin1String("agencies")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

void TestAgenciesCommand::listsTheBuiltInAgencies()
{
    const Run text = cli({u"agencies"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"Korean Central News Agency (KCNA, 조선중앙통신사, ЦТАК)"_s),
             qPrintable(text.out));
    QVERIFY(text.out.endsWith(QLatin1Char('\n')));

    const Run json = cli({u"agencies"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QLatin1String("schema")).toString(), u"provena-agencies/1"_s);
    QCOMPARE(root.value(QLatin1String("userAgenciesPath")).toString(), userFile());
    const QJsonObject kcna = agencyJson(u"kcna"_s);
    QCOMPARE(kcna.value(QLatin1String("kind")).toString(), u"state-media"_s);
    QCOMPARE(kcna.value(QLatin1String("country")).toString(), u"KP"_s);
    QCOMPARE(kcna.value(QLatin1String("origin")).toString(), u"built-in"_s);
    QCOMPARE(kcna.value(QLatin1String("names")).toObject().value(QLatin1String("ko")).toString(),
             u"조선중앙통신"_s);
    QCOMPARE(kcna.value(QLatin1String("hosts")).toArray(), QJsonArray {u"kcna.kp"_s});
    QVERIFY(!QFile::exists(userFile())); // listing writes nothing
}

void TestAgenciesCommand::addListRemove()
{
    Run r = cli({u"agencies"_s, u"add"_s, u"ncna"_s, u"--name"_s, u"Northern Coast News Agency"_s,
                 u"--name"_s, u"ko=북부해안통신"_s, u"--abbr"_s, u"NCNA"_s, u"--abbr"_s,
                 u"ru=СЦТА"_s, u"--kind"_s, u"state-media"_s, u"--country"_s, u"kp"_s, u"--host"_s,
                 u"NCNA.example"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(userFile()));
    const QJsonObject ncna = agencyJson(u"ncna"_s);
    QCOMPARE(ncna.value(QLatin1String("origin")).toString(), u"user"_s);
    QCOMPARE(ncna.value(QLatin1String("names")).toObject().value(QLatin1String("ko")).toString(),
             u"북부해안통신"_s);
    QCOMPARE(ncna.value(QLatin1String("abbreviations")).toObject().value(QLatin1String("ru")),
             QJsonValue(QJsonArray {u"СЦТА"_s}));
    QCOMPARE(ncna.value(QLatin1String("kind")).toString(), u"state-media"_s);
    QCOMPARE(ncna.value(QLatin1String("country")).toString(), u"KP"_s);
    QCOMPARE(ncna.value(QLatin1String("hosts")).toArray(), QJsonArray {u"ncna.example"_s});

    r = cli({u"agencies"_s, u"list"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Northern Coast News Agency (NCNA, СЦТА)  (yours)"_s),
             qPrintable(r.out));

    r = cli({u"agencies"_s, u"remove"_s, u"ncna"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(agencyJson(u"ncna"_s).isEmpty());
    QVERIFY(!agencyJson(u"kcna"_s).isEmpty());
}

void TestAgenciesCommand::addReplacesABuiltInForTheUser()
{
    const Run r
        = cli({u"agencies"_s, u"add"_s, u"reuters"_s, u"--name"_s, u"Reuters"_s, u"--kind"_s,
               u"wire-service"_s, u"--iri"_s, u"https://example.org/agents/reuters"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject reuters = agencyJson(u"reuters"_s);
    QCOMPARE(reuters.value(QLatin1String("origin")).toString(), u"user"_s);
    QCOMPARE(reuters.value(QLatin1String("iri")).toString(),
             u"https://example.org/agents/reuters"_s);
    // Removing it brings the built-in entry back.
    QCOMPARE(cli({u"agencies"_s, u"remove"_s, u"reuters"_s}).code, 0);
    QCOMPARE(agencyJson(u"reuters"_s).value(QLatin1String("origin")).toString(), u"built-in"_s);
    // A built-in entry is not the user's to remove.
    QCOMPARE(cli({u"agencies"_s, u"remove"_s, u"reuters"_s}).code, 64);
}

void TestAgenciesCommand::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // in stderr
    QTest::newRow("no name") << QStringList {u"add"_s, u"x"_s} << u"--name"_s;
    QTest::newRow("bad id") << QStringList {u"add"_s, u"Bad Id"_s, u"--name"_s, u"X"_s}
                            << u"Bad Id"_s;
    QTest::newRow("bad kind") << QStringList {u"add"_s, u"x"_s,      u"--name"_s,
                                              u"X"_s,   u"--kind"_s, u"spy"_s}
                              << u"spy"_s;
    QTest::newRow("bad country") << QStringList {u"add"_s, u"x"_s,         u"--name"_s,
                                                 u"X"_s,   u"--country"_s, u"Korea"_s}
                                 << u"KOREA"_s;
    QTest::newRow("bad host") << QStringList {u"add"_s, u"x"_s,      u"--name"_s,
                                              u"X"_s,   u"--host"_s, u"https://x.example/"_s}
                              << u"host"_s;
    QTest::newRow("empty name") << QStringList {u"add"_s, u"x"_s, u"--name"_s, u"ko="_s}
                                << u"ko="_s;
    QTest::newRow("remove unknown") << QStringList {u"remove"_s, u"x"_s} << u"x"_s;
    QTest::newRow("unknown action") << QStringList {u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("list with id") << QStringList {u"list"_s, u"x"_s} << u"list"_s;
}

void TestAgenciesCommand::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(QStringList {u"agencies"_s} + args);
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(userFile()));
}

void TestAgenciesCommand::neverOverwritesAnUnreadableFile()
{
    QVERIFY(QDir(mConfig->path()).mkpath(u"provena"_s));
    QFile file(userFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray broken = R"({"agencies": [{"id": "x", "names": {"en": "X"}, "kind": "spy"}]})";
    file.write(broken);
    file.close();

    const Run r = cli({u"agencies"_s, u"add"_s, u"ncna"_s, u"--name"_s, u"NCNA"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(userFile()) && r.err.contains(u"agencies[0].kind"_s),
             qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
    // Listing says the file is unreadable rather than pretending there are no user agencies.
    QCOMPARE(cli({u"agencies"_s, u"list"_s}).code, 2);
}

QTEST_GUILESS_MAIN(TestAgenciesCommand)
#include "tst_agenciescommand.moc"
