// SPDX-License-Identifier: MIT
// The bar above the canvas that offers the regions in the shown image's XMP (faces tagged in
// digiKam): the sidecar is written by exiftool in the test, the bar is driven by mouse clicks.
#include "../metadata/exiftoolrunner.h"
#include "core/document/articledocument.h"
#include "metadata/xmpsidecar.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/xmpimportbar.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

/** Runs exiftool quietly; the reason it failed, or empty. Missing exiftool fails the test. */
QString exiftool(const QStringList &arguments)
{
    return testing::runExiftool(QStringList {u"-q"_s, u"-m"_s} + arguments).error;
}

} // namespace

class TestXmpImportBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void importIsOneUndoStep();
    void dismissLastsUntilReopened();
    void deletedRegionIsNotOfferedBack();
    void brokenSidecarIsSaid();

private:
    std::unique_ptr<MainWindow> openWindow();
    /** Waits for the bar's read of image `index` to end. */
    static bool waitForRead(XmpImportBar *bar, QSignalSpy &spy, int index);

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle; ///< article/story.md with photos/photo.jpg (regions) and photos/b.png
    QString mPhoto;
};

void TestXmpImportBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ProvenaTest"_s);
    QCoreApplication::setApplicationName(
        u"ProvenaXmpImportBarTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QSettings().setValue(u"canvas/askLabelAfterDrawing"_s, false);
    const QString version = exiftool({u"-ver"_s});
    QVERIFY2(version.isEmpty(), qPrintable(version));
}

void TestXmpImportBar::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestXmpImportBar::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QVERIFY(QDir(mDir->path()).mkpath(u"article/photos"_s));
    // Stored 300 × 200 and turned by EXIF orientation 6: shown 200 × 300.
    mPhoto = mDir->filePath(u"article/photos/photo.jpg"_s);
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/orientation6.jpg"), mPhoto));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"),
                        mDir->filePath(u"article/photos/b.png"_s)));
    mArticle = mDir->filePath(u"article/story.md"_s);
    QVERIFY(testing::writeBytes(mArticle,
                                "# Harbour\n\n![Crane.](photos/photo.jpg)\n\n"
                                "![Other.](photos/b.png)\n\nBody text.\n"));
    // As digiKam writes tagged faces (MWG, normalised, on the stored grid), plus a pet.
    const QString problem = exiftool(
        {u"-o"_s, mPhoto + u".xmp"_s,
         u"-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=300,H=200,Unit=pixel},RegionList=["
         "{Area={X=0.5,Y=0.25,W=0.1,H=0.1,Unit=normalized},Type=Face,Name=Vera Lind},"
         "{Area={X=0.2,Y=0.5,W=0.1,H=0.2,Unit=normalized},Type=Face,Name=Tal Orsen},"
         "{Area={X=0.8,Y=0.8,W=0.1,H=0.1,Unit=normalized},Type=Pet}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

std::unique_ptr<MainWindow> TestXmpImportBar::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Discard; });
    w->resize(1000, 700);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openArticle(mArticle))
        return nullptr;
    return w;
}

bool TestXmpImportBar::waitForRead(XmpImportBar *bar, QSignalSpy &spy, int index)
{
    for (int i = 0; i < 500; ++i) {
        for (const QList<QVariant> &call : std::as_const(spy)) {
            if (call.value(0).toInt() == index && !bar->isReading())
                return true;
        }
        QTest::qWait(10);
    }
    return false;
}

