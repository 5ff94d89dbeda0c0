// SPDX-License-Identifier: MIT
#include "formats/releasefinder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

// Positions valid, in order and without overlaps.
QString checkInvariants(QStringView text, const QList<ReleaseFinder::Match> &matches)
{
    qsizetype previousEnd = 0;
    for (const ReleaseFinder::Match &m : matches) {
        if (m.start < previousEnd || m.start >= m.end || m.end > text.size())
            return u"bad phrase range %1..%2"_s.arg(m.start).arg(m.end);
        if (m.agentStart < m.start || m.agentEnd <= m.agentStart || m.agentEnd > m.end)
            return u"bad agent range %1..%2"_s.arg(m.agentStart).arg(m.agentEnd);
        if (m.agent.isEmpty())
            return u"empty agent"_s;
        if (m.date && (m.date->start < m.agentEnd || m.date->end > m.end))
            return u"date outside the phrase"_s;
        previousEnd = m.end;
    }
    return {};
}

} // namespace

class TestReleaseFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void none_data();
    void none();
    void dateStaysInClause();
    void roleNames();
    void randomInput();
    void largeInput();
    void unbalancedBrackets();
};

void TestReleaseFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index"); // which match the remaining columns describe
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<QString>("date"); // empty: no date
    QTest::addColumn<QString>("phrase"); // empty: not checked

    QTest::newRow("kcna released")
        << u"Kim Jong Un speaks in this picture released by the Korean Central News Agency (KCNA) on Aug. 13."_s
        << QString() << 1 << 0 << u"released"_s << u"Korean Central News Agency"_s << u"KCNA"_s
        << u"Aug. 13"_s
        << u"in this picture released by the Korean Central News Agency (KCNA) on Aug. 13"_s;
    QTest::newRow("noun not next to the verb")
        << u"A photo taken on Aug. 12 and released by KCNA on Aug. 13 shows Kim."_s << QString()
        << 1 << 0 << u"released"_s << u"KCNA"_s << QString() << u"Aug. 13"_s
        << u"released by KCNA on Aug. 13"_s;
    QTest::newRow("descriptor dropped")
        << u"Troops parade in this picture released by the Montsame news agency on Oct. 4."_s
        << QString() << 1 << 0 << u"released"_s << u"Montsame"_s << QString() << u"Oct. 4"_s
        << u"in this picture released by the Montsame news agency on Oct. 4"_s;
    QTest::newRow("owner and adjective skipped")
        << u"Kim inspects a plant in this photo provided by North Korea's official Korean Central News Agency on Aug. 13, 2025."_s
        << QString() << 1 << 0 << u"provided"_s << u"Korean Central News Agency"_s << QString()
        << u"Aug. 13, 2025"_s << QString();
    QTest::newRow("abbreviation from credit")
        << u"Kim in a photo released by the Korean Central News Agency. KCNA"_s << u"KCNA"_s << 1
        << 0 << u"released"_s << u"Korean Central News Agency"_s << u"KCNA"_s << QString()
        << u"in a photo released by the Korean Central News Agency"_s;
    QTest::newRow("credit is not the initials")
        << u"Kim in a photo released by the Korean Central News Agency."_s << u"AP"_s << 1 << 0
        << u"released"_s << u"Korean Central News Agency"_s << QString() << QString() << QString();
    QTest::newRow("credit in parentheses is no abbreviation")
        << u"A photo released by the Unification Ministry (AP)"_s << QString() << 1 << 0
        << u"released"_s << u"Unification Ministry"_s << QString() << QString()
        << u"A photo released by the Unification Ministry"_s;
    QTest::newRow("handout photo released")
        << u"Soldiers stand guard in this handout photo released by the Unification Ministry"_s
        << QString() << 1 << 0 << u"released"_s << u"Unification Ministry"_s << QString()
        << QString() << u"in this handout photo released by the Unification Ministry"_s;
    QTest::newRow("handout photo from")
        << u"A tank is seen in a handout photo from the Defence Ministry on March 3."_s << QString()
        << 1 << 0 << u"handout"_s << u"Defence Ministry"_s << QString() << u"March 3"_s
        << u"handout photo from the Defence Ministry on March 3"_s;
    QTest::newRow("handout picture provided")
        << u"A handout picture provided by Acme Corp shows the site."_s << QString() << 1 << 0
        << u"provided"_s << u"Acme Corp"_s << QString() << QString() << QString();
    QTest::newRow("slash handout")
        << u"Missiles are launched. KCNA/Handout via REUTERS"_s << QString() << 2 << 0
        << u"handout"_s << u"KCNA"_s << QString() << QString() << u"KCNA/Handout"_s;
    QTest::newRow("slash handout, via")
        << u"Missiles are launched. KCNA/Handout via REUTERS"_s << QString() << 2 << 1 << u"via"_s
        << u"REUTERS"_s << QString() << QString() << u"via REUTERS"_s;
    QTest::newRow("slash handout, long name")
        << u"A launch. Photo: Korean Central News Agency/Handout"_s << u"KCNA"_s << 1 << 0
        << u"handout"_s << u"Korean Central News Agency"_s << u"KCNA"_s << QString()
        << u"Korean Central News Agency/Handout"_s;
    QTest::newRow("handout via") << u"A launch. Handout via REUTERS"_s << QString() << 1 << 0
                                 << u"handout"_s << u"REUTERS"_s << QString() << QString()
                                 << u"Handout via REUTERS"_s;
    QTest::newRow("distributed")
        << u"In this photo distributed by the Russian Defense Ministry Press Service on Nov. 2, a tank fires."_s
        << QString() << 1 << 0 << u"distributed"_s << u"Russian Defense Ministry Press Service"_s
        << QString() << u"Nov. 2"_s << QString();
    QTest::newRow("government kept")
        << u"This photo distributed by the South Korean government shows the border."_s << QString()
        << 1 << 0 << u"distributed"_s << u"South Korean government"_s << QString() << QString()
        << QString();
    QTest::newRow("issued by")
        << u"An image issued by the Israel Defense Forces on Jan. 5 shows a tunnel."_s << QString()
        << 1 << 0 << u"released"_s << u"Israel Defense Forces"_s << QString() << u"Jan. 5"_s
        << QString();
    QTest::newRow("published by, comma date")
        << u"Kim watches a test in this photo published by Rodong Sinmun, Aug. 13."_s << QString()
        << 1 << 0 << u"released"_s << u"Rodong Sinmun"_s << QString() << u"Aug. 13"_s << QString();
    QTest::newRow("made available by")
        << u"This image made available by NASA on Sept. 5 shows the comet."_s << QString() << 1 << 0
        << u"released"_s << u"NASA"_s << QString() << u"Sept. 5"_s << QString();
    QTest::newRow("supplied by, abbreviation with dots")
        << u"Photo supplied by the U.S. Navy."_s << QString() << 1 << 0 << u"provided"_s
        << u"U.S. Navy"_s << QString() << QString() << u"supplied by the U.S. Navy"_s;
    QTest::newRow("lower-case agent")
        << u"A launch is seen in this photo released by state media on Aug. 3."_s << QString() << 1
        << 0 << u"released"_s << u"state media"_s << QString() << u"Aug. 3"_s << QString();
    QTest::newRow("credit-style verb")
        << u"Kim visits a farm. (Provided by the Unification Ministry)"_s << QString() << 1 << 0
        << u"provided"_s << u"Unification Ministry"_s << QString() << QString()
        << u"Provided by the Unification Ministry"_s;
    QTest::newRow("via in parentheses")
        << u"Kim Jong Un waves, Aug. 13. (Yonhap via AP)"_s << QString() << 1 << 0 << u"via"_s
        << u"AP"_s << QString() << QString() << u"via AP"_s;
    QTest::newRow("via credit") << u"Kim Jong Un inspects a factory. KCNA via REUTERS"_s
                                << QString() << 1 << 0 << u"via"_s << u"REUTERS"_s << QString()
                                << QString() << u"via REUTERS"_s;
    QTest::newRow("pool via") << u"Leaders meet in Seoul. Pool via REUTERS"_s << QString() << 1 << 0
                              << u"pool"_s << u"REUTERS"_s << QString() << QString()
                              << u"Pool via REUTERS"_s;
    QTest::newRow("pool photo via")
        << u"Leaders meet. Pool photo via AP"_s << QString() << 1 << 0 << u"pool"_s << u"AP"_s
        << QString() << QString() << u"Pool photo via AP"_s;
    QTest::newRow("pool photo by")
        << u"Leaders meet. (Pool photo by Jane J. Doe)"_s << QString() << 1 << 0 << u"pool"_s
        << u"Jane J. Doe"_s << QString() << QString() << u"Pool photo by Jane J. Doe"_s;
    QTest::newRow("courtesy of family")
        << u"Lee as a child, courtesy of the Lee family."_s << QString() << 1 << 0 << u"courtesy"_s
        << u"Lee family"_s << QString() << QString() << u"courtesy of the Lee family"_s;
    QTest::newRow("courtesy, final period")
        << u"The prototype. Courtesy of Acme Corp."_s << QString() << 1 << 0 << u"courtesy"_s
        << u"Acme Corp"_s << QString() << QString() << u"Courtesy of Acme Corp"_s;
    QTest::newRow("korean provided")
        << u"김정은 국무위원장이 공장을 방문했다. [통일부 제공]"_s << QString() << 1 << 0
        << u"provided"_s << u"통일부"_s << QString() << QString() << u"통일부 제공"_s;
    QTest::newRow("korean provided after =")
        << u"훈련 모습 (사진=국방부 제공)"_s << QString() << 1 << 0 << u"provided"_s << u"국방부"_s
        << QString() << QString() << u"국방부 제공"_s;
    QTest::newRow("korean wire tag, source")
        << u"(평양 조선중앙통신=연합뉴스) 김정은 국무위원장이 13일 공장을 방문했다."_s << QString()
        << 2 << 0 << u"released"_s << u"조선중앙통신"_s << QString() << QString()
        << u"(평양 조선중앙통신"_s;
    QTest::newRow("korean wire tag, agency")
        << u"(평양 조선중앙통신=연합뉴스) 김정은 국무위원장이 13일 공장을 방문했다."_s << QString()
        << 2 << 1 << u"via"_s << u"연합뉴스"_s << QString() << QString() << u"=연합뉴스)"_s;
    QTest::newRow("korean photo credit tag")
        << u"시위대가 행진하고 있다. [로이터=연합뉴스]"_s << QString() << 2 << 0 << u"released"_s
        << u"로이터"_s << QString() << QString() << u"[로이터"_s;
    QTest::newRow("korean tag, latin source")
        << u"(AP=연합뉴스) 사진"_s << QString() << 2 << 1 << u"via"_s << u"연합뉴스"_s << QString()
        << QString() << u"=연합뉴스)"_s;
    QTest::newRow("two phrases")
        << u"Kim in this photo released by KCNA on Aug. 13. Yonhap via AP"_s << QString() << 2 << 0
        << u"released"_s << u"KCNA"_s << QString() << u"Aug. 13"_s << QString();
    QTest::newRow("release then via")
        << u"A photo released by North Korea's KCNA via REUTERS"_s << QString() << 2 << 1
        << u"via"_s << u"REUTERS"_s << QString() << QString() << QString();
    QTest::newRow("emoji around") << u"📷 in this photo released by KCNA 🙂 on Aug. 13"_s
                                  << QString() << 1 << 0 << u"released"_s << u"KCNA"_s << QString()
                                  << u"Aug. 13"_s << QString();
    QTest::newRow("ap style date before noun")
        << u"In this Aug. 13, 2025, photo provided by the Korean Central News Agency, Kim waves."_s
        << QString() << 1 << 0 << u"provided"_s << u"Korean Central News Agency"_s << QString()
        << QString()
        << u"In this Aug. 13, 2025, photo provided by the Korean Central News Agency"_s;
}

void TestReleaseFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QString, credit);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(QString, role);
    QFETCH(QString, agent);
    QFETCH(QString, abbreviation);
    QFETCH(QString, date);
    QFETCH(QString, phrase);

    const QList<ReleaseFinder::Match> matches = ReleaseFinder::find(text, credit);
    QCOMPARE(checkInvariants(text, matches), QString());
    QCOMPARE(matches.size(), count);
    const ReleaseFinder::Match &m = matches.at(index);
    QCOMPARE(ReleaseFinder::roleName(m.role), role);
    QCOMPARE(m.agent, agent);
    QCOMPARE(text.mid(m.agentStart, m.agentEnd - m.agentStart), agent);
    QCOMPARE(m.abbreviation, abbreviation);
    if (date.isEmpty()) {
        QVERIFY2(!m.date, qPrintable(u"unexpected date at %1"_s.arg(m.date ? m.date->start : -1)));
    } else {
        QVERIFY(m.date.has_value());
        QCOMPARE(text.mid(m.date->start, m.date->end - m.date->start), date);
        QCOMPARE(m.end, m.date->end);
    }
    if (!phrase.isEmpty())
        QCOMPARE(text.mid(m.start, m.end - m.start), phrase);
}

void TestReleaseFinder::none_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("released, no by") << u"The minister released a statement on Aug. 3."_s;
    QTest::newRow("no photo noun") << u"A statement released by the ministry on Aug. 3."_s;
    QTest::newRow("report provided by")
        << u"Kim said the figures provided by the Finance Ministry were wrong."_s;
    QTest::newRow("travel via") << u"They travelled to Seoul via Beijing on Monday."_s;
    QTest::newRow("via lower-case") << u"The photos were shared via social media."_s;
    QTest::newRow("courtesy call") << u"The envoy paid a courtesy call to the President."_s;
    QTest::newRow("swimming pool") << u"He reached the pool via the back door."_s;
    QTest::newRow("korean dateline") << u"(서울=연합뉴스) 홍길동 기자 = 정부는 13일 발표했다."_s;
    QTest::newRow("korean verb") << u"통일부가 영상을 제공했다."_s;
    QTest::newRow("korean provided to") << u"정부는 자료를 제공한 뒤 설명했다."_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   \n\n  "_s;
    QTest::newRow("verb at end") << u"A photo released by"_s;
}

