// SPDX-License-Identifier: MIT
#include "ui/dialogs/labelsdialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace provena {

namespace {

enum Column { NameColumn, IdColumn, OriginColumn };

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    return QIcon(pixmap);
}

} // namespace

// ---- LabelEditDialog ----------------------------------------------------------------------

LabelEditDialog::LabelEditDialog(const Label &label, bool isNew, const QStringList &taken,
                                 QWidget *parent)
    : QDialog(parent)
    , mIsNew(isNew)
    , mTaken(taken)
    , mId(new QLineEdit(label.id))
    , mName(new QLineEdit(label.name))
    , mColour(new QLineEdit(label.colour.isValid() ? label.colour.name() : QString()))
    , mColourButton(new QPushButton(tr("C&hoose…")))
    , mDescription(new QLineEdit(label.description))
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(isNew ? tr("Add Label") : tr("Edit Label"));
    setAccessibleName(windowTitle());
    mId->setObjectName(QStringLiteral("labelId"));
    mId->setAccessibleName(tr("Label ID"));
    mId->setToolTip(tr("Stored in sidecars: 1–64 lower-case letters, digits, '-' or '_'."));
    mId->setReadOnly(!isNew);
    mName->setObjectName(QStringLiteral("labelName"));
    mName->setAccessibleName(tr("Label name"));
    mColour->setObjectName(QStringLiteral("labelColour"));
    mColour->setAccessibleName(tr("Label colour"));
    mColour->setPlaceholderText(QStringLiteral("#RRGGBB"));
    mColourButton->setObjectName(QStringLiteral("chooseColour"));
    mColourButton->setAccessibleName(tr("Choose label colour"));
    mDescription->setObjectName(QStringLiteral("labelDescription"));
    mDescription->setAccessibleName(tr("Label description"));
    mProblem->setObjectName(QStringLiteral("labelProblem"));
    mProblem->setAccessibleName(tr("Problem"));
    mProblem->setWordWrap(true);
    mButtons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    mButtons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(mColour, 1);
    colourRow->addWidget(mColourButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&ID:"), mId);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Colour:"), colourRow);
    form->addRow(tr("&Description:"), mDescription);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);

    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mColourButton, &QPushButton::clicked, this, &LabelEditDialog::chooseColour);
    for (QLineEdit *edit : {mId, mName, mColour})
        connect(edit, &QLineEdit::textChanged, this, &LabelEditDialog::validate);
    validate();
}

Label LabelEditDialog::label() const
{
    Label label;
    label.id = mId->text().trimmed();
    label.name = mName->text().trimmed();
    label.colour = QColor(mColour->text().trimmed());
    label.description = mDescription->text().trimmed();
    return label;
}

QString LabelEditDialog::problem() const
{
    const Label l = label();
    if (mIsNew) {
        if (!LabelTaxonomy::isValidId(l.id))
            return tr("The ID must be 1–64 lower-case letters, digits, '-' or '_'.");
        if (mTaken.contains(l.id))
            return tr("The ID “%1” is already used; choose another.").arg(l.id);
    }
    if (l.name.isEmpty())
        return tr("Enter a name.");
    if (!l.colour.isValid())
        return tr("Enter a colour as #RRGGBB or choose one.");
    return {};
}

void LabelEditDialog::chooseColour()
{
    // Not blocking: open() returns at once and the choice arrives by signal.
    auto *dialog = new QColorDialog(QColor(mColour->text().trimmed()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Label Colour"));
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &colour) { mColour->setText(colour.name()); });
    dialog->open();
}

void LabelEditDialog::validate()
{
    const QString why = problem();
    mProblem->setText(why);
    mProblem->setVisible(!why.isEmpty());
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    const QColor colour(mColour->text().trimmed());
    mColourButton->setIcon(swatch(colour));
}

// ---- LabelsDialog -------------------------------------------------------------------------

