// SPDX-License-Identifier: MIT
#include "core/model/codepointindex.h"
#include "formats/articleparser.h"
#include "formats/articlereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

QString slice(const Article &a, const TextRange &r)
{
    return CodePointIndex(a.text).slice(a.text, r);
}

} // namespace

class TestArticleParser : public QObject
{
    Q_OBJECT

private slots:
    void emptyText();
    void sampleArticle();
    void sampleResolvesLocalFiles();
    void noImages();
    void severalImageSyntaxes();
    void creditsOutsideBrackets();
    void emphasisedCaptionBelowImage();
    void captionLineBelowMarkdownImage();
    void crlfLineEnds();
    void koreanWireStory();
    void cyrillicAndHangulBylines();
    void emojiBeforeImage();
    void plainTextPhotos();
    void yearFromImageUrl();
    void singleLineOf100k();
    void listItemsAreParagraphs();
    void copiedWebText();
    void copiedWebTextOfManyLines();
    void mixedBlankAndSingleBreaks();
    void bodyLineBelowImageIsNotCaption();
    void setApartLineBelowImageIsCaption();
    void placeholderAltIsNotCaption();
    void captionSources();
    void releasesInCaptions();
    void subHeadings();
    void bylineFirstOrLast();
    void deeplyNestedHtmlImageIsReported();
    void hugeHtmlIsReportedNotParsed();
};

void TestArticleParser::emptyText()
{
    const Article a = ArticleParser::parse(QString(), u"markdown"_s, QString());
    QCOMPARE(a.format, u"markdown"_s);
    QVERIFY(a.title.isEmpty());
    QVERIFY(a.paragraphs.isEmpty());
    QVERIFY(a.images.isEmpty());
    QVERIFY(a.byline.isEmpty());
    QVERIFY(!a.date.isValid());
}

void TestArticleParser::sampleArticle()
{
    const Result<Article> r
        = ArticleReader::readFile(PROVENA_SOURCE_DIR "/resources/samples/harbour-crane.md"_L1);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Article &a = r.value();
    QCOMPARE(a.format, u"markdown"_s);
    QCOMPARE(a.encoding, u"UTF-8"_s);
    QCOMPARE(a.title, u"Premier inspects rebuilt harbour crane, state media says"_s);
    QCOMPARE(a.titleRange, (TextRange {2, 58}));
    QCOMPARE(a.date, QDate(2025, 8, 14));
    QCOMPARE(slice(a, a.dateRange), u"Aug. 14, 2025"_s);
    QCOMPARE(a.byline.authors, QStringList {u"Mina Seo"_s});
    QCOMPARE(a.byline.emails, QStringList {u"mina.seo@provena-sample.example"_s});
    QCOMPARE(a.byline.range, (TextRange {60, 105}));

    QCOMPARE(a.images.size(), 2);
    const ImageRef &first = a.images[0];
    QCOMPARE(first.syntax, ImageRef::Syntax::MarkdownInline);
    QCOMPARE(first.url,
             u"https://images.provena-sample.example/2025/08/13/ncna-harbour-crane.jpg"_s);
    QCOMPARE(first.credit, u"NCNA"_s);
    QCOMPARE(first.creditRange, (TextRange {322, 326}));
    QVERIFY(first.caption.startsWith(u"Premier Tal Orsen, center,"_s));
    QVERIFY(first.caption.endsWith(u"(NCNA) on Aug. 13."_s));
    QCOMPARE(first.captionRange, (TextRange {124, 320}));
    QCOMPARE(slice(a, first.captionRange), first.caption);
    QCOMPARE(first.sourceRange, (TextRange {122, 401}));
    QVERIFY(slice(a, first.sourceRange).startsWith(u"![Premier"_s));
    QVERIFY(slice(a, first.sourceRange).endsWith(u"ncna-harbour-crane.jpg)"_s));
    QCOMPARE(first.dates.size(), 1);
    QCOMPARE(first.dates[0].text, u"Aug. 13"_s);
    QCOMPARE(first.dates[0].date, QDate(2025, 8, 13));
    QCOMPARE(first.dates[0].yearSource, FoundDate::YearSource::ArticleDate);
    QCOMPARE(first.dates[0].range, (TextRange {312, 319}));

    const ImageRef &second = a.images[1];
    QCOMPARE(second.credit, u"Provena Sample Desk"_s);
    QCOMPARE(slice(a, second.creditRange), u"Provena Sample Desk"_s);
    QCOMPARE(second.caption, u"Cargo ships wait outside the Port of Elvhaven on Aug. 12, 2025."_s);
    QCOMPARE(second.dates.size(), 1);
    QCOMPARE(second.dates[0].date, QDate(2025, 8, 12));
    QCOMPARE(second.dates[0].yearSource, FoundDate::YearSource::Stated);
    QCOMPARE(slice(a, second.dates[0].range), u"Aug. 12, 2025"_s);

    // Title, byline, date line and image blocks are not body paragraphs.
    QCOMPARE(a.paragraphs.size(), 5);
    QVERIFY(slice(a, a.paragraphs[0].range).startsWith(u"ELVHAVEN — Premier"_s));
    QCOMPARE(a.paragraphs[0].range, (TextRange {403, 628}));
    QVERIFY(slice(a, a.paragraphs[4].range).endsWith(u"contributed to this report."_s));
}

