// SPDX-License-Identifier: MIT
#include "core/model/agencydirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestAgencyDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void builtInHasTheAgencies_data();
    void builtInHasTheAgencies();
    void builtInIsWellFormed();
    void noInventedIdentifiers();
    void resolve_data();
    void resolve();
    void ambiguousResolvesToNothing();
    void findByHost_data();
    void findByHost();
    void toAgent();
    void displayNameByLanguage();
    void jsonRoundTrip();
    void userFileMerges();
    void badUserFile_data();
    void badUserFile();
    void saveUserAgencies();
};

void TestAgencyDirectory::init()
{
    QFile::remove(AgencyDirectory::userAgenciesPath());
}

void TestAgencyDirectory::builtInHasTheAgencies_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("ko");
    QTest::addColumn<QString>("ru");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("country");

    QTest::newRow("kcna") << u"kcna"_s << u"Korean Central News Agency"_s << u"조선중앙통신"_s
                          << u"Центральное телеграфное агентство Кореи"_s << u"state-media"_s
                          << u"KP"_s;
    QTest::newRow("kns") << u"kns"_s << u"Korea News Service"_s << u"조선통신사"_s
                         << u"Корейская служба новостей"_s << u"wire-service"_s << u"JP"_s;
    QTest::newRow("rodong") << u"rodong-sinmun"_s << u"Rodong Sinmun"_s << u"로동신문"_s
                            << u"Нодон синмун"_s << u"state-media"_s << u"KP"_s;
    QTest::newRow("yonhap") << u"yonhap"_s << u"Yonhap News Agency"_s << u"연합뉴스"_s << u"Ёнхап"_s
                            << u"wire-service"_s << u"KR"_s;
    QTest::newRow("tass") << u"tass"_s << u"TASS Russian News Agency"_s << u"타스통신"_s
                          << u"Информационное агентство России ТАСС"_s << u"state-media"_s
                          << u"RU"_s;
    QTest::newRow("ria") << u"ria-novosti"_s << u"RIA Novosti"_s << u"리아노보스티"_s
                         << u"РИА Новости"_s << u"state-media"_s << u"RU"_s;
    QTest::newRow("sputnik") << u"sputnik"_s << u"Sputnik"_s << u"스푸트니크"_s << u"Спутник"_s
                             << u"state-media"_s << u"RU"_s;
    QTest::newRow("ap") << u"ap"_s << u"Associated Press"_s << u"AP통신"_s << u"Ассошиэйтед Пресс"_s
                        << u"wire-service"_s << u"US"_s;
    QTest::newRow("reuters") << u"reuters"_s << u"Reuters"_s << u"로이터통신"_s << u"Рейтер"_s
                             << u"wire-service"_s << u"GB"_s;
    QTest::newRow("afp") << u"afp"_s << u"Agence France-Presse"_s << u"프랑스통신"_s
                         << u"Франс Пресс"_s << u"wire-service"_s << u"FR"_s;
    QTest::newRow("getty") << u"getty-images"_s << u"Getty Images"_s << u"게티이미지"_s
                           << u"Getty Images"_s << u"photo-agency"_s << u"US"_s;
    QTest::newRow("xinhua") << u"xinhua"_s << u"Xinhua News Agency"_s << u"신화통신"_s
                            << u"Синьхуа"_s << u"state-media"_s << u"CN"_s;
    QTest::newRow("kyodo") << u"kyodo"_s << u"Kyodo News"_s << u"교도통신"_s << u"Киодо"_s
                           << u"wire-service"_s << u"JP"_s;
    QTest::newRow("epa") << u"epa"_s << u"European Pressphoto Agency"_s << u"EPA통신"_s
                         << u"Европейское агентство фотографий"_s << u"photo-agency"_s << u"DE"_s;
    QTest::newRow("bloomberg") << u"bloomberg"_s << u"Bloomberg"_s << u"블룸버그"_s << u"Блумберг"_s
                               << u"wire-service"_s << u"US"_s;
    QTest::newRow("nurphoto") << u"nurphoto"_s << u"NurPhoto"_s << u"누르포토"_s << u"NurPhoto"_s
                              << u"photo-agency"_s << u"IT"_s;
    QTest::newRow("pool") << u"pool"_s << u"Pool"_s << u"공동취재단"_s << u"Пул"_s
                          << u"organisation"_s << QString();
    QTest::newRow("chosun") << u"chosun-ilbo"_s << u"The Chosun Ilbo"_s << u"조선일보"_s
                            << u"Чосон ильбо"_s << u"newspaper"_s << u"KR"_s;
}

