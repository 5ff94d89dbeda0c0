// SPDX-License-Identifier: MIT
// provena-cli provenance: the record, suggestions, accept/reject, claims, assessments, verdicts
// and their errors, driven through the built binary on copies of articles in a temporary dir.
#include "../cliprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using provena::test::CliRun;

// An article copied from a news site into a .txt file, as analysts keep them: the photo first,
// its alt text the caption with a releaser phrase and a bracketed credit,
// paragraphs apart, the byline last.
const char kKcnaArticle[]
    = "![North Korean leader Kim Jong Un inspects a fruit farm in South Hwanghae Province in this "
      "picture released by the Korean Central News Agency (KCNA) on Aug. 13. "
      "[KCNA]](https://www.news-sample.example/wp-content/uploads/2025/08/0813-farm.jpg)\n\n"
      "Pyongyang's state media released photos of the leader's visit to a rebuilt fruit farm on "
      "Wednesday.\n\n"
      "The farm was rebuilt after the floods of last summer, the agency said.\n\n"
      "BY JANE ROE [jane.roe@news-sample.example]\n";

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CliRun provenance(const QString &article, const QStringList &args)
{
    return provena::test::runCli(QStringList {u"provenance"_s, article} + args);
}

// `provenance ARTICLE ARGS --json`, parsed; an empty object (and a failure message) otherwise.
QJsonObject json(const QString &article, const QStringList &args = {})
{
    const CliRun r = provenance(article, args + QStringList {u"--json"_s});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (r.code != 0 || !doc.isObject())
        qWarning("%s\n%s", qPrintable(r.describe()), qPrintable(error.errorString()));
    return doc.object();
}

QJsonArray suggestions(const QString &article, int image = 1)
{
    return json(article, {u"--suggest"_s, u"--image"_s, QString::number(image)})
        .value(u"images"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"suggestions"_s)
        .toArray();
}

QJsonObject findById(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject findByRole(const QJsonArray &array, const QString &role)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(u"role"_s).toString() == role)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestProvenanceCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sampleArticleHasSuggestions();
    void kcnaCaptionIsSuggestedWithEvidence();
    void acceptByPrefixRecordsTheClaim();
    void rejectedSuggestionIsNotProposedAgain();
    void acceptAllFromOneOrigin();
    void claimAssessVerdictRoundTrip();
    void recordedClaimsCanBeDisputedAndRemoved();
    void jsonHasTheDocumentedFields();
    void usageErrorsNameTheValidChoices_data();
    void usageErrorsNameTheValidChoices();
    void unknownAndShortIds();
    void nothingChangedSavesNothing();
    void flagsComeWithSuggestions();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mSample; // harbour-crane.md, two images
    QString mKcna; // the copied KCNA article, one image
};

void TestProvenanceCommand::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    const QString samples = QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/");
    QVERIFY(QDir(mDir->path()).mkpath(u"harbour-crane_files"_s));
    for (const QString &name : {u"harbour-crane.md"_s, u"ncna-harbour-crane.jpg"_s,
                                u"harbour-crane_files/elvhaven-anchorage.jpg"_s})
        QVERIFY(QFile::copy(samples + name, mDir->filePath(name)));
    mSample = mDir->filePath(u"harbour-crane.md"_s);
    mKcna = mDir->filePath(u"kcna-farm.txt"_s);
    QVERIFY(writeAll(mKcna, kKcnaArticle));
    // The photo as saved from the page, beside the article under the URL's file name: a JPEG
    // without metadata, as handouts come.
    QVERIFY(QFile::copy(samples + u"1004-ferry-talks.jpg"_s, mDir->filePath(u"0813-farm.jpg"_s)));
}

