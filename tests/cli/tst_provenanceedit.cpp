// SPDX-License-Identifier: MIT
// What `provena-cli provenance` does to a document, without the process around it: one run is
// one undo step that undoes exactly, an error pushes nothing, and ids, dates and evidence specs
// are read as docs/cli.md says.
#include "cli/provenancearguments.h"
#include "cli/provenanceedit.h"
#include "session/documentio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace provena;
using namespace provena::cli;

namespace {

const char kArticle[]
    = "![Kim Jong Un visits a farm in this picture released by the Korean Central News Agency "
      "(KCNA) on Aug. 13. [KCNA]](https://news.example/2025/08/0813-farm.jpg)\n"
      "State media released photos of the visit. 사진 \U0001F600 end.\n";

} // namespace

class TestProvenanceEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneRunIsOneUndoStep();
    void anErrorPushesNothing();
    void idPrefixes();
    void dates_data();
    void dates();
    void textEvidenceCountsCodePoints();

private:
    std::unique_ptr<ArticleDocument> open();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mOut;
    QString mErr;
    QTextStream mOutStream {&mOut};
    QTextStream mErrStream {&mErr};
    CommandContext mContext {{u"provena-cli provenance"_s}, mOutStream, mErrStream};
};

void TestProvenanceEdit::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mArticle = mDir->filePath(u"farm.txt"_s);
    QFile f(mArticle);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kArticle);
    mOut.clear();
    mErr.clear();
}

std::unique_ptr<ArticleDocument> TestProvenanceEdit::open()
{
    auto doc = DocumentIO::open(mArticle);
    if (!doc)
        return nullptr;
    return std::move(doc).value();
}

void TestProvenanceEdit::oneRunIsOneUndoStep()
{
    const auto doc = open();
    QVERIFY(doc);
    QCOMPARE(doc->article().images.size(), 1);
    SuggestionSource suggestions(mContext);
    const QList<ProvenanceSuggestion> proposed = suggestions.forImage(*doc, 0);
    QVERIFY(!proposed.isEmpty());

    ProvenanceRequest request;
    request.accept = {proposed.first().claim.id.toString(QUuid::WithoutBraces).left(8)};
    ProvenanceClaim claim;
    claim.role = ClaimRole::Creator;
    request.claim = claim;
    request.claimAgent = u"kcna"_s; // a directory id resolves too
    request.evidence = {u"note:seen on the agency's site"_s};
    request.verdict = Verdict {Verdict::Value::Corroborated, u"two sources"_s, 0.8, {}, {}};
    doc->setAuthor(u"tester"_s);

    ProvenanceEdit edit(*doc, {0}, suggestions, mContext);
    QCOMPARE(edit.apply(request), 0);
    QCOMPARE(doc->undoStack()->count(), 1);
    const ImageProvenance after = doc->imageProvenance(0);
    QCOMPARE(after.claims.size(), 2);
    QCOMPARE(after.claims.at(0).id, proposed.first().claim.id);
    QCOMPARE(after.claims.at(0).status, ClaimStatus::Accepted);
    QCOMPARE(after.claims.at(0).recordedBy, u"tester"_s);
    QCOMPARE(after.claims.at(1).agent.directoryId, u"kcna"_s);
    QCOMPARE(after.claims.at(1).evidence.at(0).note, u"seen on the agency's site"_s);
    QCOMPARE(after.verdict.value, Verdict::Value::Corroborated);
    QCOMPARE(after.verdict.decidedBy, u"tester"_s);
    const QStringList report = edit.report().trimmed().split(u'\n');
    QCOMPARE(report.size(), 3);
    QCOMPARE(report.at(0),
             u"accepted "_s + proposed.first().claim.id.toString(QUuid::WithoutBraces));
    QCOMPARE(report.at(1), u"added "_s + after.claims.at(1).id.toString(QUuid::WithoutBraces));
    QCOMPARE(report.at(2), u"verdict image 1 corroborated"_s);

    doc->undoStack()->undo();
    QVERIFY(doc->imageProvenance(0).isEmpty());
    doc->undoStack()->redo();
    QCOMPARE(doc->imageProvenance(0), after);
}

void TestProvenanceEdit::anErrorPushesNothing()
{
    const auto doc = open();
    QVERIFY(doc);
    SuggestionSource suggestions(mContext);
    ProvenanceRequest request;
    request.accept = {suggestions.forImage(*doc, 0).first().claim.id.toString()};
    request.assessment = std::pair {Pillar::Source, PillarAssessment()};
    request.evidence = {u"text:5-100000"_s};
    ProvenanceEdit edit(*doc, {0}, suggestions, mContext);
    QCOMPARE(edit.apply(request), 64);
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->imageProvenance(0).isEmpty());
    QVERIFY2(mErr.contains(u"code points"_s), qPrintable(mErr));
}