void TestReleaseFinder::none()
{
    QFETCH(QString, text);
    const QList<ReleaseFinder::Match> matches = ReleaseFinder::find(text, u"KCNA"_s);
    QVERIFY2(matches.isEmpty(), qPrintable(matches.isEmpty() ? QString() : matches.first().agent));
}

void TestReleaseFinder::dateStaysInClause()
{
    // The date of the next sentence is not the release date.
    const QString text = u"A photo released by KCNA. Kim visited the site on Aug. 13."_s;
    const QList<ReleaseFinder::Match> matches = ReleaseFinder::find(text);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().agent, u"KCNA"_s);
    QVERIFY(!matches.first().date);
    QCOMPARE(text.mid(matches.first().start, matches.first().end - matches.first().start),
             u"A photo released by KCNA"_s);

    // Nor a date after a closing bracket.
    const QString via = u"(Yonhap via AP) Kim on Aug. 13"_s;
    const QList<ReleaseFinder::Match> viaMatches = ReleaseFinder::find(via);
    QCOMPARE(viaMatches.size(), 1);
    QVERIFY(!viaMatches.first().date);
}

void TestReleaseFinder::roleNames()
{
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Released), u"released"_s);
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Provided), u"provided"_s);
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Distributed), u"distributed"_s);
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Handout), u"handout"_s);
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Via), u"via"_s);
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Pool), u"pool"_s);
    QCOMPARE(ReleaseFinder::roleName(Release::Role::Courtesy), u"courtesy"_s);
}

