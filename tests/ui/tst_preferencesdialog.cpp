// SPDX-License-Identifier: MIT
// Edit › Preferences…: every setting changed through the dialog's widgets, stored on OK under the
// keys the modules read (and seen by their readers), nothing stored on Cancel; Help › About lists
// the libraries loaded.
#include "bundle/bundleexporter.h"
#include "bundle/zipwriter.h"
#include "core/i18n/language.h"
#include "core/model/agencydirectory.h"
#include "media/decodeoptions.h"
#include "media/imagedecoder.h"
#include "metadata/metadatareader.h"
#include "session/documentsession.h"
#include "session/imagefetcher.h"
#include "session/recoverymanager.h"
#include "session/xmpexport.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/exportbundledialog.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

QSettings sharedSettings()
{
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

/** Every key and value of both settings files the dialog may write. */
QMap<QString, QVariant> allSettings()
{
    QMap<QString, QVariant> values;
    const QSettings own;
    for (const QString &key : own.allKeys())
        values.insert(u"own:"_s + key, own.value(key));
    const QSettings shared = sharedSettings();
    for (const QString &key : shared.allKeys())
        values.insert(u"shared:"_s + key, shared.value(key));
    return values;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    // On the indicator: a check box only takes clicks on its box and text, not its whole width.
    const QPoint at = qobject_cast<QCheckBox *>(button) ? QPoint(6, button->height() / 2)
                                                        : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

/** Replaces a spin box's value by typing, as an analyst would. */
void typeValue(QSpinBox *spin, int value)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/** Picks the combo's entry with `data` by keyboard. */
void chooseByKeys(QComboBox *combo, const QString &data)
{
    const int target = combo->findData(data);
    QVERIFY(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsDefaults();
    void okStoresEverySettingWhereItsReaderLooks();
    void cancelStoresNothing();
    void nameReplacesOneStoredByThisProgramAlone();
    void addsAndRemovesAgencies();
    void unreadableAgenciesAreKept();
    void labelsButtonOpensLabelsDialog();
    void windowAppliesPreferences();
    void aboutListsLoadedLibraries();
};

void TestPreferencesDialog::init()
{
    QSettings().clear();
    sharedSettings().clear();
    QFile::remove(AgencyDirectory::userAgenciesPath());
}

void TestPreferencesDialog::showsDefaults()
{
    PreferencesDialog dialog;
    QCOMPARE(dialog.languageCombo()->currentData().toString(), QString());
    QCOMPARE(dialog.languageCombo()->count(), 1 + int(Language::available().size()));
    QVERIFY(dialog.userNameEdit()->text().isEmpty());
    QVERIFY(dialog.organizationEdit()->text().isEmpty());
    QCOMPARE(dialog.autosaveSpin()->value(), RecoveryManager::kDefaultIntervalSeconds);
    QVERIFY(dialog.networkCheck()->isChecked());
    QCOMPARE(qint64(dialog.maxMegapixelsSpin()->value()) * 1'000'000,
             DecodeOptions::kDefaultMaxPixels);
    QVERIFY(dialog.xmpOnSaveCheck()->isChecked());
    QVERIFY(dialog.exportRenderCheck()->isChecked());
    QVERIFY(dialog.exportPdfCheck()->isChecked());
    QCOMPARE(dialog.agencyList()->topLevelItemCount(), 0);
    QVERIFY(dialog.errorText().isEmpty());
}

void TestPreferencesDialog::okStoresEverySettingWhereItsReaderLooks()
{
    {
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseByKeys(dialog.languageCombo(), u"de"_s);
        replaceText(dialog.userNameEdit(), u"  Ada Analyst "_s);
        replaceText(dialog.organizationEdit(), u"Example Desk"_s);
        dialog.tabs()->setCurrentIndex(2);
        typeValue(dialog.autosaveSpin(), 120);
        click(dialog.networkCheck());
        typeValue(dialog.maxMegapixelsSpin(), 50);
        click(dialog.xmpOnSaveCheck());
        click(dialog.exportRenderCheck());
        click(dialog.exportPdfCheck());
        click(dialog.buttons()->button(QDialogButtonBox::Ok));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Each module's own reader sees the new value.
    QCOMPARE(Language::configured(), u"de"_s);
    QCOMPARE(DocumentSession::userName(), u"Ada Analyst"_s);
    QCOMPARE(BundleSettings::sourceOrganization(), u"Example Desk"_s);
    QCOMPARE(RecoveryManager::configuredIntervalSeconds(), 120);
    QVERIFY(FetchOptions::fromSettings().offline);
    QCOMPARE(DecodeOptions::configuredMaxPixels(), qint64(50'000'000));
    QCOMPARE(DecodeOptions().maxPixels, qint64(50'000'000));
    QVERIFY(!XmpSettings::writeOnSave());
    QVERIFY(!ExportDefaults::load().render);
    QVERIFY(!ExportDefaults::load().pdf);

    // What provena-cli shares sits in the organisation's file, under the keys it reads.
    const QSettings shared = sharedSettings();
    QCOMPARE(shared.value(u"i18n/language"_s).toString(), u"de"_s);
    QCOMPARE(shared.value(u"user/name"_s).toString(), u"Ada Analyst"_s);
    QCOMPARE(shared.value(u"bundle/sourceOrganization"_s).toString(), u"Example Desk"_s);
    QCOMPARE(shared.value(u"network/offline"_s).toBool(), true);
    QCOMPARE(shared.value(u"media/maxPixels"_s).toLongLong(), qint64(50'000'000));
    QCOMPARE(shared.value(u"xmp/writeOnSave"_s).toBool(), false);
    QCOMPARE(QSettings().value(u"autosaveSeconds"_s).toInt(), 120);

    // A new dialog starts from what was stored; going back to the defaults removes the values.
    PreferencesDialog again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.languageCombo()->currentData().toString(), u"de"_s);
    QCOMPARE(again.userNameEdit()->text(), u"Ada Analyst"_s);
    QCOMPARE(again.organizationEdit()->text(), u"Example Desk"_s);
    QCOMPARE(again.autosaveSpin()->value(), 120);
    QVERIFY(!again.networkCheck()->isChecked());
    QCOMPARE(again.maxMegapixelsSpin()->value(), 50);
    QVERIFY(!again.xmpOnSaveCheck()->isChecked());
    QVERIFY(!again.exportRenderCheck()->isChecked());
    chooseByKeys(again.languageCombo(), QString());
    replaceText(again.userNameEdit(), QString());
    again.tabs()->setCurrentIndex(2);
    typeValue(again.autosaveSpin(), 0);
    QCOMPARE(again.autosaveSpin()->text(), again.autosaveSpin()->specialValueText());
    typeValue(again.maxMegapixelsSpin(), 200);
    click(again.buttons()->button(QDialogButtonBox::Ok));
    QVERIFY(Language::configured().isEmpty());
    QVERIFY(!sharedSettings().contains(u"i18n/language"_s));
    QVERIFY(!sharedSettings().contains(u"user/name"_s));
    QVERIFY(!sharedSettings().contains(u"media/maxPixels"_s));
    QCOMPARE(DecodeOptions::configuredMaxPixels(), DecodeOptions::kDefaultMaxPixels);
    QCOMPARE(RecoveryManager::configuredIntervalSeconds(), 0);
    QVERIFY(DocumentSession::userName() != u"Ada Analyst"_s);
}

void TestPreferencesDialog::cancelStoresNothing()
{
    XmpSettings::setWriteOnSave(true);
    BundleSettings::setSourceOrganization(u"Before"_s);
    const QMap<QString, QVariant> before = allSettings();

    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseByKeys(dialog.languageCombo(), u"ko"_s);
    replaceText(dialog.userNameEdit(), u"Someone Else"_s);
    replaceText(dialog.organizationEdit(), u"After"_s);
    dialog.tabs()->setCurrentIndex(1);
    click(dialog.addAgencyButton());
    QTRY_VERIFY(dialog.agencyEditor());
    QTest::keyClicks(dialog.agencyEditor()->idEdit(), u"desk"_s);
    QTest::keyClicks(dialog.agencyEditor()->nameEdit(), u"Desk"_s);
    click(dialog.agencyEditor()->buttons()->button(QDialogButtonBox::Ok));
    QCOMPARE(dialog.agencyList()->topLevelItemCount(), 1);
    dialog.tabs()->setCurrentIndex(2);
    typeValue(dialog.autosaveSpin(), 300);
    click(dialog.networkCheck());
    typeValue(dialog.maxMegapixelsSpin(), 10);
    click(dialog.xmpOnSaveCheck());
    click(dialog.exportPdfCheck());
    click(dialog.buttons()->button(QDialogButtonBox::Cancel));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    QCOMPARE(allSettings(), before);
    QVERIFY(!QFileInfo::exists(AgencyDirectory::userAgenciesPath()));
    QCOMPARE(BundleSettings::sourceOrganization(), u"Before"_s);
    QVERIFY(XmpSettings::writeOnSave());
}

void TestPreferencesDialog::nameReplacesOneStoredByThisProgramAlone()
{
    // Written by an earlier version into this program's own file, which is read first.
    QSettings().setValue(u"user/name"_s, u"Old Name"_s);
    QCOMPARE(DocumentSession::userName(), u"Old Name"_s);
    PreferencesDialog dialog;
    QCOMPARE(dialog.userNameEdit()->text(), u"Old Name"_s);
    replaceText(dialog.userNameEdit(), u"New Name"_s);
    click(dialog.buttons()->button(QDialogButtonBox::Ok));
    QCOMPARE(DocumentSession::userName(), u"New Name"_s);
    // The shadowing copy is gone, so provena-cli (which falls back to the shared file) agrees.
    QSettings own;
    own.setFallbacksEnabled(false);
    QVERIFY(!own.contains(u"user/name"_s));
    QCOMPARE(sharedSettings().value(u"user/name"_s).toString(), u"New Name"_s);
}

void TestPreferencesDialog::addsAndRemovesAgencies()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.tabs()->setCurrentIndex(1);
    QVERIFY(!dialog.removeAgencyButton()->isEnabled());
    click(dialog.addAgencyButton());
    AgencyEditDialog *editor = dialog.agencyEditor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QPushButton *ok = editor->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(editor->idEdit(), u"Bad ID"_s);
    QTest::keyClicks(editor->nameEdit(), u"Harbour Photo Desk"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(editor->problem().contains(u"ID"_s));
    replaceText(editor->idEdit(), u"harbour-desk"_s);
    QTest::keyClicks(editor->abbreviationEdit(), u"HPD"_s);
    chooseByKeys(editor->kindCombo(), u"photo-agency"_s);
    QTest::keyClicks(editor->countryEdit(), u"k1"_s);
    QVERIFY(!ok->isEnabled());
    replaceText(editor->countryEdit(), u"kr"_s);
    QVERIFY2(ok->isEnabled(), qPrintable(editor->problem()));
    click(ok);
    QTRY_VERIFY(!dialog.agencyEditor());
    QCOMPARE(dialog.agencyList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.agencyList()->topLevelItem(0)->text(0), u"harbour-desk"_s);
    // Nothing is written before OK.
    QVERIFY(!QFileInfo::exists(AgencyDirectory::userAgenciesPath()));
    click(dialog.buttons()->button(QDialogButtonBox::Ok));

    const Result<AgencyDirectory> stored = AgencyDirectory::userAgencies();
    QVERIFY(stored);
    const AgencyEntry *entry = stored->find(u"harbour-desk"_s);
    QVERIFY(entry);
    QCOMPARE(entry->name(), u"Harbour Photo Desk"_s);
    QCOMPARE(entry->kind, AgentKind::PhotoAgency);
    QCOMPARE(entry->country, u"KR"_s);
    // Provenance suggestions resolve it by its abbreviation, as provena-cli's would.
    const AgencyDirectory standard = AgencyDirectory::standard();
    QVERIFY(standard.resolve(u"HPD"_s));
    QCOMPARE(standard.resolve(u"HPD"_s)->id, u"harbour-desk"_s);

    PreferencesDialog again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.tabs()->setCurrentIndex(1);
    QCOMPARE(again.agencyList()->topLevelItemCount(), 1);
    again.agencyList()->setFocus();
    QTest::keyClick(again.agencyList(), Qt::Key_Down);
    QTRY_VERIFY(again.agencyList()->currentItem());
    click(again.removeAgencyButton());
    QCOMPARE(again.agencyList()->topLevelItemCount(), 0);
    click(again.buttons()->button(QDialogButtonBox::Ok));
    const Result<AgencyDirectory> after = AgencyDirectory::userAgencies();
    QVERIFY(after);
    QVERIFY(!after->find(u"harbour-desk"_s));
}

void TestPreferencesDialog::unreadableAgenciesAreKept()
{
    const QByteArray broken = "{ not json";
    QVERIFY(writeFile(AgencyDirectory::userAgenciesPath(), broken));
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.errorText().contains(AgencyDirectory::userAgenciesPath()));
    QVERIFY(!dialog.addAgencyButton()->isEnabled());
    replaceText(dialog.organizationEdit(), u"Still Saved"_s);
    click(dialog.buttons()->button(QDialogButtonBox::Ok));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(BundleSettings::sourceOrganization(), u"Still Saved"_s);
    QCOMPARE(readFile(AgencyDirectory::userAgenciesPath()), broken);
}

void TestPreferencesDialog::labelsButtonOpensLabelsDialog()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &PreferencesDialog::labelsChanged);
    dialog.tabs()->setCurrentIndex(1);
    click(dialog.labelsButton());
    LabelsDialog *labels = dialog.labelsDialog();
    QVERIFY(labels);
    QTRY_VERIFY(labels->isVisible());
    QVERIFY(labels->isEditable());
    click(labels->buttons()->button(QDialogButtonBox::Ok));
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(!dialog.labelsDialog());
    // Cancel in the labels dialog saves nothing and says nothing changed.
    click(dialog.labelsButton());
    QTRY_VERIFY(dialog.labelsDialog());
    click(dialog.labelsDialog()->buttons()->button(QDialogButtonBox::Cancel));
    QTRY_VERIFY(!dialog.labelsDialog());
    QCOMPARE(changed.count(), 1);
}

