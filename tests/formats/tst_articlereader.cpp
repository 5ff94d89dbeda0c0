// SPDX-License-Identifier: MIT
#include "formats/articlereader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

class TestArticleReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyFile();
    void utf8WithBom();
    void utf16WithBom_data();
    void utf16WithBom();
    void utf16Errors();
    void eucKr();
    void invalidUtf8AfterUtf8();
    void invalidUtf8Unplaceable();
    void binaryFile();
    void tooLarge();
    void missingFile();
    void fiftyMegabytes();
    void formatFromExtension();
    void formatFromContent_data();
    void formatFromContent();
    void copiedTextFileFindsItsImage();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir mDir;
};

QString TestArticleReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = mDir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestArticleReader::initTestCase()
{
    QVERIFY(mDir.isValid());
}

void TestArticleReader::emptyFile()
{
    const Result<Article> r = ArticleReader::readFile(write(u"empty.md"_s, {}));
    QVERIFY(r.ok());
    QCOMPARE(r->encoding, u"UTF-8"_s);
    QVERIFY(!r->hadBom);
    QVERIFY(r->text.isEmpty());
    QVERIFY(r->paragraphs.isEmpty());
    QVERIFY(r->images.isEmpty());
}

void TestArticleReader::utf8WithBom()
{
    const QByteArray bytes = "\xEF\xBB\xBF" + u"Body 한국.\n\n![Cap [AP]](a.jpg)\n"_s.toUtf8();
    const Result<Article> r = ArticleReader::readFile(write(u"bom.md"_s, bytes));
    QVERIFY(r.ok());
    QCOMPARE(r->encoding, u"UTF-8"_s);
    QVERIFY(r->hadBom);
    QVERIFY(r->text.startsWith(u"Body"_s)); // the BOM is not part of the text
    QCOMPARE(r->paragraphs.size(), 1);
    QCOMPARE(r->paragraphs[0].range, (TextRange {0, 8}));
    QCOMPARE(r->images.size(), 1);
    QCOMPARE(r->images[0].sourceRange, (TextRange {10, 28}));
}

void TestArticleReader::utf16WithBom_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("LE") << false;
    QTest::newRow("BE") << true;
}

void TestArticleReader::utf16WithBom()
{
    QFETCH(bool, bigEndian);
    const QString text = u"Фото 📷 дня.\n\n![Снимок. [ТАСС]](a.jpg)\n"_s;
    QByteArray bytes = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? hi : lo);
        bytes.append(bigEndian ? lo : hi);
    }
    const Result<Article> r = ArticleReader::readFile(write(u"utf16.txt"_s, bytes));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->encoding, bigEndian ? u"UTF-16BE"_s : u"UTF-16LE"_s);
    QVERIFY(r->hadBom);
    QCOMPARE(r->text, text);
    // A .txt with a Markdown image is read as Markdown.
    QCOMPARE(r->format, u"markdown"_s);
    QCOMPARE(r->formatDetectedFrom, u"content"_s);
    QCOMPARE(r->images.size(), 1);
    QCOMPARE(r->images[0].credit, u"ТАСС"_s);
}

void TestArticleReader::utf16Errors()
{
    const Result<DecodedText> odd = ArticleReader::decode(QByteArray("\xFF\xFE"
                                                                     "a\0b",
                                                                     5),
                                                          u"odd.txt"_s);
    QVERIFY(!odd.ok());
    QCOMPARE(odd.error().message, u"byte 4: odd number of bytes in UTF-16 text"_s);
    // a lone high surrogate D800 followed by 'a'
    const Result<DecodedText> lone = ArticleReader::decode(QByteArray("\xFF\xFE"
                                                                      "\x00\xD8"
                                                                      "a\0",
                                                                      6),
                                                           u"lone.txt"_s);
    QVERIFY(!lone.ok());
    QCOMPARE(lone.error().message, u"byte 2: unpaired UTF-16 surrogate"_s);
    QCOMPARE(lone.error().path, u"lone.txt"_s);
}