void TestReleaseFinder::randomInput()
{
    // Pieces that trigger every rule, glued at random with garbage, brackets and lone surrogates.
    const QStringList pieces = {u"released by "_s,
                                u"provided by "_s,
                                u"photo "_s,
                                u"in this picture "_s,
                                u"the "_s,
                                u"Korean "_s,
                                u"Central "_s,
                                u"Agency"_s,
                                u"(KCNA)"_s,
                                u" on "_s,
                                u"Aug. 13"_s,
                                u", 2025"_s,
                                u"/Handout"_s,
                                u" via "_s,
                                u"Pool "_s,
                                u"courtesy of "_s,
                                u"North Korea's "_s,
                                u"제공"_s,
                                u"통일부 "_s,
                                u"(평양 "_s,
                                u"조선중앙통신=연합뉴스)"_s,
                                u"("_s,
                                u")"_s,
                                u"["_s,
                                u"]"_s,
                                u"."_s,
                                u"\n"_s,
                                u"🙂"_s,
                                QString(QChar(0xD83D)),
                                QString(QChar(0xDE00)),
                                u"U.S."_s,
                                u"&"_s,
                                u"'s"_s,
                                u"13일"_s};
    QRandomGenerator rng(20250813);
    int found = 0;
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int n = rng.bounded(1, 40);
        for (int i = 0; i < n; ++i)
            text += pieces.at(rng.bounded(int(pieces.size())));
        const QList<ReleaseFinder::Match> matches = ReleaseFinder::find(text, u"KCNA"_s);
        const QString problem = checkInvariants(text, matches);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" in: "_s + text));
        found += int(matches.size());
    }
    QVERIFY(found > 0); // the pieces do form phrases now and then
}

