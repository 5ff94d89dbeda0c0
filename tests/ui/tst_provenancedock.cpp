// SPDX-License-Identifier: MIT
// The Provenance dock driven through its widgets on an article whose caption credits KCNA:
// accept a suggestion, set a verdict (the strip's badge follows), undo both with Ctrl+Z, click
// text evidence (the span is selected in the article), add a claim of one's own with the selected
// text as evidence, and answer every suggestion from one origin in one undo step.
#include "core/commands/addremoveclaims.h"
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "core/model/agencydirectory.h"
#include "core/model/codepointindex.h"
#include "session/recoverymanager.h"
#include "ui/canvas/imagestrip.h"
#include "ui/docks/metadatadock.h"
#include "ui/docks/provenanceassessmentwidget.h"
#include "ui/docks/provenanceclaimdialog.h"
#include "ui/docks/provenanceclaimmodel.h"
#include "ui/docks/provenancedock.h"
#include "ui/docks/provenancesuggestionsview.h"
#include "ui/docks/regionlistmodel.h"
#include "ui/docks/regionsdock.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/text/articletextview.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace provena;

namespace {

const QString kArticle = QStringLiteral(
    "BY PARK JI-HOON\n\nAug. 14, 2025\n\n"
    "![North Korean Premier Ri Chol-man inspects a munitions factory at an undisclosed location, "
    "in this picture released by the Korean Central News Agency (KCNA) on Aug. 13. [KCNA]]"
    "(factory.png)\n\n"
    "North Korea on Wednesday published photos of Premier Ri Chol-man touring a munitions "
    "plant.\n\n"
    "![Workers at the plant. [KCNA]](workers.png)\n");

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/** Clicks the middle of `index` in `view` (a tree view's row, on its viewport). */
void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

class TestProvenanceDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void acceptSuggestionSetVerdictAndUndo();
    void textEvidenceSelectsTheSpan();
    void addClaimWithSelectedText();
    void rejectAllFromOneOriginIsOneStep();
    void pillarAndDisputeGoThroughTheUndoStack();
    void metadataEvidenceShowsTheField();
    void brokenAgenciesFileIsSaid();
    void metadataSuggestionsAndConflicts();
    void editDisputeAndRemoveClaim();
    void agenciesInTheLanguageInForce();

private:
    std::unique_ptr<MainWindow> openWindow();
    static ProvenanceSuggestionsView *suggestions(MainWindow &w)
    {
        return w.provenanceDock()->suggestionsView();
    }
    /** Waits until the image's metadata is read and the suggestions for it are shown. */
    static bool waitForSuggestions(MainWindow &w)
    {
        return QTest::qWaitFor(
            [&w] {
                return !suggestions(w)->isReadingMetadata()
                    && !suggestions(w)->suggestions().isEmpty();
            },
            10000);
    }
    static int findSuggestion(MainWindow &w, ClaimRole role, const QString &directoryId)
    {
        const QList<ProvenanceSuggestion> &all = suggestions(w)->suggestions();
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).claim.role == role && all.at(i).claim.agent.directoryId == directoryId)
                return i;
        }
        return -1;
    }

    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestProvenanceDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaProvenanceTest-%1").arg(QCoreApplication::applicationPid()));
    QVERIFY(mDir.isValid());
    QSettings().clear();
}

void TestProvenanceDock::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestProvenanceDock::init()
{
    mArticlePath = mDir.filePath(QStringLiteral("kcna.md"));
    QVERIFY(writeFile(mArticlePath, kArticle.toUtf8()));
    for (const char *name : {"factory.png", "workers.png"}) {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(90, 110, 70));
        QVERIFY(image.save(mDir.filePath(QString::fromLatin1(name))));
    }
    QFile::remove(mDir.filePath(QStringLiteral("kcna.provena.jsonld")));
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    // Unexpected warnings fail; the offscreen platform's own (the completer's popup asks it to
    // raise and grab the keyboard) are harmless.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the "
        "keyboard)$)")));
}

