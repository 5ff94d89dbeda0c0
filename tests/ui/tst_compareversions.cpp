// SPDX-License-Identifier: MIT
// Compare with Another Version: the dialog driven with QTest (modes, swipe drag, difference),
// the match running off the GUI thread, regions copied through the alignment onto the other
// version of the same article (one undoable command, clipped to the image).
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "ui/dialogs/compareversionsdialog.h"
#include "ui/dialogs/versionoverlay.h"

#include "../media/texturedimage.h"

#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestCompareVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void modesAndCopyRegions();
    void unrelatedImageCannotTakeRegions();

private:
    template<typename T> static T *child(QWidget *parent, const QString &text);
    bool compare(CompareVersionsDialog &dialog, const QString &path);

    QTemporaryDir mDir;
    QImage mOriginal;
    QString mOriginalPath;
    QString mCropPath;
    QString mOtherPath;
};

void TestCompareVersions::initTestCase()
{
    QVERIFY(mDir.isValid());
    mOriginal = testing::texturedImage(1200, 900, 31);
    mOriginalPath = mDir.filePath(u"original.png"_s);
    mCropPath = mDir.filePath(u"crop.png"_s);
    mOtherPath = mDir.filePath(u"other.png"_s);
    QVERIFY(mOriginal.save(mOriginalPath));
    QVERIFY(mOriginal.copy(300, 200, 600, 450).save(mCropPath));
    QVERIFY(testing::texturedImage(1200, 900, 32).save(mOtherPath));
}

void TestCompareVersions::init()
{
    // The offscreen platform's one harmless warning, as in tst_mainwindow.
    QTest::failOnWarning(
        QRegularExpression(u"^(?!This plugin does not support propagateSizeHints\\(\\)$)"_s));
}

template<typename T> T *TestCompareVersions::child(QWidget *parent, const QString &text)
{
    for (T *widget : parent->findChildren<T *>())
        if (widget->text() == text)
            return widget;
    return nullptr;
}

bool TestCompareVersions::compare(CompareVersionsDialog &dialog, const QString &path)
{
    QSignalSpy finished(&dialog, &CompareVersionsDialog::comparisonFinished);
    dialog.compareWith(path);
    if (!dialog.isMatching()) // the match runs on a worker: the dialog returns at once
        return false;
    if (!finished.wait(120000))
        return false;
    return finished.first().first().toBool();
}

