// SPDX-License-Identifier: MIT
// Issue 13: find-versions results as provenance suggestions (VersionSuggester). Each other
// appearance becomes a Republisher suggestion naming the other article's publisher (byline),
// else its credit, with the other file (SHA-256, file URL) and the match as evidence; one agent
// in several articles is one suggestion; recorded (accepted or rejected) keys are not offered
// again; nothing to name gives nothing; the output is deterministic.

#include "core/provenance/versionsuggester.h"

#include <QTest>
#include <QUrl>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

VersionSighting sighting(const QString &article, const QString &publisher, const QString &credit)
{
    VersionSighting s;
    s.filePath = u"/archive/"_s + article + u"-crop.jpg"_s;
    s.sha256 = u"ab"_s.repeated(32);
    s.articlePath = u"/archive/"_s + article + u".md"_s;
    s.articleTitle = u"Crane reopens"_s;
    s.imageNumber = 2;
    s.caption = u"The crane at dawn."_s;
    s.credit = credit;
    s.publisher = publisher;
    s.relations = {u"cropped"_s, u"scaled"_s};
    s.rectInImage = QRectF(1500, 1000, 2400, 1600);
    s.scale = 0.5;
    s.hashDistance = 23;
    return s;
}

} // namespace

class TestVersionSuggester : public QObject
{
    Q_OBJECT

private slots:
    void bylinePublisherIsTheRepublisher();
    void creditWhenNoByline();
    void sameAgentIsOneSuggestionWithBothEvidence();
    void recordedKeysAreNotOfferedAgain();
    void nothingToNameGivesNothing();
};

void TestVersionSuggester::bylinePublisherIsTheRepublisher()
{
    const AgencyDirectory agencies = AgencyDirectory::builtIn();
    const QList<ProvenanceSuggestion> out = VersionSuggester::suggest(
        1, {sighting(u"other"_s, u"Reuters"_s, u"NCNA"_s)}, {}, agencies);
    QCOMPARE(out.size(), 1);
    const ProvenanceClaim &claim = out.first().claim;
    QCOMPARE(claim.role, ClaimRole::Republisher);
    QCOMPARE(claim.status, ClaimStatus::Suggested);
    QCOMPARE(claim.agent.directoryId, u"reuters"_s); // resolved through the directory
    QCOMPARE(claim.suggestionKey, u"1/republisher/reuters"_s);
    QVERIFY(!claim.id.isNull());
    QCOMPARE(out.first().origin, u"versions"_s);
    QVERIFY2(claim.reason.contains(u"Crane reopens"_s), qPrintable(claim.reason));

    // Evidence: the other file by content, where it is, and the match.
    QCOMPARE(claim.evidence.size(), 3);
    QCOMPARE(claim.evidence.at(0).kind, Evidence::Kind::Image);
    QCOMPARE(claim.evidence.at(0).imageSha256, u"ab"_s.repeated(32));
    QCOMPARE(claim.evidence.at(1).kind, Evidence::Kind::Url);
    QCOMPARE(QUrl(claim.evidence.at(1).url).toLocalFile(), u"/archive/other-crop.jpg"_s);
    QCOMPARE(claim.evidence.at(2).kind, Evidence::Kind::Note);
    const QString note = claim.evidence.at(2).note;
    for (const QString &part :
         {u"other.md"_s, u"cropped, scaled"_s, u"x 1500.0"_s, u"2400.0 × 1600.0"_s,
          u"scale 0.500"_s, u"The crane at dawn."_s, u"NCNA"_s, u"distance 23"_s})
        QVERIFY2(note.contains(part), qPrintable(part + u" not in: "_s + note));

    // Deterministic: the same input, the same suggestion (id included).
    QCOMPARE(
        VersionSuggester::suggest(1, {sighting(u"other"_s, u"Reuters"_s, u"NCNA"_s)}, {}, agencies)
            .first()
            .claim,
        claim);
}

void TestVersionSuggester::creditWhenNoByline()
{
    const AgencyDirectory agencies = AgencyDirectory::builtIn();
    // "Yonhap via AP": AP passed it on to the publisher that printed this credit.
    const QList<ProvenanceSuggestion> out = VersionSuggester::suggest(
        0, {sighting(u"wire"_s, QString(), u"Yonhap via AP"_s)}, {}, agencies);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().claim.agent.directoryId, u"ap"_s);
    QVERIFY(out.first().claim.reason.contains(u"credited to"_s));

    // A credit the directory does not know is named as written.
    const QList<ProvenanceSuggestion> unknown = VersionSuggester::suggest(
        0, {sighting(u"blog"_s, QString(), u"Harbour Watch"_s)}, {}, agencies);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.first().claim.agent.name, u"Harbour Watch"_s);
    QVERIFY(unknown.first().claim.agent.directoryId.isEmpty());
}

void TestVersionSuggester::sameAgentIsOneSuggestionWithBothEvidence()
{
    const AgencyDirectory agencies = AgencyDirectory::builtIn();
    VersionSighting second = sighting(u"later"_s, u"Reuters"_s, QString());
    second.sha256 = u"cd"_s.repeated(32);
    const QList<ProvenanceSuggestion> out
        = VersionSuggester::suggest(0,
                                    {sighting(u"other"_s, u"Reuters"_s, QString()), second,
                                     sighting(u"third"_s, u"Harbour Watch"_s, QString())},
                                    {}, agencies);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).claim.agent.directoryId, u"reuters"_s);
    QCOMPARE(out.at(0).claim.evidence.size(), 6);
    QCOMPARE(out.at(0).claim.evidence.at(3).imageSha256, u"cd"_s.repeated(32));
    QCOMPARE(out.at(1).claim.agent.name, u"Harbour Watch"_s);
}

void TestVersionSuggester::recordedKeysAreNotOfferedAgain()
{
    const AgencyDirectory agencies = AgencyDirectory::builtIn();
    const QList<VersionSighting> sightings {sighting(u"other"_s, u"Reuters"_s, QString()),
                                            sighting(u"third"_s, u"Harbour Watch"_s, QString())};
    const QList<ProvenanceSuggestion> first = VersionSuggester::suggest(0, sightings, {}, agencies);
    QCOMPARE(first.size(), 2);
    ImageProvenance recorded;
    ProvenanceClaim rejected = first.at(0).claim;
    rejected.status = ClaimStatus::Rejected;
    recorded.claims.append(rejected);
    const QList<ProvenanceSuggestion> again
        = VersionSuggester::suggest(0, sightings, recorded, agencies);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().claim.agent.name, u"Harbour Watch"_s);
    // A republisher claim the analyst typed for the same agent counts too.
    ImageProvenance typed;
    ProvenanceClaim own;
    own.role = ClaimRole::Republisher;
    own.agent.name = u"harbour watch"_s;
    typed.claims.append(own);
    const QList<ProvenanceSuggestion> left
        = VersionSuggester::suggest(0, sightings, typed, agencies);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().claim.agent.directoryId, u"reuters"_s);
}

void TestVersionSuggester::nothingToNameGivesNothing()
{
    QVERIFY(VersionSuggester::suggest(0, {sighting(u"bare"_s, QString(), u"  "_s)}, {},
                                      AgencyDirectory::builtIn())
                .isEmpty());
    QVERIFY(VersionSuggester::suggest(0, {}, {}, AgencyDirectory::builtIn()).isEmpty());
}

QTEST_MAIN(TestVersionSuggester)
#include "tst_versionsuggester.moc"
