// SPDX-License-Identifier: MIT
// ProvenanceSuggester on articles read by the real parser (hence under tests/formats).
#include "core/model/codepointindex.h"
#include "core/provenance/provenancesuggester.h"
#include "formats/articleparser.h"
#include "formats/articlereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
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
    void notProposed();
    void metadataSuggestions();
    void conflictCaptionAgainstMetadata();
    void conflictAgainstAcceptedClaim();
    void rejectedAndAcceptedNotProposedAgain();
    void deterministic();
    void dateMismatchFlag();
    void noArticleOrImage();
    void manyMetadataValues();
    void agentTheArticleDefines();
    void imageHostIsPublisher();
    void handoutIssuerIsNoPhotographer();
    void corpusEvidenceHolds();
    void reasonsNameAgenciesInTheLanguageInForce();
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

    const QString apYonhap = uR"(# 유엔 안보리 회의

![유엔 안전보장이사회가 4일 미국 뉴욕에서 회의를 열고 있다. (AP 연합뉴스)](https://news.example/2025/09/unsc.jpg)

안보리는 회의를 마쳤다.
)"_s;
    QTest::newRow("AP 연합뉴스: releaser")
        << apYonhap << u"releasing-agency"_s << u"ap"_s << u"ap"_s << u"wire-service"_s << QString()
        << u"AP"_s << 0;
    QTest::newRow("AP 연합뉴스: distributor")
        << apYonhap << u"distributor"_s << u"yonhap"_s << u"yonhap"_s << u"wire-service"_s
        << QString() << u"연합뉴스"_s << 0;

    const QString kcnaHandout = uR"(# Launch

![A rocket lifts off from the Sohae station on May 27, 2025. KCNA/Handout via REUTERS](https://news.example/2025/05/launch.jpg)

The launch failed.
)"_s;
    QTest::newRow("KCNA/Handout via REUTERS: issuer")
        << kcnaHandout << u"releasing-agency"_s << u"kcna"_s << u"kcna"_s << u"state-media"_s
        << QString() << u"KCNA"_s << 0;
    QTest::newRow("KCNA/Handout via REUTERS: distributor")
        << kcnaHandout << u"distributor"_s << u"reuters"_s << u"reuters"_s << u"wire-service"_s
        << QString() << u"REUTERS"_s << 0;

    const QString tass = uR"(# Визит в Пхеньян

![Министр обороны прибыл в Пхеньян 3 сентября 2025 года. [Фото: ТАСС]](https://news.example/2025/09/pyongyang-ru.jpg)

Визит продлится два дня.
)"_s;
    QTest::newRow("[Фото: ТАСС]") << tass << u"releasing-agency"_s << u"tass"_s << u"tass"_s
                                  << u"state-media"_s << QString() << u"ТАСС"_s << 0;

    const QString epa = uR"(# Parade in Seoul

![Soldiers march during a parade in Seoul, South Korea, 1 October 2025. EPA-EFE/JEON HEON-KYUN](https://news.example/2025/10/parade.jpg)

The parade marked Armed Forces Day.
)"_s;
    QTest::newRow("EPA-EFE/NAME IN CAPITALS: creator")
        << epa << u"creator"_s << u"JEON HEON-KYUN"_s << QString() << u"person"_s << QString()
        << u"JEON HEON-KYUN"_s << 0;
    QTest::newRow("EPA-EFE/NAME IN CAPITALS: agency")
        << epa << u"releasing-agency"_s << u"epa"_s << u"epa"_s << u"photo-agency"_s << QString()
        << u"EPA-EFE"_s << 0;

    const QString afpKns = uR"(# Kim inspects a munitions factory

