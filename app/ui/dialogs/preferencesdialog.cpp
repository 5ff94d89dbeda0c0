// SPDX-License-Identifier: MIT
#include "ui/dialogs/preferencesdialog.h"

#include "bundle/bundleexporter.h"
#include "core/i18n/language.h"
#include "media/decodeoptions.h"
#include "session/documentsession.h"
#include "session/imagefetcher.h"
#include "session/recoverymanager.h"
#include "session/xmpexport.h"
#include "ui/dialogs/exportbundledialog.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/docks/provenanceclaimmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

constexpr qint64 kPixelsPerMegapixel = 1'000'000;
constexpr int kMaxMegapixels = 10'000;

} // namespace

// ---- AgencyEditDialog ---------------------------------------------------------------------

AgencyEditDialog::AgencyEditDialog(const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , mTaken(taken)
    , mId(new QLineEdit)
    , mName(new QLineEdit)
    , mAbbreviation(new QLineEdit)
    , mKind(new QComboBox)
    , mCountry(new QLineEdit)
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add Agency"));
    setObjectName(u"agencyEditDialog"_s);
    mId->setObjectName(u"agencyId"_s);
    mId->setAccessibleName(tr("Agency ID"));
    mId->setPlaceholderText(tr("e.g. yonhap"));
    mName->setObjectName(u"agencyName"_s);
    mName->setAccessibleName(tr("Agency name"));
    mAbbreviation->setObjectName(u"agencyAbbreviation"_s);
    mAbbreviation->setAccessibleName(tr("Abbreviation"));
    mKind->setObjectName(u"agencyKind"_s);
    mKind->setAccessibleName(tr("Kind"));
    for (const AgentKind kind :
         {AgentKind::Unknown, AgentKind::StateMedia, AgentKind::WireService, AgentKind::PhotoAgency,
          AgentKind::Newspaper, AgentKind::Broadcaster, AgentKind::Government, AgentKind::Person,
          AgentKind::Organisation}) {
        const QString title = ProvenanceClaimModel::agentKindTitle(kind);
        mKind->addItem(title.isEmpty() ? tr("unknown") : title, Agent::kindName(kind));
    }
    mCountry->setObjectName(u"agencyCountry"_s);
    mCountry->setAccessibleName(tr("Country"));
    mCountry->setPlaceholderText(tr("ISO code, e.g. KR"));
    mCountry->setMaxLength(2);
    mProblem->setObjectName(u"agencyProblem"_s);
    mProblem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&ID:"), mId);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Abbreviation:"), mAbbreviation);
    form->addRow(tr("&Kind:"), mKind);
    form->addRow(tr("&Country:"), mCountry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);

    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {mId, mName, mAbbreviation, mCountry})
        connect(edit, &QLineEdit::textChanged, this, &AgencyEditDialog::validate);
    validate();
}

AgencyEntry AgencyEditDialog::entry() const
{
    AgencyEntry e;
    e.id = mId->text().trimmed();
    if (const QString name = mName->text().trimmed(); !name.isEmpty())
        e.names.insert(u"en"_s, name);
    if (const QString abbreviation = mAbbreviation->text().trimmed(); !abbreviation.isEmpty())
        e.abbreviations[u"en"_s].append(abbreviation);
    e.kind = Agent::kindFromName(mKind->currentData().toString()).value_or(AgentKind::Unknown);
    e.country = mCountry->text().trimmed().toUpper();
    return e;
}

QString AgencyEditDialog::problem() const
{
    // The same rule as provena-cli agencies add.
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    const AgencyEntry e = entry();
    if (!idPattern.match(e.id).hasMatch())
        return tr("The ID must be 1–64 lower-case letters, digits, '-' or '_'.");
    if (mTaken.contains(e.id))
        return tr("You already have an agency “%1”; remove it first.").arg(e.id);
    if (e.names.isEmpty())
        return tr("Enter a name.");
    // What reading the file back would refuse (a bad country code), refused now.
    AgencyDirectory one;
    one.insert(e);
    if (const Result<AgencyDirectory> checked = AgencyDirectory::fromJson(one.toJson()); !checked)
        return checked.error().message;
    return {};
}

