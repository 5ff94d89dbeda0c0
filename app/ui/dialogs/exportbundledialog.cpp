// SPDX-License-Identifier: MIT
#include "ui/dialogs/exportbundledialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace provena {

namespace {

QString renderKey()
{
    return QStringLiteral("bundle/render");
}

QString pdfKey()
{
    return QStringLiteral("bundle/pdf");
}

} // namespace

ExportDefaults ExportDefaults::load()
{
    const QSettings settings;
    return {settings.value(renderKey(), true).toBool(), settings.value(pdfKey(), true).toBool()};
}

void ExportDefaults::save() const
{
    QSettings settings;
    settings.setValue(renderKey(), render);
    settings.setValue(pdfKey(), pdf);
}

ExportBundleDialog::ExportBundleDialog(const QStringList &articles, PromptHandler ask,
                                       QWidget *parent)
    : QDialog(parent)
    , mAsk(std::move(ask))
    , mArticles(new QListWidget)
    , mAdd(new QPushButton(tr("&Add…")))
    , mRemove(new QPushButton(tr("&Remove")))
    , mZip(new QLineEdit)
    , mBrowse(new QPushButton(tr("&Browse…")))
    , mDate(new QDateEdit(QDate::currentDate()))
    , mRender(new QCheckBox(tr("Render &images and crops")))
    , mPdf(new QCheckBox(tr("&PDF report")))
    , mForensics(new QCheckBox(tr("&Forensic views (error level, noise, gradient)")))
    , mOrganization(new QLineEdit(BundleSettings::sourceOrganization()))
    , mContactName(new QLineEdit(BundleSettings::contactName()))
    , mContactEmail(new QLineEdit(BundleSettings::contactEmail()))
    , mProblem(new QLabel)
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export Bundle"));
    setAccessibleName(windowTitle());
    setObjectName(QStringLiteral("exportBundleDialog"));

    mArticles->setObjectName(QStringLiteral("bundleArticles"));
    mArticles->setAccessibleName(tr("Articles in the bundle"));
    mArticles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mAdd->setObjectName(QStringLiteral("addArticles"));
    mAdd->setAccessibleName(tr("Add articles to the bundle"));
    mRemove->setObjectName(QStringLiteral("removeArticles"));
    mRemove->setAccessibleName(tr("Remove the selected articles from the bundle"));
    mZip->setObjectName(QStringLiteral("bundleZip"));
    mZip->setAccessibleName(tr("Bundle file"));
    mZip->setPlaceholderText(tr("/path/to/story-bundle.zip"));
    mBrowse->setObjectName(QStringLiteral("browseZip"));
    mBrowse->setAccessibleName(tr("Choose the bundle file"));
    mDate->setObjectName(QStringLiteral("bundleDate"));
    mDate->setAccessibleName(tr("Bagging date"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDate->setToolTip(tr("Written as Bagging-Date and as the time of every file in the zip: the "
                         "same articles with the same date give the same zip, byte for byte."));
    mRender->setObjectName(QStringLiteral("bundleRender"));
    mRender->setToolTip(tr("A picture of each image with its regions and legend, and a crop "
                           "of every region. Without them the report still draws the regions."));
    const ExportDefaults defaults = ExportDefaults::load();
    mRender->setChecked(defaults.render);
    mPdf->setObjectName(QStringLiteral("bundlePdf"));
    mPdf->setToolTip(tr("The report also as a PDF, beside the HTML page."));
    mPdf->setChecked(defaults.pdf);
    mForensics->setObjectName(QStringLiteral("bundleForensics"));
    mForensics->setToolTip(tr("Each image's error level analysis, noise residual and luminance "
                              "gradient as PNG files, listed in the report. They are aids: they "
                              "show evidence, they do not declare an image fake."));
    mOrganization->setObjectName(QStringLiteral("bundleOrganization"));
    mOrganization->setAccessibleName(tr("Source organization"));
    mContactName->setObjectName(QStringLiteral("bundleContactName"));
    mContactName->setAccessibleName(tr("Contact name"));
    mContactEmail->setObjectName(QStringLiteral("bundleContactEmail"));
    mContactEmail->setAccessibleName(tr("Contact email"));
    mProblem->setObjectName(QStringLiteral("bundleProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(mAdd);
    listButtons->addWidget(mRemove);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(mArticles, 1);
    listRow->addLayout(listButtons);
    auto *articlesBox = new QGroupBox(tr("Articles"));
    articlesBox->setLayout(listRow);

    auto *zipRow = new QHBoxLayout;
    zipRow->addWidget(mZip, 1);
    zipRow->addWidget(mBrowse);
    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from addRow(text, …): the label is made here.
    auto *zipLabel = new QLabel(tr("&Bundle:"));
    zipLabel->setBuddy(mZip);
    form->addRow(zipLabel, zipRow);
    form->addRow(tr("&Date:"), mDate);
    form->addRow(QString(), mRender);
    form->addRow(QString(), mPdf);
    form->addRow(QString(), mForensics);

    auto *bagInfo = new QFormLayout;
    bagInfo->addRow(tr("Source &organization:"), mOrganization);
    bagInfo->addRow(tr("Contact &name:"), mContactName);
    bagInfo->addRow(tr("Contact &email:"), mContactEmail);
    auto *bagInfoBox = new QGroupBox(tr("Bag information (kept for the next bundle)"));
    bagInfoBox->setLayout(bagInfo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(articlesBox, 1);
    layout->addLayout(form);
    layout->addWidget(bagInfoBox);
    layout->addWidget(mProblem);
    layout->addWidget(mButtons);

    connect(mAdd, &QPushButton::clicked, this, &ExportBundleDialog::chooseArticles);
    connect(mRemove, &QPushButton::clicked, this, &ExportBundleDialog::removeSelectedArticles);
    connect(mBrowse, &QPushButton::clicked, this, &ExportBundleDialog::chooseZip);
    connect(mArticles, &QListWidget::itemSelectionChanged, this, &ExportBundleDialog::validate);
    connect(mZip, &QLineEdit::textChanged, this, &ExportBundleDialog::validate);
    connect(mContactEmail, &QLineEdit::textChanged, this, &ExportBundleDialog::validate);
    connect(mButtons, &QDialogButtonBox::accepted, this, &ExportBundleDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    addArticles(articles);
    validate();
    resize(620, 520);
}

QStringList ExportBundleDialog::articles() const
{
    QStringList paths;
    for (int i = 0; i < mArticles->count(); ++i)
        paths.append(mArticles->item(i)->data(Qt::UserRole).toString());
    return paths;
}

void ExportBundleDialog::addArticles(const QStringList &paths)
{
    QStringList listed = articles();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (path.isEmpty() || listed.contains(absolute))
            continue;
        listed.append(absolute);
        auto *item = new QListWidgetItem(QFileInfo(absolute).fileName(), mArticles);
        item->setData(Qt::UserRole, absolute);
        item->setToolTip(absolute);
    }
    updateDefaultZip();
    validate();
}

void ExportBundleDialog::chooseArticles()
{
    const QStringList listed = articles();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Articles to the Bundle"),
        listed.isEmpty() ? QString() : QFileInfo(listed.last()).absolutePath(),
        tr("Articles (*.md *.markdown *.txt);;All files (*)"));
    addArticles(paths);
}

void ExportBundleDialog::removeSelectedArticles()
{
    qDeleteAll(mArticles->selectedItems());
    updateDefaultZip();
    validate();
}

QString ExportBundleDialog::zipPath() const
{
    const QString entered = mZip->text().trimmed();
    if (entered.isEmpty())
        return {};
    return QDir::cleanPath(entered);
}

void ExportBundleDialog::setZipPath(const QString &path)
{
    mZip->setText(path);
}

void ExportBundleDialog::chooseZip()
{
    // accept() asks before replacing, naming the file, so the file dialog need not.
    QString path = QFileDialog::getSaveFileName(this, tr("Export Bundle As"), zipPath(),
                                                tr("Bundles (*.zip)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QLatin1String(".zip");
    mZip->setText(path);
}

QString ExportBundleDialog::defaultZipPathFor(const QString &articlePath)
{
    const QFileInfo article(articlePath);
    return article.dir().filePath(article.completeBaseName() + QLatin1String("-bundle.zip"));
}

void ExportBundleDialog::updateDefaultZip()
{
    const QStringList listed = articles();
    const QString suggested = listed.isEmpty() ? QString() : defaultZipPathFor(listed.first());
    if (mZip->text() == mDefaultZip || mZip->text().isEmpty()) {
        mDefaultZip = suggested;
        mZip->setText(suggested);
    }
}

BundleExportOptions ExportBundleDialog::options() const
{
    BundleExportOptions options;
    options.date = mDate->date();
    options.render = mRender->isChecked();
    options.pdf = mPdf->isChecked();
    if (mForensics->isChecked())
        options.forensicViews = {ForensicView::Kind::ErrorLevel, ForensicView::Kind::NoiseResidual,
                                 ForensicView::Kind::LuminanceGradient};
    options.sourceOrganization = mOrganization->text().trimmed();
    options.contactName = mContactName->text().trimmed();
    options.contactEmail = mContactEmail->text().trimmed();
    return options;
}

QString ExportBundleDialog::problem() const
{
    const QStringList listed = articles();
    if (listed.isEmpty())
        return tr("Add at least one article.");
    for (const QString &article : listed) {
        if (!QFileInfo(article).isFile())
            return tr("The article “%1” is not in “%2” any more.")
                .arg(QFileInfo(article).fileName(), QFileInfo(article).absolutePath());
    }
    const QString zip = zipPath();
    if (zip.isEmpty())
        return tr("Enter the file to write the bundle to, or choose it with Browse….");
    if (QDir::isRelativePath(zip))
        return tr("Enter the bundle's full path (for example %1), or choose it with Browse….")
            .arg(QDir::toNativeSeparators(defaultZipPathFor(listed.first())));
    const QFileInfo target(zip);
    if (!target.fileName().endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
        || target.fileName().size() <= 4)
        return tr("The bundle's file name must end in .zip.");
    if (!target.dir().exists())
        return tr("The folder “%1” does not exist.")
            .arg(QDir::toNativeSeparators(target.absolutePath()));
    if (target.isDir())
        return tr("“%1” is a folder; enter a file name ending in .zip.")
            .arg(QDir::toNativeSeparators(zip));
    if (listed.contains(target.absoluteFilePath()))
        return tr("The bundle would replace the article “%1”.").arg(target.fileName());
    const QString email = mContactEmail->text().trimmed();
    if (!email.isEmpty() && !email.contains(u'@'))
        return tr("“%1” is not an email address.").arg(email);
    return {};
}

void ExportBundleDialog::validate()
{
    mRemove->setEnabled(!mArticles->selectedItems().isEmpty());
    const QString why = problem();
    mProblem->setText(why);
    mProblem->setVisible(!why.isEmpty());
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ExportBundleDialog::accept()
{
    // Files come and go while the dialog is open: judge them again now.
    validate();
    if (!problem().isEmpty())
        return;
    const QFileInfo target(zipPath());
    if (target.exists() || target.isSymLink()) {
        Prompt p;
        p.kind = Prompt::Kind::ReplaceFile;
        p.title = tr("Replace Bundle");
        p.text = tr("“%1” already exists in “%2”.")
                     .arg(target.fileName(), QDir::toNativeSeparators(target.absolutePath()));
        p.informativeText = tr("Replace it with the new bundle?");
        p.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        p.defaultButton = QMessageBox::Cancel;
        if (mAsk(p) != QMessageBox::Yes)
            return;
    }
    BundleSettings::setSourceOrganization(mOrganization->text().trimmed());
    BundleSettings::setContactName(mContactName->text().trimmed());
    BundleSettings::setContactEmail(mContactEmail->text().trimmed());
    ExportDefaults {mRender->isChecked(), mPdf->isChecked()}.save();
    QDialog::accept();
}

} // namespace provena