void TestProvenanceCommand::sampleArticleHasSuggestions()
{
    const QJsonArray list = suggestions(mSample);
    QVERIFY(!list.isEmpty());
    // The caption's releaser phrase and credit name the (fictional) agency; the photo's metadata
    // names a photographer as its creator.
    const QJsonObject release = findByRole(list, u"releasing-agency"_s);
    QCOMPARE(release.value(u"agent"_s).toObject().value(u"name"_s).toString(),
             u"Northern Coast News Agency"_s);
    QCOMPARE(release.value(u"date"_s).toString(), u"2025-08-13"_s);
    const QJsonObject creator = findByRole(list, u"creator"_s);
    QCOMPARE(creator.value(u"agent"_s).toObject().value(u"name"_s).toString(), u"Ansel Korvik"_s);
    QCOMPARE(creator.value(u"origin"_s).toString(), u"metadata"_s);
    bool artist = false;
    for (const QJsonValue &e : creator.value(u"evidence"_s).toArray())
        artist = artist
            || (e.toObject().value(u"kind"_s) == u"metadata"_s
                && e.toObject().value(u"key"_s) == u"Exif.Image.Artist"_s
                && e.toObject().value(u"value"_s) == u"Ansel Korvik"_s);
    QVERIFY2(artist, QJsonDocument(creator).toJson().constData());
    // Disagreements are listed as conflicts, each pointing at a listed suggestion.
    QJsonObject conflicting;
    for (const QJsonValue &v : list) {
        if (!v.toObject().value(u"conflictsWith"_s).toArray().isEmpty())
            conflicting = v.toObject();
    }
    QVERIFY2(!conflicting.isEmpty(), QJsonDocument(list).toJson().constData());
    const QString other = conflicting.value(u"conflictsWith"_s).toArray().at(0).toString();
    QVERIFY(!findById(list, other).isEmpty());
    QVERIFY(!conflicting.value(u"conflictNote"_s).toString().isEmpty());
    QCOMPARE(release.value(u"status"_s).toString(), u"suggested"_s);
    QVERIFY(!release.value(u"origin"_s).toString().isEmpty());
    QVERIFY(!release.value(u"reason"_s).toString().isEmpty());

    // The text listing shows the same id.
    const CliRun text = provenance(mSample, {u"--suggest"_s, u"--image"_s, u"1"_s});
    QVERIFY2(text.code == 0, qPrintable(text.describe()));
    QVERIFY(text.out.startsWith(u"image 1  "_s));
    QVERIFY(text.out.contains(u"suggestion "_s + release.value(u"id"_s).toString()
                              + u"  releasing-agency  Northern Coast News Agency"_s));
    QVERIFY(text.out.contains(u"conflicts with "_s + other));
}

void TestProvenanceCommand::kcnaCaptionIsSuggestedWithEvidence()
{
    const QJsonArray list = suggestions(mKcna);
    const QJsonObject release = findByRole(list, u"releasing-agency"_s);
    QVERIFY2(!release.isEmpty(), QJsonDocument(list).toJson().constData());
    const QJsonObject agent = release.value(u"agent"_s).toObject();
    QCOMPARE(agent.value(u"name"_s).toString(), u"Korean Central News Agency"_s);
    QCOMPARE(agent.value(u"directoryId"_s).toString(), u"kcna"_s);
    QCOMPARE(agent.value(u"kind"_s).toString(), u"state-media"_s);
    QCOMPARE(agent.value(u"country"_s).toString(), u"KP"_s);
    QCOMPARE(release.value(u"date"_s).toString(), u"2025-08-13"_s);
    const QJsonObject evidence = release.value(u"evidence"_s).toArray().at(0).toObject();
    QCOMPARE(evidence.value(u"kind"_s).toString(), u"text"_s);
    const QString quote = evidence.value(u"quote"_s).toString();
    QVERIFY2(quote.contains(u"KCNA"_s), qPrintable(quote));
    // The quote is the article's text at the range (no surrogate pairs here: code points are
    // UTF-16 indexes).
    const qint64 start = evidence.value(u"start"_s).toInteger();
    const qint64 end = evidence.value(u"end"_s).toInteger();
    QCOMPARE(QString::fromUtf8(kKcnaArticle).mid(start, end - start), quote);
}