std::unique_ptr<MainWindow> TestProvenanceDock::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Discard; });
    w->resize(1400, 950);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()) || !w->openArticle(mArticlePath))
        return nullptr;
    w->document()->setAuthor(QStringLiteral("Test Analyst"));
    // View › Show Provenance, as the analyst would open it.
    w->action(QStringLiteral("showProvenance"))->trigger();
    if (!QTest::qWaitFor([&] { return w->provenanceDock()->isVisible(); }, 5000))
        return nullptr;
    return w;
}

void TestProvenanceDock::acceptSuggestionSetVerdictAndUndo()
{
    auto w = openWindow();
    QVERIFY(w);
    ProvenanceDock *dock = w->provenanceDock();
    QCOMPARE(dock->image(), 0);
    QVERIFY(waitForSuggestions(*w));
    const int kcna = findSuggestion(*w, ClaimRole::ReleasingAgency, QStringLiteral("kcna"));
    QVERIFY2(kcna >= 0, "no 'released by KCNA' suggestion");
    const ProvenanceSuggestion suggestion = suggestions(*w)->suggestions().at(kcna);
    QCOMPARE(suggestion.claim.agent.name, QStringLiteral("Korean Central News Agency"));
    QVERIFY(!suggestion.claim.evidence.isEmpty());

    // Select it in the list and press Accept.
    dock->tabs()->setCurrentWidget(suggestions(*w));
    QTreeWidget *list = suggestions(*w)->tree();
    QTreeWidgetItem *item = suggestions(*w)->itemFor(suggestion.claim.suggestionKey);
    QVERIFY(item);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(list->currentItem(), item);
    QTest::mouseClick(suggestions(*w)->acceptButton(), Qt::LeftButton);

    // The record has it as accepted, the claims list shows it, the suggestion is gone.
    const ImageProvenance record = w->document()->imageProvenance(0);
    QCOMPARE(record.claims.size(), 1);
    const ProvenanceClaim &claim = record.claims.first();
    QCOMPARE(claim.status, ClaimStatus::Accepted);
    QCOMPARE(claim.suggestionKey, suggestion.claim.suggestionKey);
    QCOMPARE(claim.recordedBy, QStringLiteral("Test Analyst"));
    const QModelIndex row = dock->claimModel()->indexOf(claim.id);
    QVERIFY(row.isValid());
    QVERIFY(row.siblingAtColumn(ProvenanceClaimModel::StatementColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Korean Central News Agency (KCNA)")));
    QCOMPARE(row.siblingAtColumn(ProvenanceClaimModel::StatusColumn).data().toString(),
             QStringLiteral("Accepted"));
    QVERIFY(!suggestions(*w)->itemFor(suggestion.claim.suggestionKey));
    QCOMPARE(findSuggestion(*w, ClaimRole::ReleasingAgency, QStringLiteral("kcna")), -1);
    // Custody: KCNA released it.
    QVERIFY(dock->custodyList()->topLevelItemCount() >= 1);
    QCOMPARE(dock->custodyList()->topLevelItem(0)->text(1),
             QStringLiteral("Korean Central News Agency"));

    // A region on image 1, so that the Regions dock has a row to show the badge on.
    Region region;
    region.id = QUuid::createUuid();
    region.imageIndex = 0;
    region.geometry = RegionGeometry::rectangle(QRectF(10, 10, 50, 40));
    region.label = QStringLiteral("person");
    w->document()->undoStack()->push(new AddRegionsCommand(w->document(), {region}));
    const QAbstractItemModel *regions = w->regionsDock()->view()->model();
    const QModelIndex regionImage = regions->index(0, RegionListModel::ImageColumn);
    QCOMPARE(regionImage.data(RegionListModel::VerdictRole).toString(), QString());

    // Set the verdict with the combo (typing selects, as with the mouse).
    dock->tabs()->setCurrentIndex(3);
    QComboBox *verdict = dock->assessment()->verdictCombo();
    QVERIFY(QTest::qWaitForWindowExposed(verdict));
    verdict->setFocus();
    QTest::keyClicks(verdict, QStringLiteral("Corr"));
    QCOMPARE(w->document()->imageProvenance(0).verdict.value, Verdict::Value::Corroborated);
    QVERIFY(w->document()->imageProvenance(0).verdict.isDecided());
    QCOMPARE(w->document()->imageProvenance(0).verdict.decidedBy, QStringLiteral("Test Analyst"));
    QVERIFY(!dock->assessment()->verdictStamp()->text().isEmpty());
    // The badge in the strip (image 1 only) and in the Regions dock's column for that image.
    auto *strip = w->findChild<ImageStrip *>(QStringLiteral("imageStrip"));
    QVERIFY(strip);
    QCOMPARE(strip->badgeMark(0), QStringLiteral("\u2713"));
    QCOMPARE(strip->badgeMark(1), QString());
    QVERIFY(strip->item(0)->toolTip().contains(QStringLiteral("Corroborated")));
    QCOMPARE(regionImage.data(RegionListModel::VerdictRole).toString(),
             QStringLiteral("corroborated"));
    QVERIFY(regionImage.data(Qt::DecorationRole).isValid());
    QVERIFY(regionImage.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Corroborated")));

    // Ctrl+Z in the window: the verdict goes, then the region, then the claim, and the
    // suggestion is back.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!w->document()->imageProvenance(0).verdict.isDecided());
    QCOMPARE(strip->badgeMark(0), QString());
    QCOMPARE(regions->index(0, RegionListModel::ImageColumn).data(RegionListModel::VerdictRole),
             QVariant(QString()));
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(w->document()->regions().isEmpty());
    QCOMPARE(verdict->currentIndex(), 0);
    QCOMPARE(w->document()->imageProvenance(0).claims.size(), 1);
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(w->document()->imageProvenance(0).claims.isEmpty());
    QCOMPARE(dock->claimModel()->rowCount(), 0);
    QVERIFY(suggestions(*w)->itemFor(suggestion.claim.suggestionKey));
    QCOMPARE(dock->custodyList()->topLevelItemCount(), 0);
}

void TestProvenanceDock::textEvidenceSelectsTheSpan()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(waitForSuggestions(*w));
    ProvenanceDock *dock = w->provenanceDock();
    const int kcna = findSuggestion(*w, ClaimRole::ReleasingAgency, QStringLiteral("kcna"));
    QVERIFY(kcna >= 0);
    QTreeWidget *list = suggestions(*w)->tree();
    QTreeWidgetItem *item
        = suggestions(*w)->itemFor(suggestions(*w)->suggestions().at(kcna).claim.suggestionKey);
    QVERIFY(item);
    list->setCurrentItem(item);
    QTest::mouseClick(suggestions(*w)->acceptButton(), Qt::LeftButton);
    const ProvenanceClaim claim = w->document()->imageProvenance(0).claims.value(0);
    QCOMPARE(claim.status, ClaimStatus::Accepted);
    int textEvidence = -1;
    for (int i = 0; i < claim.evidence.size(); ++i) {
        if (claim.evidence.at(i).kind == Evidence::Kind::TextSpan) {
            textEvidence = i;
            break;
        }
    }
    QVERIFY(textEvidence >= 0);
    const Evidence &evidence = claim.evidence.at(textEvidence);
    QVERIFY(evidence.range.length() > 0);
    // The quote is the article's text at the range (the dock passes the range on unchanged).
    const QString &text = w->document()->article().text;
    QCOMPARE(CodePointIndex(text).slice(text, evidence.range), evidence.quote);

    w->textView()->setTextCursor(QTextCursor(w->textView()->document()));
    QVERIFY(!w->textView()->selectedRange().isValid()
            || w->textView()->selectedRange().length() == 0);
    dock->tabs()->setCurrentIndex(0);
    QTreeView *claims = dock->claimsView();
    QVERIFY(QTest::qWaitForWindowExposed(claims));
    const QModelIndex evidenceRow
        = dock->claimModel()->index(textEvidence, 1, dock->claimModel()->indexOf(claim.id));
    QVERIFY(evidenceRow.isValid());
    QCOMPARE(dock->claimModel()->evidenceAt(evidenceRow)->range, evidence.range);
    clickIndex(claims, evidenceRow);
    // The readable view shows a caption where the source has Markdown: the selection maps back
    // to the same code points of Article::text.
    QCOMPARE(w->textView()->selectedRange(), evidence.range);
    QCOMPARE(w->textView()->textCursor().selectedText(), evidence.quote);
}

void TestProvenanceDock::addClaimWithSelectedText()
{
    auto w = openWindow();
    QVERIFY(w);
    ProvenanceDock *dock = w->provenanceDock();
    // Select "Ri Chol-man" in the article text.
    const QString name = QStringLiteral("Premier Ri Chol-man inspects");
    ArticleTextView *view = w->textView();
    const int at = int(view->toPlainText().indexOf(name));
    QVERIFY(at >= 0);
    QTextCursor c = view->textCursor();
    c.setPosition(at);
    c.setPosition(at + int(name.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(c);

    dock->tabs()->setCurrentIndex(0);
    QVERIFY(QTest::qWaitForWindowExposed(dock->addClaimButton()));
    QTest::mouseClick(dock->addClaimButton(), Qt::LeftButton);
    ProvenanceClaimDialog *dialog = dock->claimDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    // A creator claim needs an agent: OK stays off until there is one.
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problem().contains(QStringLiteral("agent")));
    QTest::keyClicks(dialog->agentEdit(), QStringLiteral("Yonhap"));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("2025-13-45"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problem().contains(QStringLiteral("ISO 8601")));
    dialog->dateEdit()->clear();
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("2025-08-13"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(dialog->addSelectedTextButton(), Qt::LeftButton);
    QCOMPARE(dialog->evidenceList()->count(), 1);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dock->claimDialog());

    const ImageProvenance record = w->document()->imageProvenance(0);
    QCOMPARE(record.claims.size(), 1);
    const ProvenanceClaim &claim = record.claims.first();
    QCOMPARE(claim.role, ClaimRole::Creator);
    QCOMPARE(claim.status, ClaimStatus::Accepted);
    QCOMPARE(claim.date, QStringLiteral("2025-08-13"));
    // "Yonhap" is in the agency directory: the claim names the agency, not the typed word.
    QCOMPARE(claim.agent.directoryId, QStringLiteral("yonhap"));
    QCOMPARE(claim.evidence.size(), 1);
    QCOMPARE(claim.evidence.first().kind, Evidence::Kind::TextSpan);
    QCOMPARE(claim.evidence.first().quote, name);
    QCOMPARE(w->document()->undoStack()->count(), 1);
}

void TestProvenanceDock::rejectAllFromOneOriginIsOneStep()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(waitForSuggestions(*w));
    const QList<ProvenanceSuggestion> before = suggestions(*w)->suggestions();
    int fromCredit = 0;
    for (const ProvenanceSuggestion &s : before)
        fromCredit += s.origin == QStringLiteral("credit") ? 1 : 0;
    QVERIFY(fromCredit >= 1);
    QTreeWidget *list = suggestions(*w)->tree();
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i).origin == QStringLiteral("credit")) {
            list->setCurrentItem(suggestions(*w)->itemFor(before.at(i).claim.suggestionKey));
            break;
        }
    }
    QPushButton *rejectAll = suggestions(*w)->rejectAllButton();
    QVERIFY(rejectAll->text().contains(QStringLiteral("credit")));
    const int steps = w->document()->undoStack()->count();
    QTest::mouseClick(rejectAll, Qt::LeftButton);
    QCOMPARE(w->document()->undoStack()->count(), steps + 1);
    const ImageProvenance record = w->document()->imageProvenance(0);
    QCOMPARE(record.claims.size(), fromCredit);
    for (const ProvenanceClaim &claim : record.claims)
        QCOMPARE(claim.status, ClaimStatus::Rejected);
    for (const ProvenanceSuggestion &s : suggestions(*w)->suggestions())
        QVERIFY(s.origin != QStringLiteral("credit"));
    // Rejected claims give no custody.
    QCOMPARE(w->provenanceDock()->custodyList()->topLevelItemCount(), 0);
}