void TestArticleParser::sampleResolvesLocalFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString article = dir.filePath(u"harbour-crane.md"_s);
    QVERIFY(QFile::copy(PROVENA_SOURCE_DIR "/resources/samples/harbour-crane.md"_L1, article));
    QFile beside(dir.filePath(u"ncna-harbour-crane.jpg"_s));
    QVERIFY(beside.open(QIODevice::WriteOnly));
    beside.close();
    QVERIFY(QDir(dir.path()).mkdir(u"harbour-crane_files"_s));
    QFile saved(dir.filePath(u"harbour-crane_files/elvhaven-anchorage.jpg"_s));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.close();

    const Result<Article> r = ArticleReader::readFile(article);
    QVERIFY(r.ok());
    QCOMPARE(r->images.size(), 2);
    QCOMPARE(r->images[0].localPath, QFileInfo(beside).absoluteFilePath());
    QCOMPARE(r->images[1].localPath, QFileInfo(saved).absoluteFilePath());
}

void TestArticleParser::noImages()
{
    const QString text
        = u"Title here\n==========\n\nFirst *paragraph* text.\n\nSecond [link](http://x.example/) end.\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.title, u"Title here"_s);
    QCOMPARE(a.titleRange, (TextRange {0, 10}));
    QVERIFY(a.images.isEmpty());
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(a.paragraphs[0].range, (TextRange {23, 46}));
    QCOMPARE(slice(a, a.paragraphs[0].range), u"First *paragraph* text."_s);
    QCOMPARE(slice(a, a.paragraphs[1].range), u"Second [link](http://x.example/) end."_s);
    QVERIFY(a.byline.isEmpty());
    QVERIFY(!a.date.isValid());
}

void TestArticleParser::severalImageSyntaxes()
{
    const QString text = uR"md(# Several

Text before.

![Soldiers march in Pyongyang. [KCNA]][parade]

<figure>
  <img src="images/leader.jpg" alt="ignored alt" title="t">
  <figcaption>Kim Jong Un waves on Aug. 12. (Photo: Rodong Sinmun)</figcaption>
</figure>

Inline <img src="inline.png" alt="A crowd &amp; flags [AP]"> here.

![Empty alt title](plain.gif "A title caption (AP)")

[parade]: https://img.example/2025/08/parade.jpg "Parade"
)md"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 4);

    QCOMPARE(a.images[0].syntax, ImageRef::Syntax::MarkdownReference);
    QCOMPARE(a.images[0].url, u"https://img.example/2025/08/parade.jpg"_s);
    QCOMPARE(a.images[0].title, u"Parade"_s);
    QCOMPARE(a.images[0].caption, u"Soldiers march in Pyongyang."_s);
    QCOMPARE(a.images[0].credit, u"KCNA"_s);
    QCOMPARE(slice(a, a.images[0].sourceRange),
             u"![Soldiers march in Pyongyang. [KCNA]][parade]"_s);

    QCOMPARE(a.images[1].syntax, ImageRef::Syntax::HtmlImg);
    QCOMPARE(a.images[1].url, u"images/leader.jpg"_s);
    QCOMPARE(a.images[1].altText, u"ignored alt"_s);
    QCOMPARE(a.images[1].caption, u"Kim Jong Un waves on Aug. 12."_s);
    QCOMPARE(a.images[1].credit, u"Rodong Sinmun"_s);
    QCOMPARE(slice(a, a.images[1].creditRange), u"Rodong Sinmun"_s);
    QCOMPARE(slice(a, a.images[1].sourceRange),
             u"<img src=\"images/leader.jpg\" alt=\"ignored alt\" title=\"t\">"_s);
    QCOMPARE(a.images[1].dates.size(), 1);
    QCOMPARE(a.images[1].dates[0].yearSource, FoundDate::YearSource::Unknown);
    QVERIFY(!a.images[1].dates[0].date.isValid());

    QCOMPARE(a.images[2].syntax, ImageRef::Syntax::HtmlImg);
    QCOMPARE(a.images[2].url, u"inline.png"_s);
    QCOMPARE(a.images[2].caption, u"A crowd & flags"_s);
    QCOMPARE(a.images[2].credit, u"AP"_s);

    QCOMPARE(a.images[3].syntax, ImageRef::Syntax::MarkdownInline);
    QCOMPARE(a.images[3].caption, u"Empty alt title"_s);
    QCOMPARE(a.images[3].title, u"A title caption (AP)"_s);

    // "Text before." and the paragraph with the inline <img> are body text.
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(slice(a, a.paragraphs[1].range),
             u"Inline <img src=\"inline.png\" alt=\"A crowd &amp; flags [AP]\"> here."_s);
}