void TestPreferencesDialog::windowAppliesPreferences()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *preferences = w.action(u"preferences"_s);
    QVERIFY(preferences);
    QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
    QVERIFY(!preferences->shortcut().isEmpty());
    QMenu *edit = nullptr;
    for (QAction *menu : w.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(preferences))
            edit = menu->menu();
    }
    QVERIFY(edit);
    QCOMPARE(edit->title(), QCoreApplication::translate("provena::MainWindow", "&Edit"));

    QVERIFY(w.action(u"writeXmpOnSave"_s)->isChecked());
    QCOMPARE(w.recoveryManager()->intervalSeconds(), RecoveryManager::kDefaultIntervalSeconds);
    QTest::keySequence(&w, preferences->shortcut());
    QTRY_VERIFY(w.preferencesDialog());
    PreferencesDialog *dialog = w.preferencesDialog();
    QTRY_VERIFY(dialog->isVisible());
    dialog->tabs()->setCurrentIndex(2);
    typeValue(dialog->autosaveSpin(), 30);
    click(dialog->xmpOnSaveCheck());
    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    QTRY_VERIFY(!w.preferencesDialog());
    QCOMPARE(w.recoveryManager()->intervalSeconds(), 30);
    QVERIFY(!w.action(u"writeXmpOnSave"_s)->isChecked());
    QVERIFY(!XmpSettings::writeOnSave());
}

