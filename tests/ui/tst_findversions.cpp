// SPDX-License-Identifier: MIT
// Image › Find Other Versions… in the main window: the search runs over an archive folder, the
// results dialog names the other article and how its copy relates, and "Offer as Provenance
// Suggestions" puts a republisher suggestion in the Provenance dock, which Accept records with
// the match as evidence (issue 13, "where else did this photo appear?").
#include "core/document/articledocument.h"
#include "core/provenance/versionsuggester.h"
#include "session/recoverymanager.h"
#include "ui/docks/provenancedock.h"
#include "ui/docks/provenancesuggestionsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/versionsactionhandler.h"

#include "../media/texturedimage.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestFindVersions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void offeredSightingBecomesARepublisherClaim();
    void cancelledFolderChoiceSearchesNothing();

private:
    QTemporaryDir mDir;
    QString mArticle;
    QString mArchive;
};

void TestFindVersions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ProvenaTest"_s);
    QCoreApplication::setApplicationName(
        u"ProvenaFindVersionsTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QVERIFY(mDir.isValid());
    // The analyst's article with the photo, and an archive where another paper ran a crop of it.
    const QImage photo = testing::texturedImage(1200, 900, 41);
    QVERIFY(QDir(mDir.path()).mkpath(u"mine"_s));
    QVERIFY(QDir(mDir.path()).mkpath(u"archive/tidewater"_s));
    mArticle = mDir.filePath(u"mine/story.md"_s);
    mArchive = mDir.filePath(u"archive"_s);
    QVERIFY(photo.save(mDir.filePath(u"mine/photo.png"_s)));
    QVERIFY(photo.copy(300, 200, 600, 450).save(mDir.filePath(u"archive/tidewater/crop.png"_s)));
    QVERIFY(writeFile(mArticle,
                      "# Crane inspection\n\n"
                      "![The premier at berth 7, in a handout photo. [TEST]](photo.png)\n\n"
                      "The premier inspected the new crane.\n"));
    QVERIFY(writeFile(mDir.filePath(u"archive/tidewater/paper.md"_s),
                      "# Premier tours the harbour\n\n"
                      "![The premier at the harbour. [Tidewater Daily]](crop.png)\n\n"
                      "The premier toured the harbour on Monday.\n"));
}

void TestFindVersions::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestFindVersions::init()
{
    QFile::remove(mArticle + u".provena.jsonld"_s);
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QTest::failOnWarning(QRegularExpression(
        u"^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|"
        "grabbing the keyboard)$)"_s));
}

void TestFindVersions::offeredSightingBecomesARepublisherClaim()
{
    MainWindow w;
    w.setPromptHandler([](const Prompt &) { return QMessageBox::Discard; });
    w.resize(1400, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openArticle(mArticle));
    w.document()->setAuthor(u"Test Analyst"_s);

    VersionsActionHandler *versions = w.versionsActions();
    QString suggested;
    versions->setFolderChooser([&](const QString &folder) {
        suggested = folder;
        return mArchive;
    });
    w.action(u"findVersions"_s)->trigger();
    // The chooser starts in the photo's folder; the search runs on a worker.
    QCOMPARE(QDir(suggested).canonicalPath(), QDir(mDir.filePath(u"mine"_s)).canonicalPath());
    QVERIFY(QTest::qWaitFor([&] { return versions->resultsDialog() != nullptr; }, 120000));
    QDialog *results = versions->resultsDialog();
    const QString listed = results->findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(listed.contains(u"1 other version"_s), qPrintable(listed));
    QVERIFY2(listed.contains(u"crop.png"_s) && listed.contains(u"cropped"_s), qPrintable(listed));
    QVERIFY2(listed.contains(u"paper.md"_s) && listed.contains(u"[Tidewater Daily]"_s),
             qPrintable(listed));

    // Offer: the Provenance dock comes up on its suggestions, with the other paper as republisher.
    auto *offer = results->findChild<QPushButton *>(u"offerSuggestions"_s);
    QVERIFY(offer);
    QVERIFY(offer->isEnabled());
    QTest::mouseClick(offer, Qt::LeftButton);
    QVERIFY(!offer->isEnabled());
    ProvenanceDock *dock = w.provenanceDock();
    QVERIFY(QTest::qWaitFor([&] { return dock->isVisible(); }, 5000));
    ProvenanceSuggestionsView *view = dock->suggestionsView();
    QCOMPARE(dock->tabs()->currentWidget(), view);
    int found = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QList<ProvenanceSuggestion> &all = view->suggestions();
            for (int i = 0; i < all.size(); ++i) {
                if (all.at(i).origin == VersionSuggester::origin())
                    found = i;
            }
            return found >= 0;
        },
        10000));
    const ProvenanceSuggestion suggestion = view->suggestions().at(found);
    QCOMPARE(suggestion.claim.role, ClaimRole::Republisher);
    QCOMPARE(suggestion.claim.agent.name, u"Tidewater Daily"_s);
    QVERIFY2(suggestion.claim.reason.contains(u"Premier tours the harbour"_s),
             qPrintable(suggestion.claim.reason));
    QTreeWidgetItem *item = view->itemFor(suggestion.claim.suggestionKey);
    QVERIFY(item);

    // Accept it as the analyst would: select the row, press Accept.
    QTreeWidget *tree = view->tree();
    QVERIFY(QTest::qWaitForWindowExposed(tree));
    tree->scrollToItem(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(tree->currentItem(), item);
    QTest::mouseClick(view->acceptButton(), Qt::LeftButton);
    const ImageProvenance record = w.document()->imageProvenance(0);
    const auto claim
        = std::find_if(record.claims.cbegin(), record.claims.cend(), [&](const auto &c) {
              return c.suggestionKey == suggestion.claim.suggestionKey;
          });
    QVERIFY(claim != record.claims.cend());
    QCOMPARE(claim->status, ClaimStatus::Accepted);
    QCOMPARE(claim->recordedBy, u"Test Analyst"_s);
    // The evidence says where the copy is and how it was found.
    bool noted = false;
    for (const Evidence &evidence : claim->evidence)
        noted = noted || evidence.note.contains(u"Found by Find Other Versions: paper.md"_s);
    QVERIFY(noted);
    QVERIFY(!view->itemFor(suggestion.claim.suggestionKey));
    // One undo step takes it back.
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->imageProvenance(0).claims.isEmpty());
}

void TestFindVersions::cancelledFolderChoiceSearchesNothing()
{
    MainWindow w;
    w.setPromptHandler([](const Prompt &) { return QMessageBox::Discard; });
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openArticle(mArticle));
    int asked = 0;
    w.versionsActions()->setFolderChooser([&](const QString &) {
        ++asked;
        return QString();
    });
    w.action(u"findVersions"_s)->trigger();
    QCOMPARE(asked, 1);
    QTest::qWait(200);
    QVERIFY(!w.versionsActions()->resultsDialog());
    // No index was written anywhere near the article.
    QVERIFY(!QFileInfo::exists(mDir.filePath(u"mine/.provena"_s)));
}

QTEST_MAIN(TestFindVersions)
#include "tst_findversions.moc"