void TestAgencyDirectory::builtInHasTheAgencies()
{
    QFETCH(QString, id);
    QFETCH(QString, en);
    QFETCH(QString, ko);
    QFETCH(QString, ru);
    QFETCH(QString, kind);
    QFETCH(QString, country);
    const AgencyDirectory directory = AgencyDirectory::builtIn();
    const AgencyEntry *entry = directory.find(id);
    QVERIFY(entry);
    QCOMPARE(entry->name(), en);
    QCOMPARE(entry->name(u"ko"_s), ko);
    QCOMPARE(entry->name(u"ru"_s), ru);
    QCOMPARE(Agent::kindName(entry->kind), kind);
    QCOMPARE(entry->country, country);
    // Every name finds its own entry again.
    for (const QString &name : {en, ko, ru})
        QCOMPARE(directory.resolve(name), entry);
}

void TestAgencyDirectory::builtInIsWellFormed()
{
    QFile file(u":/provena/agencies/agencies.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<AgencyDirectory> parsed
        = AgencyDirectory::fromJson(file.readAll(), file.fileName());
    QVERIFY2(parsed, qPrintable(parsed.error().toString()));
    QVERIFY(parsed->entries().size() >= 30);
    // No name or abbreviation of one agency is another's: resolve() would give nothing.
    for (const AgencyEntry &entry : parsed->entries()) {
        QVERIFY2(!entry.names.value(u"en"_s).isEmpty(), qPrintable(entry.id));
        for (const QString &name : entry.names) {
            QVERIFY2(parsed->resolve(name) == parsed->find(entry.id),
                     qPrintable(entry.id + u": "_s + name));
        }
        for (const QStringList &list : entry.abbreviations) {
            for (const QString &abbreviation : list)
                QVERIFY2(parsed->resolve(abbreviation) == parsed->find(entry.id),
                         qPrintable(entry.id + u": "_s + abbreviation));
        }
    }
}

void TestAgencyDirectory::noInventedIdentifiers()
{
    // Identifiers only where checked by hand (docs/provenance.md); none were: an IRI that
    // appears here must have been added with its source.
    const AgencyDirectory builtIn = AgencyDirectory::builtIn(); // entries() refers into it
    for (const AgencyEntry &entry : builtIn.entries())
        QVERIFY2(entry.iri.isEmpty(), qPrintable(entry.id + u": "_s + entry.iri));
}

void TestAgencyDirectory::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id"); // empty: nothing

    QTest::newRow("abbreviation") << u"KCNA"_s << u"kcna"_s;
    QTest::newRow("lower case") << u"kcna"_s << u"kcna"_s;
    QTest::newRow("capitals") << u"REUTERS"_s << u"reuters"_s;
    QTest::newRow("leading the") << u"the Korean Central News Agency"_s << u"kcna"_s;
    QTest::newRow("leading The, blanks") << u"  The   Associated\tPress "_s << u"ap"_s;
    QTest::newRow("dots") << u"A.P."_s << u"ap"_s;
    QTest::newRow("korean") << u"조선중앙통신"_s << u"kcna"_s;
    QTest::newRow("korean abbreviation") << u"로이터"_s << u"reuters"_s;
    QTest::newRow("russian") << u"ЦТАК"_s << u"kcna"_s;
    QTest::newRow("russian lower") << u"тасс"_s << u"tass"_s;
    QTest::newRow("chinese") << u"新华社"_s << u"xinhua"_s;
    QTest::newRow("full-width letters (NFKC)") << u"ＫＣＮＡ"_s << u"kcna"_s;
    QTest::newRow("hyphenated") << u"EPA-EFE"_s << u"epa"_s;
    QTest::newRow("unknown") << u"Tarsa Coast Guard"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only the") << u"the"_s << QString();
    QTest::newRow("part of a name") << u"Korean"_s << QString();
}

void TestAgencyDirectory::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    const AgencyDirectory directory = AgencyDirectory::builtIn();
    const AgencyEntry *entry = directory.resolve(text);
    QCOMPARE(entry ? entry->id : QString(), id);
}