void TestArticleReader::eucKr()
{
    const Result<Article> r
        = ArticleReader::readFile(PROVENA_TEST_DATA "/articles/korean-wire-euckr.txt"_L1);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QFile utf8(PROVENA_TEST_DATA "/articles/korean-wire.txt"_L1);
    QVERIFY(utf8.open(QIODevice::ReadOnly));
    QCOMPARE(r->text, QString::fromUtf8(utf8.readAll()));
    // uchardet names this sample UHC (CP949), a superset of EUC-KR.
    QCOMPARE(r->encoding, u"CP949"_s);
    QVERIFY(!r->hadBom);
    QCOMPARE(r->byline.authors, QStringList {u"홍길동"_s});
    QCOMPARE(r->images.size(), 1);
    QCOMPARE(r->images[0].dates[0].date, QDate(2025, 8, 13));
}

void TestArticleReader::invalidUtf8AfterUtf8()
{
    // "Café " is valid UTF-8 with a multi-byte sequence, so a later bad byte is damage.
    const QByteArray bytes = "Caf\xC3\xA9 line\nsecond \xFF line\n";
    const Result<DecodedText> r = ArticleReader::decode(bytes, u"story.txt"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"byte 18: invalid UTF-8 sequence"_s);
    QCOMPARE(r.error().detail, u"line 2, column 8"_s);
    QCOMPARE(r.error().toString(),
             u"story.txt: byte 18: invalid UTF-8 sequence (line 2, column 8)"_s);
}

void TestArticleReader::invalidUtf8Unplaceable()
{
    const QByteArray bytes = "Hello \xFF\xFE world plain ascii\n";
    const Result<DecodedText> r = ArticleReader::decode(bytes, u"x.txt"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"byte 6: invalid UTF-8 sequence"_s);
    // Truncated sequence at the very end.
    const Result<DecodedText> t = ArticleReader::decode("abc\xE2\x82", u"t.txt"_s);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().message, u"byte 3: invalid UTF-8 sequence"_s);
}

void TestArticleReader::binaryFile()
{
    const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    const Result<Article> r = ArticleReader::readFile(write(u"photo.txt"_s, png));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"not a text file"_s);
    QCOMPARE(r.error().detail, u"NUL byte at byte 8"_s);
    QVERIFY(r.error().path.endsWith(u"photo.txt"_s));
}

void TestArticleReader::tooLarge()
{
    const QString path = mDir.filePath(u"huge.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ArticleReader::kMaxFileSize + 1)); // sparse: costs no disk space
    f.close();
    const Result<Article> r = ArticleReader::readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"the file is larger than 256 MiB"_s);
}