void TestProvenanceCommand::acceptByPrefixRecordsTheClaim()
{
    const QJsonObject release = findByRole(suggestions(mKcna), u"releasing-agency"_s);
    const QString id = release.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());

    const CliRun r = provenance(mKcna, {u"--accept"_s, id.left(8), u"--author"_s, u"tester"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"accepted "_s + id + u'\n');

    const QJsonObject image = json(mKcna).value(u"images"_s).toArray().at(0).toObject();
    const QJsonObject claim = findById(image.value(u"claims"_s).toArray(), id);
    QVERIFY2(!claim.isEmpty(), QJsonDocument(image).toJson().constData());
    QCOMPARE(claim.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(claim.value(u"recordedBy"_s).toString(), u"tester"_s);
    QCOMPARE(claim.value(u"agent"_s).toObject().value(u"directoryId"_s).toString(), u"kcna"_s);
    QCOMPARE(claim.value(u"evidence"_s), release.value(u"evidence"_s));
    const QJsonArray custody = image.value(u"custody"_s).toArray();
    QCOMPARE(custody.size(), 1);
    QCOMPARE(custody.at(0).toObject().value(u"role"_s).toString(), u"released"_s);
    QCOMPARE(custody.at(0).toObject().value(u"claim"_s).toString(), id);

    QVERIFY(findById(suggestions(mKcna), id).isEmpty());
}

void TestProvenanceCommand::rejectedSuggestionIsNotProposedAgain()
{
    const QJsonArray before = suggestions(mKcna);
    QVERIFY(!before.isEmpty());
    const QString id = before.at(0).toObject().value(u"id"_s).toString();
    const CliRun r = provenance(mKcna, {u"--reject"_s, id});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, u"rejected "_s + id + u'\n');
    QVERIFY(findById(suggestions(mKcna), id).isEmpty());
    const QJsonObject claim = findById(
        json(mKcna).value(u"images"_s).toArray().at(0).toObject().value(u"claims"_s).toArray(), id);
    QCOMPARE(claim.value(u"status"_s).toString(), u"rejected"_s);
    // Still not proposed on the next run either, and accepting it later flips the claim.
    QVERIFY(findById(suggestions(mKcna), id).isEmpty());
    const CliRun accept = provenance(mKcna, {u"--accept"_s, id.left(13)});
    QVERIFY2(accept.code == 0, qPrintable(accept.describe()));
    const QJsonArray claims
        = json(mKcna).value(u"images"_s).toArray().at(0).toObject().value(u"claims"_s).toArray();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(findById(claims, id).value(u"status"_s).toString(), u"accepted"_s);
}

void TestProvenanceCommand::acceptAllFromOneOrigin()
{
    const QJsonArray before = suggestions(mKcna);
    const QString origin = findByRole(before, u"releasing-agency"_s).value(u"origin"_s).toString();
    QStringList fromOrigin;
    for (const QJsonValue &v : before) {
        if (v.toObject().value(u"origin"_s).toString() == origin)
            fromOrigin.append(v.toObject().value(u"id"_s).toString());
    }
    QVERIFY(!fromOrigin.isEmpty());
    const CliRun r = provenance(mKcna, {u"--accept-all-from"_s, origin});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.count(u"accepted "_s), fromOrigin.size());
    for (const QJsonValue &v : suggestions(mKcna))
        QVERIFY(v.toObject().value(u"origin"_s).toString() != origin);

    const CliRun unknown = provenance(mKcna, {u"--reject-all-from"_s, u"horoscope"_s});
    QCOMPARE(unknown.code, 64);
    QVERIFY2(unknown.err.contains(u"caption, credit, release, byline, site, metadata"_s),
             qPrintable(unknown.err));
}

