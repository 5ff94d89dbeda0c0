// SPDX-License-Identifier: MIT
#include "core/commands/addremoveregions.h"
#include "core/commands/attachimagefilecommand.h"
#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/articleparser.h"
#include "formats/articlereader.h"
#include "ui/canvas/imagescene.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/text/articletextview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

// Hangul, emoji (two UTF-16 units, one code point), CR LF line ends, emphasis, an entity and an
// image: view positions differ from code points of the source in every way they can.
const QString kArticle = u"# 항구 크레인 \U0001F3D7 점검\r\n\r\n"
                         u"BY KIM MINJI\r\n\r\n"
                         u"![새 크레인이 서 있다. [AP]](photo.png)\r\n\r\n"
                         u"**속보** 항구에서 \U0001F600 크레인이\r\n"
                         u"완공됐다고 *관계자*가 말했다.\r\n\r\n"
                         u"두 번째 문단 \U0001F6A2 배가 &amp; 기다린다.\r\n"_s;

TextRange rangeOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? TextRange {} : CodePointIndex(text).toCodePoints(at, at + needle.size());
}

/** Double-clicks the middle of the first `word` the view shows; returns false if not shown. */
bool doubleClickWord(ArticleTextView *view, const QString &word)
{
    const qsizetype at = view->toPlainText().indexOf(word);
    if (at < 0)
        return false;
    QTextCursor c(view->document());
    c.setPosition(int(at + word.size() / 2));
    view->ensureCursorVisible();
    const QPoint p = view->cursorRect(c).center();
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    return true;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestArticleTextView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void renderedSampleHasNoMarkdownSyntax();
    void attachedFileReplacesThePlaceholder();
    void mouseAndKeyboardSelectionMapToSource();
    void selectRangeRoundTripsInBothModes();
    void linkTextSameAnchorInBothModes();
    void showSourceActionSwitchesText();

private:
    std::unique_ptr<ArticleDocument> makeDocument() const;
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir mDir;
    QString mArticlePath;
};

void TestArticleTextView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ProvenaTest"_s);
    QCoreApplication::setApplicationName(
        u"ProvenaTextViewTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QVERIFY(mDir.isValid());
    mArticlePath = mDir.filePath(u"항구.md"_s);
    QVERIFY(writeFile(mArticlePath, kArticle.toUtf8()));
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(200, 60, 40));
    QVERIFY(image.save(mDir.filePath(u"photo.png"_s)));
}

void TestArticleTextView::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestArticleTextView::init()
{
    QSettings().remove(u"text/showSource"_s);
    QTest::failOnWarning(
        QRegularExpression(u"^(?!This plugin does not support propagateSizeHints\\(\\)$)"_s));
}

std::unique_ptr<ArticleDocument> TestArticleTextView::makeDocument() const
{
    auto doc = std::make_unique<ArticleDocument>();
    doc->setArticle(ArticleParser::parse(kArticle, u"markdown"_s, mArticlePath));
    return doc;
}

std::unique_ptr<MainWindow> TestArticleTextView::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &p) {
        return p.kind == Prompt::Kind::Error ? QMessageBox::Ok : QMessageBox::No;
    });
    w->resize(1300, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()) || !w->openArticle(mArticlePath))
        return nullptr;
    if (!QTest::qWaitFor([&w] { return !w->isImageLoading(); }, 10000))
        return nullptr;
    return w;
}

void TestArticleTextView::renderedSampleHasNoMarkdownSyntax()
{
    const Result<Article> article
        = ArticleReader::readFile(u"" PROVENA_SOURCE_DIR "/resources/samples/harbour-crane.md"_s);
    QVERIFY(article);
    ArticleDocument doc;
    doc.setArticle(article.value());
    ArticleTextView view;
    view.resize(500, 700);
    view.setArticleDocument(&doc);
    QVERIFY(!view.showSource());

    // The text is there at once; the thumbnails of the two local images come later.
    const QString shown = view.toPlainText();
    QCOMPARE(view.pendingThumbnails(), 2);
    for (const QString &syntax : {u"!["_s, u"]("_s, u"**"_s, u"https://"_s})
        QVERIFY2(!shown.contains(syntax), qPrintable(syntax));
    for (const QString &line : shown.split(u'\n'))
        QVERIFY2(!line.startsWith(u'#'), qPrintable(line));
    QVERIFY(shown.startsWith(u"Premier inspects rebuilt harbour crane, state media says\n"_s));
    QVERIFY(shown.contains(u"\nBY MINA SEO"_s));
    QVERIFY(shown.contains(u"\nNCNA\n"_s));
    QCOMPARE(shown.count(QChar(QChar::ObjectReplacementCharacter)), 2);
    // Paragraphs are blocks of their own.
    QVERIFY(view.document()->blockCount() >= 12);

    // The caption is italic, the credit bold, as in source view.
    const ImageRef &first = doc.article().images.first();
    QTextCursor c(view.document());
    c.setPosition(view.toViewPosition(first.captionRange.start) + 1);
    QVERIFY(c.charFormat().fontItalic());
    c.setPosition(view.toViewPosition(first.creditRange.start) + 1);
    QCOMPARE(c.charFormat().fontWeight(), int(QFont::Bold));

    QSignalSpy ready(&view, &ArticleTextView::thumbnailsReady);
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.pendingThumbnails(), 0);
    const QImage thumb
        = view.document()
              ->resource(QTextDocument::ImageResource, QUrl(u"provena-thumbnail:0"_s))
              .value<QImage>();
    QCOMPARE(thumb.width(), ArticleTextView::kThumbnailSide);
    // The placeholder is a plain grey box; the photo has a blue sky at the top.
    const QColor sky = thumb.pixelColor(thumb.width() / 2, 4);
    QVERIFY2(sky.blue() > sky.red() + 20, qPrintable(sky.name()));
}