void TestArticleParser::creditsOutsideBrackets()
{
    const QString text = uR"md(![A man walks in Kyiv on Aug. 12, 2025. AFP/Getty Images](a.jpg)

![Smoke rises over the port / Reuters](b.jpg)

![Rescue workers search the rubble. Reuters/Handout](c.jpg)

![(평양 조선중앙통신=연합뉴스) 김정은 국무위원장이 13일 공장을 현지지도했다고 조선중앙통신이 14일 보도했다.](d.jpg)

![Family photo, courtesy of the Lee family.](e.jpg)

![Photo: Yonhap](f.jpg)
)md"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 6);
    QCOMPARE(a.images[0].credit, u"AFP/Getty Images"_s);
    QCOMPARE(a.images[0].caption, u"A man walks in Kyiv on Aug. 12, 2025."_s);
    QCOMPARE(a.images[0].creditRange, (TextRange {40, 56}));
    QCOMPARE(a.images[1].credit, u"Reuters"_s);
    QCOMPARE(a.images[1].caption, u"Smoke rises over the port"_s);
    QCOMPARE(a.images[2].credit, u"Reuters/Handout"_s);
    QCOMPARE(a.images[3].credit, u"조선중앙통신=연합뉴스"_s);
    QCOMPARE(a.images[3].caption,
             u"김정은 국무위원장이 13일 공장을 현지지도했다고 조선중앙통신이 14일 보도했다."_s);
    QCOMPARE(a.images[3].dates.size(), 2);
    QCOMPARE(a.images[3].dates[0].text, u"13일"_s);
    QCOMPARE(a.images[3].dates[0].yearSource, FoundDate::YearSource::Unknown);
    QCOMPARE(a.images[4].credit, u"the Lee family"_s);
    QCOMPARE(a.images[4].caption, u"Family photo"_s);
    QCOMPARE(a.images[5].credit, u"Yonhap"_s);
    QVERIFY(a.images[5].caption.isEmpty());
    QCOMPARE(a.images[5].captionRange, TextRange {});
    QVERIFY(a.paragraphs.isEmpty());
}

void TestArticleParser::emphasisedCaptionBelowImage()
{
    const QString text
        = u"Body.\n\n![](photo.jpg)\n\n*Flooded streets in Busan on Aug. 10.*\n\nMore body.\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"Flooded streets in Busan on Aug. 10."_s);
    QCOMPARE(a.images[0].captionRange, (TextRange {24, 60}));
    QVERIFY(a.images[0].credit.isEmpty());
    QCOMPARE(a.images[0].sourceRange, (TextRange {7, 21}));
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(slice(a, a.paragraphs[1].range), u"More body."_s);
}

void TestArticleParser::captionLineBelowMarkdownImage()
{
    const QString text
        = u"![photo](p.jpg)\nPolice officers guard the embassy. (Yonhap)\n\nBody text.\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].altText, u"photo"_s);
    QCOMPARE(a.images[0].caption, u"Police officers guard the embassy."_s);
    QCOMPARE(a.images[0].credit, u"Yonhap"_s);
    QCOMPARE(a.images[0].creditRange, (TextRange {52, 58}));
    QCOMPARE(a.paragraphs.size(), 1);
    QCOMPARE(a.paragraphs[0].range, (TextRange {61, 71}));
}

void TestArticleParser::crlfLineEnds()
{
    const QString text
        = u"# Storm\r\n\r\nBy John Roe / Reuters\r\n\r\nAug. 14, 2025\r\n\r\n![Trees down in Jeju on Aug. 13. [AP]](t.jpg)\r\n\r\nWind reached 40 m/s.\r\nPower was cut.\r\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.title, u"Storm"_s);
    QCOMPARE(a.byline.authors, QStringList {u"John Roe"_s});
    QCOMPARE(a.byline.organisation, u"Reuters"_s);
    QCOMPARE(a.date, QDate(2025, 8, 14));
    QCOMPARE(a.dateRange, (TextRange {36, 49}));
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].credit, u"AP"_s);
    QCOMPARE(a.images[0].dates[0].date, QDate(2025, 8, 13));
    // Two short sentences on their own lines are two paragraphs (copied text), CRLF or not.
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(slice(a, a.paragraphs[0].range), u"Wind reached 40 m/s."_s);
    QCOMPARE(slice(a, a.paragraphs[1].range), u"Power was cut."_s);

    // Hard-wrapped lines join, and the paragraph keeps its CRLF as written.
    const Article wrapped = ArticleParser::parse(
        u"The wind reached forty metres a second\r\nbefore the power was cut.\r\n"_s, u"markdown"_s,
        QString());
    QCOMPARE(wrapped.paragraphs.size(), 1);
    QCOMPARE(slice(wrapped, wrapped.paragraphs[0].range),
             u"The wind reached forty metres a second\r\nbefore the power was cut."_s);
}

