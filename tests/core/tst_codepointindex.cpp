// SPDX-License-Identifier: MIT
#include "core/model/codepointindex.h"

#include <QTest>

using namespace provena;

class TestCodePointIndex : public QObject
{
    Q_OBJECT

private slots:
    void asciiIsIdentity();
    void hangulIsOneUnitEach();
    void emojiCountsAsOneCodePoint();
    void roundTripEveryOffset();
    void clampsOutOfRange();
};

void TestCodePointIndex::asciiIsIdentity()
{
    const QString text = QStringLiteral("abcdefghij");
    const CodePointIndex index(text);
    QCOMPARE(index.codePointCount(), 10);
    QCOMPARE(index.toCodePoint(4), 4);
    QCOMPARE(index.toUtf16(7), 7);
    QCOMPARE(index.slice(text, {4, 7}), QStringLiteral("efg"));
}

void TestCodePointIndex::hangulIsOneUnitEach()
{
    const QString text = QStringLiteral("김정은 위원장");
    const CodePointIndex index(text);
    QCOMPARE(index.codePointCount(), 7);
    QCOMPARE(index.slice(text, {4, 7}), QStringLiteral("위원장"));
}

void TestCodePointIndex::emojiCountsAsOneCodePoint()
{
    // U+1F4F7 CAMERA is a surrogate pair in UTF-16.
    const QString text = QStringLiteral("a\U0001F4F7b\U0001F4F7c");
    QCOMPARE(text.size(), 7);
    const CodePointIndex index(text);
    QCOMPARE(index.codePointCount(), 5);
    QCOMPARE(codePointLength(text), 5);
    QCOMPARE(index.toCodePoint(3), 2); // 'b'
    QCOMPARE(index.toUtf16(2), 3);
    QCOMPARE(index.toUtf16(4), 6); // 'c'
    QCOMPARE(index.slice(text, {1, 2}), QStringLiteral("\U0001F4F7"));
    QCOMPARE(index.slice(text, {4, 5}), QStringLiteral("c"));
}

void TestCodePointIndex::roundTripEveryOffset()
{
    const QString text = QStringLiteral("\U0001F600x\U0001F600\U0001F600평양y");
    const CodePointIndex index(text);
    const QList<uint> ucs4 = text.toUcs4();
    QCOMPARE(index.codePointCount(), qint64(ucs4.size()));
    for (qint64 cp = 0; cp <= index.codePointCount(); ++cp) {
        const qsizetype u = index.toUtf16(cp);
        QCOMPARE(index.toCodePoint(u), cp);
        if (cp < index.codePointCount())
            QCOMPARE(QString(text.mid(u)).toUcs4().first(), ucs4.at(cp));
    }
}

void TestCodePointIndex::clampsOutOfRange()
{
    const CodePointIndex index(QStringLiteral("ab\U0001F600"));
    QCOMPARE(index.toUtf16(-5), 0);
    QCOMPARE(index.toUtf16(99), 4);
    QCOMPARE(index.toCodePoint(99), 3);
}

QTEST_GUILESS_MAIN(TestCodePointIndex)
#include "tst_codepointindex.moc"