void TestArticleTextView::attachedFileReplacesThePlaceholder()
{
    // An image fetched or attached after the article was shown: its thumbnail replaces the
    // "not on disk" placeholder without the text being rebuilt.
    ArticleDocument doc;
    doc.setArticle(ArticleParser::parse(
        u"![The crane.](https://images.provena-sample.example/missing.jpg)\n\nText.\n"_s,
        u"markdown"_s, mArticlePath));
    QVERIFY(doc.article().images.first().localPath.isEmpty());
    ArticleTextView view;
    view.resize(500, 700);
    view.setArticleDocument(&doc);
    QCOMPARE(view.pendingThumbnails(), 0);
    const auto thumbnail = [&view] {
        return view.document()
            ->resource(QTextDocument::ImageResource, QUrl(u"provena-thumbnail:0"_s))
            .value<QImage>();
    };
    const QImage placeholder = thumbnail();
    QVERIFY(!placeholder.isNull());

    const QString photo = u"" PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg"_s;
    doc.undoStack()->push(new AttachImageFileCommand(&doc, 0, photo, QString(), QSize(1600, 1067)));
    QSignalSpy ready(&view, &ArticleTextView::thumbnailsReady);
    QVERIFY(ready.wait(10000));
    const QImage thumb = thumbnail();
    QVERIFY(thumb != placeholder);
    const QColor sky = thumb.pixelColor(thumb.width() / 2, 4);
    QVERIFY2(sky.blue() > sky.red() + 20, qPrintable(sky.name()));
}

void TestArticleTextView::mouseAndKeyboardSelectionMapToSource()
{
    auto doc = makeDocument();
    ArticleTextView view;
    view.resize(600, 700);
    view.setArticleDocument(doc.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.toPlainText().contains(u"**"_s));

    // Words after an emoji, after a CR LF, and after an entity.
    for (const QString &word : {u"크레인이"_s, u"완공됐다고"_s, u"기다린다"_s}) {
        view.setShowSource(false);
        QVERIFY(doubleClickWord(&view, word));
        const TextRange rendered = view.selectedRange();
        view.setShowSource(true);
        view.setTextCursor(QTextCursor(view.document()));
        QVERIFY(doubleClickWord(&view, word));
        const TextRange source = view.selectedRange();
        QCOMPARE(rendered, rangeOf(kArticle, word));
        QCOMPARE(source, rendered);
    }

    // Keyboard: from the emoji, Shift+Right over "😀 크레인이" (the emoji is one step).
    for (const bool source : {false, true}) {
        view.setShowSource(source);
        const qsizetype at = view.toPlainText().indexOf(u"\U0001F600"_s);
        QVERIFY(at > 0);
        QTextCursor c(view.document());
        c.setPosition(int(at));
        view.setTextCursor(c);
        view.setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view.selectedRange(), rangeOf(kArticle, u"\U0001F600 크레인이"_s));
        QCOMPARE(view.selectedRange().length(), 6);
    }
}