![Kim Jong Un inspects a munitions factory at an undisclosed location on Sept. 5, 2025. (AFP PHOTO/KCNA VIA KNS)](https://news.example/2025/09/munitions.jpg)

The factory makes shells.
)"_s;
    QTest::newRow("AFP PHOTO/KCNA VIA KNS: source")
        << afpKns << u"releasing-agency"_s << u"kcna"_s << u"kcna"_s << u"state-media"_s
        << QString() << u"KCNA"_s << 0;
    QTest::newRow("AFP PHOTO/KCNA VIA KNS: AFP's mark")
        << afpKns << u"distributor"_s << u"afp"_s << u"afp"_s << u"wire-service"_s << QString()
        << u"AFP"_s << 0;
    QTest::newRow("AFP PHOTO/KCNA VIA KNS: via")
        << afpKns << u"distributor"_s << u"kns"_s << u"kns"_s << u"wire-service"_s << QString()
        << u"KNS"_s << 0;
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

void TestProvenanceSuggester::notProposed()
{
    // Roles a form must not give: the wire that passed a photo on did not release it, and a
    // lone agency credit names no creator.
    const QList<ProvenanceSuggestion> kcna = suggest(parse(kKcnaRelease));
    QVERIFY2(!findSuggestion(kcna, ClaimRole::ReleasingAgency, u"reuters"_s),
             qPrintable(dump(kcna)));
    QVERIFY2(std::none_of(
                 kcna.cbegin(), kcna.cend(),
                 [](const ProvenanceSuggestion &s) { return s.claim.role == ClaimRole::Creator; }),
             qPrintable(dump(kcna)));
    // Each suggestion once, however many places say it.
    QSet<QString> keys;
    for (const ProvenanceSuggestion &s : kcna) {
        QVERIFY2(!keys.contains(s.claim.suggestionKey), qPrintable(s.claim.suggestionKey));
        keys.insert(s.claim.suggestionKey);
    }
    const ProvenanceSuggestion *releaser
        = findSuggestion(kcna, ClaimRole::ReleasingAgency, u"kcna"_s);
    QVERIFY(releaser);
    QCOMPARE(releaser->claim.evidence.size(), 2); // the credit "KCNA" and the caption's phrase
    QCOMPARE(releaser->claim.agent.name, u"Korean Central News Agency"_s);
    QCOMPARE(releaser->claim.agent.country, u"KP"_s);
    QVERIFY(releaser->claim.agent.abbreviations.contains(u"KCNA"_s));

    const QString handout = uR"(# Rescue

![Rescuers search near Tarsa island on May 20. Handout via Reuters](https://news.example/2025/05/r.jpg)

Text.
)"_s;
    const QList<ProvenanceSuggestion> viaReuters = suggest(parse(handout));
    QVERIFY2(!findSuggestion(viaReuters, ClaimRole::ReleasingAgency, u"reuters"_s),
             qPrintable(dump(viaReuters)));
}

