// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace provena {

class LabelsDialog;

/**
 * Adds one of the user's own agencies: id, name, abbreviation, kind, country. OK is enabled
 * only while the entries make an entry AgencyDirectory accepts; the reason is shown otherwise.
 */
class AgencyEditDialog : public QDialog
{
    Q_OBJECT

public:
    /** `taken` are the ids of the user's agencies (a built-in id may be overridden). */
    explicit AgencyEditDialog(const QStringList &taken, QWidget *parent = nullptr);

    AgencyEntry entry() const;
    /** Why the entries are not a valid agency, or empty when they are. */
    QString problem() const;

    QLineEdit *idEdit() const { return mId; }
    QLineEdit *nameEdit() const { return mName; }
    QLineEdit *abbreviationEdit() const { return mAbbreviation; }
    QComboBox *kindCombo() const { return mKind; }
    QLineEdit *countryEdit() const { return mCountry; }
    QDialogButtonBox *buttons() const { return mButtons; }

private:
    void validate();

    QStringList mTaken;
    QLineEdit *mId;
    QLineEdit *mName;
    QLineEdit *mAbbreviation;
    QComboBox *mKind;
    QLineEdit *mCountry;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

/**
 * Edit › Preferences…: every setting of the analyst's in one place, each stored where the code
 * that uses it reads it, so provena-cli sees the shared ones:
 *
 * - language (Language::setConfigured; applies at the next start),
 * - name and organisation (DocumentSession::setUserName, BundleSettings::setSourceOrganization),
 * - labels (the Manage Labels dialog, saved by its own OK: labelsChanged()) and the user's
 *   agencies (AgencyDirectory::saveUserAgencies, on OK),
 * - autosave interval (RecoveryManager::setConfiguredIntervalSeconds), fetching images from the
 *   web (FetchOptions::setOfflineSetting), the decoding pixel limit in megapixels
 *   (DecodeOptions::setConfiguredMaxPixels), XMP sidecars on save (XmpSettings::setWriteOnSave)
 *   and what the export dialog starts with (ExportDefaults).
 *
 * Nothing is stored before OK; Cancel leaves every setting as it was. Nothing blocks: the
 * labels and agency dialogs open with open() and are reachable for tests.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return mTabs; }
    QComboBox *languageCombo() const { return mLanguage; }
    QLineEdit *userNameEdit() const { return mUserName; }
    QLineEdit *organizationEdit() const { return mOrganization; }
    QPushButton *labelsButton() const { return mLabels; }
    QTreeWidget *agencyList() const { return mAgencies; }
    QPushButton *addAgencyButton() const { return mAddAgency; }
    QPushButton *removeAgencyButton() const { return mRemoveAgency; }
    QSpinBox *autosaveSpin() const { return mAutosave; }
    QCheckBox *networkCheck() const { return mNetwork; }
    QSpinBox *maxMegapixelsSpin() const { return mMaxMegapixels; }
    QCheckBox *xmpOnSaveCheck() const { return mXmpOnSave; }
    QCheckBox *exportRenderCheck() const { return mExportRender; }
    QCheckBox *exportPdfCheck() const { return mExportPdf; }
    QDialogButtonBox *buttons() const { return mButtons; }
    /** The message shown above the buttons (errors), empty when none. */
    QString errorText() const;

    /** The Manage Labels dialog while it is open, else null. */
    LabelsDialog *labelsDialog() const { return mLabelsDialog; }
    /** The add-agency dialog while it is open, else null. */
    AgencyEditDialog *agencyEditor() const { return mAgencyEditor; }

    void accept() override;

Q_SIGNALS:
    /** The user's labels were saved through the Manage Labels dialog. */
    void labelsChanged();

private:
    QWidget *createGeneralPage();
    QWidget *createListsPage();
    QWidget *createFilesPage();
    void load();
    void fillAgencies();
    void manageLabels();
    void addAgency();
    void removeAgency();
    void showError(const QString &text);

    AgencyDirectory mUserAgencies;
    bool mAgenciesEditable = true;
    bool mAgenciesChanged = false;
    int mLoadedMegapixels = 0;
    QTabWidget *mTabs;
    QComboBox *mLanguage;
    QLineEdit *mUserName;
    QLineEdit *mOrganization;
    QPushButton *mLabels;
    QTreeWidget *mAgencies;
    QPushButton *mAddAgency;
    QPushButton *mRemoveAgency;
    QSpinBox *mAutosave;
    QCheckBox *mNetwork;
    QSpinBox *mMaxMegapixels;
    QCheckBox *mXmpOnSave;
    QCheckBox *mExportRender;
    QCheckBox *mExportPdf;
    QLabel *mError;
    QDialogButtonBox *mButtons;
    QPointer<LabelsDialog> mLabelsDialog;
    QPointer<AgencyEditDialog> mAgencyEditor;
};

} // namespace provena
