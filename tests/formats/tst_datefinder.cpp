// SPDX-License-Identifier: MIT
#include "formats/datefinder.h"

#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestDateFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void positions();
    void dateline_data();
    void dateline();
    void resolveYear();
    void urlDate();
};

void TestDateFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    QTest::newRow("on Aug. 12") << u"seen on Aug. 12 near"_s << u"Aug. 12"_s << 0 << 8 << 12;
    QTest::newRow("Aug. 13, 2025")
        << u"on Aug. 13, 2025."_s << u"Aug. 13, 2025"_s << 2025 << 8 << 13;
    QTest::newRow("12 August") << u"taken 12 August."_s << u"12 August"_s << 0 << 8 << 12;
    QTest::newRow("14 August 2025")
        << u"14 August 2025"_s << u"14 August 2025"_s << 2025 << 8 << 14;
    QTest::newRow("September 3rd")
        << u"September 3rd, 2024"_s << u"September 3rd, 2024"_s << 2024 << 9 << 3;
    QTest::newRow("iso") << u"photo 2025-08-13 x"_s << u"2025-08-13"_s << 2025 << 8 << 13;
    QTest::newRow("dots") << u"2025.8.13 촬영"_s << u"2025.8.13"_s << 2025 << 8 << 13;
    QTest::newRow("korean full") << u"2025년 8월 13일 촬영"_s << u"2025년 8월 13일"_s << 2025 << 8
                                 << 13;
    QTest::newRow("korean month day") << u"지난 8월 13일 평양"_s << u"8월 13일"_s << 0 << 8 << 13;
    QTest::newRow("korean day") << u"김정은이 13일 현지지도"_s << u"13일"_s << 0 << 0 << 13;
}

void TestDateFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const QList<DateFinder::Match> matches = DateFinder::find(text);
    QCOMPARE(matches.size(), 1);
    const DateFinder::Match &m = matches.first();
    QCOMPARE(text.mid(m.start, m.end - m.start), found);
    QCOMPARE(m.year, year);
    QCOMPARE(m.month, month);
    QCOMPARE(m.day, day);
}

void TestDateFinder::positions()
{
    const QList<DateFinder::Match> m
        = DateFinder::find(u"From Aug. 12 to 14 August 2025; may 5 people came."_s);
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[0].start, 5);
    QCOMPARE(m[0].end, 12);
    QCOMPARE(m[1].start, 16);
    QCOMPARE(m[1].end, 30);
    QVERIFY(DateFinder::find(u"Feb. 30 and 2025-13-01"_s).isEmpty());
}

void TestDateFinder::dateline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("date");

    QTest::newRow("plain") << u"Aug. 14, 2025"_s << QDate(2025, 8, 14);
    QTest::newRow("iso") << u"2025-08-14"_s << QDate(2025, 8, 14);
    QTest::newRow("published") << u"Published Aug. 14, 2025"_s << QDate(2025, 8, 14);
    QTest::newRow("korean") << u"2025년 8월 14일"_s << QDate(2025, 8, 14);
    QTest::newRow("day first") << u"14 August 2025"_s << QDate(2025, 8, 14);
    QTest::newRow("weekday and time")
        << u"Updated: Thursday, Aug. 14, 2025 10:32 a.m. EDT"_s << QDate(2025, 8, 14);
    QTest::newRow("korean input") << u"입력 2025-08-14 09:00"_s << QDate(2025, 8, 14);
}

void TestDateFinder::dateline()
{
    QFETCH(QString, line);
    QFETCH(QDate, date);
    const auto m = DateFinder::findDateline(line);
    QVERIFY(m);
    QCOMPARE(QDate(m->year, m->month, m->day), date);
    QVERIFY(!DateFinder::findDateline(u"He left on Aug. 14, 2025 for Seoul."_s));
    QVERIFY(!DateFinder::findDateline(u"Aug. 14"_s)); // no year
}

void TestDateFinder::resolveYear()
{
    const QString text = u"Aug. 13"_s;
    DateFinder::Match m {0, 7, 0, 8, 13};
    FoundDate f = DateFinder::resolve(m, text, QDate(2025, 8, 14), {});
    QCOMPARE(f.date, QDate(2025, 8, 13));
    QCOMPARE(f.yearSource, FoundDate::YearSource::ArticleDate);
    QCOMPARE(f.text, u"Aug. 13"_s);

    f = DateFinder::resolve(m, text, QDate(), {2024, 8});
    QCOMPARE(f.date, QDate(2024, 8, 13));
    QCOMPARE(f.yearSource, FoundDate::YearSource::ImageUrl);

    f = DateFinder::resolve(m, text, QDate(), {});
    QVERIFY(!f.date.isValid());
    QCOMPARE(f.yearSource, FoundDate::YearSource::Unknown);

    // "Dec. 30" in a story of Jan. 2 is last year's.
    f = DateFinder::resolve({0, 7, 0, 12, 30}, u"Dec. 30"_s, QDate(2026, 1, 2), {});
    QCOMPARE(f.date, QDate(2025, 12, 30));

    // Day only: this month, or last month when the day is still to come.
    f = DateFinder::resolve({0, 3, 0, 0, 13}, u"13일"_s, QDate(2025, 8, 14), {});
    QCOMPARE(f.date, QDate(2025, 8, 13));
    f = DateFinder::resolve({0, 3, 0, 0, 30}, u"30일"_s, QDate(2025, 8, 2), {});
    QCOMPARE(f.date, QDate(2025, 7, 30));
    f = DateFinder::resolve({0, 3, 0, 0, 13}, u"13일"_s, QDate(), {2024, 3});
    QCOMPARE(f.date, QDate(2024, 3, 13));
    QCOMPARE(f.yearSource, FoundDate::YearSource::ImageUrl);

    f = DateFinder::resolve({0, 13, 2025, 8, 13}, u"Aug. 13, 2025"_s, QDate(2020, 1, 1), {});
    QCOMPARE(f.yearSource, FoundDate::YearSource::Stated);
    QCOMPARE(f.date, QDate(2025, 8, 13));
}

void TestDateFinder::urlDate()
{
    const DateFinder::UrlDate d = DateFinder::dateFromUrl(u"https://x.example/2025/08/13/a.jpg"_s);
    QCOMPARE(d.year, 2025);
    QCOMPARE(d.month, 8);
    QCOMPARE(DateFinder::dateFromUrl(u"https://x.example/photos/a.jpg"_s).year, 0);
}

QTEST_GUILESS_MAIN(TestDateFinder)
#include "tst_datefinder.moc"