void TestAgencyDirectory::ambiguousResolvesToNothing()
{
    AgencyDirectory directory;
    AgencyEntry a;
    a.id = u"aa"_s;
    a.names.insert(u"en"_s, u"Alpha Agency"_s);
    a.abbreviations.insert(u"en"_s, {u"AA"_s});
    AgencyEntry b;
    b.id = u"ab"_s;
    b.names.insert(u"en"_s, u"Another Agency"_s);
    b.abbreviations.insert(u"en"_s, {u"A.A."_s});
    directory.insert(a);
    directory.insert(b);
    QCOMPARE(directory.resolve(u"AA"_s), nullptr);
    QCOMPARE(directory.resolve(u"Alpha Agency"_s), directory.find(u"aa"_s));
}

void TestAgencyDirectory::findByHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("id");
    QTest::newRow("exact") << u"kcna.kp"_s << u"kcna"_s;
    QTest::newRow("subdomain") << u"www.yna.co.kr"_s << u"yonhap"_s;
    QTest::newRow("english edition") << u"en.yna.co.kr"_s << u"yonhap"_s;
    QTest::newRow("case and trailing dot") << u"WWW.Reuters.COM."_s << u"reuters"_s;
    QTest::newRow("not a suffix match") << u"notreuters.com"_s << QString();
    QTest::newRow("unknown") << u"news.example"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAgencyDirectory::findByHost()
{
    QFETCH(QString, host);
    QFETCH(QString, id);
    const AgencyDirectory directory = AgencyDirectory::builtIn();
    const AgencyEntry *entry = directory.findByHost(host);
    QCOMPARE(entry ? entry->id : QString(), id);
}

void TestAgencyDirectory::toAgent()
{
    const Agent agent = AgencyDirectory::builtIn().find(u"kcna"_s)->toAgent();
    QCOMPARE(agent.directoryId, u"kcna"_s);
    QCOMPARE(agent.name, u"Korean Central News Agency"_s);
    QCOMPARE(agent.abbreviations.value(0), u"KCNA"_s); // English first
    QVERIFY(agent.abbreviations.contains(u"ЦТАК"_s));
    QCOMPARE(agent.kind, AgentKind::StateMedia);
    QCOMPARE(agent.country, u"KP"_s);
    QVERIFY(agent.iri.isEmpty());
}

void TestAgencyDirectory::displayNameByLanguage()
{
    // The agent a sidecar stores keeps the English name; people see the one of their language.
    const AgencyDirectory directory = AgencyDirectory::builtIn();
    const Agent kcna = directory.find(u"kcna"_s)->toAgent();
    QCOMPARE(kcna.name, u"Korean Central News Agency"_s);
    QCOMPARE(directory.displayName(kcna, u"ko"_s), u"조선중앙통신"_s);
    QCOMPARE(directory.displayName(kcna, u"ru"_s), u"Центральное телеграфное агентство Кореи"_s);
    QCOMPARE(directory.displayName(kcna, u"en"_s), u"Korean Central News Agency"_s);
    // No German name: English.
    QCOMPARE(directory.displayName(kcna, u"de"_s), u"Korean Central News Agency"_s);
    // Agents the directory does not list read as recorded.
    Agent stringer;
    stringer.name = u"Kim Stringer"_s;
    QCOMPARE(directory.displayName(stringer, u"ko"_s), u"Kim Stringer"_s);
    Agent unknownId;
    unknownId.directoryId = u"gone-agency"_s;
    QCOMPARE(directory.displayName(unknownId, u"ko"_s), u"gone-agency"_s);
    unknownId.name = u"Gone Agency"_s;
    QCOMPARE(directory.displayName(unknownId, u"ko"_s), u"Gone Agency"_s);
}

void TestAgencyDirectory::jsonRoundTrip()
{
    const AgencyDirectory builtIn = AgencyDirectory::builtIn();
    const Result<AgencyDirectory> again = AgencyDirectory::fromJson(builtIn.toJson());
    QVERIFY2(again, qPrintable(again.error().toString()));
    QCOMPARE(again->entries(), builtIn.entries());
    QCOMPARE(again->toJson(), builtIn.toJson());
}