void TestProvenanceCommand::claimAssessVerdictRoundTrip()
{
    const CliRun add
        = provenance(mSample, {u"--image"_s,      u"1"_s,
                               u"--claim"_s,      u"creator"_s,
                               u"--agent"_s,      u"Ansel Korvik"_s,
                               u"--date"_s,       u"2025-08-13T10:42:00"_s,
                               u"--url"_s,        u"https://ncna.example/photo/1"_s,
                               u"--evidence"_s,   u"metadata:Exif.Image.Artist=Ansel Korvik"_s,
                               u"--evidence"_s,   u"text:Premier Tal Orsen@2"_s,
                               u"--evidence"_s,   u"note:matches the by-line"_s,
                               u"--verdict"_s,    u"corroborated"_s,
                               u"--confidence"_s, u"0.7"_s,
                               u"--rationale"_s,  u"agency photo, metadata agrees"_s,
                               u"--author"_s,     u"tester"_s});
    QVERIFY2(add.code == 0, qPrintable(add.describe()));
    const QStringList lines = add.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"added "_s));
    QCOMPARE(lines.at(1), u"verdict image 1 corroborated"_s);
    const QString claimId = lines.at(0).mid(6);

    const CliRun assess
        = provenance(mSample,
                     {u"--image"_s, u"1"_s, u"--assess"_s, u"date"_s, u"contradicts"_s, u"--note"_s,
                      u"the crane was there in June"_s, u"--evidence"_s, u"text:satellite images"_s,
                      u"--evidence"_s, u"image:2"_s, u"--author"_s, u"tester"_s});
    QVERIFY2(assess.code == 0, qPrintable(assess.describe()));
    QCOMPARE(assess.out, u"assessed image 1 date contradicts\n"_s);

    const QJsonObject image
        = json(mSample, {u"--image"_s, u"1"_s}).value(u"images"_s).toArray().at(0).toObject();
    const QJsonObject claim = findById(image.value(u"claims"_s).toArray(), claimId);
    QCOMPARE(claim.value(u"role"_s).toString(), u"creator"_s);
    QCOMPARE(claim.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(claim.value(u"agent"_s).toObject().value(u"name"_s).toString(), u"Ansel Korvik"_s);
    QVERIFY(claim.value(u"agent"_s).toObject().value(u"directoryId"_s).isNull());
    QCOMPARE(claim.value(u"date"_s).toString(), u"2025-08-13T10:42:00"_s);
    QCOMPARE(claim.value(u"url"_s).toString(), u"https://ncna.example/photo/1"_s);
    const QJsonArray evidence = claim.value(u"evidence"_s).toArray();
    QCOMPARE(evidence.size(), 3);
    QCOMPARE(evidence.at(0).toObject(),
             (QJsonObject {{u"kind"_s, u"metadata"_s},
                           {u"key"_s, u"Exif.Image.Artist"_s},
                           {u"value"_s, u"Ansel Korvik"_s}}));
    QCOMPARE(evidence.at(1).toObject().value(u"quote"_s).toString(), u"Premier Tal Orsen"_s);
    QVERIFY(evidence.at(1).toObject().value(u"start"_s).toInteger() > 300); // the second one
    QCOMPARE(evidence.at(2).toObject().value(u"note"_s).toString(), u"matches the by-line"_s);

    const QJsonObject verdict = image.value(u"verdict"_s).toObject();
    QCOMPARE(verdict.value(u"value"_s).toString(), u"corroborated"_s);
    QCOMPARE(verdict.value(u"confidence"_s).toDouble(), 0.7);
    QCOMPARE(verdict.value(u"rationale"_s).toString(), u"agency photo, metadata agrees"_s);
    QCOMPARE(verdict.value(u"decidedBy"_s).toString(), u"tester"_s);

    const QJsonObject date = image.value(u"pillars"_s).toArray().at(2).toObject();
    QCOMPARE(date.value(u"pillar"_s).toString(), u"date"_s);
    QCOMPARE(date.value(u"status"_s).toString(), u"contradicts"_s);
    QCOMPARE(date.value(u"note"_s).toString(), u"the crane was there in June"_s);
    QCOMPARE(date.value(u"evidence"_s).toArray().at(1).toObject().value(u"image"_s).toInt(), 2);
    QCOMPARE(image.value(u"custody"_s).toArray().at(0).toObject().value(u"role"_s).toString(),
             u"created"_s);

    // The other image is untouched.
    const QJsonObject second
        = json(mSample, {u"--image"_s, u"2"_s}).value(u"images"_s).toArray().at(0).toObject();
    QVERIFY(second.value(u"claims"_s).toArray().isEmpty());
    QVERIFY(second.value(u"verdict"_s).isNull());
}

