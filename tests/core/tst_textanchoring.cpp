// SPDX-License-Identifier: MIT
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QTest>

using namespace provena;

class TestTextAnchoring : public QObject
{
    Q_OBJECT

private slots:
    void trimLinkRange_data();
    void trimLinkRange();
    void trimKeepsCodePoints();
};

void TestTextAnchoring::trimLinkRange_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("linked");
    QTest::newRow("trailing space")
        << QStringLiteral("Kim Jong-un ") << QStringLiteral("Kim Jong-un");
    QTest::newRow("both sides") << QStringLiteral("  Kim Jong-un,\n")
                                << QStringLiteral("Kim Jong-un");
    QTest::newRow("curly quotes") << QStringLiteral("“Vera Lind,”") << QStringLiteral("Vera Lind");
    QTest::newRow("straight quotes") << QStringLiteral("\"BERTH 7\".") << QStringLiteral("BERTH 7");
    QTest::newRow("sentence end") << QStringLiteral("Vera Lind.") << QStringLiteral("Vera Lind");
    QTest::newRow("abbreviation") << QStringLiteral("the U.S.") << QStringLiteral("the U.S.");
    QTest::newRow("initial") << QStringLiteral("John F.") << QStringLiteral("John F.");
    QTest::newRow("balanced paren") << QStringLiteral("Korean Central News Agency (KCNA), ")
                                    << QStringLiteral("Korean Central News Agency (KCNA)");
    QTest::newRow("paren around") << QStringLiteral("(KCNA)") << QStringLiteral("KCNA");
    QTest::newRow("open paren only") << QStringLiteral("(Orsen") << QStringLiteral("Orsen");
    QTest::newRow("hangul") << QStringLiteral("「김정은」 ") << QStringLiteral("김정은");
    QTest::newRow("only punctuation") << QStringLiteral(" ,. ") << QString();
}

void TestTextAnchoring::trimLinkRange()
{
    QFETCH(QString, selected);
    QFETCH(QString, linked);
    const QString text = QStringLiteral("Before ") + selected + QStringLiteral(" after");
    const CodePointIndex index(text);
    const TextRange range = index.toCodePoints(7, 7 + selected.size());
    const TextRange trimmed = provena::trimLinkRange(text, index, range);
    QCOMPARE(index.slice(text, trimmed), linked);
    QVERIFY(trimmed.start >= range.start);
    QVERIFY(trimmed.end <= range.end);
}

void TestTextAnchoring::trimKeepsCodePoints()
{
    // An emoji before the name: ranges are code points, not UTF-16 units.
    const QString text = QStringLiteral("📸 “Tal Orsen” 🌊");
    const CodePointIndex index(text);
    const TextRange trimmed = provena::trimLinkRange(text, index, {1, 14});
    QCOMPARE(trimmed, (TextRange {3, 12}));
    QCOMPARE(index.slice(text, trimmed), QStringLiteral("Tal Orsen"));
}

QTEST_GUILESS_MAIN(TestTextAnchoring)
#include "tst_textanchoring.moc"
