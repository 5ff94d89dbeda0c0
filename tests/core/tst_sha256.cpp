// SPDX-License-Identifier: MIT
// SHA-256 through libcrypto (core/io/sha256.h): the FIPS 180-2 test vectors, pieces and devices
// give the digest of the whole, and Qt's own implementation agrees on large random data.
#include "core/io/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace provena;

class TestSha256 : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void piecesAndDevicesGiveTheWhole();
    void agreesWithQtOnLargeData();
    void failedDeviceReadIsReported();
};

void TestSha256::knownVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
        "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("a million a") << QByteArray(
        1'000'000,
        'a') << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

void TestSha256::knownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(Sha256::hash(input).toHex(), hex);
    QCOMPARE(Sha256::hash(input).size(), 32);
}

void TestSha256::piecesAndDevicesGiveTheWhole()
{
    QByteArray data(3 * (1 << 20) + 12345, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = char(generator.bounded(256));
    const QByteArray whole = Sha256::hash(data);

    Sha256 pieces;
    for (qsizetype at = 0; at < data.size(); at += 70'001)
        pieces.addData(
            QByteArrayView(data).sliced(at, std::min<qsizetype>(70'001, data.size() - at)));
    QCOMPARE(pieces.result(), whole);
    QCOMPARE(pieces.result(), whole); // asked again: the same digest

    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Sha256 streamed;
    QVERIFY(streamed.addData(&buffer));
    QCOMPARE(streamed.result(), whole);
}

void TestSha256::agreesWithQtOnLargeData()
{
    QByteArray data(5 * (1 << 20) + 7, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : data)
        c = char(generator.bounded(256));
    QCOMPARE(Sha256::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

void TestSha256::failedDeviceReadIsReported()
{
    QBuffer closed; // never opened: read() fails
    Sha256 sha;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
    QVERIFY(!sha.addData(&closed));
}

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
