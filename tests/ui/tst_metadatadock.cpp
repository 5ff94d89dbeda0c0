// SPDX-License-Identifier: MIT
// The Metadata dock: flags and warnings on top, the provenance evidence grouped (who first) with
// raw keys, then every field under "All fields"; readable names (raw key in the tooltip and in the
// filter), values that use the dock's width, an explained empty state, and reading off the UI
// thread where only the newest image is shown.
#include "ui/docks/metadatadock.h"

#include "metadata/evidencegroups.h"

#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestMetadataDock : public QObject
{
    Q_OBJECT

private slots:
    void readableNamesWithRawKeys();
    void groupsProvenanceFirstThenAllFields();
    void flagsAreShownOnTop();
    void filterMatchesNamesKeysAndValues();
    void strippedImageIsExplained();
    void unreadableImageIsExplained();
    void readsOffTheUiThreadNewestWins();
    void valuesUseTheWidth();

private:
    /** setImage() and wait until the dock shows it. */
    static bool load(MetadataDock &dock, const QString &path)
    {
        QSignalSpy loaded(&dock, &MetadataDock::imageLoaded);
        dock.setImage(path);
        return loaded.wait(20000) && loaded.last().first().toString() == path;
    }
    static QTreeWidgetItem *findByKey(QTreeWidget *tree, const QString &key)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
                return tree->topLevelItem(i);
        }
        return nullptr;
    }
    static QStringList headings(QTreeWidget *tree)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, MetadataDock::kHeadingRole).toBool())
                out.append(tree->topLevelItem(i)->text(0));
        }
        return out;
    }
    static QString sample()
    {
        return QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg");
    }
    static QString provenanceImage()
    {
        return QStringLiteral(PROVENA_TEST_DATA "/images/provenance.jpg");
    }
};

void TestMetadataDock::readableNamesWithRawKeys()
{
    MetadataDock dock;
    QVERIFY(load(dock, sample()));
    QTreeWidgetItem *make = findByKey(dock.tree(), QStringLiteral("Exif.Image.Make"));
    QVERIFY(make);
    // A title, not the key; the key stays available in the tooltip.
    QVERIFY2(!make->text(0).startsWith(QStringLiteral("Exif.")), qPrintable(make->text(0)));
    QVERIFY(!make->text(0).isEmpty());
    QCOMPARE(make->toolTip(0), QStringLiteral("Exif.Image.Make"));
    QVERIFY(make->text(1).contains(QStringLiteral("Kestrel")));
    QCOMPARE(make->toolTip(1), make->text(1));
    QCOMPARE(make->text(2), u"EXIF"_s);
}

void TestMetadataDock::groupsProvenanceFirstThenAllFields()
{
    MetadataDock dock;
    QVERIFY(load(dock, provenanceImage()));
    QTreeWidget *tree = dock.tree();
    QStringList expected;
    for (const EvidenceGroups::Group &group : EvidenceGroups::all())
        expected.append(EvidenceGroups::title(group.id));
    expected.append(u"All fields"_s);
    QCOMPARE(headings(tree), expected);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Who made and released it"_s);
    QVERIFY(tree->topLevelItem(0)->isFirstColumnSpanned());
    // The first row under "who" is the most authoritative creator, XMP.
    QCOMPARE(tree->topLevelItem(1)->text(0), u"Creator"_s);
    QCOMPARE(tree->topLevelItem(1)->text(1), u"Kim Min-jun"_s);
    QCOMPARE(tree->topLevelItem(1)->text(2), u"XMP"_s);
    QCOMPARE(tree->topLevelItem(1)->toolTip(0), u"Xmp.dc.creator"_s);
    // The same key appears again under "All fields", after every group.
    int allFieldsAt = -1;
    int lastCreator = -1;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == u"All fields"_s)
            allFieldsAt = i;
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"Xmp.dc.creator"_s)
            lastCreator = i;
    }
    QVERIFY(allFieldsAt > 1);
    QVERIFY(lastCreator > allFieldsAt);
    // The order is the information: no sorting by a header click.
    QVERIFY(!tree->isSortingEnabled());
}