void TestPreferencesDialog::aboutListsLoadedLibraries()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.action(u"about"_s)->trigger();
    AboutDialog *about = w.aboutDialog();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = about->informativeText();
    for (const QString &expected :
         {u"Qt "_s + QString::fromLatin1(qVersion()), u"OpenCV "_s + openCvVersion(),
          u"Exiv2 "_s + exiv2Version(), u"libarchive "_s + libarchiveVersion()})
        QVERIFY2(text.contains(expected), qPrintable(text));
    // Versions as the libraries report them: digits and dots, never empty.
    const QRegularExpression version(u"^\\d+\\.\\d+(\\.\\d+)?"_s);
    for (const QString &v : {openCvVersion(), exiv2Version(), libarchiveVersion()})
        QVERIFY2(version.match(v).hasMatch(), qPrintable(v));
    click(about->button(QMessageBox::Ok));
    QTRY_VERIFY(!w.aboutDialog());
}

int main(int argc, char **argv)
{
    // Before QApplication: settings, agencies and labels go to a throwaway folder, so parallel
    // runs and the developer's own ~/.config are never touched.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QDir(home.path()).filePath(QString::fromLatin1(name)).toLocal8Bit());
    qunsetenv("PROVENA_LANG");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaPreferencesTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ProvenaPreferencesTest"));
    TestPreferencesDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preferencesdialog.moc"
