// SPDX-License-Identifier: MIT
#pragma once

#include "bundle/bundleexporter.h"
#include "ui/mainwindow/prompt.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace provena {

/**
 * What the export dialog starts with, remembered from its last OK and set in Edit ›
 * Preferences…: the settings `bundle/render` and `bundle/pdf` (both default true). The GUI's own;
 * provena-cli export takes --no-render and --no-pdf instead.
 */
struct ExportDefaults
{
    bool render = true;
    bool pdf = true;

    static ExportDefaults load();
    void save() const;
};

/**
 * File › Export Bundle…: which articles go into the bundle (the open one first), the zip to
 * write (by default "<stem>-bundle.zip" beside the first article), the bagging date, whether
 * images and crops are rendered and whether the report is also a PDF, and the bag-info fields
 * Source-Organization and Contact, prefilled from BundleSettings and saved back on OK.
 *
 * OK is enabled only while the entries make an export that can start; the reason is shown
 * otherwise. OK asks (through `ask`, Prompt::ReplaceFile) before an existing zip is replaced,
 * and the dialog stays open when the analyst declines. The dialog writes nothing but settings:
 * BundleActionHandler runs the export with articles(), zipPath() and options().
 */
class ExportBundleDialog : public QDialog
{
    Q_OBJECT

public:
    ExportBundleDialog(const QStringList &articles, PromptHandler ask, QWidget *parent = nullptr);

    /** The articles to export, absolute, in the order listed. */
    QStringList articles() const;
    /** Adds `paths` (made absolute) after those listed; one already listed is not repeated. */
    void addArticles(const QStringList &paths);
    /** The zip to write, absolute; empty when none is entered. */
    QString zipPath() const;
    void setZipPath(const QString &path);
    /** The date, render, PDF, forensic views (error level, noise, gradient when checked) and
     *  bag-info entries (readOptions and threads as defaulted). */
    BundleExportOptions options() const;

    /** Why the entries cannot be exported, or empty when they can. */
    QString problem() const;
    /** OK: asks before replacing an existing zip, saves the bag-info entries, then accepts. */
    void accept() override;

    QListWidget *articleList() const { return mArticles; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *removeButton() const { return mRemove; }
    QLineEdit *zipEdit() const { return mZip; }
    QDateEdit *dateEdit() const { return mDate; }
    QCheckBox *renderCheck() const { return mRender; }
    QCheckBox *pdfCheck() const { return mPdf; }
    QCheckBox *forensicsCheck() const { return mForensics; }
    QLineEdit *organizationEdit() const { return mOrganization; }
    QLineEdit *contactNameEdit() const { return mContactName; }
    QLineEdit *contactEmailEdit() const { return mContactEmail; }
    QDialogButtonBox *buttons() const { return mButtons; }

    /** "<stem>-bundle.zip" beside `articlePath`. */
    static QString defaultZipPathFor(const QString &articlePath);

private:
    void chooseArticles();
    void removeSelectedArticles();
    void chooseZip();
    /** Follows the first article while the analyst has not typed or chosen a zip path. */
    void updateDefaultZip();
    void validate();

    PromptHandler mAsk;
    QListWidget *mArticles;
    QPushButton *mAdd;
    QPushButton *mRemove;
    QLineEdit *mZip;
    QPushButton *mBrowse;
    QDateEdit *mDate;
    QCheckBox *mRender;
    QCheckBox *mPdf;
    QCheckBox *mForensics; ///< off each time the dialog opens: forensic views are opt-in
    QLineEdit *mOrganization;
    QLineEdit *mContactName;
    QLineEdit *mContactEmail;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
    /** The zip path the dialog itself last filled in; another value is the analyst's choice. */
    QString mDefaultZip;
};

} // namespace provena
