// SPDX-License-Identifier: MIT
#include "core/document/anchorresolver.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QTest>

using namespace provena;

namespace {

TextAnchor anchorOn(const QString &text, const QString &quote, int occurrence = 1)
{
    const CodePointIndex index(text);
    return makeTextAnchor(text, index, findOccurrence(text, index, quote, occurrence));
}

const QString kText = QStringLiteral(
    "Premier Tal Orsen toured the rebuilt container terminal at the Port of Elvhaven on "
    "Wednesday. Orsen was last seen in public on July 24, when he attended a naval parade.");

} // namespace

class TestAnchorResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolvedWhenUnchanged();
    void movedWhenTextInsertedBefore();
    void movedPicksBestContextAmongOccurrences();
    void movedTieGoesToNearest();
    void fuzzyWhenQuoteSlightlyEdited();
    void fuzzyThresholdBoundary();
    void orphanedWhenGone();
    void orphanedKeepsRangeAndQuote();
    void emptyQuoteIsOrphaned();
    void codePointsWithHangulAndEmoji();
    void fuzzyNeverSplitsSurrogatePairs();
    void rangeBeyondTextIsNotResolved();
};

void TestAnchorResolver::resolvedWhenUnchanged()
{
    const TextAnchor a = anchorOn(kText, QStringLiteral("container terminal"));
    const AnchorResolver resolver(kText);
    const auto r = resolver.resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Resolved);
    QCOMPARE(r.range, a.range);
    QCOMPARE(resolver.reanchored(a), [&] {
        TextAnchor same = a;
        same.status = TextAnchor::Status::Resolved;
        return same;
    }());
}

void TestAnchorResolver::movedWhenTextInsertedBefore()
{
    const TextAnchor a = anchorOn(kText, QStringLiteral("naval parade"));
    const QString changed = QStringLiteral("BREAKING: ") + kText;
    const AnchorResolver resolver(changed);
    const TextAnchor b = resolver.reanchored(a);
    QCOMPARE(b.status, TextAnchor::Status::Moved);
    QCOMPARE(b.range.start, a.range.start + 10);
    QCOMPARE(b.exact, a.exact);
    QCOMPARE(resolver.index().slice(changed, b.range), QStringLiteral("naval parade"));
}

void TestAnchorResolver::movedPicksBestContextAmongOccurrences()
{
    // "Orsen" occurs twice; the anchor is on the second one. Insert text so neither position
    // holds, and the prefix/suffix must pick the second.
    TextAnchor a = anchorOn(kText, QStringLiteral("Orsen"), 2);
    const QString changed = QStringLiteral("Update. ") + kText;
    const auto r = AnchorResolver(changed).resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Moved);
    const CodePointIndex index(changed);
    QCOMPARE(r.range, findOccurrence(changed, index, QStringLiteral("Orsen"), 2));
}

void TestAnchorResolver::movedTieGoesToNearest()
{
    const QString text = QStringLiteral("x cat x cat x cat x");
    TextAnchor a;
    a.exact = QStringLiteral("cat");
    a.range = {14, 17}; // nothing there matches after the edit below
    const QString changed = QStringLiteral("yy") + text;
    const auto r = AnchorResolver(changed).resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Moved);
    QCOMPARE(r.range, TextRange({16, 19}));
}

void TestAnchorResolver::fuzzyWhenQuoteSlightlyEdited()
{
    const TextAnchor a = anchorOn(kText, QStringLiteral("rebuilt container terminal"));
    QString changed = kText;
    changed.replace(QStringLiteral("rebuilt container terminal"),
                    QStringLiteral("re-built containr terminal"));
    const AnchorResolver resolver(changed);
    const TextAnchor b = resolver.reanchored(a);
    QCOMPARE(b.status, TextAnchor::Status::Fuzzy);
    QVERIFY(b.similarity >= AnchorResolver::kFuzzyThreshold);
    QVERIFY(b.similarity < 1.0);
    QVERIFY2(b.exact.contains(QStringLiteral("containr")), qPrintable(b.exact));
    QCOMPARE(resolver.index().slice(changed, b.range), b.exact);
}