void TestProvenanceSuggester::metadataSuggestions()
{
    MetadataEvidence metadata;
    using Field = MetadataEvidence::Field;
    metadata.items = {
        {Field::Creator, u"Exif.Image.Artist"_s, u"Ahn Young-joon"_s, u"exif"_s},
        {Field::Creator, u"Xmp.dc.creator[1]"_s, u"Ahn Young-joon"_s, u"xmp"_s},
        {Field::Credit, u"Iptc.Application2.Credit"_s, u"AP"_s, u"iptc"_s},
        {Field::Rights, u"Exif.Image.Copyright"_s, u"Copyright 2025 The Associated Press"_s,
         u"exif"_s},
        {Field::DateTimeOriginal, u"Exif.Photo.DateTimeOriginal"_s, u"2025:08:15 10:42:07"_s,
         u"exif"_s},
        {Field::DigitalSourceType, u"Xmp.iptcExt.DigitalSourceType"_s,
         u"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"_s, u"xmp"_s},
        {Field::Software, u"Exif.Image.Software"_s, u"Adobe Photoshop 25.0"_s, u"exif"_s},
    };
    const Article article = parse(uR"(# Seoul marks Liberation Day

![People wave flags in Seoul, Friday, Aug. 15, 2025. (AP Photo/Ahn Young-joon)](https://apnews.example/photos/2025/08/15/seoul.jpg)

Thousands gathered.
)"_s);
    const QList<ProvenanceSuggestion> suggestions = suggest(article, 0, metadata);
    const QString all = dump(suggestions);

    // The caption's creator and EXIF's are one suggestion with three pieces of evidence.
    const ProvenanceSuggestion *creator
        = findSuggestion(suggestions, ClaimRole::Creator, u"Ahn Young-joon"_s);
    QVERIFY2(creator, qPrintable(all));
    QCOMPARE(creator->origin, u"credit"_s);
    QCOMPARE(creator->claim.evidence.size(), 3);
    QCOMPARE(creator->claim.evidence.at(1),
             Evidence::metadataField(u"Exif.Image.Artist"_s, u"Ahn Young-joon"_s));
    QVERIFY2(creator->conflictsWith.isEmpty(), qPrintable(all));

    const ProvenanceSuggestion *taken
        = findSuggestion(suggestions, ClaimRole::DateCreated, u"2025-08-15T10:42:07"_s);
    QVERIFY2(taken, qPrintable(all));
    QCOMPARE(taken->origin, u"metadata"_s);
    QVERIFY2(taken->conflictsWith.isEmpty(), qPrintable(all)); // the caption says Aug. 15 too
    QVERIFY2(
        findSuggestion(suggestions, ClaimRole::Rights, u"Copyright 2025 The Associated Press"_s),
        qPrintable(all));
    QVERIFY2(findSuggestion(suggestions, ClaimRole::DigitalSourceType,
                            u"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"_s),
             qPrintable(all));
    // "AP" (IPTC Credit) and the caption's "AP Photo/Ahn Young-joon" tell one credit.
    const ProvenanceSuggestion *credit
        = findSuggestion(suggestions, ClaimRole::CreditLine, u"AP"_s);
    QVERIFY2(credit && credit->conflictsWith.isEmpty(), qPrintable(all));
    // Editing software is a flag of the metadata, not a claim about an editor.
    QVERIFY2(std::none_of(
                 suggestions.cbegin(), suggestions.cend(),
                 [](const ProvenanceSuggestion &s) { return s.claim.role == ClaimRole::Editor; }),
             qPrintable(all));
}

void TestProvenanceSuggester::conflictCaptionAgainstMetadata()
{
    MetadataEvidence metadata;
    metadata.items
        = {{MetadataEvidence::Field::Creator, u"Exif.Image.Artist"_s, u"Jane Roe"_s, u"exif"_s},
           {MetadataEvidence::Field::DateTimeOriginal, u"Exif.Photo.DateTimeOriginal"_s,
            u"2019:03:02 08:00:00"_s, u"exif"_s}};
    const QList<ProvenanceSuggestion> suggestions = suggest(parse(kKcnaRelease), 0, metadata);
    const QString all = dump(suggestions);
    const ProvenanceSuggestion *kcna
        = findSuggestion(suggestions, ClaimRole::ReleasingAgency, u"kcna"_s);
    const ProvenanceSuggestion *roe
        = findSuggestion(suggestions, ClaimRole::Creator, u"Jane Roe"_s);
    QVERIFY2(kcna && roe, qPrintable(all));
    QCOMPARE(roe->claim.agent.kind, AgentKind::Person);
    // Both stay, each names the other.
    QVERIFY2(roe->conflictsWith.contains(kcna->claim.id), qPrintable(all));
    QVERIFY2(kcna->conflictsWith.contains(roe->claim.id), qPrintable(all));
    QVERIFY2(roe->conflictNote.contains(u"Jane Roe"_s)
                 && roe->conflictNote.contains(u"Korean Central News Agency"_s)
                 && roe->conflictNote.contains(u"Exif.Image.Artist"_s),
             qPrintable(roe->conflictNote));
    // The camera's date is years before the release, but release and creation are different
    // roles: the DateMismatch flag reports that (dateMismatchFlag), not a conflict.
    const ProvenanceSuggestion *taken
        = findSuggestion(suggestions, ClaimRole::DateCreated, u"2019-03-02T08:00:00"_s);
    QVERIFY2(taken, qPrintable(all));

    // With a caption date, the two dates conflict.
    const QString dated = uR"(# Drill

![Kim Jong Un watches an artillery drill on Aug. 12, 2025. [KCNA]](https://news.example/d.jpg)

Text.
)"_s;
    const QList<ProvenanceSuggestion> withDate = suggest(parse(dated), 0, metadata);
    const ProvenanceSuggestion *captionDate
        = findSuggestion(withDate, ClaimRole::DateCreated, u"2025-08-12"_s);
    const ProvenanceSuggestion *exifDate
        = findSuggestion(withDate, ClaimRole::DateCreated, u"2019-03-02T08:00:00"_s);
    QVERIFY2(captionDate && exifDate, qPrintable(dump(withDate)));
    QVERIFY2(captionDate->conflictsWith == QList<QUuid> {exifDate->claim.id},
             qPrintable(dump(withDate)));
}

void TestProvenanceSuggester::conflictAgainstAcceptedClaim()
{
    ImageProvenance recorded;
    ProvenanceClaim accepted;
    accepted.id = QUuid::createUuid();
    accepted.role = ClaimRole::ReleasingAgency;
    accepted.agent.name = u"Korea News Service"_s;
    accepted.agent.directoryId = u"kns"_s;
    accepted.status = ClaimStatus::Accepted;
    recorded.claims.append(accepted);
    const QList<ProvenanceSuggestion> suggestions = suggest(parse(kKcnaRelease), 0, {}, recorded);
    const ProvenanceSuggestion *kcna
        = findSuggestion(suggestions, ClaimRole::ReleasingAgency, u"kcna"_s);
    QVERIFY2(kcna, qPrintable(dump(suggestions)));
    QCOMPARE(kcna->conflictsWith, QList<QUuid> {accepted.id});
    QVERIFY2(kcna->conflictNote.contains(u"Korea News Service"_s), qPrintable(kcna->conflictNote));
    // A rejected claim is no position: nothing conflicts with it.
    recorded.claims.first().status = ClaimStatus::Rejected;
    const QList<ProvenanceSuggestion> again = suggest(parse(kKcnaRelease), 0, {}, recorded);
    QVERIFY(findSuggestion(again, ClaimRole::ReleasingAgency, u"kcna"_s)->conflictsWith.isEmpty());
}

void TestProvenanceSuggester::rejectedAndAcceptedNotProposedAgain()
{
    const Article article = parse(kKcnaRelease);
    const QList<ProvenanceSuggestion> first = suggest(article);
    const ProvenanceSuggestion *kcna = findSuggestion(first, ClaimRole::ReleasingAgency, u"kcna"_s);
    const ProvenanceSuggestion *reuters
        = findSuggestion(first, ClaimRole::Distributor, u"reuters"_s);
    QVERIFY(kcna && reuters);

    ImageProvenance recorded;
    ProvenanceClaim rejected = reuters->claim;
    rejected.status = ClaimStatus::Rejected;
    ProvenanceClaim accepted = kcna->claim;
    accepted.status = ClaimStatus::Accepted;
    accepted.id = QUuid::createUuid(); // as an analyst's edit would leave it
    recorded.claims = {rejected, accepted};

    const QList<ProvenanceSuggestion> second = suggest(article, 0, {}, recorded);
    QVERIFY2(!findSuggestion(second, ClaimRole::ReleasingAgency, u"kcna"_s),
             qPrintable(dump(second)));
    QVERIFY2(!findSuggestion(second, ClaimRole::Distributor, u"reuters"_s),
             qPrintable(dump(second)));
    QCOMPARE(second.size(), first.size() - 2);

    // A claim the analyst typed, without a suggestion key, still counts as said: the agent
    // from the directory has the same key.
    ProvenanceClaim typed;
    typed.role = ClaimRole::Distributor;
    typed.agent = AgencyDirectory::builtIn().find(u"reuters"_s)->toAgent();
    typed.status = ClaimStatus::Accepted;
    recorded.claims = {typed};
    const QList<ProvenanceSuggestion> third = suggest(article, 0, {}, recorded);
    QVERIFY2(!findSuggestion(third, ClaimRole::Distributor, u"reuters"_s), qPrintable(dump(third)));
}

void TestProvenanceSuggester::deterministic()
{
    const Article article = parse(kKcnaRelease);
    const QList<ProvenanceSuggestion> a = suggest(article);
    const QList<ProvenanceSuggestion> b = suggest(parse(kKcnaRelease));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].claim.id, b[i].claim.id);
        QCOMPARE(a[i].claim.suggestionKey, b[i].claim.suggestionKey);
        QCOMPARE(a[i].claim, b[i].claim);
        QCOMPARE(a[i].claim.id,
                 QUuid::createUuidV5(QUuid(u"{0d7c8a4e-5b2f-4e71-a3c9-6f1e2d8b9a54}"_s),
                                     a[i].claim.suggestionKey));
    }
    const ProvenanceSuggestion *kcna = findSuggestion(a, ClaimRole::ReleasingAgency, u"kcna"_s);
    QCOMPARE(kcna->claim.suggestionKey, u"0/releasing-agency/kcna"_s);
    // Another image of the article: other keys and ids.
    const Article two = parse(
        kKcnaRelease + u"\n![Second. KCNA via REUTERS](https://news.example/2025/08/b.jpg)\n"_s);
    QCOMPARE(two.images.size(), 2);
    const QList<ProvenanceSuggestion> ofSecond = suggest(two, 1); // `second` points into it
    const ProvenanceSuggestion *second
        = findSuggestion(ofSecond, ClaimRole::Distributor, u"reuters"_s);
    QVERIFY(second);
    QCOMPARE(second->claim.suggestionKey, u"1/distributor/reuters"_s);
}

