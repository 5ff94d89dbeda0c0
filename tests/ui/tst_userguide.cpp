// SPDX-License-Identifier: MIT
// Help › User Guide: the guide compiled into the program opens from the menu in one window, its
// sections and every screenshot there at their real size, anchors scroll in place, other links
// leave the window; and docs/user-guide/ holds exactly the screenshots the guide shows.
#include "ui/dialogs/userguidewindow.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDocs = QStringLiteral(PROVENA_SOURCE_DIR "/docs");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/** The targets of `![alt](target)` in Markdown, in order. */
QStringList imageTargets(const QString &markdown)
{
    QStringList out;
    static const QRegularExpression image(uR"(!\[[^\]]*\]\(([^)\s]+)\))"_s);
    for (auto it = image.globalMatch(markdown); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

/** The image names of the document's image fragments, in order. */
QStringList documentImages(const QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                out.append(it.fragment().charFormat().toImageFormat().name());
    return out;
}

QImage resourceImage(QTextDocument *doc, const QString &name)
{
    const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(name));
    // QTextDocument keeps what QTextBrowser loaded as a QPixmap.
    if (data.userType() == QMetaType::QPixmap)
        return data.value<QPixmap>().toImage();
    if (data.userType() == QMetaType::QImage)
        return data.value<QImage>();
    return QImage::fromData(data.toByteArray());
}

/** The first fragment whose link target is `href`, as a document position inside it. */
int linkPosition(const QTextDocument *doc, const QString &href)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == href)
                return it.fragment().position() + 1;
    return -1;
}

void clickLink(QTextBrowser *browser, const QString &href)
{
    const int at = linkPosition(browser->document(), href);
    QVERIFY2(at >= 0, qPrintable(href));
    QTextCursor cursor(browser->document());
    cursor.setPosition(at);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(cursor).center();
    QCOMPARE(browser->anchorAt(point), href);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void helpMenuOpensGuideWithEveryImage();
    void linksScrollOrLeave();
    void screenshotsMatchTheGuide();
    void anchorsAndProjectUrls();
};

void TestUserGuide::helpMenuOpensGuideWithEveryImage()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // Help › User Guide, found in the menu bar as the analyst finds it.
    QMenu *help = nullptr;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->text() == u"&Help"_s)
            help = menu->menu();
    QVERIFY(help);
    QAction *guideAction = nullptr;
    for (QAction *a : help->actions())
        if (a->text() == u"&User Guide"_s)
            guideAction = a;
    QVERIFY(guideAction);
    QVERIFY(!w.userGuideWindow());
    guideAction->trigger();
    UserGuideWindow *guide = w.userGuideWindow();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QVERIFY(!guide->isModal());
    QCOMPARE(guide->windowTitle(), u"Provena User Guide"_s);

    auto *browser = guide->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QCOMPARE(browser, guide->browser());
    QCOMPARE(browser->source(), UserGuideWindow::guideUrl());
    QTextDocument *doc = browser->document();

    // The task's sections, as headings.
    QStringList headings;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2)
            headings.append(block.text());
    for (const QString &section :
         {u"Open the sample article"_s, u"Annotate"_s, u"Attribute"_s, u"Export a bundle"_s,
          u"Verify the bundle"_s, u"Open the bundle again"_s}) {
        bool found = false;
        for (const QString &heading : headings)
            found = found || heading.contains(section);
        QVERIFY2(found, qPrintable(section + u" not in: "_s + headings.join(u" | "_s)));
    }

    // Every image the document shows is the screenshot on disk, at its size, and is shown no
    // wider than the window.
    const QStringList images = documentImages(doc);
    QCOMPARE(images, imageTargets(readText(kDocs + u"/user-guide.md"_s)));
    QVERIFY(images.size() >= 5);
    for (const QString &name : images) {
        const QImage shown = resourceImage(doc, name);
        QVERIFY2(!shown.isNull(), qPrintable(name));
        const QImage onDisk(kDocs + u'/' + name);
        QVERIFY2(!onDisk.isNull(), qPrintable(name));
        QCOMPARE(shown.size(), onDisk.size());
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const qreal width = it.fragment().charFormat().toImageFormat().width();
                QVERIFY(width > 0);
                QVERIFY2(width <= browser->viewport()->width(),
                         qPrintable(u"%1 > %2"_s.arg(width).arg(browser->viewport()->width())));
            }
    QVERIFY(browser->viewport()->width() < 1400); // so the screenshots were scaled down

    // Again: the same window, raised, not a second one.
    guideAction->trigger();
    QCOMPARE(w.userGuideWindow(), guide);
    QCOMPARE(w.findChildren<UserGuideWindow *>().size(), 1);
    QVERIFY(guide->isVisible());

    // Closing deletes it; the action makes a new one.
    guide->close();
    QTRY_VERIFY(!w.userGuideWindow());
    guideAction->trigger();
    QVERIFY(w.userGuideWindow());
    QVERIFY(w.userGuideWindow()->isVisible());
}