void TestProvenanceDock::pillarAndDisputeGoThroughTheUndoStack()
{
    auto w = openWindow();
    QVERIFY(w);
    ProvenanceDock *dock = w->provenanceDock();
    dock->tabs()->setCurrentIndex(3);
    QComboBox *source = dock->assessment()->pillarStatusCombo(Pillar::Source);
    QVERIFY(QTest::qWaitForWindowExposed(source));
    source->setFocus();
    QTest::keyClicks(source, QStringLiteral("Contr"));
    QLineEdit *note = dock->assessment()->pillarNoteEdit(Pillar::Source);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("EXIF names another photographer"));
    QTest::keyClick(note, Qt::Key_Return);
    const PillarAssessment source1 = w->document()->imageProvenance(0).pillar(Pillar::Source);
    QCOMPARE(source1.status, PillarAssessment::Status::Contradicts);
    QCOMPARE(source1.note, QStringLiteral("EXIF names another photographer"));
    QCOMPARE(source1.assessedBy, QStringLiteral("Test Analyst"));
    QCOMPARE(w->document()->undoStack()->count(), 2);
    w->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(note->text(), QString());
    QCOMPARE(source->currentIndex(), int(PillarAssessment::Status::Contradicts));
    w->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(source->currentIndex(), int(PillarAssessment::Status::NotChecked));

    // Another image: the dock follows the canvas.
    w->showImage(1);
    QTRY_COMPARE(dock->image(), 1);
    QVERIFY(dock->findChild<QLabel *>(QStringLiteral("provenanceHeader"))
                ->text()
                .contains(QStringLiteral("workers.png")));
}