void TestProvenanceSuggester::dateMismatchFlag()
{
    const Article article = parse(kKcnaRelease); // the caption names Aug. 13, 2025
    ProvenanceSuggester::Input input;
    input.article = &article;
    using Field = MetadataEvidence::Field;
    input.metadata.items = {
        {Field::DateTimeOriginal, u"Exif.Photo.DateTimeOriginal"_s, u"2025:08:12 23:10:00"_s,
         u"exif"_s},
        {Field::IptcDateCreated, u"Iptc.Application2.DateCreated"_s, u"2019-03-02"_s, u"iptc"_s}};
    const QList<MetadataEvidence::Flag> flags = ProvenanceSuggester::articleFlags(input);
    QCOMPARE(flags.size(), 1); // a day away is time zones, not a mismatch
    QCOMPARE(flags[0].kind, MetadataEvidence::Flag::Kind::DateMismatch);
    QCOMPARE(flags[0].key, u"Iptc.Application2.DateCreated"_s);
    QVERIFY2(flags[0].detail.contains(u"2019-03-02"_s) && flags[0].detail.contains(u"2025-08-13"_s),
             qPrintable(flags[0].detail));

    // No date in the caption: nothing to disagree with.
    const Article undated
        = parse(u"# T\n\n![A ship. [KCNA]](https://news.example/a.jpg)\n\nText.\n"_s);
    input.article = &undated;
    QVERIFY(ProvenanceSuggester::articleFlags(input).isEmpty());
}