void TestCompareVersions::modesAndCopyRegions()
{
    ArticleDocument doc;
    Article article;
    article.path = mDir.filePath(u"story.md"_s);
    for (const QString &path : {mOriginalPath, mCropPath}) {
        ImageRef image;
        image.url = QFileInfo(path).fileName();
        image.localPath = path;
        image.location = ImageRef::Location::Local;
        article.images.append(image);
    }
    doc.setArticle(article);
    Region face;
    face.id = QUuid::createUuid();
    face.imageIndex = 0;
    face.label = u"person"_s;
    face.geometry = RegionGeometry::rectangle(QRectF(400, 300, 100, 80));
    Region straddling = face; // half inside the crop: clipped
    straddling.id = QUuid::createUuid();
    straddling.geometry = RegionGeometry::rectangle(QRectF(850, 600, 100, 100));
    Region outside = face; // not in the crop at all: not copied
    outside.id = QUuid::createUuid();
    outside.geometry = RegionGeometry::rectangle(QRectF(20, 20, 50, 50));
    doc.undoStack()->push(new AddRegionsCommand(&doc, {face, straddling, outside}));

    CompareVersionsDialog dialog(&doc, 0, mOriginalPath);
    dialog.resize(800, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *copy = child<QPushButton>(&dialog, u"Copy &Regions to This Version"_s);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    QVERIFY(compare(dialog, mCropPath));
    QCOMPARE(dialog.match().relation(), u"cropped"_s);
    QCOMPARE(dialog.versionImageIndex(), 1);
    QVERIFY(copy->isEnabled());

    // Difference: black where the crop covers A, A itself elsewhere.
    QRadioButton *difference = child<QRadioButton>(&dialog, u"&Difference"_s);
    QVERIFY(difference);
    QTest::mouseClick(difference, Qt::LeftButton);
    QCOMPARE(dialog.mode(), CompareVersionsDialog::Mode::Difference);
    QImage view = dialog.renderedView();
    QCOMPARE(view.size(), mOriginal.size());
    QVERIFY(qGray(view.pixel(600, 420)) < 40);
    QCOMPARE(view.pixel(100, 100) & 0xffffff, mOriginal.pixel(100, 100) & 0xffffff);

    // Swipe: a press on the view moves the divider to where it was pressed.
    QRadioButton *swipe = child<QRadioButton>(&dialog, u"&Swipe"_s);
    QTest::mouseClick(swipe, Qt::LeftButton);
    QCOMPARE(dialog.mode(), CompareVersionsDialog::Mode::Swipe);
    auto *overlay = dialog.findChild<VersionOverlay *>();
    QVERIFY(overlay);
    QCOMPARE(overlay->mode(), VersionOverlay::Mode::Swipe);
    const double before = overlay->swipe();
    QTest::mouseClick(overlay, Qt::LeftButton, {},
                      QPoint(overlay->width() / 4, overlay->height() / 2));
    QVERIFY(overlay->swipe() < before - 0.1);

    QRadioButton *blend = child<QRadioButton>(&dialog, u"&Overlay"_s);
    QTest::mouseClick(blend, Qt::LeftButton);
    QCOMPARE(overlay->mode(), VersionOverlay::Mode::Overlay);

    // Copy Regions: two of the three lie (partly) in the crop; one undo step.
    const int steps = doc.undoStack()->count();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QList<Region> copied = doc.regionsOnImage(1);
    QCOMPARE(copied.size(), 2);
    std::sort(copied.begin(), copied.end(), [](const Region &a, const Region &b) {
        return a.geometry.boundingRect().x() < b.geometry.boundingRect().x();
    });
    const QRectF first = copied.at(0).geometry.boundingRect();
    QVERIFY2(
        qAbs(first.x() - 100) <= 2 && qAbs(first.y() - 100) <= 2 && qAbs(first.width() - 100) <= 2
            && qAbs(first.height() - 80) <= 2,
        qPrintable(
            u"%1,%2 %3x%4"_s.arg(first.x()).arg(first.y()).arg(first.width()).arg(first.height())));
    QCOMPARE(copied.at(0).label, u"person"_s);
    const QRectF clipped = copied.at(1).geometry.boundingRect();
    QVERIFY2(qAbs(clipped.right() - 600) <= 0.01 && qAbs(clipped.bottom() - 450) <= 0.01
                 && qAbs(clipped.x() - 550) <= 2 && qAbs(clipped.y() - 400) <= 2,
             qPrintable(u"%1,%2 %3x%4"_s.arg(clipped.x())
                            .arg(clipped.y())
                            .arg(clipped.width())
                            .arg(clipped.height())));
    doc.undoStack()->undo();
    QVERIFY(doc.regionsOnImage(1).isEmpty());
    QCOMPARE(doc.regionsOnImage(0).size(), 3);

    // Record as Derived From: one accepted claim on A, the version by SHA-256, undoable.
    QPushButton *record = child<QPushButton>(&dialog, u"Record as &Derived From"_s);
    QVERIFY(record);
    QVERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(!doc.provenance().isEmpty());
    const QList<ProvenanceClaim> &claims = doc.provenance().at(0).claims;
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.at(0).role, ClaimRole::DerivedFrom);
    QCOMPARE(claims.at(0).value, mCropPath);
    QCOMPARE(claims.at(0).status, ClaimStatus::Accepted);
    QCOMPARE(claims.at(0).evidence.at(0).kind, Evidence::Kind::Image);
    QCOMPARE(claims.at(0).evidence.at(0).imageIndex, 1);
    QCOMPARE(claims.at(0).evidence.at(0).imageSha256.size(), 64);
    QVERIFY(claims.at(0).evidence.at(1).note.contains(u"cropped"_s));
    QCOMPARE(ProvenanceClaim::roleName(ClaimRole::DerivedFrom), u"derived-from"_s);
    QCOMPARE(ProvenanceClaim::roleFromName(u"derived-from"_s), ClaimRole::DerivedFrom);
    doc.undoStack()->undo();
    QVERIFY(doc.provenance().at(0).claims.isEmpty());
}

void TestCompareVersions::unrelatedImageCannotTakeRegions()
{
    CompareVersionsDialog dialog(nullptr, 0, mOriginalPath);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!compare(dialog, mOtherPath));
    QVERIFY(!dialog.match().samePicture);
    QVERIFY(!child<QPushButton>(&dialog, u"Copy &Regions to This Version"_s)->isEnabled());
    // The dialog stays usable: a real version afterwards still matches (no document: no copy).
    QVERIFY(compare(dialog, mCropPath));
    QVERIFY(!child<QPushButton>(&dialog, u"Copy &Regions to This Version"_s)->isEnabled());
}

QTEST_MAIN(TestCompareVersions)
#include "tst_compareversions.moc"