void TestAgencyDirectory::userFileMerges()
{
    const QByteArray user = R"({"schema": "provena-agencies/1", "agencies": [
        {"id": "ncna", "names": {"en": "Northern Coast News Agency"},
         "abbreviations": {"en": ["NCNA"]}, "kind": "state-media", "hosts": ["ncna.example"]},
        {"id": "reuters", "names": {"en": "Reuters", "ko": "로이터"}, "kind": "wire-service",
         "country": "GB", "iri": "https://example.org/agents/reuters"}
    ]})";
    QVERIFY(writeFile(AgencyDirectory::userAgenciesPath(), user));
    const Result<AgencyDirectory> own = AgencyDirectory::userAgencies();
    QVERIFY2(own, qPrintable(own.error().toString()));
    QCOMPARE(own->entries().size(), 2);

    const AgencyDirectory standard = AgencyDirectory::standard();
    QCOMPARE(standard.entries().size(), AgencyDirectory::builtIn().entries().size() + 1);
    QCOMPARE(standard.resolve(u"NCNA"_s)->id, u"ncna"_s);
    QCOMPARE(standard.findByHost(u"www.ncna.example"_s)->id, u"ncna"_s);
    // Theirs win on the same id.
    QCOMPARE(standard.find(u"reuters"_s)->iri, u"https://example.org/agents/reuters"_s);
    QCOMPARE(standard.resolve(u"로이터"_s)->id, u"reuters"_s);
}

void TestAgencyDirectory::badUserFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where"); // in the message or detail
    QTest::newRow("not json") << QByteArray("{\"agencies\": [") << QString();
    QTest::newRow("no array") << QByteArray(R"({"agencies": {}})") << u"agencies"_s;
    QTest::newRow("duplicate key")
        << QByteArray(R"({"agencies": [], "agencies": []})") << u"agencies"_s;
    QTest::newRow("bad id") << QByteArray(
        R"({"agencies": [{"id": "Bad Id", "names": {"en": "X"}}]})")
                            << u"agencies[0].id"_s;
    QTest::newRow("no names") << QByteArray(R"({"agencies": [{"id": "x"}]})")
                              << u"agencies[0].names"_s;
    QTest::newRow("bad kind") << QByteArray(
        R"({"agencies": [{"id": "x", "names": {"en": "X"}, "kind": "spy"}]})")
                              << u"agencies[0].kind"_s;
    QTest::newRow("bad country") << QByteArray(
        R"({"agencies": [{"id": "x", "names": {"en": "X"}, "country": "Korea"}]})")
                                 << u"agencies[0].country"_s;
    QTest::newRow("duplicate id") << QByteArray(
        R"({"agencies": [{"id": "x", "names": {"en": "X"}}, {"id": "x", "names": {"en": "Y"}}]})")
                                  << u"agencies[1].id"_s;
    QTest::newRow("bad abbreviation") << QByteArray(
        R"({"agencies": [{"id": "x", "names": {"en": "X"}, "abbreviations": {"en": [1]}}]})")
                                      << u"agencies[0].abbreviations.en[0]"_s;
    QTest::newRow("bad host") << QByteArray(
        R"({"agencies": [{"id": "x", "names": {"en": "X"}, "hosts": ["https://x.example/"]}]})")
                              << u"agencies[0].hosts[0]"_s;
}

void TestAgencyDirectory::badUserFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const QString path = AgencyDirectory::userAgenciesPath();
    QVERIFY(writeFile(path, json));
    const Result<AgencyDirectory> own = AgencyDirectory::userAgencies();
    QVERIFY(!own);
    QCOMPARE(own.error().path, path);
    QVERIFY2(own.error().toString().contains(path), qPrintable(own.error().toString()));
    if (!where.isEmpty())
        QVERIFY2(own.error().toString().contains(where), qPrintable(own.error().toString()));
    // The built-in list survives a broken user file.
    QCOMPARE(AgencyDirectory::standard().entries(), AgencyDirectory::builtIn().entries());
}

void TestAgencyDirectory::saveUserAgencies()
{
    AgencyDirectory own;
    AgencyEntry entry;
    entry.id = u"ncna"_s;
    entry.names.insert(u"en"_s, u"Northern Coast News Agency"_s);
    entry.names.insert(u"ko"_s, u"북부해안통신"_s);
    entry.abbreviations.insert(u"en"_s, {u"NCNA"_s});
    entry.kind = AgentKind::StateMedia;
    entry.hosts = {u"ncna.example"_s};
    own.insert(entry);
    const Status saved = AgencyDirectory::saveUserAgencies(own);
    QVERIFY2(saved, qPrintable(saved.error().toString()));
    const Result<AgencyDirectory> read = AgencyDirectory::userAgencies();
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->entries(), own.entries());
}

int main(int argc, char **argv)
{
    // Before QCoreApplication: the user file goes to a throwaway folder, never ~/.config.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(u"config"_s).toLocal8Bit());
    QCoreApplication app(argc, argv);
    TestAgencyDirectory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_agencydirectory.moc"