void TestProvenanceSuggester::noArticleOrImage()
{
    ProvenanceSuggester::Input input;
    QVERIFY(ProvenanceSuggester::suggest(input).isEmpty());
    const Article article = parse(kKcnaRelease);
    input.article = &article;
    input.imageIndex = 7;
    QVERIFY(ProvenanceSuggester::suggest(input).isEmpty());
    QVERIFY(ProvenanceSuggester::articleFlags(input).isEmpty());
    // Metadata alone still gives suggestions (agencies default to the built-in list).
    input.metadata.items
        = {{MetadataEvidence::Field::Creator, u"Exif.Image.Artist"_s, u"KCNA"_s, u"exif"_s}};
    const QList<ProvenanceSuggestion> fromMetadata = ProvenanceSuggester::suggest(input);
    QCOMPARE(fromMetadata.size(), 1);
    QCOMPARE(fromMetadata[0].claim.agent.directoryId, u"kcna"_s);
}

void TestProvenanceSuggester::agentTheArticleDefines()
{
    // The directory knows neither name; the caption says they are one agency.
    const QString text = uR"(# Crane

![A crane at Berth 7 in this picture released by the Northern Coast News Agency (NCNA) on Aug. 13, 2025. [NCNA]](https://news.example/2025/08/13/crane.jpg)

Text.
)"_s;
    const QList<ProvenanceSuggestion> suggestions = suggest(parse(text));
    QList<const ProvenanceSuggestion *> releasers;
    for (const ProvenanceSuggestion &s : suggestions) {
        if (s.claim.role == ClaimRole::ReleasingAgency)
            releasers.append(&s);
    }
    QVERIFY2(releasers.size() == 1, qPrintable(dump(suggestions)));
    QCOMPARE(releasers[0]->claim.agent.name, u"Northern Coast News Agency"_s);
    QCOMPARE(releasers[0]->claim.agent.abbreviations, QStringList {u"NCNA"_s});
    QVERIFY(releasers[0]->claim.agent.directoryId.isEmpty());
    QCOMPARE(releasers[0]->claim.evidence.size(), 2);
    QVERIFY(releasers[0]->conflictsWith.isEmpty());
}

