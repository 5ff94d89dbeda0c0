// SPDX-License-Identifier: MIT
// ProvenanceSuggester on articles read by the real parser (hence under tests/formats).
#include "core/provenance/provenancesuggester.h"
#include "formats/articleparser.h"

#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

Article parse(const QString &text)
{
    return ArticleParser::parse(text, u"markdown"_s, {});
}

QList<ProvenanceSuggestion> suggest(const Article &article, int image = 0,
                                    const MetadataEvidence &metadata = {},
                                    const ImageProvenance &recorded = {})
{
    static const AgencyDirectory agencies = AgencyDirectory::builtIn();
    ProvenanceSuggester::Input input;
    input.article = &article;
    input.imageIndex = image;
    input.metadata = metadata;
    input.recorded = recorded;
    input.agencies = &agencies;
    return ProvenanceSuggester::suggest(input);
}

QString dump(const QList<ProvenanceSuggestion> &suggestions)
{
    QStringList lines;
    for (const ProvenanceSuggestion &s : suggestions) {
        QStringList evidence;
        for (const Evidence &e : s.claim.evidence)
            evidence.append(e.summary());
        lines.append(u"  %1 [%2] agent=%3(%4) value=%5 date=%6 origin=%7 conflicts=%8 | %9"_s.arg(
            ProvenanceClaim::roleName(s.claim.role), s.claim.suggestionKey, s.claim.agent.name,
            s.claim.agent.directoryId, s.claim.value, s.claim.date, s.origin,
            QString::number(s.conflictsWith.size()), evidence.join(u"; "_s)));
    }
    return u"\n"_s + lines.join(u"\n"_s);
}

/** The suggestion with `role` whose agent id, agent name, value or date is `what`. */
const ProvenanceSuggestion *findSuggestion(const QList<ProvenanceSuggestion> &suggestions,
                                           ClaimRole role, const QString &what)
{
    for (const ProvenanceSuggestion &s : suggestions) {
        if (s.claim.role != role)
            continue;
        const Agent &a = s.claim.agent;
        if ((!a.directoryId.isEmpty() && a.directoryId == what) || a.name == what
            || (!s.claim.value.isEmpty() && s.claim.value == what)
            || (ProvenanceClaim::isDateRole(role) && s.claim.date == what))
            return &s;
    }
    return nullptr;
}

/** Code point offset of the `occurrence`-th `quote` in `text`, counted independently. */
qint64 codePointOffsetOf(const QString &text, const QString &quote, int occurrence)
{
    qsizetype at = -1;
    for (int k = 0; k <= occurrence; ++k) {
        at = text.indexOf(quote, at + 1);
        if (at < 0)
            return -1;
    }
    return text.left(at).toUcs4().size();
}

const QString kKcnaRelease = uR"(# North Korea tests new artillery

Aug. 14, 2025

![North Korean leader Kim Jong Un watches an artillery drill at an undisclosed location in this picture released by the Korean Central News Agency (KCNA) on Aug. 13. KCNA via REUTERS](https://news.example/2025/08/drill.jpg)

North Korea fired artillery into the sea on Tuesday, 🎯 state media said.

By Jane Doe, Reuters
)"_s;

} // namespace

class TestProvenanceSuggester : public QObject
{
    Q_OBJECT

private slots:
    void forms_data();
    void forms();
};

void TestProvenanceSuggester::forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("what"); // agent id, agent name, value or date
    QTest::addColumn<QString>("directoryId"); // empty: an agent the directory does not list
    QTest::addColumn<QString>("agentKind"); // empty: a value or date role
    QTest::addColumn<QString>("date"); // the claim's date; empty: none
    QTest::addColumn<QString>("quote"); // a text evidence's quote
    QTest::addColumn<int>("occurrence"); // which occurrence of quote in text the range is

    const QString bracket = uR"(# Kim visits a tractor plant

