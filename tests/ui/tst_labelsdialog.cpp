// SPDX-License-Identifier: MIT
// Tools › Manage Labels…: the user's own labels edited through the real widgets, saved to
// LabelTaxonomy::userLabelsPath() and offered at once by the window's label boxes.
#include "core/document/articledocument.h"
#include "core/model/labeltaxonomy.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/docks/propertiesdock.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace provena;

namespace {

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

QTreeWidgetItem *itemFor(QTreeWidget *list, const QString &id)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return list->topLevelItem(i);
    }
    return nullptr;
}

QComboBox *propertiesLabelCombo(MainWindow &w)
{
    for (QComboBox *combo : w.propertiesDock()->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("Label"))
            return combo;
    }
    return nullptr;
}

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestLabelsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addsLabelAndWindowOffersIt();
    void editsAndRemovesOwnLabelsOnly();
    void unreadableFileIsReportedAndKept();
    void fileBrokenBeforeOkIsKept();

private:
    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestLabelsDialog::initTestCase()
{
    QVERIFY(mDir.isValid());
    // main() pointed XDG_CONFIG_HOME at a temporary folder before QApplication existed.
    QVERIFY(LabelTaxonomy::userLabelsPath().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")));
    mArticlePath = mDir.filePath(QStringLiteral("port.md"));
    QVERIFY(writeFile(mArticlePath,
                      "# Port\n\n![Ships at the quay.](https://images.example/photo.png)\n"));
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QVERIFY(image.save(mDir.filePath(QStringLiteral("photo.png"))));
}

void TestLabelsDialog::init()
{
    QFile::remove(LabelTaxonomy::userLabelsPath());
}

void TestLabelsDialog::addsLabelAndWindowOffersIt()
{
    MainWindow w;
    w.setPromptHandler([](const Prompt &) { return QMessageBox::Ok; });
    w.resize(1000, 700);
    w.show();
    QVERIFY(w.openArticle(mArticlePath));
    QTRY_VERIFY(!w.isImageLoading());
    // A label only the document's sidecar carries must survive the update.
    LabelTaxonomy withSidecarLabel = w.document()->labels();
    withSidecarLabel.insert(
        {QStringLiteral("from-sidecar"), QStringLiteral("From sidecar"), QColor(Qt::red), {}});
    w.document()->setLabels(withSidecarLabel);
    QCOMPARE(w.newLabelCombo()->findData(QStringLiteral("press-badge")), -1);

    w.action(QStringLiteral("manageLabels"))->trigger();
    LabelsDialog *dialog = w.labelsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isEditable());
    QVERIFY(dialog->errorText().isEmpty());
    QVERIFY(!dialog->list()->accessibleName().isEmpty());
    QTreeWidgetItem *person = itemFor(dialog->list(), QStringLiteral("person"));
    QVERIFY(person);
    QVERIFY(!person->icon(0).isNull());
    QVERIFY(person->text(2).contains(QLatin1String("built-in")));

    click(dialog->addButton());
    LabelEditDialog *editor = dialog->editor();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QPushButton *ok = editor->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no id, no name yet
    QTest::keyClicks(editor->idEdit(), QStringLiteral("person"));
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Press badge"));
    QVERIFY(!ok->isEnabled()); // built-in id
    QVERIFY(editor->problem().contains(QLatin1String("already used")));
    editor->idEdit()->clear();
    QTest::keyClicks(editor->idEdit(), QStringLiteral("Press badge"));
    QVERIFY(!ok->isEnabled()); // not a plain id
    editor->idEdit()->clear();
    QTest::keyClicks(editor->idEdit(), QStringLiteral("press-badge"));
    editor->colourEdit()->selectAll();
    QTest::keyClicks(editor->colourEdit(), QStringLiteral("#12ab34"));
    QTest::keyClicks(editor->descriptionEdit(), QStringLiteral("Accreditation badges"));
    for (QWidget *widget : editor->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(editor) && widget->focusPolicy() != Qt::NoFocus)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    click(ok);
    QTRY_VERIFY(!dialog->editor());
    QTreeWidgetItem *added = itemFor(dialog->list(), QStringLiteral("press-badge"));
    QVERIFY(added);
    QCOMPARE(added->text(0), QStringLiteral("Press badge"));
    QCOMPARE(dialog->list()->currentItem(), added);
    QVERIFY(dialog->editButton()->isEnabled());
    QVERIFY(!QFile::exists(LabelTaxonomy::userLabelsPath())); // nothing saved before OK

    click(dialog->buttons()->button(QDialogButtonBox::Ok));
    QTRY_VERIFY(!w.labelsDialog());

    const Result<LabelTaxonomy> saved
        = LabelTaxonomy::fromJson(readFile(LabelTaxonomy::userLabelsPath()));
    QVERIFY(saved);
    QCOMPARE(saved->labels().size(), 1);
    const Label expected {QStringLiteral("press-badge"), QStringLiteral("Press badge"),
                          QColor(QStringLiteral("#12ab34")),
                          QStringLiteral("Accreditation badges")};
    QCOMPARE(saved->labels().first(), expected);

    QVERIFY(w.document()->labels().contains(QStringLiteral("press-badge")));
    QVERIFY(w.document()->labels().contains(QStringLiteral("from-sidecar")));
    QVERIFY(w.document()->labels().contains(QStringLiteral("person")));
    QVERIFY(w.newLabelCombo()->findData(QStringLiteral("press-badge")) >= 0);
    QComboBox *properties = propertiesLabelCombo(w);
    QVERIFY(properties);
    QVERIFY(properties->findData(QStringLiteral("press-badge")) >= 0);
}