void TestProvenanceSuggester::imageHostIsPublisher()
{
    const QString url = u"https://img.yna.co.kr/photo/2025/09/02/shipyard.jpg"_s;
    const Article article = parse(u"# 조선소\n\n![새 조선소. [KCNA]]("_s + url + u")\n\n본문.\n"_s);
    const QList<ProvenanceSuggestion> suggestions = suggest(article);
    const ProvenanceSuggestion *publisher
        = findSuggestion(suggestions, ClaimRole::Publisher, u"yonhap"_s);
    QVERIFY2(publisher, qPrintable(dump(suggestions)));
    QCOMPARE(publisher->origin, u"site"_s);
    QCOMPARE(publisher->claim.url, url);
    QCOMPARE(publisher->claim.evidence, QList<Evidence> {Evidence::link(url)});
    // A host the list does not know proposes nothing.
    const Article unknown
        = parse(u"# T\n\n![A ship. [KCNA]](https://cdn.example/a.jpg)\n\nText.\n"_s);
    const QList<ProvenanceSuggestion> none = suggest(unknown);
    QVERIFY2(std::none_of(none.cbegin(), none.cend(),
                          [](const ProvenanceSuggestion &s) {
                              return s.claim.role == ClaimRole::Publisher;
                          }),
             qPrintable(dump(none)));
}

void TestProvenanceSuggester::handoutIssuerIsNoPhotographer()
{
    const QString text = uR"(# Flood

![Floodwater covers a street in Lindholm on Sept. 17. Lindholm City/Handout](https://news.example/2025/09/flood.jpg)

Text.
)"_s;
    const QList<ProvenanceSuggestion> suggestions = suggest(parse(text));
    QVERIFY2(std::none_of(
                 suggestions.cbegin(), suggestions.cend(),
                 [](const ProvenanceSuggestion &s) { return s.claim.role == ClaimRole::Creator; }),
             qPrintable(dump(suggestions)));
    const ProvenanceSuggestion *issuer
        = findSuggestion(suggestions, ClaimRole::ReleasingAgency, u"Lindholm City"_s);
    QVERIFY2(issuer, qPrintable(dump(suggestions)));
    QCOMPARE(issuer->claim.agent.kind, AgentKind::Unknown);
    QVERIFY(issuer->conflictsWith.isEmpty());
}

void TestProvenanceSuggester::manyMetadataValues()
{
    // A hostile file with thousands of distinct creators: every one is proposed, each conflicts
    // with the caption's agency.
    MetadataEvidence metadata;
    constexpr int kCreators = 3000;
    for (int i = 0; i < kCreators; ++i)
        metadata.items.append({MetadataEvidence::Field::Creator, u"Xmp.dc.creator[%1]"_s.arg(i + 1),
                               u"Person %1"_s.arg(i), u"xmp"_s});
    const Article article = parse(kKcnaRelease);
    QElapsedTimer timer;
    timer.start();
    const QList<ProvenanceSuggestion> suggestions = suggest(article, 0, metadata);
    const qint64 ms = timer.elapsed();
    qInfo("%d metadata creators: %lld ms", kCreators, ms);
    const ProvenanceSuggestion *kcna
        = findSuggestion(suggestions, ClaimRole::ReleasingAgency, u"kcna"_s);
    QVERIFY(kcna);
    QCOMPARE(kcna->conflictsWith.size(), kCreators);
    QVERIFY2(kcna->conflictNote.size() < 1000, qPrintable(kcna->conflictNote.left(200)));
    QVERIFY(kcna->conflictNote.contains(u"2997 more disagree."_s));
    QVERIFY(findSuggestion(suggestions, ClaimRole::Creator, u"Person 2999"_s));
}

