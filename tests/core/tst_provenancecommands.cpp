// SPDX-License-Identifier: MIT
// The provenance model's commands (redo, undo, redo; stamps; no-op steps) and its custody chain.
#include "core/commands/addremoveclaims.h"
#include "core/commands/assessimagecommands.h"
#include "core/document/articledocument.h"
#include "core/provenance/provenancesuggester.h"

#include <QSignalSpy>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime fixedTime(int seconds)
{
    return QDateTime(QDate(2025, 8, 14), QTime(9, 0, seconds), Qt::UTC);
}

Agent kcna()
{
    Agent a;
    a.directoryId = QStringLiteral("kcna");
    a.name = QStringLiteral("Korean Central News Agency");
    a.abbreviations = {QStringLiteral("KCNA")};
    a.kind = AgentKind::StateMedia;
    a.country = QStringLiteral("KP");
    return a;
}

ProvenanceClaim claim(ClaimRole role, const QString &agentName, const QString &date = {})
{
    ProvenanceClaim c;
    c.role = role;
    if (ProvenanceClaim::isAgentRole(role))
        c.agent.name = agentName;
    else
        c.value = agentName;
    c.date = date;
    c.evidence = {Evidence::textSpan({10, 14}, QStringLiteral("KCNA"))};
    return c;
}

} // namespace

class TestProvenanceCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addClaimsStampsAndUndoes();
    void acceptingARejectedSuggestionReplacesIt();
    void removeAndChangeClaims();
    void claimStatus();
    void pillarAssessment();
    void sameAssessmentAgainIsNoStep();
    void verdict();
    void custodyEvents();
    void custodyChainOrder();
    void stableNamesRoundTrip();
    void provenanceDates_data();
    void provenanceDates();
    void suggestedMetadataDatesAreValid();

private:
    std::unique_ptr<ArticleDocument> mDoc;
};

void TestProvenanceCommands::init()
{
    mDoc = std::make_unique<ArticleDocument>();
    mDoc->setAuthor(QStringLiteral("Analyst One"));
    mDoc->setClock([] { return fixedTime(30); });
}

void TestProvenanceCommands::addClaimsStampsAndUndoes()
{
    QSignalSpy changed(mDoc.get(), &ArticleDocument::provenanceChanged);
    ProvenanceClaim c = claim(ClaimRole::ReleasingAgency, QString());
    c.agent = kcna();
    auto *command = new AddClaimsCommand(mDoc.get(), 1, {c});
    mDoc->undoStack()->push(command);

    QCOMPARE(mDoc->undoStack()->undoText(), QStringLiteral("Add 1 Provenance Claim(s)"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 1);
    QCOMPARE(mDoc->provenance().size(), 2); // image 0 stays empty
    QVERIFY(mDoc->imageProvenance(0).isEmpty());
    const ImageProvenance after = mDoc->imageProvenance(1);
    QCOMPARE(after.claims.size(), 1);
    QVERIFY(!after.claims.first().id.isNull());
    QCOMPARE(after.claims.first().id, command->claims().first().id);
    QCOMPARE(after.claims.first().recordedBy, QStringLiteral("Analyst One"));
    QCOMPARE(after.claims.first().recordedAt, fixedTime(30));
    QCOMPARE(after.claims.first().agent, kcna());
    QVERIFY(mDoc->isModified());

    mDoc->undoStack()->undo();
    QVERIFY(mDoc->imageProvenance(1).isEmpty());
    QVERIFY(!mDoc->isModified());
    mDoc->undoStack()->redo();
    QCOMPARE(mDoc->imageProvenance(1), after);
}

void TestProvenanceCommands::acceptingARejectedSuggestionReplacesIt()
{
    ProvenanceClaim suggestion = claim(ClaimRole::Creator, QStringLiteral("Jane Roe"));
    suggestion.suggestionKey = QStringLiteral("0|creator|jane roe");
    suggestion.id = QUuid::createUuidV5(QUuid(), suggestion.suggestionKey);
    suggestion.status = ClaimStatus::Rejected;
    mDoc->undoStack()->push(new AddClaimsCommand(mDoc.get(), 0, {suggestion}));
    QCOMPARE(mDoc->undoStack()->undoText(), QStringLiteral("Reject 1 Provenance Suggestion(s)"));

    suggestion.status = ClaimStatus::Accepted;
    mDoc->undoStack()->push(new AddClaimsCommand(mDoc.get(), 0, {suggestion}));
    QCOMPARE(mDoc->undoStack()->undoText(), QStringLiteral("Accept 1 Provenance Suggestion(s)"));
    QCOMPARE(mDoc->imageProvenance(0).claims.size(), 1); // one key, recorded once
    QCOMPARE(mDoc->imageProvenance(0).claims.first().status, ClaimStatus::Accepted);

    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
}

void TestProvenanceCommands::removeAndChangeClaims()
{
    auto *add = new AddClaimsCommand(mDoc.get(), 0,
                                     {claim(ClaimRole::Creator, QStringLiteral("A")),
                                      claim(ClaimRole::Publisher, QStringLiteral("B"))});
    mDoc->undoStack()->push(add);
    const QList<ProvenanceClaim> added = add->claims();
    mDoc->setClock([] { return fixedTime(45); });

    ProvenanceClaim edited = added.at(1);
    edited.agent.name = QStringLiteral("B Daily");
    edited.date = QStringLiteral("2025-08-14");
    mDoc->undoStack()->push(new ChangeClaimsCommand(mDoc.get(), 0, {edited}));
    QCOMPARE(mDoc->imageProvenance(0).claims.at(1).agent.name, QStringLiteral("B Daily"));
    QCOMPARE(mDoc->imageProvenance(0).claims.at(1).recordedAt, fixedTime(45));

    // The same version again changes nothing: no undo step.
    const int steps = mDoc->undoStack()->count();
    mDoc->undoStack()->push(
        new ChangeClaimsCommand(mDoc.get(), 0, {mDoc->imageProvenance(0).claims.at(1)}));
    QCOMPARE(mDoc->undoStack()->count(), steps);

    auto *remove = new RemoveClaimsCommand(mDoc.get(), 0, {added.at(0).id, QUuid::createUuid()});
    mDoc->undoStack()->push(remove);
    QCOMPARE(remove->count(), 1);
    QCOMPARE(mDoc->imageProvenance(0).claims.size(), 1);
    QCOMPARE(mDoc->imageProvenance(0).claims.first().id, added.at(1).id);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->imageProvenance(0).claims.size(), 2);
    QCOMPARE(mDoc->imageProvenance(0).claims.first().id, added.at(0).id); // order kept
}

