// SPDX-License-Identifier: MIT
// The GUI when a pull changes the sidecar (issue 14): the status bar says what was merged; a
// region's merge conflict shows both values in Properties, "Take theirs" / "Keep mine", undo.
#include "core/commands/addremoveclaims.h"
#include "core/commands/addremoveregions.h"
#include "core/commands/addremovetextanchors.h"
#include "core/commands/changeregionscommand.h"
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "ui/docks/collectionconflictsdock.h"
#include "ui/docks/mergeconflictpanel.h"
#include "ui/docks/propertiesdock.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

QPushButton *panelButton(QWidget *panel, const QString &name)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>(name)) {
        if (b->isVisible())
            return b;
    }
    return nullptr;
}

} // namespace

class TestMergeConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void pullShowsAStatusMessage();
    void conflictShownTakeTheirsKeepMineAndUndo();
    void anchorConflictTakeTheirsInProperties();
    void claimConflictShownInItsDockAndResolved();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir mDir;
    QString mArticle;
};

void TestMergeConflicts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaMergeConflictsTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid());
    QSettings().clear();
    QSettings().setValue(QStringLiteral("canvas/askLabelAfterDrawing"), false);
}

void TestMergeConflicts::cleanupTestCase()
{
    QFile::remove(QSettings().fileName());
}

void TestMergeConflicts::init()
{
    for (const char *name : {"hangul-emoji.md", "photo.png", "hangul-emoji.md.provena.jsonld"})
        QFile::remove(mDir.filePath(QLatin1String(name)));
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mDir.filePath(QLatin1String(name))));
    mArticle = mDir.filePath(QStringLiteral("hangul-emoji.md"));
}

void TestMergeConflicts::cleanup()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
}

std::unique_ptr<MainWindow> TestMergeConflicts::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Ok; });
    w->resize(1200, 800);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openArticle(mArticle))
        return nullptr;
    return w;
}

void TestMergeConflicts::pullShowsAStatusMessage()
{
    auto w = openWindow();
    QVERIFY(w);
    Region mine;
    mine.id = QUuid::createUuid();
    mine.geometry = RegionGeometry::rectangle(QRectF(2, 2, 10, 10));
    mine.label = QStringLiteral("person");
    w->document()->undoStack()->push(new AddRegionsCommand(w->document(), {mine}));
    QVERIFY(w->save());

    // Another program (a pull) adds two regions.
    auto other = DocumentIO::open(w->articlePath());
    QVERIFY(other.ok());
    Region theirs = mine;
    for (int i = 0; i < 2; ++i) {
        theirs.id = QUuid::createUuid();
        other.value()->undoStack()->push(new AddRegionsCommand(other.value().get(), {theirs}));
    }
    QVERIFY(DocumentIO::save(*other.value()).ok());
    QTRY_COMPARE(w->document()->regions().size(), 3);
    QTRY_VERIFY2(w->statusBar()->currentMessage().contains(
                     QStringLiteral("changes from disk: 2 region(s) added")),
                 qPrintable(w->statusBar()->currentMessage()));
    QVERIFY(!w->document()->isModified());
}