![Kim Jong Un visits the Kumsong Tractor Plant on Aug. 12, 2025. [KCNA]](https://news.example/kim-tractor.jpg)

Kim called for more machines. 🚜
)"_s;
    QTest::newRow("[KCNA] credit") << bracket << u"releasing-agency"_s << u"kcna"_s << u"kcna"_s
                                   << u"state-media"_s << QString() << u"KCNA"_s << 0;
    QTest::newRow("[KCNA] credit line") << bracket << u"credit-line"_s << u"KCNA"_s << QString()
                                        << QString() << QString() << u"KCNA"_s << 0;
    QTest::newRow("[KCNA] caption date")
        << bracket << u"date-created"_s << u"2025-08-12"_s << QString() << QString()
        << u"2025-08-12"_s << u"Aug. 12, 2025"_s << 0;

    QTest::newRow("released by KCNA (KCNA) on Aug. 13")
        << kKcnaRelease << u"releasing-agency"_s << u"kcna"_s << u"kcna"_s << u"state-media"_s
        << u"2025-08-13"_s
        << u"in this picture released by the Korean Central News Agency (KCNA) on Aug. 13"_s << 0;
    QTest::newRow("released by: the credit too")
        << kKcnaRelease << u"releasing-agency"_s << u"kcna"_s << u"kcna"_s << u"state-media"_s
        << u"2025-08-13"_s << u"KCNA"_s << 1;
    QTest::newRow("release date") << kKcnaRelease << u"date-released"_s << u"2025-08-13"_s
                                  << QString() << QString() << u"2025-08-13"_s << u"Aug. 13"_s << 0;
    QTest::newRow("KCNA via REUTERS")
        << kKcnaRelease << u"distributor"_s << u"reuters"_s << u"reuters"_s << u"wire-service"_s
        << QString() << u"REUTERS"_s << 0;
    QTest::newRow("byline organisation")
        << kKcnaRelease << u"publisher"_s << u"reuters"_s << u"reuters"_s << u"wire-service"_s
        << QString() << u"By Jane Doe, Reuters"_s << 0;

    const QString apPhoto = uR"(# Seoul marks Liberation Day

![People wave flags during a ceremony in Seoul, South Korea, Friday, Aug. 15, 2025. (AP Photo/Ahn Young-joon)](https://apnews.example/photos/2025/08/15/seoul.jpg)

Thousands gathered in central Seoul.
)"_s;
    QTest::newRow("AP Photo/Name: creator")
        << apPhoto << u"creator"_s << u"Ahn Young-joon"_s << QString() << u"person"_s << QString()
        << u"Ahn Young-joon"_s << 0;
    QTest::newRow("AP Photo/Name: agency") << apPhoto << u"releasing-agency"_s << u"ap"_s << u"ap"_s
                                           << u"wire-service"_s << QString() << u"AP"_s << 0;

    const QString koreanWire = uR"(# 북한, 해령에 새 조선소 준공

2025년 9월 2일

(서울=연합뉴스) 홍길동 기자 = 북한이 동해안 해령에 새로 건설한 조선소를 준공했다고 조선중앙통신이 2일 보도했다.

![(평양 조선중앙통신=연합뉴스) 박영철 내각총리가 1일 해령 조선소 준공식에서 연설하고 있다.](https://img.yna.co.kr/photo/2025/09/02/haeryong-shipyard.jpg)

통신은 새 조선소가 한 해에 화물선 12척을 건조할 수 있다고 전했다. 🚢

홍길동 기자 hong@yna.co.kr
)"_s;
    QTest::newRow("(평양 조선중앙통신=연합뉴스): releaser")
        << koreanWire << u"releasing-agency"_s << u"kcna"_s << u"kcna"_s << u"state-media"_s
        << QString() << u"조선중앙통신"_s << 1;
    QTest::newRow("(평양 조선중앙통신=연합뉴스): distributor")
        << koreanWire << u"distributor"_s << u"yonhap"_s << u"yonhap"_s << u"wire-service"_s
        << QString() << u"연합뉴스"_s << 1;
    QTest::newRow("korean wire byline")
        << koreanWire << u"publisher"_s << u"yonhap"_s << u"yonhap"_s << u"wire-service"_s
        << QString() << u"(서울=연합뉴스) 홍길동 기자 ="_s << 0;

    const QString herald = uR"(# Ferry talks resume