void TestUserGuide::linksScrollOrLeave()
{
    UserGuideWindow guide;
    QList<QUrl> opened;
    guide.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    guide.resize(900, 600);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QTextBrowser *browser = guide.browser();
    QScrollBar *scroll = browser->verticalScrollBar();
    QCOMPARE(scroll->value(), 0);

    // The contents' link to section 7 scrolls there, in the window.
    clickLink(browser, u"#7-export-a-bundle"_s);
    QTRY_VERIFY(scroll->value() > 0);
    QVERIFY(opened.isEmpty());
    QCOMPARE(browser->source(), UserGuideWindow::guideUrl());
    const QPoint top(5, 5);
    const int topPosition = browser->cursorForPosition(top).position();
    int heading = -1;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2 && block.text() == u"7. Export a bundle"_s)
            heading = block.position();
    QVERIFY(heading > 0);
    // The heading is at the top of the view (its block, give or take the margin above it).
    QVERIFY2(qAbs(topPosition - heading) < 40,
             qPrintable(u"%1 vs %2"_s.arg(topPosition).arg(heading)));

    // A link to another document of the project leaves the window for the project's site.
    browser->verticalScrollBar()->setValue(0);
    clickLink(browser, u"cli.md#verify"_s);
    QCOMPARE(opened, {QUrl(u"https://github.com/provena/provena/blob/main/docs/cli.md#verify"_s)});
    QCOMPARE(browser->source(), UserGuideWindow::guideUrl());
}

void TestUserGuide::screenshotsMatchTheGuide()
{
    const QString guide = readText(kDocs + u"/user-guide.md"_s);
    QVERIFY(!guide.isEmpty());
    const QStringList targets = imageTargets(guide);
    QSet<QString> referenced;
    for (const QString &target : targets) {
        // Relative, so GitHub and the program's resources both find them.
        QVERIFY2(target.startsWith(u"user-guide/"_s), qPrintable(target));
        QVERIFY2(QFile::exists(kDocs + u'/' + target), qPrintable(target + u" is missing"_s));
        QVERIFY2(!referenced.contains(target), qPrintable(target + u" is shown twice"_s));
        referenced.insert(target);
    }
    // No screenshot left over from an older guide (they are compiled into the program).
    const QStringList files = QDir(kDocs + u"/user-guide"_s).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QVERIFY2(referenced.contains(u"user-guide/"_s + file),
                 qPrintable(file + u" is not in docs/user-guide.md"_s));

    // Links to other documents lead to files that exist.
    static const QRegularExpression link(uR"((?<!!)\[[^\]]*\]\(([^)#\s]+)(#[^)\s]*)?\))"_s);
    for (auto it = link.globalMatch(guide); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (target.contains(u"://"_s))
            continue;
        QVERIFY2(QFile::exists(kDocs + u'/' + target), qPrintable(target + u" does not exist"_s));
    }
    // Every anchor of the contents is a heading's.
    QSet<QString> anchors;
    static const QRegularExpression heading(u"^#+ (.+)$"_s, QRegularExpression::MultilineOption);
    for (auto it = heading.globalMatch(guide); it.hasNext();)
        anchors.insert(UserGuideWindow::headingAnchor(it.next().captured(1)));
    static const QRegularExpression local(uR"(\]\(#([^)]+)\))"_s);
    int localLinks = 0;
    for (auto it = local.globalMatch(guide); it.hasNext(); ++localLinks) {
        const QString anchor = it.next().captured(1);
        QVERIFY2(anchors.contains(anchor), qPrintable(anchor));
    }
    QVERIFY(localLinks >= 9);
}

void TestUserGuide::anchorsAndProjectUrls()
{
    QCOMPARE(UserGuideWindow::headingAnchor(u"5. Attribute: claims, evidence and a verdict"_s),
             u"5-attribute-claims-evidence-and-a-verdict"_s);
    QCOMPARE(UserGuideWindow::headingAnchor(u"About the screenshots"_s),
             u"about-the-screenshots"_s);
    const QString site = u"https://github.com/provena/provena/blob/main/"_s;
    // As written in the guide and as QTextBrowser resolves them against the resource.
    QCOMPARE(UserGuideWindow::externalUrl(QUrl(u"gui.md"_s)), QUrl(site + u"docs/gui.md"_s));
    QCOMPARE(UserGuideWindow::externalUrl(QUrl(u"qrc:/provena/docs/cli.md#export"_s)),
             QUrl(site + u"docs/cli.md#export"_s));
    QCOMPARE(UserGuideWindow::externalUrl(QUrl(u"../README.md"_s)), QUrl(site + u"README.md"_s));
    QCOMPARE(UserGuideWindow::externalUrl(QUrl(u"https://example.org/a"_s)),
             QUrl(u"https://example.org/a"_s));
    // Inside the guide: nothing to open.
    QVERIFY(UserGuideWindow::externalUrl(QUrl(u"#8-verify-the-bundle"_s)).isEmpty());
    QVERIFY(UserGuideWindow::externalUrl(UserGuideWindow::guideUrl()).isEmpty());
}

int main(int argc, char **argv)
{
    // Before QApplication: the window's settings go to a throwaway folder.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, QDir(home.path()).filePath(QString::fromLatin1(name)).toLocal8Bit());
    qunsetenv("PROVENA_LANG");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaUserGuideTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ProvenaUserGuideTest"));
    TestUserGuide test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_userguide.moc"