void TestProvenanceCommand::recordedClaimsCanBeDisputedAndRemoved()
{
    const CliRun add = provenance(mKcna,
                                  {u"--claim"_s, u"credit-line"_s, u"--value"_s, u"KCNA"_s,
                                   u"--evidence"_s, u"text:[KCNA]"_s});
    QVERIFY2(add.code == 0, qPrintable(add.describe()));
    const QString id = add.out.trimmed().mid(6);
    const CliRun dispute = provenance(mKcna, {u"--dispute"_s, id.left(8)});
    QVERIFY2(dispute.code == 0, qPrintable(dispute.describe()));
    QCOMPARE(dispute.out, u"disputed "_s + id + u'\n');
    const CliRun shown = provenance(mKcna, {});
    QVERIFY2(shown.out.contains(u"claim "_s + id + u"  disputed  credit-line  KCNA"_s),
             qPrintable(shown.out));
    const CliRun remove = provenance(mKcna, {u"--remove-claim"_s, id});
    QVERIFY2(remove.code == 0, qPrintable(remove.describe()));
    QCOMPARE(remove.out, u"removed "_s + id + u'\n');
    QVERIFY(
        findById(
            json(mKcna).value(u"images"_s).toArray().at(0).toObject().value(u"claims"_s).toArray(),
            id)
            .isEmpty());
}

void TestProvenanceCommand::jsonHasTheDocumentedFields()
{
    const QJsonObject doc = json(mSample, {u"--suggest"_s});
    QCOMPARE(doc.value(u"schema"_s).toString(), u"provena-provenance/1"_s);
    QCOMPARE(doc.value(u"article"_s).toString(), QFileInfo(mSample).absoluteFilePath());
    const QJsonArray images = doc.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject image = images.at(i).toObject();
        QCOMPARE(image.value(u"image"_s).toInt(), i + 1);
        for (const QString &key : {u"url"_s, u"localPath"_s, u"claims"_s, u"custody"_s,
                                   u"pillars"_s, u"verdict"_s, u"suggestions"_s})
            QVERIFY2(image.contains(key), qPrintable(key));
        const QJsonArray pillars = image.value(u"pillars"_s).toArray();
        QCOMPARE(pillars.size(), 5);
        QStringList names;
        for (const QJsonValue &p : pillars)
            names.append(p.toObject().value(u"pillar"_s).toString());
        QCOMPARE(names,
                 (QStringList {u"provenance"_s, u"source"_s, u"date"_s, u"location"_s,
                               u"motivation"_s}));
        QCOMPARE(pillars.at(0).toObject().value(u"status"_s).toString(), u"not-checked"_s);
        for (const QJsonValue &s : image.value(u"suggestions"_s).toArray()) {
            for (const QString &key :
                 {u"id"_s, u"role"_s, u"status"_s, u"agent"_s, u"value"_s, u"date"_s, u"url"_s,
                  u"evidence"_s, u"reason"_s, u"origin"_s, u"conflictsWith"_s, u"conflictNote"_s})
                QVERIFY2(s.toObject().contains(key), qPrintable(key));
        }
    }
    // Without --suggest there is no "suggestions" key.
    QVERIFY(
        !json(mSample).value(u"images"_s).toArray().at(0).toObject().contains(u"suggestions"_s));
}