void TestProvenanceEdit::idPrefixes()
{
    const QUuid a = QUuid::fromString(u"3f2a9c1e-0000-4000-8000-000000000001"_s);
    const QUuid b = QUuid::fromString(u"3f2a9c1e-7000-4000-8000-000000000002"_s);
    const QList<ClaimTarget> targets {{0, a, false}, {0, b, true}};
    QVERIFY(!ProvenanceArguments::findTarget(targets, u"3f2a9c1"_s)); // 7 digits: too short
    const Result<ClaimTarget> ambiguous = ProvenanceArguments::findTarget(targets, u"3f2a9c1e"_s);
    QVERIFY(!ambiguous);
    QVERIFY(ambiguous.error().message.contains(u"ambiguous"_s));
    QVERIFY(ambiguous.error().message.contains(b.toString(QUuid::WithoutBraces)));
    QCOMPARE(ProvenanceArguments::findTarget(targets, u"3F2A9C1E-7"_s)->id, b);
    QCOMPARE(ProvenanceArguments::findTarget(targets, u"3f2a9c1e0"_s)->id, a);
    QCOMPARE(
        ProvenanceArguments::findTarget(targets, u"urn:uuid:"_s + a.toString(QUuid::WithoutBraces))
            ->id,
        a);
    QCOMPARE(ProvenanceArguments::findTarget(targets, b.toString())->suggestion, true);
    QVERIFY(!ProvenanceArguments::findTarget(targets, u"3f2a9c1f"_s));
    QVERIFY(!ProvenanceArguments::findTarget(targets, u"not-an-id"_s));
}

void TestProvenanceEdit::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("date") << u"2025-08-13"_s << true;
    QTest::newRow("date-time") << u"2025-08-13T10:42:00Z"_s << true;
    QTest::newRow("date-time, minutes") << u"2025-08-13T10:42"_s << true;
    QTest::newRow("offset") << u"2025-08-13T10:42:00+09:00"_s << true;
    QTest::newRow("range") << u"2025-08-12/2025-08-13"_s << true;
    QTest::newRow("range within a day") << u"2025-08-13T10:00/2025-08-13"_s << true;
    QTest::newRow("backward") << u"2025-08-13/2025-08-12"_s << false;
    QTest::newRow("no such day") << u"2025-02-29"_s << false;
    QTest::newRow("month only, as the sidecar reader takes it") << u"2025-08"_s << true;
    QTest::newRow("no clock shows it") << u"2025-08-13T25:61:00"_s << false;
    QTest::newRow("words") << u"Aug. 13"_s << false;
    QTest::newRow("three ends") << u"2025-08-12/2025-08-13/2025-08-14"_s << false;
    QTest::newRow("hour 25") << u"2025-08-13T25:00"_s << false;
}

void TestProvenanceEdit::dates()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(bool(ProvenanceArguments::parseDate(date)), valid);
}

void TestProvenanceEdit::textEvidenceCountsCodePoints()
{
    const auto doc = open();
    QVERIFY(doc);
    const QString &text = doc->article().text;
    const qsizetype endUtf16 = text.indexOf(u" end."_s) + 5;
    const qint64 endCodePoints = endUtf16 - 1; // the emoji is two UTF-16 units, one code point
    const Result<Evidence> span = ProvenanceArguments::parseEvidence(
        *doc, u"text:%1-%2"_s.arg(endCodePoints - 9).arg(endCodePoints));
    QVERIFY(span);
    QCOMPARE(span->quote, u"\U0001F600 end."_s.prepend(u"사진 "_s));
    const Result<Evidence> quoted = ProvenanceArguments::parseEvidence(*doc, u"text:end.@1"_s);
    QVERIFY(quoted);
    QCOMPARE(quoted->range.end, endCodePoints);
    QVERIFY(ProvenanceArguments::parseEvidence(*doc, u"metadata:Exif.Image.Artist= A B "_s));
    QCOMPARE(ProvenanceArguments::parseEvidence(*doc, u"metadata:Exif.Image.Artist= A B "_s)
                 ->metadataValue,
             u"A B"_s);
    QVERIFY(!ProvenanceArguments::parseEvidence(*doc, u"metadata:=x"_s));
    QVERIFY(!ProvenanceArguments::parseEvidence(*doc, u"image:2"_s));
    QCOMPARE(ProvenanceArguments::parseEvidence(*doc, u"image:1"_s)->imageIndex, 0);
    QVERIFY(!ProvenanceArguments::parseEvidence(*doc, u"url:not a url"_s));
    QVERIFY(!ProvenanceArguments::parseEvidence(*doc, u"note:  "_s));
}

QTEST_GUILESS_MAIN(TestProvenanceEdit)
#include "tst_provenanceedit.moc"
