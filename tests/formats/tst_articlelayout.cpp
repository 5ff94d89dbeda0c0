// SPDX-License-Identifier: MIT
// (Being written.)
#include <QTest>

class Tst_articlelayout : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(Tst_articlelayout)
#include "tst_articlelayout.moc"
