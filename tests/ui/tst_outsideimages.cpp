// SPDX-License-Identifier: MIT
// Images outside the article's folder in the GUI: the open-report bar names them, they are not
// read, and its button allows them for the article and reopens it. Missing or non-image files
// are named too.
#include "core/document/articledocument.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/openreportbar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestOutsideImages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void barNamesOutsideImagesAndAllowsThem();
    void settingAllowsEveryArticle();
    void barNamesImagesThatCannotBeChecked();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &article);

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle; ///< mDir/article/story.md: ../outside.png and photos/a.png
    QString mOutside;
};

void TestOutsideImages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ProvenaTest"_s);
    QCoreApplication::setApplicationName(
        u"ProvenaOutsideImagesTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QSettings().setValue(u"canvas/askLabelAfterDrawing"_s, false);
}

void TestOutsideImages::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestOutsideImages::init()
{
    QSettings().remove(u"files/allowImagesOutsideFolder"_s);
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QVERIFY(QDir(mDir->path()).mkpath(u"article/photos"_s));
    mOutside = mDir->filePath(u"outside.png"_s);
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"), mOutside));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"),
                        mDir->filePath(u"article/photos/a.png"_s)));
    mArticle = mDir->filePath(u"article/story.md"_s);
    QVERIFY(writeFile(mArticle,
                      "# Outside\n\n![Up.](../outside.png)\n\n![Here.](photos/a.png)\n\n"
                      "Body text.\n"));
}

std::unique_ptr<MainWindow> TestOutsideImages::openWindow(const QString &article)
{
    auto w = std::make_unique<MainWindow>();
    // Reload asks only when there are unsaved changes; answer Yes should it ask.
    w->setPromptHandler([](const Prompt &) { return QMessageBox::Yes; });
    w->resize(1000, 700);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openArticle(article))
        return nullptr;
    return w;
}

void TestOutsideImages::barNamesOutsideImagesAndAllowsThem()
{
    auto w = openWindow(mArticle);
    QVERIFY(w);
    OpenReportBar *bar = w->openReportBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->summary().contains(u"outside the article's folder not read: outside.png"_s),
             qPrintable(bar->summary()));
    QVERIFY(bar->allowOutsideButton()->isVisible());
    QVERIFY(w->document()->imageRecord(0).sha256.isEmpty());
    QCOMPARE(w->document()->imageRecord(0).problem, ImageRecord::Problem::OutsideFolder);
    QVERIFY(w->document()->article().images.at(0).localPath.isEmpty());
    QCOMPARE(w->document()->imageRecord(1).sha256.size(), 64);

    QTest::mouseClick(bar->allowOutsideButton(), Qt::LeftButton);
    QTRY_COMPARE(w->document()->imageRecord(0).problem, ImageRecord::Problem::None);
    QCOMPARE(w->document()->imageRecord(0).sha256.size(), 64);
    QCOMPARE(w->document()->article().images.at(0).localPath, mOutside);
    QVERIFY2(!bar->isVisible(), qPrintable(bar->summary()));
    // Only for this article: the setting is untouched.
    QVERIFY(!QSettings().contains(u"files/allowImagesOutsideFolder"_s));
}

void TestOutsideImages::settingAllowsEveryArticle()
{
    QSettings().setValue(u"files/allowImagesOutsideFolder"_s, true);
    auto w = openWindow(mArticle);
    QVERIFY(w);
    QCOMPARE(w->document()->imageRecord(0).problem, ImageRecord::Problem::None);
    QCOMPARE(w->document()->article().images.at(0).localPath, mOutside);
    QVERIFY(!w->openReportBar()->isVisible());
}

void TestOutsideImages::barNamesImagesThatCannotBeChecked()
{
    QVERIFY(QFile::remove(mDir->filePath(u"article/photos/a.png"_s)));
    QVERIFY(writeFile(mDir->filePath(u"article/photos/a.png"_s), "not an image"));
    auto w = openWindow(mArticle);
    QVERIFY(w);
    OpenReportBar *bar = w->openReportBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->summary().contains(u"missing, unreadable or not images: a.png"_s),
             qPrintable(bar->summary()));
    QCOMPARE(w->document()->imageRecord(1).problem, ImageRecord::Problem::NotAnImage);
    const QString details = OpenReportBar::details(bar->report(), *w->document());
    QVERIFY2(details.contains(u"Image 2: "_s) && details.contains(u"not an image"_s),
             qPrintable(details));
}

QTEST_MAIN(TestOutsideImages)
#include "tst_outsideimages.moc"