void TestArticleParser::koreanWireStory()
{
    QFile f(PROVENA_TEST_DATA "/articles/korean-wire.txt"_L1);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const Article a = ArticleParser::parse(text, u"text"_s, QString());
    QCOMPARE(a.title, u"북한, 새 항만 크레인 공개"_s);
    QCOMPARE(a.titleRange, (TextRange {0, 15}));
    QCOMPARE(a.byline.authors, QStringList {u"홍길동"_s});
    QCOMPARE(a.byline.organisation, u"연합뉴스"_s);
    QCOMPARE(a.byline.emails, QStringList {u"hong@yna.co.kr"_s});
    QCOMPARE(slice(a, a.byline.range), u"(서울=연합뉴스) 홍길동 기자 ="_s);
    QCOMPARE(a.date, QDate(2025, 8, 14));
    QCOMPARE(slice(a, a.dateRange), u"2025년 8월 14일"_s);

    QCOMPARE(a.images.size(), 1);
    const ImageRef &img = a.images[0];
    QCOMPARE(img.syntax, ImageRef::Syntax::BareUrl);
    QCOMPARE(img.url, u"https://img.yna.example/photo/2025/08/14/crane.jpg"_s);
    QCOMPARE(img.credit, u"조선중앙통신=연합뉴스"_s);
    QCOMPARE(img.caption, u"김정은 국무위원장이 13일 항만을 찾아 크레인을 살펴보고 있다."_s);
    QCOMPARE(slice(a, img.captionRange), img.caption);
    QCOMPARE(img.dates.size(), 1);
    QCOMPARE(img.dates[0].text, u"13일"_s);
    QCOMPARE(img.dates[0].date, QDate(2025, 8, 13));
    QCOMPARE(img.dates[0].yearSource, FoundDate::YearSource::ArticleDate);

    // The wire opening stays a paragraph (the byline is only its first words); the date line,
    // the photo block and the sign-off are not body text.
    QCOMPARE(a.paragraphs.size(), 2);
    QVERIFY(slice(a, a.paragraphs[0].range).startsWith(u"(서울=연합뉴스) 홍길동 기자 = 북한이"_s));
    QCOMPARE(slice(a, a.paragraphs[1].range), u"통신은 크레인이 8월 12일 완공됐다고 전했다."_s);
}

void TestArticleParser::cyrillicAndHangulBylines()
{
    const Article ru = ArticleParser::parse(
        u"BY ИВАН ПЕТРОВ [ivan@gazeta.example]\n\nТекст статьи.\n"_s, u"markdown"_s, {});
    QCOMPARE(ru.byline.authors, QStringList {u"Иван Петров"_s});
    QCOMPARE(ru.byline.emails, QStringList {u"ivan@gazeta.example"_s});
    QCOMPARE(ru.byline.range, (TextRange {0, 36}));
    QCOMPARE(ru.paragraphs.size(), 1);

    const Article ko
        = ArticleParser::parse(u"본문입니다.\n\n김철수 기자 kim@yna.co.kr\n"_s, u"text"_s, {});
    QCOMPARE(ko.byline.authors, QStringList {u"김철수"_s});
    QCOMPARE(ko.byline.emails, QStringList {u"kim@yna.co.kr"_s});
    QCOMPARE(ko.byline.range, (TextRange {8, 28}));
    QCOMPARE(ko.paragraphs.size(), 1);
}

void TestArticleParser::emojiBeforeImage()
{
    // U+1F4F8 and U+1F30A are surrogate pairs: 2 UTF-16 units, 1 code point each.
    const QString text = u"Look 📸🌊 here.\n\n![Waves hit the pier on Aug. 3. [AP]](w.jpg)\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.paragraphs.size(), 1);
    QCOMPARE(a.paragraphs[0].range, (TextRange {0, 13}));
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].sourceRange, (TextRange {15, 59}));
    QCOMPARE(a.images[0].captionRange, (TextRange {17, 46}));
    QCOMPARE(a.images[0].creditRange, (TextRange {48, 50}));
    QCOMPARE(a.images[0].dates[0].range, (TextRange {39, 45}));
    QCOMPARE(slice(a, a.images[0].dates[0].range), u"Aug. 3"_s);
}