void TestReleaseFinder::largeInput()
{
    const QString unit
        = u"Kim in this picture released by the Korean Central News Agency (KCNA) on Aug. 13; "_s;
    QString text;
    while (text.size() < 100 * 1024)
        text += unit;
    const int units = int(text.size() / unit.size());

    const QList<ReleaseFinder::Match> matches = ReleaseFinder::find(text, u"KCNA"_s);
    QCOMPARE(matches.size(), units);
    QCOMPARE(checkInvariants(text, matches), QString());
    QCOMPARE(matches.last().agent, u"Korean Central News Agency"_s);

    // Dense triggers: every few characters a phrase starts.
    QString dense;
    while (dense.size() < 100 * 1024)
        dense += u"Photo released by A via B Pool via C/Handout courtesy of D 통신 제공 "_s;
    const QList<ReleaseFinder::Match> many = ReleaseFinder::find(dense);
    QCOMPARE(checkInvariants(dense, many), QString());
    QVERIFY(many.size() > 1000);

    // One 100 KB word, then trigger words without agents.
    QString garbage(100 * 1024, u'x');
    garbage += u" released by via Pool via courtesy of /Handout 사진 제공"_s;
    garbage += QString(50 * 1024, u' ') + u"photo released by"_s;
    const QList<ReleaseFinder::Match> none = ReleaseFinder::find(garbage);
    QVERIFY(none.isEmpty());
}

void TestReleaseFinder::unbalancedBrackets()
{
    const QString text
        = u"((((( [[[ photo released by the Unification Ministry (KCNA on Aug. 13 ]]] )"_s;
    const QList<ReleaseFinder::Match> matches = ReleaseFinder::find(text);
    QCOMPARE(checkInvariants(text, matches), QString());
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().agent, u"Unification Ministry"_s);
    QVERIFY(matches.first().abbreviation.isEmpty()); // "(KCNA" is not closed

    QString deep;
    for (int i = 0; i < 20000; ++i)
        deep += u"(평양 "_s;
    deep += u"조선중앙통신=연합뉴스"_s;
    for (int i = 0; i < 20000; ++i)
        deep += u"=)"_s;
    const QList<ReleaseFinder::Match> deepMatches = ReleaseFinder::find(deep);
    QCOMPARE(checkInvariants(deep, deepMatches), QString());
}

QTEST_GUILESS_MAIN(TestReleaseFinder)
#include "tst_releasefinder.moc"