void TestMetadataDock::flagsAreShownOnTop()
{
    MetadataDock dock;
    dock.resize(420, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY(load(dock, provenanceImage()));
    QLabel *flags = dock.flagsLabel();
    QVERIFY(flags->isVisible());
    QVERIFY2(flags->text().contains(u"EXIF thumbnail does not show the main image"_s),
             qPrintable(flags->text()));
    QVERIFY(flags->text().contains(u"Adobe Photoshop"_s));
    QVERIFY(flags->geometry().bottom() < dock.tree()->geometry().top());

    // A matching thumbnail and no editor: the strip goes away.
    QVERIFY(load(dock, sample()));
    QVERIFY2(!flags->text().contains(u"thumbnail"_s), qPrintable(flags->text()));
}

void TestMetadataDock::filterMatchesNamesKeysAndValues()
{
    MetadataDock dock;
    QVERIFY(load(dock, sample()));
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
    // Headings of groups with no matching row are hidden; the ones with a match stay.
    const QStringList shown = [&] {
        QStringList out;
        for (int i = 0; i < dock.tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dock.tree()->topLevelItem(i);
            if (item->data(0, MetadataDock::kHeadingRole).toBool() && !item->isHidden())
                out.append(item->text(0));
        }
        return out;
    }();
    QCOMPARE(shown, QStringList({u"Camera"_s, u"All fields"_s}));
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
    QVERIFY(load(dock, path));
    QCOMPARE(dock.tree()->topLevelItemCount(), 0);
    auto *status = dock.findChild<QLabel *>();
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("no EXIF, IPTC or XMP")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("strip")));
    QVERIFY(dock.flagsLabel()->text().contains(u"no EXIF metadata at all"_s));
}

void TestMetadataDock::unreadableImageIsExplained()
{
    MetadataDock dock;
    const QString path = QStringLiteral(PROVENA_TEST_DATA "/images/not-an-image.jpg");
    QVERIFY(load(dock, path));
    QCOMPARE(dock.tree()->topLevelItemCount(), 0);
    auto *status = dock.findChild<QLabel *>();
    QVERIFY2(status->text().contains(u"not-an-image.jpg"_s), qPrintable(status->text()));
    QVERIFY(dock.flagsLabel()->isHidden());
}

void TestMetadataDock::readsOffTheUiThreadNewestWins()
{
    MetadataDock dock;
    QSignalSpy loaded(&dock, &MetadataDock::imageLoaded);
    dock.setImage(provenanceImage());
    // setImage() returned before anything was read: the list fills from the event loop.
    QCOMPARE(dock.tree()->topLevelItemCount(), 0);
    QVERIFY(dock.findChild<QLabel *>()->text().contains(u"Reading"_s));
    dock.setImage(sample()); // before the first finished: only this one may be shown
    QVERIFY(loaded.wait(20000));
    QTest::qWait(200); // the first request's result arrives too, and must be dropped
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toString(), sample());
    QVERIFY(findByKey(dock.tree(), u"Exif.Image.Make"_s)->text(1).contains(u"Kestrel"_s));
    // An empty path clears at once.
    dock.setImage({});
    QCOMPARE(dock.tree()->topLevelItemCount(), 0);
}

void TestMetadataDock::valuesUseTheWidth()
{
    MetadataDock dock;
    dock.resize(420, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY(load(dock, sample()));
    QTreeWidget *tree = dock.tree();
    QCOMPARE(tree->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QCOMPARE(tree->header()->sectionResizeMode(1), QHeaderView::Stretch);
    QVERIFY(tree->columnWidth(0) <= tree->viewport()->width() / 3 + 1);
    QVERIFY(tree->columnWidth(1) > tree->columnWidth(0) / 2);
}

QTEST_MAIN(TestMetadataDock)
#include "tst_metadatadock.moc"
