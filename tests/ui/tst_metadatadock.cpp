// SPDX-License-Identifier: MIT
// The Metadata dock: readable field names (raw key in the tooltip and in the filter), values that
// use the dock's width without horizontal scrolling, and an explained empty state.
#include "ui/docks/metadatadock.h"

#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace provena;

class TestMetadataDock : public QObject
{
    Q_OBJECT

private slots:
    void readableNamesWithRawKeys();
    void filterMatchesNamesKeysAndValues();
    void strippedImageIsExplained();
    void valuesUseTheWidth();

private:
    static QTreeWidgetItem *findByKey(QTreeWidget *tree, const QString &key)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }
    static QString sample()
    {
        return QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg");
    }
};

void TestMetadataDock::readableNamesWithRawKeys()
{
    MetadataDock dock;
    dock.setImage(sample());
    QTreeWidgetItem *make = findByKey(dock.tree(), QStringLiteral("Exif.Image.Make"));
    QVERIFY(make);
    // Exiv2's title, not the key; the key stays available in the tooltip.
    QVERIFY2(!make->text(0).startsWith(QStringLiteral("Exif.")), qPrintable(make->text(0)));
    QVERIFY(!make->text(0).isEmpty());
    QCOMPARE(make->toolTip(0), QStringLiteral("Exif.Image.Make"));
    QVERIFY(make->text(1).contains(QStringLiteral("Kestrel")));
    QCOMPARE(make->toolTip(1), make->text(1));
}

void TestMetadataDock::filterMatchesNamesKeysAndValues()
{
    MetadataDock dock;
    dock.setImage(sample());
    auto *filter = dock.findChild<QLineEdit *>();
    QVERIFY(filter);
    const auto visible = [&] {
        int n = 0;
        for (int i = 0; i < dock.tree()->topLevelItemCount(); ++i)
            n += dock.tree()->topLevelItem(i)->isHidden() ? 0 : 1;
        return n;
    };
    const int all = visible();
    QVERIFY(all > 1);
    QTest::keyClicks(filter, QStringLiteral("Exif.Image.Make"));
    QVERIFY(visible() >= 1);
    QVERIFY(visible() < all);
    QVERIFY(!findByKey(dock.tree(), QStringLiteral("Exif.Image.Make"))->isHidden());
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("kestrel"));
    QVERIFY(!findByKey(dock.tree(), QStringLiteral("Exif.Image.Make"))->isHidden());
    filter->clear();
    QCOMPARE(visible(), all);
}

void TestMetadataDock::strippedImageIsExplained()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stripped.png"));
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QVERIFY(image.save(path));
    MetadataDock dock;
    dock.setImage(path);
    QCOMPARE(dock.tree()->topLevelItemCount(), 0);
    auto *status = dock.findChild<QLabel *>();
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("no EXIF, IPTC or XMP")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("strip")));
}

void TestMetadataDock::valuesUseTheWidth()
{
    MetadataDock dock;
    dock.resize(420, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.setImage(sample());
    QTreeWidget *tree = dock.tree();
    QCOMPARE(tree->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(tree->header()->sectionResizeMode(1), QHeaderView::Stretch);
    QVERIFY(tree->columnWidth(0) <= tree->viewport()->width() / 3 + 1);
    QVERIFY(tree->columnWidth(1) > tree->columnWidth(0) / 2);
}

QTEST_MAIN(TestMetadataDock)
#include "tst_metadatadock.moc"
