// SPDX-License-Identifier: MIT
#include "core/model/codepointindex.h"
#include "formats/articlelayout.h"
#include "formats/articleparser.h"
#include "formats/viewsourcemap.h"

#include <QFile>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

using Kind = ArticleLayout::BlockKind;

namespace {

/** Code point range of the first `needle` at or after UTF-16 index `from` in `text`. */
TextRange rangeOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    if (at < 0)
        return {};
    return CodePointIndex(text).toCodePoints(at, at + needle.size());
}

QString slice(const QString &text, const TextRange &r)
{
    return CodePointIndex(text).slice(text, r);
}

/** The blocks joined as the text view joins them (one line per block), with the map. */
std::pair<QString, ViewSourceMap> render(const Article &a, const QList<ArticleLayout::Block> &bs)
{
    QString view;
    ViewSourceMap map(a.text);
    for (const ArticleLayout::Block &b : bs) {
        if (!view.isEmpty())
            view += u'\n';
        if (b.kind == Kind::Image) {
            map.appendMapped(view.size(), 1, b.source);
            view += QChar(QChar::ObjectReplacementCharacter);
            continue;
        }
        for (const ArticleLayout::Run &r : b.runs) {
            if (r.verbatim)
                map.appendVerbatim(view.size(), r.source);
            else
                map.appendMapped(view.size(), r.text.size(), r.source);
            view += r.text;
        }
    }
    return {view, map};
}

/** Checks that hold for every layout: verbatim runs are source slices, and map both ways. */
void checkRuns(const Article &a, const QList<ArticleLayout::Block> &blocks)
{
    const auto [view, map] = render(a, blocks);
    for (const ArticleLayout::Block &b : blocks) {
        for (const ArticleLayout::Run &r : b.runs) {
            QVERIFY(r.source.isValid());
            QVERIFY2(!r.text.contains(u'\r'), qPrintable(r.text));
            if (!r.verbatim)
                continue;
            QCOMPARE(r.text, slice(a.text, r.source));
            const auto [vs, ve] = map.toView(r.source);
            QCOMPARE(view.mid(vs, ve - vs), r.text);
            QCOMPARE(map.toSourceRange(vs, ve), r.source);
        }
    }
}

} // namespace

class Tst_articlelayout : public QObject
{
    Q_OBJECT
private slots:
    void plainTextIsVerbatimWithHangulEmojiAndCrlf();
    void markdownInlineStylesEntitiesAndImages();
    void parsedMarkdownShowsNoSyntax();
    void sampleArticle();
    void sourceTextMapDropsCrOfCrlf();
    void markupSnapsToNearestShownPosition();
};

void Tst_articlelayout::plainTextIsVerbatimWithHangulEmojiAndCrlf()
{
    Article a;
    a.format = u"text"_s;
    a.text = u"항구 크레인 \U0001F3D7 점검\r\n\r\n첫 줄 \U0001F600 문장\r\n둘째 줄입니다.\r\n\r\n"
             u"기자 홍길동\r\n"_s;
    a.titleRange = rangeOf(a.text, u"항구 크레인 \U0001F3D7 점검"_s);
    a.paragraphs.append(Paragraph {rangeOf(a.text, u"첫 줄 \U0001F600 문장\r\n둘째 줄입니다."_s)});
    a.byline.range = rangeOf(a.text, u"기자 홍길동"_s);

    const QList<ArticleLayout::Block> blocks = ArticleLayout::build(a);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[0].kind, Kind::Title);
    QCOMPARE(blocks[0].text(), u"항구 크레인 \U0001F3D7 점검"_s);
    QCOMPARE(blocks[1].kind, Kind::Paragraph);
    // Two verbatim lines and, between them, a space standing for the CR LF.
    QCOMPARE(blocks[1].runs.size(), 3);
    QCOMPARE(blocks[1].text(), u"첫 줄 \U0001F600 문장 둘째 줄입니다."_s);
    QVERIFY(!blocks[1].runs[1].verbatim);
    QCOMPARE(slice(a.text, blocks[1].runs[1].source), u"\r\n"_s);
    QCOMPARE(blocks[2].kind, Kind::Byline);
    QCOMPARE(blocks[2].source, a.byline.range);
    checkRuns(a, blocks);
}