void TestProvenanceCommand::usageErrorsNameTheValidChoices_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown role") << QStringList {u"--claim"_s, u"photographer"_s, u"--agent"_s,
                                                  u"X"_s}
                                  << u"releasing-agency, distributor"_s;
    QTest::newRow("claim without agent")
        << QStringList {u"--claim"_s, u"creator"_s} << u"--claim creator takes --agent NAME"_s;
    QTest::newRow("value role with agent")
        << QStringList {u"--claim"_s, u"credit-line"_s, u"--agent"_s, u"KCNA"_s}
        << u"--claim credit-line takes --value TEXT"_s;
    QTest::newRow("agent without claim")
        << QStringList {u"--agent"_s, u"KCNA"_s} << u"--agent goes with --claim ROLE"_s;
    QTest::newRow("bad date") << QStringList {u"--claim"_s, u"date-created"_s, u"--date"_s,
                                              u"2025-02-30"_s}
                              << u"is not an ISO 8601 date"_s;
    QTest::newRow("backward range")
        << QStringList {u"--claim"_s, u"date-created"_s, u"--date"_s, u"2025-08-14/2025-08-13"_s}
        << u"ends before it starts"_s;
    QTest::newRow("relative url") << QStringList {u"--claim"_s, u"source"_s, u"--value"_s,
                                                  u"KCNA"_s,    u"--url"_s,  u"kcna.kp"_s}
                                  << u"is not an absolute URL"_s;
    QTest::newRow("unknown pillar") << QStringList {u"--assess"_s, u"weather"_s, u"supports"_s}
                                    << u"provenance, source, date, location, motivation"_s;
    QTest::newRow("unknown status") << QStringList {u"--assess"_s, u"source"_s, u"maybe"_s}
                                    << u"not-checked, supports, contradicts, inconclusive"_s;
    QTest::newRow("missing status")
        << QStringList {u"--assess"_s, u"source"_s} << u"the STATUS is missing"_s;
    QTest::newRow("unknown verdict")
        << QStringList {u"--verdict"_s, u"fake"_s}
        << u"unverified, corroborated, disputed, manipulated, staged, miscaptioned"_s;
    QTest::newRow("confidence out of range")
        << QStringList {u"--verdict"_s, u"staged"_s, u"--confidence"_s, u"1.5"_s}
        << u"not a number from 0 to 1"_s;
    QTest::newRow("image out of range")
        << QStringList {u"--image"_s, u"3"_s} << u"the article has 2 image(s)"_s;
    QTest::newRow("claim needs one image")
        << QStringList {u"--claim"_s, u"source"_s, u"--value"_s, u"NCNA"_s} << u"--image N"_s;
    QTest::newRow("evidence out of range")
        << QStringList {u"--image"_s, u"1"_s,    u"--claim"_s,    u"source"_s,
                        u"--value"_s, u"NCNA"_s, u"--evidence"_s, u"text:10-999999"_s}
        << u"code points"_s;
    QTest::newRow("evidence quote not found") << QStringList {u"--image"_s,
                                                              u"1"_s,
                                                              u"--assess"_s,
                                                              u"source"_s,
                                                              u"supports"_s,
                                                              u"--evidence"_s,
                                                              u"text:not in the article"_s}
                                              << u"is not in the article text"_s;
    QTest::newRow("evidence without claim or assess")
        << QStringList {u"--image"_s, u"1"_s,          u"--verdict"_s,
                        u"staged"_s,  u"--evidence"_s, u"photo:1"_s}
        << u"--evidence goes with --claim or --assess"_s;
    QTest::newRow("evidence kind")
        << QStringList {u"--image"_s,  u"1"_s,          u"--assess"_s, u"source"_s,
                        u"supports"_s, u"--evidence"_s, u"photo:1"_s}
        << u"metadata:KEY=VALUE, image:N"_s;
    QTest::newRow("evidence image")
        << QStringList {u"--image"_s,  u"1"_s,          u"--assess"_s, u"source"_s,
                        u"supports"_s, u"--evidence"_s, u"image:7"_s}
        << u"image 7 does not exist"_s;
}

void TestProvenanceCommand::usageErrorsNameTheValidChoices()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString sidecar = mSample + u".provena.jsonld"_s;
    const CliRun r = provenance(mSample, args);
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(sidecar)); // nothing was written
}