void TestArticleParser::plainTextPhotos()
{
    QFile f(PROVENA_TEST_DATA "/articles/plain-photos.txt"_L1);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Article a = ArticleParser::parse(QString::fromUtf8(f.readAll()), u"text"_s, QString());
    QCOMPARE(a.title, u"Port reopens after storm"_s);
    QCOMPARE(a.byline.authors, QStringList {u"Jane Doe"_s});
    QVERIFY(a.byline.organisation.isEmpty());
    QCOMPARE(a.date, QDate(2025, 8, 14));
    QCOMPARE(a.images.size(), 2);
    QCOMPARE(a.images[0].syntax, ImageRef::Syntax::BareUrl);
    QCOMPARE(a.images[0].url, u"https://cdn.example.org/2025/08/port.jpg?w=1200"_s);
    QCOMPARE(a.images[0].caption, u"Workers clear debris at the port on Aug. 12."_s);
    QCOMPARE(a.images[0].credit, u"AFP/Getty Images"_s);
    QCOMPARE(a.images[0].dates[0].date, QDate(2025, 8, 12));
    // A caption one blank line below the image, recognised by its credit.
    QCOMPARE(a.images[1].url, u"https://cdn.example.org/2025/08/ships.png"_s);
    QCOMPARE(a.images[1].caption, u"Ships wait outside the harbour, 12 August."_s);
    QCOMPARE(a.images[1].credit, u"Reuters/Handout"_s);
    QCOMPARE(a.images[1].dates[0].text, u"12 August"_s);
    QCOMPARE(a.images[1].dates[0].date, QDate(2025, 8, 12));
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(slice(a, a.paragraphs[0].range),
             u"The port reopened on Thursday after a two-day closure."_s);
    QCOMPARE(slice(a, a.paragraphs[1].range), u"Officials said damage was limited."_s);
}

void TestArticleParser::yearFromImageUrl()
{
    const QString text
        = u"![Flood waters on Aug. 2. [AP]](https://x.example/news/2024/08/flood.jpg)\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].dates.size(), 1);
    QCOMPARE(a.images[0].dates[0].date, QDate(2024, 8, 2));
    QCOMPARE(a.images[0].dates[0].yearSource, FoundDate::YearSource::ImageUrl);
}

void TestArticleParser::singleLineOf100k()
{
    QString line;
    while (line.size() < 100 * 1024)
        line += u"Words without end, 한국어 and Кириллица. "_s;
    const Article md = ArticleParser::parse(line, u"markdown"_s, QString());
    const Article txt = ArticleParser::parse(line, u"text"_s, QString());
    const qint64 length = codePointLength(line.trimmed());
    QCOMPARE(md.paragraphs.size(), 1);
    QCOMPARE(md.paragraphs[0].range, (TextRange {0, length}));
    QCOMPARE(txt.paragraphs.size(), 1);
    QCOMPARE(txt.paragraphs[0].range, (TextRange {0, length}));
    QVERIFY(md.title.isEmpty());
}

void TestArticleParser::listItemsAreParagraphs()
{
    const QString text = u"- first item\n- second ![Cap [AP]](i.jpg)\n  - nested\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].credit, u"AP"_s);
    QCOMPARE(a.paragraphs.size(), 3);
    QCOMPARE(slice(a, a.paragraphs[0].range), u"first item"_s);
    QCOMPARE(slice(a, a.paragraphs[2].range), u"nested"_s);
}

namespace {

// The shape of the issue: copied from a news site through a "save as Markdown" extension.
const QString kCopied
    = uR"(![Mongolian Prime Minister meets a delegation from Beijing on Oct. 3, in this picture released by the Montsame news agency on Oct. 4. [MONTSAME]](https://www.daily.example/wp-content/uploads/2025/10/1004-pm-delegation.jpg)
Mongolia on October 4 released details of a meeting the previous day between Prime Minister Bat-Erdene Oyun and a visiting delegation.
The two sides "discussed matters of mutual concern," according to a report released on October 4.
It is the first time state media has published such a photo, apparently to signal closer ties.
"This alignment is likely to continue," said Kim Min-ji, a research fellow at an institute in Seoul.
BY LEE SO-RA [lee.sora@daily.example]
)"_s;

} // namespace

