// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/labeltaxonomy.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace provena {

/**
 * Add or edit one of the user's own labels: id (fixed when editing), name, colour, description.
 * OK is enabled only while the entries make a valid label; the reason is shown otherwise.
 */
class LabelEditDialog : public QDialog
{
    Q_OBJECT

public:
    /** `taken` are the ids the new label must not use (built-in and existing user labels). */
    LabelEditDialog(const Label &label, bool isNew, const QStringList &taken,
                    QWidget *parent = nullptr);

    Label label() const;

    QLineEdit *idEdit() const { return mId; }
    QLineEdit *nameEdit() const { return mName; }
    QLineEdit *colourEdit() const { return mColour; }
    QLineEdit *descriptionEdit() const { return mDescription; }
    QDialogButtonBox *buttons() const { return mButtons; }

    /** Why the entries are not a valid label, or empty when they are. */
    QString problem() const;

private:
    void chooseColour();
    void validate();

    bool mIsNew;
    QStringList mTaken;
    QLineEdit *mId;
    QLineEdit *mName;
    QLineEdit *mColour;
    QPushButton *mColourButton;
    QLineEdit *mDescription;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

/**
 * Tools › Manage Labels…: every label with its colour; the built-in ones are read-only, the
 * user's own (LabelTaxonomy::userLabelsPath(), shared with provena-cli) can be added, edited and
 * removed. OK saves them; a save error is shown in the dialog, which then stays open. When the
 * user's file cannot be read, the error is shown and editing is disabled so the file is never
 * overwritten.
 *
 * Nothing blocks: Add and Edit open a LabelEditDialog with open(), reachable via editor(), so
 * tests drive the real widgets.
 */
class LabelsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LabelsDialog(QWidget *parent = nullptr);

    /** The user's labels as edited so far (saved on OK). */
    const LabelTaxonomy &userLabels() const { return mUser; }
    /** False when the user's label file could not be read (editing is then disabled). */
    bool isEditable() const { return mEditable; }

    QTreeWidget *list() const { return mList; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *editButton() const { return mEdit; }
    QPushButton *removeButton() const { return mRemove; }
    QDialogButtonBox *buttons() const { return mButtons; }
    /** The message shown above the buttons (errors), empty when none. */
    QString errorText() const;
    /** The add/edit dialog while it is open. */
    LabelEditDialog *editor() const { return mEditor; }

    void addLabel();
    void editLabel();
    void removeLabel();

    void accept() override;

private:
    void fill(const QString &currentId = {});
    void updateButtons();
    QString currentId() const;
    void openEditor(const Label &label, bool isNew);
    void showError(const QString &text);

    LabelTaxonomy mBuiltIn;
    LabelTaxonomy mUser;
    bool mEditable = true;
    QTreeWidget *mList;
    QPushButton *mAdd;
    QPushButton *mEdit;
    QPushButton *mRemove;
    QLabel *mError;
    QDialogButtonBox *mButtons;
    QPointer<LabelEditDialog> mEditor;
};

} // namespace provena