void TestProvenanceCommands::claimStatus()
{
    auto *add
        = new AddClaimsCommand(mDoc.get(), 0, {claim(ClaimRole::Creator, QStringLiteral("A"))});
    mDoc->undoStack()->push(add);
    const QUuid id = add->claims().first().id;
    mDoc->undoStack()->push(new SetClaimStatusCommand(mDoc.get(), 0, {id}, ClaimStatus::Disputed));
    QCOMPARE(mDoc->undoStack()->undoText(), QStringLiteral("Dispute 1 Provenance Claim(s)"));
    QCOMPARE(mDoc->imageProvenance(0).claim(id)->status, ClaimStatus::Disputed);
    const int steps = mDoc->undoStack()->count();
    mDoc->undoStack()->push(new SetClaimStatusCommand(mDoc.get(), 0, {id}, ClaimStatus::Disputed));
    QCOMPARE(mDoc->undoStack()->count(), steps);
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->imageProvenance(0).claim(id)->status, ClaimStatus::Accepted);
}

void TestProvenanceCommands::pillarAssessment()
{
    PillarAssessment a;
    a.status = PillarAssessment::Status::Contradicts;
    a.note = QStringLiteral("Shadows point two ways.");
    a.evidence = {Evidence::analystNote(QStringLiteral("compare with image 2"))};
    mDoc->undoStack()->push(new SetPillarAssessmentCommand(mDoc.get(), 0, Pillar::Date, a));
    const PillarAssessment stored = mDoc->imageProvenance(0).pillar(Pillar::Date);
    QCOMPARE(stored.status, PillarAssessment::Status::Contradicts);
    QCOMPARE(stored.note, a.note);
    QCOMPARE(stored.assessedBy, QStringLiteral("Analyst One"));
    QCOMPARE(stored.assessedAt, fixedTime(30));
    QCOMPARE(mDoc->imageProvenance(0).pillar(Pillar::Source), PillarAssessment());

    // Back to "not checked" with nothing else clears the pillar and with it the record.
    mDoc->undoStack()->push(
        new SetPillarAssessmentCommand(mDoc.get(), 0, Pillar::Date, PillarAssessment()));
    QVERIFY(mDoc->imageProvenance(0).isEmpty());
    mDoc->undoStack()->undo();
    QCOMPARE(mDoc->imageProvenance(0).pillar(Pillar::Date), stored);
}