void TestArticleParser::copiedWebText()
{
    for (const QString &format : {u"markdown"_s, u"text"_s}) {
        const Article a = ArticleParser::parse(kCopied, format, QString());
        const bool md = format == u"markdown"_s;
        if (!md) {
            // Read as plain text (the reader would choose Markdown), nothing is an image, and
            // still every line is a paragraph and the byline is found.
            QVERIFY(a.images.isEmpty());
            QCOMPARE(a.paragraphs.size(), 5);
            QCOMPARE(a.byline.authors, QStringList {u"Lee So-ra"_s});
            continue;
        }
        QCOMPARE(a.images.size(), 1);
        const ImageRef &img = a.images[0];
        QCOMPARE(img.captionSource, ImageRef::CaptionSource::Alt);
        QCOMPARE(img.caption,
                 u"Mongolian Prime Minister meets a delegation from Beijing on Oct. 3, in this "
                 "picture released by the Montsame news agency on Oct. 4."_s);
        QCOMPARE(img.credit, u"MONTSAME"_s);
        QCOMPARE(slice(a, img.creditRange), u"MONTSAME"_s);
        QCOMPARE(img.dates.size(), 2);
        QCOMPARE(img.dates[0].date, QDate(2025, 10, 3));
        QCOMPARE(img.dates[1].date, QDate(2025, 10, 4));
        QCOMPARE(img.dates[1].yearSource, FoundDate::YearSource::ImageUrl);
        QCOMPARE(img.releases.size(), 1);
        QCOMPARE(img.releases[0].agent, u"Montsame"_s);
        QCOMPARE(slice(a, img.releases[0].agentRange), u"Montsame"_s);
        QCOMPARE(img.releases[0].role, Release::Role::Released);
        QCOMPARE(img.releases[0].date.date, QDate(2025, 10, 4));
        QCOMPARE(slice(a, img.releases[0].date.range), u"Oct. 4"_s);

        QCOMPARE(a.paragraphs.size(), 4);
        QVERIFY(slice(a, a.paragraphs[0].range).startsWith(u"Mongolia on October 4"_s));
        QVERIFY(slice(a, a.paragraphs[0].range).endsWith(u"visiting delegation."_s));
        QCOMPARE(slice(a, a.paragraphs[3].range),
                 u"\"This alignment is likely to continue,\" said Kim Min-ji, a research fellow "
                 "at an institute in Seoul."_s);
        QCOMPARE(a.byline.authors, QStringList {u"Lee So-ra"_s});
        QCOMPARE(a.byline.emails, QStringList {u"lee.sora@daily.example"_s});
        QCOMPARE(slice(a, a.byline.range), u"BY LEE SO-RA [lee.sora@daily.example]"_s);
        QVERIFY(a.title.isEmpty());
    }
}

void TestArticleParser::copiedWebTextOfManyLines()
{
    // Short sentences, each on its line, over more lines than the header scan looks at.
    QString text;
    for (int i = 1; i <= 30; ++i)
        text += u"Sentence number %1 of the story.\n"_s.arg(i);
    text += u"By Jane Doe, Staff Reporter\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.paragraphs.size(), 30);
    QCOMPARE(slice(a, a.paragraphs[29].range), u"Sentence number 30 of the story."_s);
    QCOMPARE(a.byline.authors, QStringList {u"Jane Doe"_s});
}

void TestArticleParser::mixedBlankAndSingleBreaks()
{
    const QString text = uR"(# Mixed

The first paragraph was wrapped by an editor at seventy-two
columns, so its lines join into one paragraph again when read.

A copied line that is a whole sentence of the story, long enough to be a paragraph by itself.
Another copied line that is a whole sentence, also well over the width anybody wraps text at.
)"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.paragraphs.size(), 3);
    QCOMPARE(slice(a, a.paragraphs[0].range),
             u"The first paragraph was wrapped by an editor at seventy-two\ncolumns, so its lines "
             "join into one paragraph again when read."_s);
    QVERIFY(slice(a, a.paragraphs[1].range).startsWith(u"A copied line"_s));
    QVERIFY(slice(a, a.paragraphs[2].range).startsWith(u"Another copied line"_s));

    // Hard-wrapped with single breaks: a title and a byline line (short) stand alone, a full
    // line that happens to end a sentence still joins, a short last line ends the paragraph.
    const QString wrapped = uR"(Harbour reopens
By Jane Doe
The harbour reopened on Monday after the storm, and the port authority
said that ships could enter again. Fishing boats went out at dawn.
Traders at the market welcomed the news but said that prices would stay
high for weeks.
)"_s;
    const Article w = ArticleParser::parse(wrapped, u"text"_s, QString());
    QCOMPARE(w.title, u"Harbour reopens"_s);
    QCOMPARE(w.byline.authors, QStringList {u"Jane Doe"_s});
    QCOMPARE(w.paragraphs.size(), 1);
    QVERIFY(slice(w, w.paragraphs[0].range).startsWith(u"The harbour reopened"_s));
    QVERIFY(slice(w, w.paragraphs[0].range).endsWith(u"high for weeks."_s));
}

void TestArticleParser::bodyLineBelowImageIsNotCaption()
{
    // The body starts right below the image: the alt text is the caption, the line is body.
    const QString text = u"![Troops parade in the capital on May 9.](p.jpg)\n"
                         "The parade was the largest in a decade, officials said on Friday.\n"
                         "Thousands watched from the stands along the avenue.\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"Troops parade in the capital on May 9."_s);
    QCOMPARE(a.images[0].captionSource, ImageRef::CaptionSource::Alt);
    QCOMPARE(a.paragraphs.size(), 2);
    QVERIFY(slice(a, a.paragraphs[0].range).startsWith(u"The parade was"_s));
}