void TestMergeConflicts::conflictShownTakeTheirsKeepMineAndUndo()
{
    auto w = openWindow();
    QVERIFY(w);
    ArticleDocument *doc = w->document();
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(2, 2, 10, 10));
    r.label = QStringLiteral("person");
    r.note = QStringLiteral("base");
    doc->undoStack()->push(new AddRegionsCommand(doc, {r}));
    QVERIFY(w->save());
    // Both sides change the note: here unsaved, there saved (a pull).
    doc->undoStack()->push(ChangeRegionsCommand::setNote(doc, r.id, QStringLiteral("mine")));
    auto other = DocumentIO::open(w->articlePath());
    QVERIFY(other.ok());
    other.value()->undoStack()->push(
        ChangeRegionsCommand::setNote(other.value().get(), r.id, QStringLiteral("theirs")));
    QVERIFY(DocumentIO::save(*other.value()).ok());

    QTRY_COMPARE(doc->region(r.id)->mergeConflicts.size(), 1);
    QCOMPARE(w->document(), doc); // merged, not reloaded
    QVERIFY(doc->region(r.id)->needsReview);
    QCOMPARE(doc->region(r.id)->note, QStringLiteral("mine"));
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("1 conflict(s)")),
             qPrintable(w->statusBar()->currentMessage()));
    const int stepsBefore = doc->undoStack()->count();

    PropertiesDock *dock = w->propertiesDock();
    dock->setRegions({r.id});
    MergeConflictPanel *panel = dock->mergeConflictPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->conflictCount(), 1);
    QVERIFY(dock->summaryLabel()->text().contains(QStringLiteral("needs review")));
    auto *box = panel->findChild<QGroupBox *>();
    QVERIFY(box);
    QVERIFY2(box->title().contains(QStringLiteral("note")), qPrintable(box->title()));
    QVERIFY(box->findChild<QLabel *>(QStringLiteral("mine"))->text().contains(u"mine"));
    QVERIFY(box->findChild<QLabel *>(QStringLiteral("theirs"))->text().contains(u"theirs"));

    QPushButton *take = panelButton(panel, QStringLiteral("takeTheirs"));
    QVERIFY(take && take->isEnabled());
    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(doc->undoStack()->count(), stepsBefore + 1);
    QCOMPARE(doc->region(r.id)->note, QStringLiteral("theirs"));
    QVERIFY(doc->region(r.id)->mergeConflicts.isEmpty());
    QVERIFY(!doc->region(r.id)->needsReview);
    QTRY_VERIFY(!panel->isVisible());

    // Undo brings the conflict back, with its buttons; "Keep mine" keeps the note.
    doc->undoStack()->undo();
    QCOMPARE(doc->region(r.id)->note, QStringLiteral("mine"));
    QCOMPARE(doc->region(r.id)->mergeConflicts.size(), 1);
    QTRY_VERIFY(panel->isVisible());
    QPushButton *keep = panelButton(panel, QStringLiteral("keepMine"));
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(doc->region(r.id)->note, QStringLiteral("mine"));
    QVERIFY(doc->region(r.id)->mergeConflicts.isEmpty());
    QVERIFY(!doc->region(r.id)->needsReview);

    // Saved, the merge is written: theirs on disk is the base, so the save is no conflict.
    QVERIFY(w->save());
    const auto onDisk = DocumentIO::open(w->articlePath());
    QVERIFY(onDisk.ok());
    QCOMPARE(onDisk.value()->region(r.id)->note, QStringLiteral("mine"));
    QVERIFY(onDisk.value()->region(r.id)->mergeConflicts.isEmpty());
}

// A text span linked to the selected region: both sides changed its note; Take Theirs.
void TestMergeConflicts::anchorConflictTakeTheirsInProperties()
{
    auto w = openWindow();
    QVERIFY(w);
    ArticleDocument *doc = w->document();
    const QString text = doc->article().text;
    const CodePointIndex index(text);
    TextAnchor span = makeTextAnchor(text, index, index.toCodePoints(0, 4));
    span.id = QUuid::createUuid();
    span.note = QStringLiteral("base");
    Region r;
    r.id = QUuid::createUuid();
    r.geometry = RegionGeometry::rectangle(QRectF(2, 2, 10, 10));
    r.label = QStringLiteral("person");
    r.links = {span.id};
    doc->undoStack()->push(new AddTextAnchorsCommand(doc, {span}));
    doc->undoStack()->push(new AddRegionsCommand(doc, {r}));
    QVERIFY(w->save());
    doc->undoStack()->push(new ChangeTextAnchorNoteCommand(doc, span.id, QStringLiteral("mine")));
    auto other = DocumentIO::open(w->articlePath());
    QVERIFY(other.ok());
    other.value()->undoStack()->push(
        new ChangeTextAnchorNoteCommand(other.value().get(), span.id, QStringLiteral("theirs")));
    QVERIFY(DocumentIO::save(*other.value()).ok());
    QTRY_COMPARE(doc->anchor(span.id)->mergeConflicts.size(), 1);

    PropertiesDock *dock = w->propertiesDock();
    dock->setRegions({r.id});
    MergeConflictPanel *panel = dock->mergeConflictPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->conflictCount(), 1);
    auto *box = panel->findChild<QGroupBox *>();
    QVERIFY(box);
    QVERIFY2(box->title().contains(QStringLiteral("text span")), qPrintable(box->title()));
    QVERIFY(box->findChild<QLabel *>(QStringLiteral("theirs"))->text().contains(u"theirs"));
    QPushButton *take = panelButton(panel, QStringLiteral("takeTheirs"));
    QVERIFY(take);
    QTest::mouseClick(take, Qt::LeftButton);
    QCOMPARE(doc->anchor(span.id)->note, QStringLiteral("theirs"));
    QVERIFY(doc->anchor(span.id)->mergeConflicts.isEmpty());
    QVERIFY(doc->anchor(span.id)->range == span.range);
    QTRY_VERIFY(!panel->isVisible());
    doc->undoStack()->undo();
    QCOMPARE(doc->anchor(span.id)->note, QStringLiteral("mine"));
    QCOMPARE(doc->anchor(span.id)->mergeConflicts.size(), 1);
}

