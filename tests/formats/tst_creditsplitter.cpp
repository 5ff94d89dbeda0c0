// SPDX-License-Identifier: MIT
#include "formats/creditsplitter.h"

#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestCreditSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void exactPositions();
    void proseIsNotACredit();
};

void TestCreditSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");

    QTest::newRow("bracket") << u"Kim inspects a factory. [KCNA]"_s << u"Kim inspects a factory."_s
                             << u"KCNA"_s;
    QTest::newRow("labelled caption") << u"Photo: The bridge lit up at night. (Reuters)"_s
                                      << u"The bridge lit up at night."_s << u"Reuters"_s;
    QTest::newRow("label and credit only")
        << u"Photo: Kim Min-ji / Reuters"_s << QString() << u"Kim Min-ji / Reuters"_s;
    QTest::newRow("bracket AP") << u"Protesters march. [AP]"_s << u"Protesters march."_s << u"AP"_s;
    QTest::newRow("bracket hangul") << u"평양 시내 모습. [연합뉴스 자료사진]"_s
                                    << u"평양 시내 모습."_s << u"연합뉴스 자료사진"_s;
    QTest::newRow("bracket prefix") << u"A street. [Photo: AP]"_s << u"A street."_s << u"AP"_s;
    QTest::newRow("photo paren") << u"Ships wait. (Photo: Provena Sample Desk)"_s
                                 << u"Ships wait."_s << u"Provena Sample Desk"_s;
    QTest::newRow("agency paren") << u"Guards stand watch. (Yonhap)"_s << u"Guards stand watch."_s
                                  << u"Yonhap"_s;
    QTest::newRow("slash") << u"Smoke over the city / Reuters"_s << u"Smoke over the city"_s
                           << u"Reuters"_s;
    QTest::newRow("getty") << u"A man walks, Aug. 12, 2025. AFP/Getty Images"_s
                           << u"A man walks, Aug. 12, 2025."_s << u"AFP/Getty Images"_s;
    QTest::newRow("handout") << u"Rescue work goes on. Reuters/Handout"_s
                             << u"Rescue work goes on."_s << u"Reuters/Handout"_s;
    QTest::newRow("via") << u"A launch is seen. KCNA via REUTERS"_s << u"A launch is seen."_s
                         << u"KCNA via REUTERS"_s;
    QTest::newRow("yonhap sentence")
        << u"Workers at the site. Yonhap"_s << u"Workers at the site."_s << u"Yonhap"_s;
    QTest::newRow("courtesy") << u"The old house, courtesy of the Lee family."_s
                              << u"The old house"_s << u"the Lee family"_s;
    QTest::newRow("korean wire")
        << u"(평양 조선중앙통신=연합뉴스) 김정은 국무위원장이 연설하고 있다."_s
        << u"김정은 국무위원장이 연설하고 있다."_s << u"조선중앙통신=연합뉴스"_s;
    QTest::newRow("korean place") << u"(서울=연합뉴스) 시민들이 걷고 있다."_s
                                  << u"시민들이 걷고 있다."_s << u"연합뉴스"_s;
    QTest::newRow("korean provided")
        << u"새 청사 전경 (통일부 제공)"_s << u"새 청사 전경"_s << u"통일부 제공"_s;
    QTest::newRow("credit only") << u"Photo: Yonhap"_s << QString() << u"Yonhap"_s;
    QTest::newRow("none") << u"Premier Tal Orsen speaks in Elvhaven."_s
                          << u"Premier Tal Orsen speaks in Elvhaven."_s << QString();
    QTest::newRow("person in parens")
        << u"The premier (left) arrives."_s << u"The premier (left) arrives."_s << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestCreditSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    const CreditSplitter::Split s = CreditSplitter::split(text);
    QCOMPARE(text.mid(s.captionStart, s.captionEnd - s.captionStart), caption);
    QCOMPARE(s.hasCredit(), !credit.isEmpty());
    if (s.hasCredit())
        QCOMPARE(text.mid(s.creditStart, s.creditEnd - s.creditStart), credit);
}

void TestCreditSplitter::exactPositions()
{
    const CreditSplitter::Split s = CreditSplitter::split(u"  Soldiers march. [KCNA] "_s);
    QCOMPARE(s.captionStart, 2);
    QCOMPARE(s.captionEnd, 17);
    QCOMPARE(s.creditStart, 19);
    QCOMPARE(s.creditEnd, 23);
}

void TestCreditSplitter::proseIsNotACredit()
{
    QVERIFY(!CreditSplitter::looksLikeCredit(u"he said on Tuesday"_s));
    QVERIFY(!CreditSplitter::looksLikeCredit(u"12, 2025. AFP"_s));
    QVERIFY(CreditSplitter::looksLikeCredit(u"EPA-EFE"_s));
    QVERIFY(CreditSplitter::looksLikeCredit(u"Jane Doe/The Daily Herald Photo"_s));
}

QTEST_GUILESS_MAIN(TestCreditSplitter)
#include "tst_creditsplitter.moc"