BY KIM MIN-JI [minji@koreaherald.com]

![Delegates arrive for ferry talks in Incheon on June 3, 2025. Yonhap](https://www.example.org/2025/06/ferry.jpg)

The talks resumed after a year.
)"_s;
    QTest::newRow("byline e-mail host")
        << herald << u"publisher"_s << u"korea-herald"_s << u"korea-herald"_s << u"newspaper"_s
        << QString() << u"minji@koreaherald.com"_s << 0;

    const QString sputnik = uR"(# Leaders meet in Moscow

![Russian President Vladimir Putin and North Korean leader Kim Jong Un talk in Moscow on Sept. 3, 2025. Sputnik/Ilya Pitalev/Pool via REUTERS](https://news.example/2025/09/moscow.jpg)

The two leaders met for three hours.
)"_s;
    QTest::newRow("Sputnik/Name/Pool via REUTERS: creator")
        << sputnik << u"creator"_s << u"Ilya Pitalev"_s << QString() << u"person"_s << QString()
        << u"Ilya Pitalev"_s << 0;
    QTest::newRow("Sputnik/Name/Pool via REUTERS: agency")
        << sputnik << u"releasing-agency"_s << u"sputnik"_s << u"sputnik"_s << u"state-media"_s
        << QString() << u"Sputnik"_s << 0;
    QTest::newRow("Sputnik/Name/Pool via REUTERS: pool")
        << sputnik << u"distributor"_s << u"pool"_s << u"pool"_s << u"organisation"_s << QString()
        << u"Pool"_s << 0;
    QTest::newRow("Sputnik/Name/Pool via REUTERS: reuters")
        << sputnik << u"distributor"_s << u"reuters"_s << u"reuters"_s << u"wire-service"_s
        << QString() << u"REUTERS"_s << 0;

    const QString afpGetty = uR"(# Fire near Castellmar

![Firefighters battle flames near homes in Castellmar, Aug. 2, 2025. AFP/Getty Images](https://news.example/img/2025/08/castellmar-fire.jpg)

More than 300 people left their homes.
)"_s;
    QTest::newRow("AFP/Getty Images: creator") << afpGetty << u"creator"_s << u"afp"_s << u"afp"_s
                                               << u"wire-service"_s << QString() << u"AFP"_s << 0;
    QTest::newRow("AFP/Getty Images: distributor")
        << afpGetty << u"distributor"_s << u"getty-images"_s << u"getty-images"_s
        << u"photo-agency"_s << QString() << u"Getty Images"_s << 0;

    const QString handout = uR"(# Ferry capsizes off Tarsa

![A capsized ferry lies on its side off Tarsa island, in a handout photo from the Tarsa Coast Guard.](https://news.example/2025/05/tarsa-ferry.jpg)

Rescuers searched through the night.
)"_s;
    QTest::newRow("handout from X")
        << handout << u"releasing-agency"_s << u"Tarsa Coast Guard"_s << QString() << u"unknown"_s
        << QString() << u"handout photo from the Tarsa Coast Guard"_s << 0;
    const QString handoutVia = uR"(# Rescue off Tarsa

![Rescuers search for missing passengers near Tarsa island on May 20. Handout via Reuters](https://news.example/2025/05/tarsa-rescue.jpg)

The search went on.
)"_s;
    QTest::newRow("Handout via Reuters")
        << handoutVia << u"distributor"_s << u"reuters"_s << u"reuters"_s << u"wire-service"_s
        << QString() << u"Reuters"_s << 0;

    const QString courtesy = uR"(# Missing hiker found

![Lee Dong-hyun, 27, poses on Mount Taebong in a photo taken in April. Courtesy of the Lee family](https://www.daily.example/2025/09/hiker-lee.jpg)

Rescuers found him on Sunday.
)"_s;
    QTest::newRow("courtesy of X") << courtesy << u"source"_s << u"Lee family"_s << QString()
                                   << QString() << QString() << u"Lee family"_s << 0;

    const QString yonhapViaAp = uR"(# Fisheries pact signed

