// SPDX-License-Identifier: MIT
// (Being written.)
#include <QTest>

class Tst_releasefinder : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(Tst_releasefinder)
#include "tst_releasefinder.moc"