void Tst_articlelayout::markdownInlineStylesEntitiesAndImages()
{
    Article a;
    a.format = u"markdown"_s;
    a.text = u"# The *crane* story\n\n"
             u"## Sub **head**\n\n"
             u"Tom &amp; Jerry saw **\U0001F600 big** news on [the site](https://ex.example/a).\n\n"
             u"![A crane at dusk. [AP]](https://ex.example/crane.jpg)\n\n"
             u"[ref]: https://ex.example/ref\n"_s;
    a.titleRange = rangeOf(a.text, u"The *crane* story"_s);
    a.headings.append(Heading {2, rangeOf(a.text, u"Sub **head**"_s)});
    const TextRange paragraph = rangeOf(a.text, u"Tom &amp;"_s);
    a.paragraphs.append(
        Paragraph {TextRange {paragraph.start, rangeOf(a.text, u"(https://ex.example/a)."_s).end}});
    ImageRef image;
    image.sourceRange
        = rangeOf(a.text, u"![A crane at dusk. [AP]](https://ex.example/crane.jpg)"_s);
    image.captionRange = rangeOf(a.text, u"A crane at dusk."_s);
    image.creditRange = rangeOf(a.text, u"AP"_s, a.text.indexOf(u"[AP]"_s));
    a.images.append(image);

    const QList<ArticleLayout::Block> blocks = ArticleLayout::build(a);
    QCOMPARE(blocks.size(), 6);
    QCOMPARE(blocks[0].kind, Kind::Title);
    QCOMPARE(blocks[0].text(), u"The crane story"_s);
    QCOMPARE(blocks[0].runs.size(), 3);
    QVERIFY(blocks[0].runs[1].styles.testFlag(ArticleLayout::Emphasis));
    QCOMPARE(blocks[1].kind, Kind::Heading);
    QCOMPARE(blocks[1].level, 2);
    QCOMPARE(blocks[1].text(), u"Sub head"_s);
    QVERIFY(blocks[1].runs.last().styles.testFlag(ArticleLayout::Strong));

    const ArticleLayout::Block &p = blocks[2];
    QCOMPARE(p.kind, Kind::Paragraph);
    QCOMPARE(p.text(), u"Tom & Jerry saw \U0001F600 big news on the site."_s);
    const auto entity = std::find_if(p.runs.cbegin(), p.runs.cend(),
                                     [](const ArticleLayout::Run &r) { return !r.verbatim; });
    QVERIFY(entity != p.runs.cend());
    QCOMPARE(entity->text, u"&"_s);
    QCOMPARE(slice(a.text, entity->source), u"&amp;"_s);
    bool strong = false;
    bool link = false;
    for (const ArticleLayout::Run &r : p.runs) {
        strong
            = strong || (r.styles.testFlag(ArticleLayout::Strong) && r.text == u"\U0001F600 big"_s);
        if (r.styles.testFlag(ArticleLayout::Link)) {
            link = true;
            QCOMPARE(r.text, u"the site"_s);
            QCOMPARE(r.href, u"https://ex.example/a"_s);
        }
    }
    QVERIFY(strong);
    QVERIFY(link);

    QCOMPARE(blocks[3].kind, Kind::Image);
    QCOMPARE(blocks[3].imageIndex, 0);
    QCOMPARE(blocks[3].source, image.sourceRange);
    QCOMPARE(blocks[4].kind, Kind::Caption);
    QCOMPARE(blocks[4].text(), u"A crane at dusk."_s);
    QCOMPARE(blocks[5].kind, Kind::Credit);
    QCOMPARE(blocks[5].text(), u"AP"_s);
    QCOMPARE(blocks[5].runs.first().source, image.creditRange);
    checkRuns(a, blocks);
}

void Tst_articlelayout::parsedMarkdownShowsNoSyntax()
{
    const QString text
        = u"# Premier visits the *new* port\n\n"
          u"BY MINA SEO\n\n"
          u"Aug. 14, 2025\n\n"
          u"![Premier Tal Orsen at the quay. [NCNA]](https://images.example/2025/08/13/a.jpg)\n\n"
          u"The **premier** toured the \U0001F6A2 terminal, [NCNA](https://ncna.example) "
          u"said &amp; added\nmore on a second line.\n\n"
          u"> \"We are proud,\" he said.\n\n"
          u"- first point\n- second point\n\n"
          u"서울 — 항구 관계자는 *크레인* 이 완공됐다고 말했다.\n"_s;
    const Article a = ArticleParser::parse(text, u"markdown"_s, {});
    QCOMPARE(a.images.size(), 1);
    const QList<ArticleLayout::Block> blocks = ArticleLayout::build(a);
    QString all;
    QList<Kind> kinds;
    for (const ArticleLayout::Block &b : blocks) {
        all += b.text() + u'\n';
        kinds.append(b.kind);
    }
    for (const QString &syntax : {u"!["_s, u"]("_s, u"**"_s, u"&amp;"_s, u"> "_s, u"- "_s})
        QVERIFY2(!all.contains(syntax), qPrintable(syntax + u" in:\n"_s + all));
    for (const QString &line : all.split(u'\n'))
        QVERIFY2(!line.startsWith(u'#'), qPrintable(line));
    QVERIFY(all.contains(u"Premier visits the new port\n"_s));
    QVERIFY(
        all.contains(u"The premier toured the \U0001F6A2 terminal, NCNA said & added more on"_s));
    QVERIFY(all.contains(u"크레인"_s));
    QCOMPARE(kinds.first(), Kind::Title);
    QVERIFY(kinds.contains(Kind::Image));
    QVERIFY(kinds.contains(Kind::Caption));
    QVERIFY(kinds.contains(Kind::Credit));
    QVERIFY(kinds.contains(Kind::Quote));
    QVERIFY(kinds.contains(Kind::ListItem));
    QVERIFY(kinds.contains(Kind::Byline));
    // Blocks come in reading order.
    for (qsizetype i = 1; i < blocks.size(); ++i)
        QVERIFY(blocks[i - 1].source.start <= blocks[i].source.start
                || blocks[i].kind == Kind::Caption || blocks[i].kind == Kind::Credit);
    checkRuns(a, blocks);
}