void TestProvenanceCommands::sameAssessmentAgainIsNoStep()
{
    PillarAssessment a;
    a.status = PillarAssessment::Status::Supports;
    mDoc->undoStack()->push(new SetPillarAssessmentCommand(mDoc.get(), 0, Pillar::Source, a));
    mDoc->setClock([] { return fixedTime(59); });
    const int steps = mDoc->undoStack()->count();
    mDoc->undoStack()->push(new SetPillarAssessmentCommand(mDoc.get(), 0, Pillar::Source, a));
    QCOMPARE(mDoc->undoStack()->count(), steps);
    QCOMPARE(mDoc->imageProvenance(0).pillar(Pillar::Source).assessedAt, fixedTime(30));
}

void TestProvenanceCommands::verdict()
{
    Verdict v;
    v.value = Verdict::Value::Miscaptioned;
    v.confidence = 0.8;
    v.rationale = QStringLiteral("The photo is from 2019.");
    mDoc->undoStack()->push(new SetVerdictCommand(mDoc.get(), 2, v));
    QCOMPARE(mDoc->undoStack()->undoText(), QStringLiteral("Set Verdict: Miscaptioned"));
    const Verdict stored = mDoc->imageProvenance(2).verdict;
    QCOMPARE(stored.value, Verdict::Value::Miscaptioned);
    QCOMPARE(stored.decidedBy, QStringLiteral("Analyst One"));
    QVERIFY(stored.isDecided());

    // Deciding "unverified" explicitly is a decision too, and a step.
    mDoc->undoStack()->push(new SetVerdictCommand(mDoc.get(), 3, Verdict()));
    QVERIFY(mDoc->imageProvenance(3).verdict.isDecided());
    QVERIFY(!mDoc->imageProvenance(3).isEmpty());
    mDoc->undoStack()->undo();
    mDoc->undoStack()->undo();
    QVERIFY(mDoc->imageProvenance(2).isEmpty());
}

void TestProvenanceCommands::custodyEvents()
{
    CustodyEvent retrieved;
    retrieved.role = CustodyEvent::Role::Retrieved;
    retrieved.url = QStringLiteral("https://news.example.org/photo.jpg");
    retrieved.date = QStringLiteral("2025-08-15T10:00:00Z");
    mDoc->undoStack()->push(new AddCustodyEventsCommand(mDoc.get(), 0, {retrieved}));
    QCOMPARE(mDoc->imageProvenance(0).recordedEvents, QList<CustodyEvent> {retrieved});
    QCOMPARE(mDoc->imageProvenance(0).custodyChain(), QList<CustodyEvent> {retrieved});
    mDoc->undoStack()->undo();
    QVERIFY(mDoc->imageProvenance(0).isEmpty());
}

void TestProvenanceCommands::custodyChainOrder()
{
    ImageProvenance p;
    auto add = [&p](ClaimRole role, const QString &name, const QString &date, ClaimStatus status) {
        ProvenanceClaim c = claim(role, name, date);
        c.id = QUuid::createUuid();
        c.status = status;
        p.claims.append(c);
        return c.id;
    };
    add(ClaimRole::Publisher, QStringLiteral("Daily"), QStringLiteral("2025-08-14"),
        ClaimStatus::Accepted);
    add(ClaimRole::Republisher, QStringLiteral("Weekly"), QString(), ClaimStatus::Disputed);
    add(ClaimRole::Republisher, QStringLiteral("Monthly"), QStringLiteral("2025-09-01"),
        ClaimStatus::Accepted);
    const QUuid released
        = add(ClaimRole::ReleasingAgency, QStringLiteral("KCNA"), QString(), ClaimStatus::Accepted);
    add(ClaimRole::DateReleased, QString(), QStringLiteral("2025-08-13"), ClaimStatus::Accepted);
    add(ClaimRole::Creator, QStringLiteral("Rejected Person"), QString(), ClaimStatus::Rejected);
    add(ClaimRole::Creator, QStringLiteral("Suggested Person"), QString(), ClaimStatus::Suggested);
    CustodyEvent retrieved;
    retrieved.role = CustodyEvent::Role::Retrieved;
    p.recordedEvents.append(retrieved);

    const QList<CustodyEvent> chain = p.custodyChain();
    QStringList order;
    for (const CustodyEvent &e : chain)
        order << CustodyEvent::roleName(e.role) + u':' + e.agent.name + u'@' + e.date;
    QCOMPARE(order,
             QStringList({QStringLiteral("released:KCNA@2025-08-13"),
                          QStringLiteral("published:Daily@2025-08-14"),
                          QStringLiteral("republished:Monthly@2025-09-01"),
                          QStringLiteral("republished:Weekly@"), QStringLiteral("retrieved:@")}));
    QCOMPARE(chain.first().claimId, released);
    QCOMPARE(chain.first().evidence.size(), 1);
}