void TestArticleParser::setApartLineBelowImageIsCaption()
{
    // Copied text: the caption line is set apart by a blank line, body lines are not.
    const QString text
        = u"![](p.jpg)\n"
          "Soldiers stand guard outside the ministry on Monday.\n"
          "\n"
          "The ministry was closed for the day, a spokesman said in a statement.\n"
          "Talks are expected to resume later in the week, according to diplomats.\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 1);
    QCOMPARE(a.images[0].caption, u"Soldiers stand guard outside the ministry on Monday."_s);
    QCOMPARE(a.images[0].captionSource, ImageRef::CaptionSource::FollowingLine);
    QCOMPARE(a.paragraphs.size(), 2);

    // The same lines in a blank-line separated article: nothing says the line is a caption.
    const QString blankSeparated = u"![](p.jpg)\n"
                                   "Soldiers stand guard outside the ministry on Monday.\n"
                                   "\n"
                                   "The ministry was closed for the day, a spokesman said.\n"_s;
    const Article b = ArticleParser::parse(blankSeparated, u"markdown"_s, QString());
    QCOMPARE(b.images.size(), 1);
    QVERIFY(b.images[0].caption.isEmpty());
    QCOMPARE(b.images[0].captionSource, ImageRef::CaptionSource::None);
    QCOMPARE(b.paragraphs.size(), 2);
}

void TestArticleParser::placeholderAltIsNotCaption()
{
    const QString text = u"![image](a.jpg)\n\n![IMG_2041.JPG](b.jpg)\n\n![photo 3](c.jpg)\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 3);
    for (const ImageRef &img : a.images) {
        QVERIFY2(img.caption.isEmpty(), qPrintable(img.caption));
        QCOMPARE(img.captionSource, ImageRef::CaptionSource::None);
        QVERIFY(!img.altText.isEmpty());
    }
}

void TestArticleParser::captionSources()
{
    const QString text
        = uR"md(<figure><img src="a.jpg" alt="alt a"><figcaption>Figure caption. [AP]</figcaption></figure>

![alt b](b.jpg)
Photo: Villagers gather at the well.

![](c.jpg "A title that describes the photo")

![](d.jpg)

*Emphasised caption a paragraph below.*
)md"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 4);
    QCOMPARE(a.images[0].captionSource, ImageRef::CaptionSource::Figcaption);
    QCOMPARE(a.images[0].credit, u"AP"_s);
    QCOMPARE(a.images[1].captionSource, ImageRef::CaptionSource::FollowingLine);
    QCOMPARE(a.images[2].captionSource, ImageRef::CaptionSource::Title);
    QCOMPARE(a.images[2].caption, u"A title that describes the photo"_s);
    QCOMPARE(a.images[3].captionSource, ImageRef::CaptionSource::FollowingLine);
    QCOMPARE(a.images[3].caption, u"Emphasised caption a paragraph below."_s);
    QVERIFY(a.paragraphs.isEmpty());
}

void TestArticleParser::releasesInCaptions()
{
    const QString text = u"Aug. 14, 2025\n\n"
                         "![Leader Kim waves in this picture released by the Korean Central News "
                         "Agency (KCNA) on Aug. 13. [KCNA]](k.jpg)\n\n"
                         "![Rescuers search rubble in Gaziantep. (Yonhap via AP)](y.jpg)\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.images.size(), 2);
    QCOMPARE(a.images[0].releases.size(), 1);
    const Release &r = a.images[0].releases[0];
    QCOMPARE(r.agent, u"Korean Central News Agency"_s);
    QCOMPARE(r.agentAbbreviation, u"KCNA"_s);
    QCOMPARE(slice(a, r.agentRange), u"Korean Central News Agency"_s);
    QCOMPARE(r.date.date, QDate(2025, 8, 13));
    QCOMPARE(r.date.yearSource, FoundDate::YearSource::ArticleDate);
    QVERIFY(slice(a, r.range).startsWith(u"in this picture released by"_s));
    QCOMPARE(a.images[1].credit, u"Yonhap via AP"_s);
    QCOMPARE(a.images[1].releases.size(), 1);
    QCOMPARE(a.images[1].releases[0].role, Release::Role::Via);
    QCOMPARE(a.images[1].releases[0].agent, u"AP"_s);
    QVERIFY(a.images[1].releases[0].date.text.isEmpty());
}

void TestArticleParser::subHeadings()
{
    const QString text = u"# Title\n\nIntro.\n\n## What happened\n\nBody.\n\n### Details ###\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, QString());
    QCOMPARE(a.title, u"Title"_s);
    QCOMPARE(a.headings.size(), 2);
    QCOMPARE(a.headings[0].level, 2);
    QCOMPARE(slice(a, a.headings[0].range), u"What happened"_s);
    QCOMPARE(a.headings[1].level, 3);
    QCOMPARE(slice(a, a.headings[1].range), u"Details"_s);
    QCOMPARE(a.paragraphs.size(), 2);
}

