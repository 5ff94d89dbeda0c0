// SPDX-License-Identifier: MIT
#include "formats/bylineparser.h"

#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestBylineParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void spans();
    void notBylines();
    void properCase();
};

void TestBylineParser::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QStringList>("emails");
    QTest::addColumn<QString>("organisation");

    QTest::newRow("caps with email")
        << u"BY JANE DOE [jane@paper.example]"_s << QStringList {u"Jane Doe"_s}
        << QStringList {u"jane@paper.example"_s} << QString();
    QTest::newRow("name that looks like a job")
        << u"BY TEST WRITER [writer@example.org]"_s << QStringList {u"Test Writer"_s}
        << QStringList {u"writer@example.org"_s} << QString();
    QTest::newRow("korean romanised, caps")
        << u"BY LEE SO-RA [lee.sora@daily.example]"_s << QStringList {u"Lee So-ra"_s}
        << QStringList {u"lee.sora@daily.example"_s} << QString();
    QTest::newRow("caps name then organisation")
        << u"By JANE ROE Associated Press"_s << QStringList {u"Jane Roe"_s} << QStringList {}
        << u"Associated Press"_s;
    QTest::newRow("job title") << u"By Jane Doe, Staff Reporter"_s << QStringList {u"Jane Doe"_s}
                               << QStringList() << QString();
    QTest::newRow("two and agency")
        << u"By Jane Doe and John Roe, Reuters"_s << QStringList {u"Jane Doe"_s, u"John Roe"_s}
        << QStringList() << u"Reuters"_s;
    QTest::newRow("slash") << u"Jane Doe / Reuters"_s << QStringList {u"Jane Doe"_s}
                           << QStringList() << u"Reuters"_s;
    QTest::newRow("emphasis") << u"**By Jane McDonald**"_s << QStringList {u"Jane McDonald"_s}
                              << QStringList() << QString();
    QTest::newRow("cyrillic") << u"By Иван Петров"_s << QStringList {u"Иван Петров"_s}
                              << QStringList() << QString();
    QTest::newRow("cyrillic caps")
        << u"BY АННА СМИРНОВА"_s << QStringList {u"Анна Смирнова"_s} << QStringList() << QString();
    QTest::newRow("korean wire") << u"(서울=연합뉴스) 홍길동 기자 = 북한이 13일"_s
                                 << QStringList {u"홍길동"_s} << QStringList() << u"연합뉴스"_s;
    QTest::newRow("korean two") << u"(평양·서울=연합뉴스) 홍길동 김철수 기자 ="_s
                                << QStringList {u"홍길동"_s, u"김철수"_s} << QStringList()
                                << u"연합뉴스"_s;
    QTest::newRow("korean sign-off") << u"홍길동 기자 hong@yna.co.kr"_s << QStringList {u"홍길동"_s}
                                     << QStringList {u"hong@yna.co.kr"_s} << QString();
}

void TestBylineParser::parse()
{
    QFETCH(QString, line);
    QFETCH(QStringList, authors);
    QFETCH(QStringList, emails);
    QFETCH(QString, organisation);
    const auto m = BylineParser::parse(line);
    QVERIFY(m.has_value());
    QCOMPARE(m->authors, authors);
    QCOMPARE(m->emails, emails);
    QCOMPARE(m->organisation, organisation);
}

void TestBylineParser::spans()
{
    const auto wire = BylineParser::parse(u"(서울=연합뉴스) 홍길동 기자 = 북한이"_s);
    QVERIFY(wire);
    QCOMPARE(wire->start, 0);
    QCOMPARE(wire->end, 18);
    const auto by = BylineParser::parse(u"  BY JANE DOE [jane@paper.example]"_s);
    QVERIFY(by);
    QCOMPARE(by->start, 2);
    QCOMPARE(by->end, 34);
}

void TestBylineParser::notBylines()
{
    QVERIFY(!BylineParser::parse(u"By the time we arrived, the port was closed."_s));
    QVERIFY(!BylineParser::parse(u"Mina Seo is a staff reporter covering the coast."_s));
    QVERIFY(!BylineParser::parse(u"Imports rose 5% / exports fell"_s));
    QVERIFY(!BylineParser::parse(u"북한이 13일 발표했다."_s));
}

void TestBylineParser::properCase()
{
    QCOMPARE(BylineParser::properCase(u"MINA SEO"_s), u"Mina Seo"_s);
    QCOMPARE(BylineParser::properCase(u"JEAN-PAUL O'NEIL"_s), u"Jean-Paul O'Neil"_s);
    QCOMPARE(BylineParser::properCase(u"Jane McDonald"_s), u"Jane McDonald"_s);
    QCOMPARE(BylineParser::properCase(u"홍길동"_s), u"홍길동"_s);
    // Romanised Korean names keep the second syllable lower-case; other hyphens do not.
    QCOMPARE(BylineParser::properCase(u"LEE SO-RA"_s), u"Lee So-ra"_s);
    QCOMPARE(BylineParser::properCase(u"KIM MIN-JI"_s), u"Kim Min-ji"_s);
    QCOMPARE(BylineParser::properCase(u"ANNA-LENA KIM"_s), u"Anna-Lena Kim"_s);
}

QTEST_GUILESS_MAIN(TestBylineParser)
#include "tst_bylineparser.moc"