void TestProvenanceDock::metadataEvidenceShowsTheField()
{
    // The bundled sample photo has EXIF (Make "Kestrel"): a claim resting on that field.
    const QString sample
        = QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg");
    QFile::remove(mDir.filePath(QStringLiteral("factory.png")));
    QVERIFY(QFile::copy(sample, mDir.filePath(QStringLiteral("factory.png"))));
    auto w = openWindow();
    QVERIFY(w);
    ProvenanceDock *dock = w->provenanceDock();
    ProvenanceClaim claim;
    claim.role = ClaimRole::Creator;
    claim.agent.name = QStringLiteral("Kestrel camera owner");
    claim.evidence
        = {Evidence::metadataField(QStringLiteral("Exif.Image.Make"), QStringLiteral("Kestrel"))};
    w->document()->undoStack()->push(new AddClaimsCommand(w->document(), 0, {claim}));
    dock->tabs()->setCurrentIndex(0);
    QCOMPARE(dock->claimModel()->rowCount(), 1);
    const QModelIndex evidenceRow
        = dock->claimModel()->index(0, 1, dock->claimModel()->index(0, 0));
    QVERIFY(dock->claimModel()->evidenceAt(evidenceRow));
    QVERIFY(!w->metadataDock()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dock->claimsView()));
    clickIndex(dock->claimsView(), evidenceRow);
    // The Metadata dock comes forward (it shares the bottom area with this dock) on that field.
    QTRY_VERIFY(w->metadataDock()->isVisible());
    // The dock reads the image on a worker thread: the field is selected when the read ends.
    QTRY_VERIFY(w->metadataDock()->tree()->currentItem());
    QCOMPARE(w->metadataDock()->tree()->currentItem()->data(0, Qt::UserRole).toString(),
             QStringLiteral("Exif.Image.Make"));
}