void AgencyEditDialog::validate()
{
    const QString why = problem();
    mProblem->setText(why);
    mProblem->setVisible(!why.isEmpty());
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

// ---- PreferencesDialog --------------------------------------------------------------------

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , mTabs(new QTabWidget)
    , mLanguage(new QComboBox)
    , mUserName(new QLineEdit)
    , mOrganization(new QLineEdit)
    , mLabels(new QPushButton(tr("Manage &Labels…")))
    , mAgencies(new QTreeWidget)
    , mAddAgency(new QPushButton(tr("&Add…")))
    , mRemoveAgency(new QPushButton(tr("&Remove")))
    , mAutosave(new QSpinBox)
    , mNetwork(new QCheckBox(tr("&Fetch images from the web")))
    , mMaxMegapixels(new QSpinBox)
    , mXmpOnSave(new QCheckBox(tr("Write &XMP sidecars beside the images on save")))
    , mExportRender(new QCheckBox(tr("Render &images and crops")))
    , mExportPdf(new QCheckBox(tr("&PDF report")))
    , mError(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(windowTitle());
    setObjectName(u"preferencesDialog"_s);

    mTabs->addTab(createGeneralPage(), tr("&General"));
    mTabs->addTab(createListsPage(), tr("Labels && &Agencies"));
    mTabs->addTab(createFilesPage(), tr("&Files && Network"));
    mError->setObjectName(u"preferencesError"_s);
    mError->setWordWrap(true);
    mError->setStyleSheet(u"color: #b00020;"_s);
    mError->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTabs, 1);
    layout->addWidget(mError);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

QWidget *PreferencesDialog::createGeneralPage()
{
    mLanguage->setObjectName(u"preferencesLanguage"_s);
    mLanguage->setAccessibleName(tr("Language"));
    mLanguage->addItem(tr("System default (%1)").arg(QLocale::system().nativeLanguageName()),
                       QString());
    for (const Language::Choice &choice : Language::available())
        mLanguage->addItem(choice.nativeName, choice.code);
    auto *languageNote = new QLabel(tr("A new language applies the next time Provena starts. "
                                       "provena-cli uses it too; --lang overrides it."));
    languageNote->setWordWrap(true);

    mUserName->setObjectName(u"preferencesUserName"_s);
    mUserName->setAccessibleName(tr("Your name"));
    mUserName->setToolTip(tr("The author of the regions and claims you make, in the GUI and in "
                             "provena-cli. Empty: your account name."));
    mOrganization->setObjectName(u"preferencesOrganization"_s);
    mOrganization->setAccessibleName(tr("Organisation"));
    mOrganization->setToolTip(tr("Written as Source-Organization into the bundles you export."));

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), mLanguage);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Your &name:"), mUserName);
    form->addRow(tr("&Organisation:"), mOrganization);
    return page;
}

QWidget *PreferencesDialog::createListsPage()
{
    mLabels->setObjectName(u"preferencesLabels"_s);
    connect(mLabels, &QPushButton::clicked, this, &PreferencesDialog::manageLabels);

    mAgencies->setObjectName(u"preferencesAgencies"_s);
    mAgencies->setAccessibleName(tr("Your agencies"));
    mAgencies->setRootIsDecorated(false);
    mAgencies->setHeaderLabels({tr("ID"), tr("Name"), tr("Kind"), tr("Country")});
    mAgencies->header()->setStretchLastSection(false);
    mAgencies->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mAddAgency->setObjectName(u"preferencesAddAgency"_s);
    mRemoveAgency->setObjectName(u"preferencesRemoveAgency"_s);
    connect(mAddAgency, &QPushButton::clicked, this, &PreferencesDialog::addAgency);
    connect(mRemoveAgency, &QPushButton::clicked, this, &PreferencesDialog::removeAgency);
    connect(mAgencies, &QTreeWidget::currentItemChanged, this,
            [this] { mRemoveAgency->setEnabled(mAgenciesEditable && mAgencies->currentItem()); });

    auto *labelsNote = new QLabel(tr("Labels offered for regions; yours are shared with "
                                     "provena-cli labels."));
    labelsNote->setWordWrap(true);
    auto *agenciesNote = new QLabel(
        tr("Agencies provenance suggestions know by name, besides the built-in ones; shared "
           "with provena-cli agencies (%1).")
            .arg(AgencyDirectory::userAgenciesPath()));
    agenciesNote->setWordWrap(true);

    auto *agencyButtons = new QVBoxLayout;
    agencyButtons->addWidget(mAddAgency);
    agencyButtons->addWidget(mRemoveAgency);
    agencyButtons->addStretch(1);
    auto *agencyRow = new QHBoxLayout;
    agencyRow->addWidget(mAgencies, 1);
    agencyRow->addLayout(agencyButtons);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *labelsRow = new QHBoxLayout;
    labelsRow->addWidget(labelsNote, 1);
    labelsRow->addWidget(mLabels);
    layout->addLayout(labelsRow);
    layout->addWidget(agenciesNote);
    layout->addLayout(agencyRow, 1);
    return page;
}