void TestProvenanceCommands::stableNamesRoundTrip()
{
    for (int i = 0; i <= int(ClaimRole::DerivedFrom); ++i) {
        const QString name = ProvenanceClaim::roleName(ClaimRole(i));
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QCOMPARE(ProvenanceClaim::roleFromName(name), std::optional(ClaimRole(i)));
        QVERIFY(!ProvenanceClaim::roleTitle(ClaimRole(i)).isEmpty());
    }
    for (int i = 0; i < kPillarCount; ++i)
        QCOMPARE(PillarAssessment::pillarFromName(PillarAssessment::pillarName(Pillar(i))),
                 std::optional(Pillar(i)));
    for (int i = 0; i <= int(Verdict::Value::Miscaptioned); ++i)
        QCOMPARE(Verdict::valueFromName(Verdict::valueName(Verdict::Value(i))),
                 std::optional(Verdict::Value(i)));
    for (int i = 0; i <= int(CustodyEvent::Role::Retrieved); ++i)
        QCOMPARE(CustodyEvent::roleFromName(CustodyEvent::roleName(CustodyEvent::Role(i))),
                 std::optional(CustodyEvent::Role(i)));
    QCOMPARE(ProvenanceClaim::roleFromName(QStringLiteral("Releasing-Agency")),
             std::optional(ClaimRole::ReleasingAgency));
    QCOMPARE(ProvenanceClaim::roleFromName(QStringLiteral("photographer")), std::nullopt);
    QCOMPARE(PillarAssessment::statusFromName(QStringLiteral("not-checked")),
             std::optional(PillarAssessment::Status::NotChecked));
    QCOMPARE(Evidence::kindFromName(QStringLiteral("metadata")),
             std::optional(Evidence::Kind::MetadataField));
}

void TestProvenanceCommands::provenanceDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unknown") << QString() << true;
    QTest::newRow("year") << u"2025"_s << true;
    QTest::newRow("month") << u"2025-08"_s << true;
    QTest::newRow("day") << u"2025-08-13"_s << true;
    QTest::newRow("date-time") << u"2025-08-13T10:42:00"_s << true;
    QTest::newRow("utc") << u"2025-08-13T10:42:00Z"_s << true;
    QTest::newRow("offset") << u"2025-08-13T10:42:00+09:00"_s << true;
    QTest::newRow("range") << u"2025-08-12/2025-08-13"_s << true;
    QTest::newRow("month range") << u"2025-07/2025-08-13T10:00:00Z"_s << true;
    QTest::newRow("same day") << u"2025-08-13/2025-08-13"_s << true;
    QTest::newRow("backwards") << u"2025-08-14/2025-08-13"_s << false;
    QTest::newRow("three ends") << u"2025/2026/2027"_s << false;
    QTest::newRow("no clock shows it") << u"2025-08-13T25:61:00"_s << false;
    QTest::newRow("February 30") << u"2025-02-30"_s << false;
    QTest::newRow("EXIF form") << u"2025:08:13 10:42:00"_s << false;
    QTest::newRow("words") << u"Aug. 13"_s << false;
    QTest::newRow("open end") << u"2025-08-13/"_s << false;
}

void TestProvenanceCommands::provenanceDates()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(ProvenanceDate::isValid(date), valid);
}

void TestProvenanceCommands::suggestedMetadataDatesAreValid()
{
    // Hostile EXIF: a time no clock shows. The suggestion keeps the day only, so accepting it
    // never records a date the sidecar reader would refuse.
    Article article;
    article.text = u"Photo."_s;
    article.images.append(ImageRef());
    ProvenanceSuggester::Input input;
    input.article = &article;
    const AgencyDirectory agencies;
    input.agencies = &agencies;
    MetadataEvidence::Item item;
    item.field = MetadataEvidence::Field::DateTimeOriginal;
    item.key = u"Exif.Photo.DateTimeOriginal"_s;
    item.value = u"2025:08:13 25:61:00"_s;
    item.origin = u"exif"_s;
    input.metadata.items.append(item);
    bool found = false;
    for (const ProvenanceSuggestion &s : ProvenanceSuggester::suggest(input)) {
        QVERIFY2(ProvenanceDate::isValid(s.claim.date), qPrintable(s.claim.date));
        if (s.claim.role == ClaimRole::DateCreated) {
            QCOMPARE(s.claim.date, u"2025-08-13"_s);
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestProvenanceCommands)
#include "tst_provenancecommands.moc"