void Tst_articlelayout::sampleArticle()
{
    QFile f(QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/harbour-crane.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Article a = ArticleParser::parse(QString::fromUtf8(f.readAll()), u"markdown"_s, {});
    const QList<ArticleLayout::Block> blocks = ArticleLayout::build(a);
    QVERIFY(blocks.size() >= 10);
    QCOMPARE(blocks[0].kind, Kind::Title);
    QCOMPARE(blocks[0].text(), u"Premier inspects rebuilt harbour crane, state media says"_s);
    int images = 0;
    QString all;
    for (const ArticleLayout::Block &b : blocks) {
        images += b.kind == Kind::Image;
        all += b.text() + u'\n';
    }
    QCOMPARE(images, 2);
    QVERIFY(!all.contains(u"]("_s));
    QVERIFY(!all.contains(u"https://"_s));
    QVERIFY(all.contains(u"\nNCNA\n"_s)); // the first credit on its own line
    checkRuns(a, blocks);
}

void Tst_articlelayout::sourceTextMapDropsCrOfCrlf()
{
    const QString text = u"가나 \U0001F600\r\n다\r\n\r\n라 \U0001F3D7 마\n바"_s;
    const ViewSourceMap map = ViewSourceMap::forSourceText(text);
    QString shown = text;
    shown.replace(u"\r\n"_s, u"\n"_s);
    const CodePointIndex index(text);
    for (qint64 cp = 0; cp <= index.codePointCount(); ++cp) {
        const qsizetype view = map.toView(cp);
        // A CR of CR LF is not shown: it maps to where its LF is.
        const qsizetype u = index.toUtf16(cp);
        if (u < text.size() && text[u] == u'\r')
            QCOMPARE(shown[view], u'\n');
        else if (u < text.size())
            QCOMPARE(shown.mid(view, 1), text.mid(u, 1));
        else
            QCOMPARE(view, shown.size());
        if (u >= text.size() || text[u] != u'\r')
            QCOMPARE(map.toSource(view), cp);
    }
    // The emoji is two view units, one code point.
    const qsizetype emoji = shown.indexOf(u"\U0001F3D7"_s);
    QCOMPARE(map.toSourceRange(emoji, emoji + 2).length(), 1);
    QCOMPARE(map.toSource(emoji + 2), map.toSource(emoji) + 1);
}

void Tst_articlelayout::markupSnapsToNearestShownPosition()
{
    Article a;
    a.format = u"markdown"_s;
    a.text = u"See [the \U0001F6A2 port](https://ex.example/port) now.\r\n"_s;
    a.paragraphs.append(
        {rangeOf(a.text, u"See [the \U0001F6A2 port](https://ex.example/port) now."_s)});
    const QList<ArticleLayout::Block> blocks = ArticleLayout::build(a);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0].text(), u"See the \U0001F6A2 port now."_s);
    const auto [view, map] = render(a, blocks);
    // Inside "](https://…)": forward to " now", backward to the end of "port".
    const qint64 inUrl = rangeOf(a.text, u"ex.example"_s).start;
    QCOMPARE(map.toView(inUrl, ViewSourceMap::Snap::Forward), view.indexOf(u" now"_s));
    QCOMPARE(map.toView(inUrl, ViewSourceMap::Snap::Backward), view.indexOf(u" now"_s));
    const qint64 atBracket = rangeOf(a.text, u"]("_s).start;
    QCOMPARE(map.toView(atBracket), view.indexOf(u" now"_s));
    // The whole link in the source, markup included, is the link text in the view.
    const TextRange link = rangeOf(a.text, u"[the \U0001F6A2 port](https://ex.example/port)"_s);
    const auto [vs, ve] = map.toView(link);
    QCOMPARE(view.mid(vs, ve - vs), u"the \U0001F6A2 port"_s);
    // And the view's "port" maps to the source's "port" exactly (the ship is one code point).
    const qsizetype port = view.indexOf(u"port"_s);
    QCOMPARE(map.toSourceRange(port, port + 4), rangeOf(a.text, u"port"_s));
    checkRuns(a, blocks);
}

QTEST_GUILESS_MAIN(Tst_articlelayout)
#include "tst_articlelayout.moc"