void TestAnchorResolver::fuzzyThresholdBoundary()
{
    TextAnchor a;
    a.exact = QStringLiteral("abcdefghij"); // 10 characters
    a.range = {0, 10};
    // 2 substitutions → similarity 0.8 ≥ 0.75: fuzzy.
    auto r = AnchorResolver(QStringLiteral("zzzz abXdeYghij zzzz")).resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Fuzzy);
    QCOMPARE(r.similarity, 0.8);
    // 3 substitutions → 0.7 < 0.75: orphaned.
    r = AnchorResolver(QStringLiteral("zzzz abXdeYgZij zzzz")).resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Orphaned);
    QCOMPARE(r.range, a.range);
}

void TestAnchorResolver::orphanedWhenGone()
{
    const TextAnchor a = anchorOn(kText, QStringLiteral("naval parade"));
    const auto r
        = AnchorResolver(QStringLiteral("Completely different text about weather.")).resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Orphaned);
}

void TestAnchorResolver::orphanedKeepsRangeAndQuote()
{
    const TextAnchor a = anchorOn(kText, QStringLiteral("naval parade"));
    const TextAnchor b = AnchorResolver(QStringLiteral("Nothing here.")).reanchored(a);
    QCOMPARE(b.status, TextAnchor::Status::Orphaned);
    QCOMPARE(b.range, a.range);
    QCOMPARE(b.exact, a.exact);
    QCOMPARE(b.prefix, a.prefix);
    QCOMPARE(b.id, a.id);
}

void TestAnchorResolver::emptyQuoteIsOrphaned()
{
    TextAnchor a;
    a.range = {0, 0};
    QCOMPARE(AnchorResolver(kText).resolve(a).status, TextAnchor::Status::Orphaned);
}

void TestAnchorResolver::codePointsWithHangulAndEmoji()
{
    const QString text
        = QStringLiteral("\U0001F4F7 사진: 김정은 위원장이 \U0001F600 항구를 방문했다.");
    const TextAnchor a = anchorOn(text, QStringLiteral("항구를"));
    // 📷 is one code point (two UTF-16 units): offsets are code points.
    QCOMPARE(a.range.start, qint64(text.indexOf(QStringLiteral("항구를")) - 2));
    const QString changed = QStringLiteral("\U0001F600\U0001F600 ") + text;
    const TextAnchor b = AnchorResolver(changed).reanchored(a);
    QCOMPARE(b.status, TextAnchor::Status::Moved);
    QCOMPARE(b.range.start, a.range.start + 3);
}

void TestAnchorResolver::fuzzyNeverSplitsSurrogatePairs()
{
    TextAnchor a;
    a.exact = QStringLiteral("\U0001F600abcdefgh");
    a.range = {100, 109};
    const QString text = QStringLiteral("xx \U0001F600abcdXfgh yy");
    const AnchorResolver resolver(text);
    const TextAnchor b = resolver.reanchored(a);
    QCOMPARE(b.status, TextAnchor::Status::Fuzzy);
    QVERIFY(!b.exact.isEmpty());
    QVERIFY(!b.exact.front().isLowSurrogate());
    QVERIFY(!b.exact.back().isHighSurrogate());
}

void TestAnchorResolver::rangeBeyondTextIsNotResolved()
{
    TextAnchor a;
    a.exact = QStringLiteral("port");
    a.range = {10'000, 10'004};
    const auto r = AnchorResolver(QStringLiteral("the port")).resolve(a);
    QCOMPARE(r.status, TextAnchor::Status::Moved);
    QCOMPARE(r.range, TextRange({4, 8}));
}

QTEST_GUILESS_MAIN(TestAnchorResolver)
#include "tst_anchorresolver.moc"