void TestProvenanceCommand::unknownAndShortIds()
{
    const CliRun unknown = provenance(mKcna, {u"--accept"_s, u"deadbeef"_s});
    QCOMPARE(unknown.code, 64);
    QVERIFY2(unknown.err.contains(u"no claim or suggestion has the id “deadbeef”"_s),
             qPrintable(unknown.err));
    const CliRun shortId = provenance(mKcna, {u"--reject"_s, u"dead"_s});
    QCOMPARE(shortId.code, 64);
    QVERIFY2(shortId.err.contains(u"8 or more hex digits"_s), qPrintable(shortId.err));
    const QString id = suggestions(mKcna).at(0).toObject().value(u"id"_s).toString();
    const CliRun both = provenance(mKcna, {u"--accept"_s, id, u"--reject"_s, id.left(8)});
    QCOMPARE(both.code, 64);
    QVERIFY2(both.err.contains(u"is given to two of"_s), qPrintable(both.err));
    const CliRun removeSuggestion = provenance(mKcna, {u"--remove-claim"_s, id});
    QCOMPARE(removeSuggestion.code, 64);
    QVERIFY(!QFile::exists(mKcna + u".provena.jsonld"_s));
}

void TestProvenanceCommand::nothingChangedSavesNothing()
{
    const CliRun first = provenance(mKcna, {u"--verdict"_s, u"unverified"_s});
    QVERIFY2(first.code == 0, qPrintable(first.describe()));
    const QByteArray saved = readAll(mKcna + u".provena.jsonld"_s);
    QVERIFY(!saved.isEmpty());
    const CliRun again = provenance(mKcna, {u"--verdict"_s, u"unverified"_s});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QVERIFY2(again.err.contains(u"nothing changed"_s), qPrintable(again.describe()));
    QCOMPARE(readAll(mKcna + u".provena.jsonld"_s), saved);
}

void TestProvenanceCommand::flagsComeWithSuggestions()
{
    auto flagKinds = [](const QString &article) {
        const QJsonObject image = json(article, {u"--suggest"_s, u"--image"_s, u"1"_s})
                                      .value(u"images"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QStringList kinds;
        for (const QJsonValue &f : image.value(u"flags"_s).toArray())
            kinds.append(f.toObject().value(u"kind"_s).toString());
        return kinds;
    };
    // The handout as saved from the page has no EXIF at all.
    QVERIFY2(flagKinds(mKcna).contains(u"metadata-stripped"_s),
             qPrintable(flagKinds(mKcna).join(u',')));

    // The generated photo was taken on 2025-08-13, the day the caption names: no date flag.
    const QString photo = mDir->filePath(u"0813-farm.jpg"_s);
    QVERIFY(QFile::remove(photo));
    QVERIFY(
        QFile::copy(QStringLiteral(PROVENA_SOURCE_DIR "/tests/data/images/provenance.jpg"), photo));
    QStringList kinds = flagKinds(mKcna);
    QVERIFY2(!kinds.contains(u"date-mismatch"_s), qPrintable(kinds.join(u',')));
    QVERIFY2(kinds.contains(u"thumbnail-mismatch"_s), qPrintable(kinds.join(u',')));

    // A caption that says Oct. 2 (of 2025, from the URL) disagrees with the photo's own date.
    QByteArray october(kKcnaArticle);
    october.replace("on Aug. 13.", "on Oct. 2.");
    QVERIFY(writeAll(mKcna, october));
    kinds = flagKinds(mKcna);
    QVERIFY2(kinds.contains(u"date-mismatch"_s), qPrintable(kinds.join(u',')));

    // The text form names the flag before the suggestions.
    const CliRun text = provenance(mKcna, {u"--suggest"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"  flag date-mismatch: "_s), qPrintable(text.describe()));
}

QTEST_GUILESS_MAIN(TestProvenanceCommand)
#include "tst_provenancecommand.moc"