// Both sides set a provenance claim's status: the Merge Conflicts dock shows itself with the
// claim in words and both values; Take Theirs, Undo and Keep Mine go through the undo stack.
void TestMergeConflicts::claimConflictShownInItsDockAndResolved()
{
    auto w = openWindow();
    QVERIFY(w);
    ArticleDocument *doc = w->document();
    CollectionConflictsDock *conflicts = w->collectionConflictsDock();
    QVERIFY(conflicts);
    QVERIFY(!conflicts->isVisible());
    ProvenanceClaim claim;
    claim.id = QUuid::createUuid();
    claim.role = ClaimRole::CreditLine;
    claim.value = QStringLiteral("KCNA");
    doc->undoStack()->push(new AddClaimsCommand(doc, 0, {claim}));
    QVERIFY(w->save());
    doc->undoStack()->push(new SetClaimStatusCommand(doc, 0, {claim.id}, ClaimStatus::Rejected));
    auto other = DocumentIO::open(w->articlePath());
    QVERIFY(other.ok());
    other.value()->undoStack()->push(
        new SetClaimStatusCommand(other.value().get(), 0, {claim.id}, ClaimStatus::Disputed));
    QVERIFY(DocumentIO::save(*other.value()).ok());

    QTRY_COMPARE(doc->collectionConflicts().size(), 1);
    QTRY_VERIFY(conflicts->isVisible());
    QCOMPARE(conflicts->conflictCount(), 1);
    QVERIFY(conflicts->findChild<QLabel *>(QStringLiteral("mergeConflictsSummary"))
                ->text()
                .contains(QStringLiteral("needs review")));
    auto *box = conflicts->findChild<QGroupBox *>(QStringLiteral("conflict-status"));
    QVERIFY(box);
    QVERIFY2(box->title().contains(QStringLiteral("KCNA"))
                 && box->title().contains(QStringLiteral("image 1")),
             qPrintable(box->title()));
    QCOMPARE(box->findChild<QLabel *>(QStringLiteral("mine"))->text(),
             QStringLiteral("Mine: rejected"));
    QCOMPARE(box->findChild<QLabel *>(QStringLiteral("theirs"))->text(),
             QStringLiteral("Theirs: disputed"));

    const int steps = doc->undoStack()->count();
    QTest::mouseClick(panelButton(conflicts, QStringLiteral("takeTheirs")), Qt::LeftButton);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Disputed);
    QVERIFY(doc->collectionConflicts().isEmpty());
    QTRY_VERIFY(!panelButton(conflicts, QStringLiteral("takeTheirs")));
    QCOMPARE(conflicts->conflictCount(), 0);

    doc->undoStack()->undo();
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
    QTRY_VERIFY(panelButton(conflicts, QStringLiteral("keepMine")));
    QTest::mouseClick(panelButton(conflicts, QStringLiteral("keepMine")), Qt::LeftButton);
    QCOMPARE(doc->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
    QVERIFY(doc->collectionConflicts().isEmpty());

    QVERIFY(w->save());
    const auto onDisk = DocumentIO::open(w->articlePath());
    QVERIFY(onDisk.ok());
    QVERIFY(onDisk.value()->collectionConflicts().isEmpty());
    QCOMPARE(onDisk.value()->imageProvenance(0).claims.first().status, ClaimStatus::Rejected);
}

QTEST_MAIN(TestMergeConflicts)
#include "tst_mergeconflicts.moc"