QWidget *PreferencesDialog::createFilesPage()
{
    mAutosave->setObjectName(u"preferencesAutosave"_s);
    mAutosave->setAccessibleName(tr("Autosave interval"));
    mAutosave->setRange(0, RecoveryManager::kMaxIntervalSeconds);
    mAutosave->setSingleStep(10);
    mAutosave->setSuffix(tr(" s"));
    mAutosave->setSpecialValueText(tr("Off"));
    mAutosave->setToolTip(tr("Seconds between recovery copies of unsaved work."));
    mNetwork->setObjectName(u"preferencesNetwork"_s);
    mNetwork->setToolTip(tr("Off: Provena never connects to the network; images are not "
                            "fetched by their web address (provena-cli fetch too)."));
    mMaxMegapixels->setObjectName(u"preferencesMaxMegapixels"_s);
    mMaxMegapixels->setAccessibleName(tr("Largest image to decode"));
    mMaxMegapixels->setRange(1, kMaxMegapixels);
    mMaxMegapixels->setSuffix(tr(" MP"));
    mMaxMegapixels->setToolTip(tr("Images with more pixels are refused before they are decoded, "
                                  "in the GUI and in provena-cli."));
    mXmpOnSave->setObjectName(u"preferencesXmpOnSave"_s);
    mExportRender->setObjectName(u"preferencesExportRender"_s);
    mExportPdf->setObjectName(u"preferencesExportPdf"_s);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Autosave every:"), mAutosave);
    form->addRow(QString(), mNetwork);
    form->addRow(tr("&Largest image:"), mMaxMegapixels);
    form->addRow(QString(), mXmpOnSave);
    form->addRow(new QLabel(tr("Export Bundle starts with:")));
    form->addRow(QString(), mExportRender);
    form->addRow(QString(), mExportPdf);
    return page;
}

void PreferencesDialog::load()
{
    const int language = mLanguage->findData(Language::configured());
    mLanguage->setCurrentIndex(qMax(0, language));
    mUserName->setText(DocumentSession::configuredUserName());
    mUserName->setPlaceholderText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    mOrganization->setText(BundleSettings::sourceOrganization());

    Result<AgencyDirectory> user = AgencyDirectory::userAgencies();
    if (user) {
        mUserAgencies = user.value();
    } else {
        // Never overwrite a file that cannot be read: the user's agencies would be lost.
        mAgenciesEditable = false;
        showError(user.error().toString());
    }
    mAddAgency->setEnabled(mAgenciesEditable);
    fillAgencies();

    mAutosave->setValue(RecoveryManager::configuredIntervalSeconds());
    mNetwork->setChecked(!FetchOptions::fromSettings().offline);
    const qint64 pixels = DecodeOptions::configuredMaxPixels();
    mMaxMegapixels->setValue(
        int(qBound(qint64(1), (pixels + kPixelsPerMegapixel - 1) / kPixelsPerMegapixel,
                   qint64(kMaxMegapixels))));
    mLoadedMegapixels = mMaxMegapixels->value();
    mXmpOnSave->setChecked(XmpSettings::writeOnSave());
    const ExportDefaults exportDefaults = ExportDefaults::load();
    mExportRender->setChecked(exportDefaults.render);
    mExportPdf->setChecked(exportDefaults.pdf);
}