void TestArticleReader::missingFile()
{
    const Result<Article> r = ArticleReader::readFile(mDir.filePath(u"nope.md"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"no such file"_s);
}

void TestArticleReader::fiftyMegabytes()
{
    const QByteArray paragraph
        = u"The harbour authority said the new crane, built over six months, "
          "can lift 65 tonnes. 항만 당국은 밝혔다. Порт открыт.\n\n"_s.toUtf8();
    const QByteArray image
        = "![Cranes at dusk on Aug. 12. [NCNA]](https://img.example/2025/08/c.jpg)\n\n";
    QByteArray bytes = "# Big story\n\nBY JANE DOE\n\nAug. 14, 2025\n\n";
    qsizetype paragraphs = 0;
    qsizetype images = 0;
    while (bytes.size() < 50 * 1000 * 1000) {
        bytes += paragraph;
        if (++paragraphs % 50 == 0) {
            bytes += image;
            ++images;
        }
    }
    const QString path = write(u"big.md"_s, bytes);
    QVERIFY(!path.isEmpty());
    bytes.clear();

    QElapsedTimer timer;
    timer.start();
    const Result<Article> r = ArticleReader::readFile(path);
    const qint64 ms = timer.elapsed();
    qInfo("50 MB article read and parsed in %lld ms", ms);
    QVERIFY(r.ok());
    QCOMPARE(r->title, u"Big story"_s);
    QCOMPARE(r->date, QDate(2025, 8, 14));
    QCOMPARE(r->paragraphs.size(), paragraphs);
    QCOMPARE(r->images.size(), images);
    QCOMPARE(r->images.last().credit, u"NCNA"_s);
    QCOMPARE(r->images.last().dates[0].date, QDate(2025, 8, 12));
}

void TestArticleReader::formatFromExtension()
{
    QCOMPARE(ArticleReader::formatForPath(u"a/b.MD"_s), u"markdown"_s);
    QCOMPARE(ArticleReader::formatForPath(u"a/b.markdown"_s), u"markdown"_s);
    QCOMPARE(ArticleReader::formatForPath(u"a/b.txt"_s), u"text"_s);
    QCOMPARE(ArticleReader::formatForPath(u"a/b"_s), u"text"_s);
}

void TestArticleReader::formatFromContent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("detectedFrom");

    const QString image = u"![Caption. [AP]](https://x.example/a.jpg)\nBody.\n"_s;
    QTest::newRow(".md") << u"a.md"_s << u"Just text.\n"_s << u"markdown"_s << u"extension"_s;
    QTest::newRow(".txt with inline image") << u"a.txt"_s << image << u"markdown"_s << u"content"_s;
    QTest::newRow("no extension with image")
        << u"story"_s << image << u"markdown"_s << u"content"_s;
    QTest::newRow("alt with brackets")
        << u"a.txt"_s << u"x ![A [B] c [KCNA]](p.jpg)"_s << u"markdown"_s << u"content"_s;
    QTest::newRow("reference with definition")
        << u"a.txt"_s << u"![Cap][1]\n\n[1]: https://x.example/a.jpg\n"_s << u"markdown"_s
        << u"content"_s;
    QTest::newRow("reference without definition")
        << u"a.txt"_s << u"He wrote ![sic][1] in the margin.\n"_s << u"text"_s << u"extension"_s;
    QTest::newRow("html img") << u"a.txt"_s << u"<p><IMG src=\"a.jpg\"></p>\n"_s << u"markdown"_s
                              << u"content"_s;
    QTest::newRow("plain with bare url")
        << u"a.txt"_s << u"Title\n\nhttps://x.example/a.jpg\nCaption. (AP)\n"_s << u"text"_s
        << u"extension"_s;
    QTest::newRow("empty target") << u"a.txt"_s << u"![x]( )"_s << u"text"_s << u"extension"_s;
    QTest::newRow("plain, no extension")
        << u"story"_s << u"Just text.\n"_s << u"text"_s << u"content"_s;
    QTest::newRow("unclosed alt") << u"a.txt"_s << QString(u"!["_s).repeated(5000) << u"text"_s
                                  << u"extension"_s;
}

void TestArticleReader::formatFromContent()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, detectedFrom);
    const ArticleReader::FormatChoice choice = ArticleReader::detectFormat(path, text);
    QCOMPARE(choice.format, format);
    QCOMPARE(choice.detectedFrom, detectedFrom);
}

void TestArticleReader::copiedTextFileFindsItsImage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"story.txt"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("![Workers repair the dam on Oct. 3. [AP]](https://news.example/2025/10/dam.jpg)\n"
            "The dam was repaired within a week, the ministry said on Saturday.\n"
            "Residents downstream had been moved to shelters as a precaution.\n");
    f.close();
    QFile photo(dir.filePath(u"dam.jpg"_s));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.close();
    const Result<Article> r = ArticleReader::readFile(f.fileName());
    QVERIFY(r.ok());
    QCOMPARE(r->format, u"markdown"_s);
    QCOMPARE(r->formatDetectedFrom, u"content"_s);
    QCOMPARE(r->images.size(), 1);
    QCOMPARE(r->images[0].localPath, QFileInfo(photo).absoluteFilePath());
    QCOMPARE(r->images[0].caption, u"Workers repair the dam on Oct. 3."_s);
    QCOMPARE(r->paragraphs.size(), 2);
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