void TestArticleTextView::selectRangeRoundTripsInBothModes()
{
    auto doc = makeDocument();
    ArticleTextView view;
    view.setArticleDocument(doc.get());
    const qsizetype from = kArticle.indexOf(u"크레인이"_s);
    const qsizetype to = kArticle.indexOf(u"배가"_s) + 2;
    const CodePointIndex index(kArticle);
    const QList<TextRange> ranges = {
        rangeOf(kArticle, u"\U0001F3D7"_s), // in the title
        rangeOf(kArticle, u"새 크레인이 서 있다."_s), // the caption, inside the image syntax
        rangeOf(kArticle, u"AP"_s), // the credit
        rangeOf(kArticle, u"\U0001F600 크레인이"_s),
        rangeOf(kArticle, u"관계자"_s), // inside emphasis
        index.toCodePoints(from, to), // across paragraphs, CR LFs and markup
        rangeOf(kArticle, u"&amp;"_s), // an entity: one character in the readable view
    };
    for (const bool source : {false, true}) {
        view.setShowSource(source);
        for (const TextRange &r : ranges) {
            QVERIFY(r.isValid());
            view.selectRange(r);
            QCOMPARE(view.selectedRange(), r);
        }
    }
    // In the readable view a range starting in markup starts at the first text shown after it.
    view.setShowSource(false);
    view.selectRange(rangeOf(kArticle, u"**속보**"_s));
    QCOMPARE(view.textCursor().selectedText(), u"속보"_s);
    QCOMPARE(view.selectedRange(), rangeOf(kArticle, u"속보"_s));
    QCOMPARE(view.toPlainText().mid(view.toViewPosition(rangeOf(kArticle, u"&amp;"_s).start), 1),
             u"&"_s);
}

void TestArticleTextView::linkTextSameAnchorInBothModes()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(!w->textView()->showSource());
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = w->currentImage();
    r.geometry = RegionGeometry::rectangle(QRectF(10, 10, 50, 50));
    r.label = u"person"_s;
    w->document()->undoStack()->push(new AddRegionsCommand(w->document(), {r}));
    ArticleTextView *view = w->textView();
    const QString word = u"완공됐다고"_s;

    QList<TextRange> linked;
    for (const bool source : {false, true}) {
        if (view->showSource() != source)
            w->action(u"showSource"_s)->trigger();
        QCOMPARE(view->showSource(), source);
        w->imageScene()->selectRegions({r.id});
        QVERIFY(doubleClickWord(view, word));
        QCOMPARE(view->textCursor().selectedText(), word);
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(w->document()->anchors().size(), 1);
        const TextAnchor anchor = w->document()->anchors().first();
        linked.append(anchor.range);
        QCOMPARE(anchor.exact, word);
        // Highlighted where the word is shown, and hovering it reports the anchor.
        QCOMPARE(view->extraSelections().size(), 1);
        QCOMPARE(view->extraSelections().first().cursor.selectedText(), word);
        QSignalSpy hovered(view, &ArticleTextView::anchorsHovered);
        QTextCursor c(view->document());
        c.setPosition(view->toViewPosition(anchor.range.start) + 2);
        QTest::mouseMove(view->viewport(), view->cursorRect(c).center());
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().first().value<QList<QUuid>>(), QList<QUuid> {anchor.id});
        QTest::mouseMove(view->viewport(), QPoint(2, 2));
        w->document()->undoStack()->undo();
        QVERIFY(w->document()->anchors().isEmpty());
    }
    QCOMPARE(linked.first(), rangeOf(kArticle, word));
    QCOMPARE(linked.last(), linked.first());
}

void TestArticleTextView::showSourceActionSwitchesText()
{
    auto w = openWindow();
    QVERIFY(w);
    QAction *toggle = w->action(u"showSource"_s);
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->isChecked());
    bool inViewMenu = false;
    for (QAction *menu : w->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(toggle))
            inViewMenu = menu->text().remove(u'&') == u"View"_s;
    }
    QVERIFY(inViewMenu);

    ArticleTextView *view = w->textView();
    const QString readable = view->toPlainText();
    QVERIFY(!readable.contains(u"**속보**"_s));
    QVERIFY(readable.startsWith(u"항구 크레인 \U0001F3D7 점검\n"_s));
    view->selectRange(rangeOf(kArticle, u"관계자"_s));

    toggle->trigger();
    QVERIFY(view->showSource());
    QString source = kArticle;
    source.replace(u"\r\n"_s, u"\n"_s);
    QCOMPARE(view->toPlainText(), source);
    QCOMPARE(view->selectedRange(), rangeOf(kArticle, u"관계자"_s)); // the selection stays
    QCOMPARE(QSettings().value(u"text/showSource"_s).toBool(), true);

    // A new window starts in the mode last chosen.
    w.reset();
    auto again = openWindow();
    QVERIFY(again);
    QVERIFY(again->action(u"showSource"_s)->isChecked());
    QVERIFY(again->textView()->showSource());
    QVERIFY(again->textView()->toPlainText().contains(u"**속보**"_s));
    again->action(u"showSource"_s)->trigger();
    QCOMPARE(again->textView()->toPlainText(), readable);
    QCOMPARE(QSettings().value(u"text/showSource"_s).toBool(), false);
}

QTEST_MAIN(TestArticleTextView)
#include "tst_articletextview.moc"