void TestXmpImportBar::importIsOneUndoStep()
{
    auto w = openWindow();
    QVERIFY(w);
    XmpImportBar *bar = w->canvasPane()->xmpImportBar();
    QTRY_VERIFY2(bar->isVisible(), qPrintable(bar->text()));
    QCOMPARE(bar->offeredCount(), 3);
    QVERIFY2(bar->text().contains(u"holds 3 region"_s), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(u"photo.jpg.xmp"_s));
    QVERIFY(bar->importButton()->isVisible());
    ArticleDocument *doc = w->document();
    QVERIFY(doc->regions().isEmpty());
    const int undoSteps = doc->undoStack()->count();

    QTest::mouseClick(bar->importButton(), Qt::LeftButton);
    QCOMPARE(doc->regions().size(), 3);
    QCOMPARE(doc->undoStack()->count(), undoSteps + 1);
    // Vera Lind: stored centre (150, 50), 30 × 20; orientation 6 shows (x, y) at (200 − y, x).
    const Region &vera = doc->regions().first();
    QCOMPARE(vera.imageIndex, 0);
    QCOMPARE(vera.label, u"person"_s); // MWG "Face"
    QCOMPARE(vera.entity.name, u"Vera Lind"_s);
    QCOMPARE(vera.geometry.boundingRect(), QRectF(140, 135, 20, 30));
    // "Pet" is no label of this article: imported without one, and said.
    QVERIFY(doc->regions().at(2).label.isEmpty());
    QVERIFY2(bar->text().contains(u"Imported 3 region"_s), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(u"left without a label: Pet"_s), qPrintable(bar->text()));
    QVERIFY(!bar->importButton()->isVisible());
    QVERIFY(bar->isVisible());

    // Edit › Undo takes the whole import out in one step.
    QAction *undo = w->action(u"undo"_s);
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QVERIFY(doc->regions().isEmpty());
    QCOMPARE(doc->undoStack()->count(), undoSteps + 1); // redo is still there
    QCOMPARE(doc->undoStack()->index(), undoSteps);
    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestXmpImportBar::dismissLastsUntilReopened()
{
    auto w = openWindow();
    QVERIFY(w);
    XmpImportBar *bar = w->canvasPane()->xmpImportBar();
    QSignalSpy reads(bar, &XmpImportBar::readFinished);
    QTRY_VERIFY(bar->isVisible());

    // The other image has no regions in its XMP: no bar; back to the first: the offer again.
    w->showImage(1);
    QVERIFY(!bar->isVisible());
    QVERIFY(waitForRead(bar, reads, 1));
    QVERIFY(!bar->isVisible());
    reads.clear();
    w->showImage(0);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->offeredCount(), 3);

    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    w->showImage(1);
    QVERIFY(waitForRead(bar, reads, 1));
    w->showImage(0);
    QTRY_COMPARE(w->canvasPane()->currentImage(), 0);
    QTRY_VERIFY(!w->isImageLoading());
    QVERIFY(!bar->isReading()); // a dismissed image is not even read
    QVERIFY(!bar->isVisible());
    QVERIFY(w->document()->regions().isEmpty());

    // Opening the article again offers the regions again.
    QVERIFY(w->openArticle(mArticle));
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->offeredCount(), 3);
}

void TestXmpImportBar::deletedRegionIsNotOfferedBack()
{
    auto w = openWindow();
    QVERIFY(w);
    XmpImportBar *bar = w->canvasPane()->xmpImportBar();
    QSignalSpy reads(bar, &XmpImportBar::readFinished);
    QTRY_VERIFY(bar->isVisible());
    QTest::mouseClick(bar->importButton(), Qt::LeftButton);
    ArticleDocument *doc = w->document();
    QCOMPARE(doc->regions().size(), 3);

    // What a save writes beside the image: the article's regions as Provena's, next to digiKam's.
    XmpSidecarContent content;
    content.displayedSize = QSize(200, 300);
    content.orientation = 6;
    for (const Region &region : doc->regions()) {
        XmpRegion written;
        written.id = region.id;
        written.geometry = region.geometry;
        written.labelId = region.label;
        written.name = region.entity.name;
        written.isPerson = region.label == u"person"_s;
        content.regions.append(written);
    }
    const Result<XmpWriteReport> written = XmpSidecarWriter::write(mPhoto, content);
    QVERIFY2(written, qPrintable(written.error().toString()));
    QCOMPARE(written->regionsWritten, 3);

    // Everything in it is in the article: no offer.
    reads.clear();
    w->showImage(1);
    QVERIFY(waitForRead(bar, reads, 1));
    reads.clear();
    w->showImage(0);
    QVERIFY(waitForRead(bar, reads, 0));
    QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));

    // Deleted here (Edit › Delete), still in the sidecar until the next save: not offered back.
    doc->setSelectedRegions({doc->regions().first().id});
    QAction *remove = w->action(u"delete"_s);
    QVERIFY(remove && remove->isEnabled());
    remove->trigger();
    QCOMPARE(doc->regions().size(), 2);
    reads.clear();
    w->showImage(1);
    QVERIFY(waitForRead(bar, reads, 1));
    reads.clear();
    w->showImage(0);
    QVERIFY(waitForRead(bar, reads, 0));
    QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));
    QCOMPARE(bar->offeredCount(), 0);
}

void TestXmpImportBar::brokenSidecarIsSaid()
{
    QVERIFY(testing::writeBytes(mPhoto + u".xmp"_s,
                                "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><broken"));
    auto w = openWindow();
    QVERIFY(w);
    XmpImportBar *bar = w->canvasPane()->xmpImportBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"photo.jpg.xmp"_s), qPrintable(bar->text()));
    QVERIFY(!bar->importButton()->isVisible());
    QCOMPARE(bar->offeredCount(), 0);
}

QTEST_MAIN(TestXmpImportBar)
#include "tst_xmpimportbar.moc"