void TestProvenanceDock::brokenAgenciesFileIsSaid()
{
    const QString path = AgencyDirectory::userAgenciesPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(writeFile(path, "{\"agencies\": [ {\"id\": "));
    auto w = openWindow();
    QFile::remove(path);
    QVERIFY(w);
    QVERIFY(waitForSuggestions(*w));
    const QString status = suggestions(*w)->statusLabel()->text();
    QVERIFY2(status.contains(QStringLiteral("were not read")), qPrintable(status));
    QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
    // The built-in agencies still resolve the credit.
    QVERIFY(findSuggestion(*w, ClaimRole::ReleasingAgency, QStringLiteral("kcna")) >= 0);
}

void TestProvenanceDock::metadataSuggestionsAndConflicts()
{
    // The generated test photo: EXIF/IPTC/XMP name Kim Min-jun as creator, "KCNA via Example
    // Photo Agency" as credit.
    QFile::remove(mDir.filePath(QStringLiteral("factory.png")));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/provenance.jpg"),
                        mDir.filePath(QStringLiteral("factory.png"))));
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(waitForSuggestions(*w));
    ProvenanceSuggestionsView *view = suggestions(*w);
    QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("metadata of factory.png")),
             qPrintable(view->statusLabel()->text()));
    // Its EXIF thumbnail shows another picture: the flag is stated above the suggestions.
    QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("thumbnail")),
             qPrintable(view->statusLabel()->text()));
    const int creator = findSuggestion(*w, ClaimRole::Creator, QString());
    QVERIFY(creator >= 0);
    const ProvenanceSuggestion fromExif = view->suggestions().at(creator);
    QCOMPARE(fromExif.origin, QStringLiteral("metadata"));
    QCOMPARE(fromExif.claim.agent.name, QStringLiteral("Kim Min-jun"));
    // Caption says KCNA, the metadata says Kim Min-jun: both shown, both marked.
    QVERIFY(!fromExif.conflictsWith.isEmpty());
    QTreeWidgetItem *item = view->itemFor(fromExif.claim.suggestionKey);
    QVERIFY(item);
    QVERIFY(!item->icon(0).isNull());
    QVERIFY(item->toolTip(1).contains(fromExif.conflictNote));
    QVERIFY(item->isExpanded());
    QVERIFY(item->child(0)->text(0).contains(fromExif.conflictNote));
    const int kcna = findSuggestion(*w, ClaimRole::ReleasingAgency, QStringLiteral("kcna"));
    QVERIFY(kcna >= 0);
    QVERIFY(view->suggestions().at(kcna).conflictsWith.contains(fromExif.claim.id));

    // Accept all from the metadata: one undo step for all of them.
    view->tree()->setCurrentItem(item);
    QVERIFY(view->acceptAllButton()->text().contains(QStringLiteral("metadata")));
    int fromMetadata = 0;
    for (const ProvenanceSuggestion &s : view->suggestions())
        fromMetadata += s.origin == QStringLiteral("metadata") ? 1 : 0;
    QTest::mouseClick(view->acceptAllButton(), Qt::LeftButton);
    QCOMPARE(w->document()->undoStack()->count(), 1);
    QCOMPARE(w->document()->imageProvenance(0).claims.size(), fromMetadata);
    for (const ProvenanceSuggestion &s : view->suggestions())
        QVERIFY(s.origin != QStringLiteral("metadata"));
    // Metadata evidence of the accepted creator claim is a click away from the Metadata dock.
    const ProvenanceClaim *claim = w->document()->imageProvenance(0).claim(fromExif.claim.id);
    QVERIFY(claim);
    QCOMPARE(claim->evidence.first().kind, Evidence::Kind::MetadataField);
}