LabelsDialog::LabelsDialog(QWidget *parent)
    : QDialog(parent)
    , mBuiltIn(LabelTaxonomy::builtIn())
    , mList(new QTreeWidget)
    , mAdd(new QPushButton(tr("&Add…")))
    , mEdit(new QPushButton(tr("&Edit…")))
    , mRemove(new QPushButton(tr("&Remove")))
    , mError(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Manage Labels"));
    setAccessibleName(tr("Manage labels"));
    mList->setObjectName(QStringLiteral("labelList"));
    mList->setAccessibleName(tr("Labels"));
    mList->setHeaderLabels({tr("Label"), tr("ID"), tr("Origin")});
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->header()->setStretchLastSection(true);
    mAdd->setObjectName(QStringLiteral("addLabel"));
    mAdd->setAccessibleName(tr("Add label"));
    mEdit->setObjectName(QStringLiteral("editLabel"));
    mEdit->setAccessibleName(tr("Edit label"));
    mRemove->setObjectName(QStringLiteral("removeLabel"));
    mRemove->setAccessibleName(tr("Remove label"));
    mError->setObjectName(QStringLiteral("labelsError"));
    mError->setAccessibleName(tr("Error"));
    mError->setWordWrap(true);
    mError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mError->setStyleSheet(QStringLiteral("color: #b00020;"));
    mError->hide();
    mButtons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save labels"));
    mButtons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *note = new QLabel(
        tr("Built-in labels cannot be changed. Your own labels are stored in %1 and shared "
           "with provena-cli.")
            .arg(LabelTaxonomy::userLabelsPath().toHtmlEscaped()));
    note->setAccessibleName(tr("About your labels"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QVBoxLayout;
    side->addWidget(mAdd);
    side->addWidget(mEdit);
    side->addWidget(mRemove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(mList, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(row, 1);
    layout->addWidget(mError);
    layout->addWidget(mButtons);

    connect(mAdd, &QPushButton::clicked, this, &LabelsDialog::addLabel);
    connect(mEdit, &QPushButton::clicked, this, &LabelsDialog::editLabel);
    connect(mRemove, &QPushButton::clicked, this, &LabelsDialog::removeLabel);
    connect(mList, &QTreeWidget::itemDoubleClicked, this, &LabelsDialog::editLabel);
    connect(mList, &QTreeWidget::currentItemChanged, this, &LabelsDialog::updateButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &LabelsDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (Result<LabelTaxonomy> user = LabelTaxonomy::userLabels()) {
        mUser = user.value();
    } else {
        // Saving would replace labels we could not read: show why and allow no changes.
        mEditable = false;
        showError(tr("Your labels could not be read, so they cannot be changed here. Fix or "
                     "remove the file and open this dialog again.\n%1")
                      .arg(user.error().toString()));
    }
    fill();
    resize(560, 460);
}

QString LabelsDialog::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

void LabelsDialog::showError(const QString &text)
{
    mError->setText(text);
    mError->setVisible(!text.isEmpty());
}

void LabelsDialog::fill(const QString &currentId)
{
    mList->clear();
    QTreeWidgetItem *current = nullptr;
    const auto add = [&](const Label &label, bool builtIn) {
        auto *item = new QTreeWidgetItem(mList);
        item->setIcon(NameColumn, swatch(label.colour));
        item->setText(NameColumn, label.displayName());
        item->setText(IdColumn, label.id);
        item->setText(OriginColumn, builtIn ? tr("built-in (read-only)") : tr("yours"));
        item->setData(NameColumn, Qt::UserRole, label.id);
        item->setData(NameColumn, Qt::UserRole + 1, builtIn);
        const QString description = label.displayDescription();
        const QString tip = description.isEmpty()
            ? label.displayName()
            : QStringLiteral("%1 — %2").arg(label.displayName(), description);
        for (int c = NameColumn; c <= OriginColumn; ++c)
            item->setToolTip(c, tip);
        if (builtIn) {
            // Read-only at a glance: greyed text.
            for (int c = NameColumn; c <= OriginColumn; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (label.id == currentId)
            current = item;
    };
    for (const Label &label : mBuiltIn.labels())
        add(label, true);
    for (const Label &label : mUser.labels()) {
        if (!mBuiltIn.contains(label.id))
            add(label, false);
    }
    for (int c = NameColumn; c < OriginColumn; ++c)
        mList->resizeColumnToContents(c);
    if (current)
        mList->setCurrentItem(current);
    updateButtons();
}

QString LabelsDialog::currentId() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    if (!item || item->data(NameColumn, Qt::UserRole + 1).toBool())
        return {};
    return item->data(NameColumn, Qt::UserRole).toString();
}

void LabelsDialog::updateButtons()
{
    const bool own = mEditable && !currentId().isEmpty();
    mAdd->setEnabled(mEditable);
    mEdit->setEnabled(own);
    mRemove->setEnabled(own);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(mEditable);
}

void LabelsDialog::openEditor(const Label &label, bool isNew)
{
    if (mEditor)
        mEditor->close();
    QStringList taken;
    for (const Label &l : mBuiltIn.labels())
        taken.append(l.id);
    for (const Label &l : mUser.labels())
        taken.append(l.id);
    mEditor = new LabelEditDialog(label, isNew, taken, this);
    mEditor->setAttribute(Qt::WA_DeleteOnClose);
    LabelEditDialog *editor = mEditor;
    connect(editor, &QDialog::accepted, this, [this, editor] {
        Label edited = editor->label();
        // The dialog edits the English name; translations written into the file stay.
        if (const Label *before = mUser.find(edited.id)) {
            edited.names = before->names;
            edited.descriptions = before->descriptions;
        }
        mUser.insert(edited);
        fill(edited.id);
    });
    editor->open();
}

void LabelsDialog::addLabel()
{
    if (!mEditable)
        return;
    Label label;
    label.colour = QColor::fromHsv(int(mUser.labels().size() * 67 % 360), 170, 220);
    openEditor(label, true);
}

void LabelsDialog::editLabel()
{
    const QString id = currentId();
    const Label *label = mUser.find(id);
    if (!mEditable || !label)
        return;
    openEditor(*label, false);
}

void LabelsDialog::removeLabel()
{
    const QString id = currentId();
    if (!mEditable || id.isEmpty())
        return;
    LabelTaxonomy kept;
    for (const Label &label : mUser.labels()) {
        if (label.id != id)
            kept.insert(label);
    }
    mUser = kept;
    fill();
}

void LabelsDialog::accept()
{
    if (!mEditable)
        return;
    // Read the file again: never replace a file that became unreadable meanwhile (written by
    // hand or by another program).
    if (const Result<LabelTaxonomy> onDisk = LabelTaxonomy::userLabels(); !onDisk) {
        showError(tr("Your labels could not be read, so they were not saved.\n%1")
                      .arg(onDisk.error().toString()));
        return;
    }
    if (const Status saved = LabelTaxonomy::saveUserLabels(mUser); !saved) {
        showError(tr("Your labels could not be saved.\n%1").arg(saved.error().toString()));
        return;
    }
    showError({});
    QDialog::accept();
}

} // namespace provena