![Fisheries Minister Han Ji-woo shakes hands with envoy Aro Kessler in Seoul on July 4, 2025. (Yonhap via AP)](https://news.example/media/2025/07/fisheries-pact.jpg)

The pact runs for five years.
)"_s;
    QTest::newRow("Yonhap via AP: releaser")
        << yonhapViaAp << u"releasing-agency"_s << u"yonhap"_s << u"yonhap"_s << u"wire-service"_s
        << QString() << u"Yonhap"_s << 0;
    QTest::newRow("Yonhap via AP: distributor")
        << yonhapViaAp << u"distributor"_s << u"ap"_s << u"ap"_s << u"wire-service"_s << QString()
        << u"AP"_s << 0;

    const QString provided = uR"(# 남북 연락사무소 점검

![통일부 관계자들이 판문점 연락사무소를 점검하고 있다. (통일부 제공)](https://www.daily.example/2025/06/panmunjom.jpg)

통일부는 점검을 마쳤다고 밝혔다.
)"_s;
    QTest::newRow("X 제공") << provided << u"releasing-agency"_s << u"통일부"_s << QString()
                            << u"unknown"_s << QString() << u"통일부"_s << 1;

    const QString reutersYonhap = uR"(# 러시아 모스크바 정상회담

![블라디미르 푸틴 러시아 대통령이 3일 모스크바에서 김정은 국무위원장과 대화하고 있다. [로이터=연합뉴스]](https://news.example/2025/09/moscow-ko.jpg)

두 정상은 세 시간 동안 회담했다.
)"_s;
    QTest::newRow("[로이터=연합뉴스]: releaser")
        << reutersYonhap << u"releasing-agency"_s << u"reuters"_s << u"reuters"_s
        << u"wire-service"_s << QString() << u"로이터"_s << 0;
    QTest::newRow("[로이터=연합뉴스]: distributor")
        << reutersYonhap << u"distributor"_s << u"yonhap"_s << u"yonhap"_s << u"wire-service"_s
        << QString() << u"연합뉴스"_s << 0;
}

void TestProvenanceSuggester::forms()
{
    QFETCH(QString, text);
    QFETCH(QString, role);
    QFETCH(QString, what);
    QFETCH(QString, directoryId);
    QFETCH(QString, agentKind);
    QFETCH(QString, date);
    QFETCH(QString, quote);
    QFETCH(int, occurrence);

    const Article article = parse(text);
    QCOMPARE(article.images.size(), 1);
    const QList<ProvenanceSuggestion> suggestions = suggest(article);
    const std::optional<ClaimRole> claimRole = ProvenanceClaim::roleFromName(role);
    QVERIFY(claimRole);
    const ProvenanceSuggestion *s = findSuggestion(suggestions, *claimRole, what);
    QVERIFY2(s, qPrintable(u"no %1 %2 in:"_s.arg(role, what) + dump(suggestions)));

    QCOMPARE(s->claim.status, ClaimStatus::Suggested);
    QVERIFY(!s->claim.reason.isEmpty());
    QVERIFY(!s->origin.isEmpty());
    QVERIFY(!s->claim.id.isNull());
    QCOMPARE(s->claim.agent.directoryId, directoryId);
    if (!agentKind.isEmpty())
        QCOMPARE(Agent::kindName(s->claim.agent.kind), agentKind);
    QCOMPARE(s->claim.date, date);

    const qint64 expectedStart = codePointOffsetOf(text, quote, occurrence);
    QVERIFY2(expectedStart >= 0, qPrintable(quote));
    const TextRange expected {expectedStart, expectedStart + quote.toUcs4().size()};
    const bool found
        = std::any_of(s->claim.evidence.cbegin(), s->claim.evidence.cend(), [&](const Evidence &e) {
              return e.kind == Evidence::Kind::TextSpan && e.range == expected && e.quote == quote;
          });
    QVERIFY2(
        found,
        qPrintable(u"no evidence %1–%2 “%3” in:"_s.arg(expected.start).arg(expected.end).arg(quote)
                   + dump(suggestions)));
}

QTEST_GUILESS_MAIN(TestProvenanceSuggester)
#include "tst_provenancesuggester.moc"