void TestProvenanceDock::editDisputeAndRemoveClaim()
{
    auto w = openWindow();
    QVERIFY(w);
    ProvenanceDock *dock = w->provenanceDock();
    ProvenanceClaim claim;
    claim.role = ClaimRole::Creator;
    claim.agent.name = QStringLiteral("Unknown photographer");
    claim.agent.kind = AgentKind::Person;
    w->document()->undoStack()->push(new AddClaimsCommand(w->document(), 0, {claim}));
    const QUuid id = w->document()->imageProvenance(0).claims.first().id;
    dock->tabs()->setCurrentIndex(0);
    QTreeView *claims = dock->claimsView();
    QVERIFY(QTest::qWaitForWindowExposed(claims));
    QVERIFY(!dock->editClaimButton()->isEnabled());
    clickIndex(claims, dock->claimModel()->indexOf(id));
    QVERIFY(dock->editClaimButton()->isEnabled());

    // Edit: the date, through the dialog's fields.
    QTest::mouseClick(dock->editClaimButton(), Qt::LeftButton);
    ProvenanceClaimDialog *dialog = dock->claimDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->agentEdit()->text(), QStringLiteral("Unknown photographer"));
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("2025-08-12/2025-08-13"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dock->claimDialog());
    QCOMPARE(w->document()->imageProvenance(0).claims.first().date,
             QStringLiteral("2025-08-12/2025-08-13"));
    QCOMPARE(w->document()->imageProvenance(0).claims.first().agent.kind, AgentKind::Person);
    // The selection survives the rebuild: Dispute acts on the same claim.
    QTest::mouseClick(dock->disputeClaimButton(), Qt::LeftButton);
    QCOMPARE(w->document()->imageProvenance(0).claims.first().status, ClaimStatus::Disputed);
    QCOMPARE(dock->claimModel()
                 ->indexOf(id)
                 .siblingAtColumn(ProvenanceClaimModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Disputed"));
    // A disputed claim still makes a custody step.
    QCOMPARE(dock->custodyList()->topLevelItemCount(), 1);
    QTest::mouseClick(dock->removeClaimButton(), Qt::LeftButton);
    QVERIFY(w->document()->imageProvenance(0).claims.isEmpty());
    QCOMPARE(w->document()->undoStack()->count(), 4);
    w->action(QStringLiteral("undo"))->trigger();
    w->action(QStringLiteral("undo"))->trigger();
    w->action(QStringLiteral("undo"))->trigger();
    QCOMPARE(w->document()->imageProvenance(0).claims.first().date, QString());
    QCOMPARE(w->document()->imageProvenance(0).claims.first().status, ClaimStatus::Accepted);
}

void TestProvenanceDock::agenciesInTheLanguageInForce()
{
    // Under Korean (as `--lang ko` leaves QLocale's default), a directory agency is shown by its
    // Korean name in the suggestions, the claims and the chain of custody; the claim keeps the
    // English name it is stored with.
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    auto w = openWindow();
    QVERIFY(w);
    ProvenanceDock *dock = w->provenanceDock();
    QVERIFY(waitForSuggestions(*w));
    const int kcna = findSuggestion(*w, ClaimRole::ReleasingAgency, QStringLiteral("kcna"));
    QVERIFY2(kcna >= 0, "no 'released by KCNA' suggestion");
    const ProvenanceSuggestion suggestion = suggestions(*w)->suggestions().at(kcna);
    QTreeWidgetItem *item = suggestions(*w)->itemFor(suggestion.claim.suggestionKey);
    QVERIFY(item);
    const int kStatementColumn = 1; // role, statement, date, origin, reason
    QVERIFY2(item->text(kStatementColumn).startsWith(QStringLiteral("조선중앙통신")),
             qPrintable(item->text(kStatementColumn)));

    dock->tabs()->setCurrentWidget(suggestions(*w));
    QTreeWidget *list = suggestions(*w)->tree();
    QVERIFY(QTest::qWaitForWindowExposed(list));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QTest::mouseClick(suggestions(*w)->acceptButton(), Qt::LeftButton);
    const ProvenanceClaim claim = w->document()->imageProvenance(0).claims.value(0);
    QCOMPARE(claim.agent.directoryId, QStringLiteral("kcna"));
    QCOMPARE(claim.agent.name, QStringLiteral("Korean Central News Agency"));
    const QModelIndex row = dock->claimModel()->indexOf(claim.id);
    QVERIFY(row.isValid());
    const QString statement
        = row.siblingAtColumn(ProvenanceClaimModel::StatementColumn).data().toString();
    QVERIFY2(statement.startsWith(QStringLiteral("조선중앙통신 (KCNA)")), qPrintable(statement));
    QVERIFY(dock->custodyList()->topLevelItemCount() >= 1);
    QCOMPARE(dock->custodyList()->topLevelItem(0)->text(1), QStringLiteral("조선중앙통신"));
}

QTEST_MAIN(TestProvenanceDock)
#include "tst_provenancedock.moc"