void TestLabelsDialog::editsAndRemovesOwnLabelsOnly()
{
    LabelTaxonomy user;
    user.insert({QStringLiteral("drone"), QStringLiteral("Drone"), QColor(Qt::blue), {}});
    user.insert({QStringLiteral("banner"), QStringLiteral("Banner"), QColor(Qt::green), {}});
    QVERIFY(LabelTaxonomy::saveUserLabels(user));

    LabelsDialog dialog;
    dialog.show();
    dialog.list()->setCurrentItem(itemFor(dialog.list(), QStringLiteral("person")));
    QVERIFY(!dialog.editButton()->isEnabled());
    QVERIFY(!dialog.removeButton()->isEnabled());

    dialog.list()->setCurrentItem(itemFor(dialog.list(), QStringLiteral("drone")));
    click(dialog.editButton());
    QVERIFY(dialog.editor());
    QVERIFY(dialog.editor()->idEdit()->isReadOnly());
    dialog.editor()->nameEdit()->selectAll();
    QTest::keyClicks(dialog.editor()->nameEdit(), QStringLiteral("Camera drone"));
    click(dialog.editor()->buttons()->button(QDialogButtonBox::Ok));
    QTRY_VERIFY(!dialog.editor());

    dialog.list()->setCurrentItem(itemFor(dialog.list(), QStringLiteral("banner")));
    click(dialog.removeButton());
    QVERIFY(!itemFor(dialog.list(), QStringLiteral("banner")));
    click(dialog.buttons()->button(QDialogButtonBox::Ok));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Result<LabelTaxonomy> saved = LabelTaxonomy::userLabels();
    QVERIFY(saved);
    QCOMPARE(saved->labels().size(), 1);
    QCOMPARE(saved->labels().first().name, QStringLiteral("Camera drone"));
}

void TestLabelsDialog::unreadableFileIsReportedAndKept()
{
    const QByteArray broken = "{ \"labels\": [ not json\n";
    QVERIFY(writeFile(LabelTaxonomy::userLabelsPath(), broken));

    MainWindow w;
    w.setPromptHandler([](const Prompt &) { return QMessageBox::Ok; });
    w.show();
    w.manageLabels();
    LabelsDialog *dialog = w.labelsDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditable());
    QVERIFY(dialog->errorText().contains(LabelTaxonomy::userLabelsPath()));
    QVERIFY(!dialog->addButton()->isEnabled());
    QVERIFY(!dialog->editButton()->isEnabled());
    QVERIFY(!dialog->removeButton()->isEnabled());
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // The built-in labels are still listed.
    QVERIFY(itemFor(dialog->list(), QStringLiteral("person")));
    dialog->addLabel();
    QVERIFY(!dialog->editor());
    dialog->accept(); // even called directly, nothing is written
    QVERIFY(dialog->isVisible());
    QCOMPARE(readFile(LabelTaxonomy::userLabelsPath()), broken);
    dialog->reject();
    QTRY_VERIFY(!w.labelsDialog());
    QCOMPARE(readFile(LabelTaxonomy::userLabelsPath()), broken);
}

void TestLabelsDialog::fileBrokenBeforeOkIsKept()
{
    LabelsDialog dialog;
    dialog.show();
    QVERIFY(dialog.isEditable());
    click(dialog.addButton());
    QTest::keyClicks(dialog.editor()->idEdit(), QStringLiteral("crowd-barrier"));
    QTest::keyClicks(dialog.editor()->nameEdit(), QStringLiteral("Crowd barrier"));
    click(dialog.editor()->buttons()->button(QDialogButtonBox::Ok));

    // Another program leaves a file we cannot read while the dialog is open.
    const QByteArray broken = "not json at all";
    QVERIFY(writeFile(LabelTaxonomy::userLabelsPath(), broken));
    click(dialog.buttons()->button(QDialogButtonBox::Ok));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(LabelTaxonomy::userLabelsPath()));
    QCOMPARE(readFile(LabelTaxonomy::userLabelsPath()), broken);
}

int main(int argc, char **argv)
{
    // Before QApplication: user labels, settings and recovery files go to a throwaway folder, so
    // parallel runs and the developer's own ~/.config are never touched.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QDir(home.path()).filePath(QString::fromLatin1(name)).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ProvenaLabelsTest"));
    TestLabelsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_labelsdialog.moc"