void TestProvenanceSuggester::corpusEvidenceHolds()
{
    // Every article of the parser's corpus and the samples: each text evidence quotes exactly
    // the article text at its range, and every suggestion has a reason, a key and its id.
    QStringList paths;
    for (const QString &dir : {QStringLiteral(PROVENA_TEST_DATA "/articles/corpus"),
                               QStringLiteral(PROVENA_TEST_DATA "/articles"),
                               QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples")}) {
        const QDir d(dir);
        for (const QString &name : d.entryList({u"*.md"_s, u"*.txt"_s}, QDir::Files, QDir::Name))
            paths.append(d.filePath(name));
    }
    QVERIFY(paths.size() > 20);
    int suggestionCount = 0;
    for (const QString &path : paths) {
        const Result<Article> article = ArticleReader::readFile(path);
        QVERIFY2(article, qPrintable(path));
        const CodePointIndex index(article->text);
        for (int i = 0; i < article->images.size(); ++i) {
            for (const ProvenanceSuggestion &s : suggest(article.value(), i)) {
                ++suggestionCount;
                QVERIFY2(!s.claim.reason.isEmpty() && !s.claim.evidence.isEmpty(),
                         qPrintable(path));
                QCOMPARE(s.claim.id,
                         QUuid::createUuidV5(QUuid(u"{0d7c8a4e-5b2f-4e71-a3c9-6f1e2d8b9a54}"_s),
                                             s.claim.suggestionKey));
                QVERIFY(s.claim.suggestionKey.startsWith(QString::number(i) + u'/'));
                for (const Evidence &e : s.claim.evidence) {
                    if (e.kind != Evidence::Kind::TextSpan)
                        continue;
                    QVERIFY2(e.range.isValid() && !e.quote.isEmpty(),
                             qPrintable(path + u": "_s + s.claim.suggestionKey));
                    QCOMPARE(index.slice(article->text, e.range), e.quote);
                }
            }
        }
    }
    qInfo("%d suggestions over %lld articles", suggestionCount, qlonglong(paths.size()));
    QVERIFY(suggestionCount > 50);
}

void TestProvenanceSuggester::reasonsNameAgenciesInTheLanguageInForce()
{
    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const QList<ProvenanceSuggestion> suggestions = suggest(parse(kKcnaRelease));
    const ProvenanceSuggestion *released
        = findSuggestion(suggestions, ClaimRole::ReleasingAgency, u"kcna"_s);
    QVERIFY2(released, qPrintable(dump(suggestions)));
    // The reason is read by the analyst: the agency's Korean name. The claim, which is stored,
    // keeps the directory's English name.
    QVERIFY2(released->claim.reason.contains(u"조선중앙통신"_s),
             qPrintable(released->claim.reason));
    QVERIFY(!released->claim.reason.contains(u"Korean Central News Agency"_s));
    QCOMPARE(released->claim.agent.name, u"Korean Central News Agency"_s);

    QLocale::setDefault(QLocale(QLocale::English));
    const QList<ProvenanceSuggestion> english = suggest(parse(kKcnaRelease));
    const ProvenanceSuggestion *again
        = findSuggestion(english, ClaimRole::ReleasingAgency, u"kcna"_s);
    QVERIFY(again);
    QVERIFY2(again->claim.reason.contains(u"Korean Central News Agency"_s),
             qPrintable(again->claim.reason));
}

QTEST_GUILESS_MAIN(TestProvenanceSuggester)
#include "tst_provenancesuggester.moc"
