// SPDX-License-Identifier: MIT
// (Being written.)
#include <QTest>

class TestArticleTextView : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_MAIN(TestArticleTextView)
#include "tst_articletextview.moc"