void TestArticleParser::bylineFirstOrLast()
{
    const Article first = ArticleParser::parse(
        u"Harbour reopens\nBy Jane Doe, Staff Reporter\nThe harbour reopened on Monday after the "
        "storm, the port authority said.\nShips queued outside for most of the day.\n"_s,
        u"text"_s, QString());
    QCOMPARE(first.title, u"Harbour reopens"_s);
    QCOMPARE(first.byline.authors, QStringList {u"Jane Doe"_s});
    QCOMPARE(first.paragraphs.size(), 2);

    const Article last = ArticleParser::parse(
        u"The harbour reopened on Monday after the storm, the port authority said.\nShips "
        "queued outside for most of the day.\nJohn Roe / Reuters\n"_s,
        u"markdown"_s, QString());
    QCOMPARE(last.byline.authors, QStringList {u"John Roe"_s});
    QCOMPARE(last.byline.organisation, u"Reuters"_s);
    QCOMPARE(last.paragraphs.size(), 2);
}

void TestArticleParser::deeplyNestedHtmlImageIsReported()
{
    auto nested = [](int depth) {
        return u"# Title\n\nSome text.\n\n"_s + QStringLiteral("<div>").repeated(depth)
            + u"<img src=\"deep.jpg\" alt=\"Deep\">"_s + QStringLiteral("</div>").repeated(depth)
            + u"\n\nAfter.\n"_s;
    };
    const Article shallow = ArticleParser::parse(nested(10), u"markdown"_s, QString());
    QCOMPARE(shallow.images.size(), 1);
    QCOMPARE(shallow.images[0].url, u"deep.jpg"_s);
    QVERIFY(shallow.warnings.isEmpty());

    // Beyond the depth the scanner walks: the image cannot be read, and the analyst is told so.
    const QString text = nested(450);
    const Article deep = ArticleParser::parse(text, u"markdown"_s, QString());
    QVERIFY(deep.images.isEmpty());
    QCOMPARE(deep.warnings.size(), 1);
    const ParseWarning &w = deep.warnings[0];
    QCOMPARE(w.kind, u"html-too-deep"_s);
    QCOMPARE(w.line, 5);
    QVERIFY2(w.message.contains(u"deeper than 400 levels at line 5"_s), qPrintable(w.message));
    // It points into the nesting, on line 5, at a <div> the scanner did not enter.
    const qsizetype at = CodePointIndex(text).toUtf16(w.range.start);
    QVERIFY(at > text.indexOf(u"<div>"_s));
    QCOMPARE(text.mid(at, 5), u"<div>"_s);
    QCOMPARE(deep.title, u"Title"_s);
    QCOMPARE(deep.paragraphs.size(), 2);

    // A <figcaption> whose text lies too deep: the image is found, the cut is reported.
    const QString figure = u"# Title\n\n<figure><img src=\"a.jpg\"><figcaption>"_s
        + QStringLiteral("<span>").repeated(450) + u"Deep caption. [AP]"_s
        + QStringLiteral("</span>").repeated(450) + u"</figcaption></figure>\n"_s;
    const Article captioned = ArticleParser::parse(figure, u"markdown"_s, QString());
    QCOMPARE(captioned.images.size(), 1);
    QCOMPARE(captioned.warnings.size(), 1);
    QCOMPARE(captioned.warnings[0].line, 3);
}

void TestArticleParser::hugeHtmlIsReportedNotParsed()
{
    // 100,000 nested table cells crash gumbo 0.10 and 20,000 nested <div> take it seconds: a
    // piece of HTML with more start tags than the scanner takes is reported, not parsed.
    const QString cells = QStringLiteral("<table><tr><td>").repeated(100000);
    const QString text
        = u"# Title\n\nBefore.\n\n"_s + cells + u"<img src=\"lost.jpg\">\n\nAfter.\n"_s;
    const Article article = ArticleParser::parse(text, u"markdown"_s, QString());
    QVERIFY(article.images.isEmpty());
    QCOMPARE(article.warnings.size(), 1);
    QCOMPARE(article.warnings[0].kind, u"html-too-large"_s);
    QCOMPARE(article.warnings[0].line, 5);
    QVERIFY2(article.warnings[0].message.contains(u"300001 tags"_s),
             qPrintable(article.warnings[0].message));
    QCOMPARE(article.title, u"Title"_s);

    // Just under the limit the image is still found.
    const QString some = QStringLiteral("<div>").repeated(100);
    const Article small = ArticleParser::parse(u"# T\n\n"_s + some + u"<img src=\"found.jpg\">"_s
                                                   + QStringLiteral("</div>").repeated(100),
                                               u"markdown"_s, QString());
    QCOMPARE(small.images.size(), 1);
    QVERIFY(small.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
