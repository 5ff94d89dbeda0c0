// SPDX-License-Identifier: MIT
// (Being written.)
#include <QTest>

class Tst_articlecorpus : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(Tst_articlecorpus)
#include "tst_articlecorpus.moc"