void PreferencesDialog::fillAgencies()
{
    mAgencies->clear();
    for (const AgencyEntry &entry : mUserAgencies.entries()) {
        const QString kind = ProvenanceClaimModel::agentKindTitle(entry.kind);
        auto *item = new QTreeWidgetItem(
            mAgencies, {entry.id, entry.name(Language::current()), kind, entry.country});
        item->setData(0, Qt::UserRole, entry.id);
    }
    mRemoveAgency->setEnabled(mAgenciesEditable && mAgencies->currentItem());
}

QString PreferencesDialog::errorText() const
{
    return mError->isVisible() ? mError->text() : QString();
}

void PreferencesDialog::showError(const QString &text)
{
    mError->setText(text);
    mError->setVisible(!text.isEmpty());
}

void PreferencesDialog::manageLabels()
{
    if (mLabelsDialog) {
        mLabelsDialog->raise();
        mLabelsDialog->activateWindow();
        return;
    }
    // The labels dialog saves on its own OK, as from Tools › Manage Labels….
    mLabelsDialog = new LabelsDialog(this);
    mLabelsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(mLabelsDialog, &QDialog::accepted, this, &PreferencesDialog::labelsChanged);
    mLabelsDialog->open();
}

void PreferencesDialog::addAgency()
{
    if (!mAgenciesEditable || mAgencyEditor)
        return;
    QStringList taken;
    for (const AgencyEntry &entry : mUserAgencies.entries())
        taken.append(entry.id);
    mAgencyEditor = new AgencyEditDialog(taken, this);
    mAgencyEditor->setAttribute(Qt::WA_DeleteOnClose);
    connect(mAgencyEditor, &QDialog::accepted, this, [this] {
        mUserAgencies.insert(mAgencyEditor->entry());
        mAgenciesChanged = true;
        fillAgencies();
    });
    mAgencyEditor->open();
}

void PreferencesDialog::removeAgency()
{
    const QTreeWidgetItem *item = mAgencies->currentItem();
    if (!mAgenciesEditable || !item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    AgencyDirectory kept;
    for (const AgencyEntry &entry : mUserAgencies.entries()) {
        if (entry.id != id)
            kept.insert(entry);
    }
    mUserAgencies = kept;
    mAgenciesChanged = true;
    fillAgencies();
}

void PreferencesDialog::accept()
{
    if (mAgenciesChanged) {
        const Status saved = AgencyDirectory::saveUserAgencies(mUserAgencies);
        if (!saved) {
            // Nothing else is stored either, so OK again (or Cancel) starts from a known state.
            showError(saved.error().toString());
            mTabs->setCurrentIndex(1);
            return;
        }
        mAgenciesChanged = false;
    }
    Language::setConfigured(mLanguage->currentData().toString());
    DocumentSession::setUserName(mUserName->text());
    BundleSettings::setSourceOrganization(mOrganization->text().trimmed());
    RecoveryManager::setConfiguredIntervalSeconds(mAutosave->value());
    FetchOptions::setOfflineSetting(!mNetwork->isChecked());
    // Only when changed: a limit set in pixels (not whole megapixels) is kept as it was.
    if (mMaxMegapixels->value() != mLoadedMegapixels) {
        const qint64 pixels = qint64(mMaxMegapixels->value()) * kPixelsPerMegapixel;
        // The default is stored as no value, so a later change of the default reaches this user.
        DecodeOptions::setConfiguredMaxPixels(pixels == DecodeOptions::kDefaultMaxPixels ? 0
                                                                                         : pixels);
    }
    XmpSettings::setWriteOnSave(mXmpOnSave->isChecked());
    ExportDefaults {mExportRender->isChecked(), mExportPdf->isChecked()}.save();
    QDialog::accept();
}

} // namespace provena
