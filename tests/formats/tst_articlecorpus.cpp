// SPDX-License-Identifier: MIT
//
// Table-driven test of ArticleReader/ArticleParser against the article corpus in
// tests/data/articles/corpus/: one row per `NAME.expected.json`, where NAME is the article's
// file name beside it (e.g. `issue-montsame.txt` → `issue-montsame.txt.expected.json`;
// an extensionless article `bulletin` → `bulletin.expected.json`).
//
// The expectations are the specification (what a careful analyst calls correct), not a
// snapshot of what the parser prints today.
//
// expected.json schema:
//
//   { "format": "markdown" | "text",
//     "detectedFrom": "extension" | "content",          // Article::formatDetectedFrom
//     "encoding": "UTF-8",                              // as ArticleReader names it
//     "title": string | null,                           // null = no title (empty)
//     "date": "YYYY-MM-DD" | null,                      // the article's own date
//     "byline": { "authors": [string, ...], "emails": [string, ...] },
//     "images": [                                       // every image, in article order
//       { "url": string,                                // as written
//         "caption": string | null,                     // without the credit, simplified()
//         "credit": string | null,                      // as written
//         "captionSource": "figcaption" | "following-line" | "alt" | "title" | null,
//         "dates": ["YYYY-MM-DD", ...],                 // dates named in the caption
//         "releases": [ { "agent": string, "abbreviation": string | null,
//                         "role": string,               // ReleaseFinder::roleName()
//                         "date": "YYYY-MM-DD" | null } ],
//         "localFile": "name.jpg" } ],                  // optional: localPath ends with it
//     "paragraphs": ["exact source text of paragraph 1", ...],  // body paragraphs, in order
//     "localFiles": ["name.jpg", ...] }                 // optional: empty files created
//                                                       // beside the article
//
// Each row copies the article into a QTemporaryDir (with the "localFiles"), reads it with
// ArticleReader::readFile and compares field by field. Caption and credit ranges are checked
// by slicing the article text: the caption range must give the caption (after simplified()),
// the credit range the credit; paragraph texts are sliced from their ranges.
// On failure the row prints what the parser found, to tell parser bugs from data bugs.

#include "core/model/codepointindex.h"
#include "formats/articlereader.h"
#include "formats/releasefinder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMinimumRows = 20;

QString corpusDir()
{
    return QStringLiteral(PROVENA_TEST_DATA "/articles/corpus");
}

QString slice(const Article &a, const TextRange &r)
{
    if (!r.isValid())
        return QString();
    return CodePointIndex(a.text).slice(a.text, r);
}

// JSON string or null → QString (null and absent give a null QString).
QString str(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &e : array)
        out << e.toString();
    return out;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString captionSourceName(ImageRef::CaptionSource s)
{
    switch (s) {
    case ImageRef::CaptionSource::None:
        return QString();
    case ImageRef::CaptionSource::Figcaption:
        return u"figcaption"_s;
    case ImageRef::CaptionSource::FollowingLine:
        return u"following-line"_s;
    case ImageRef::CaptionSource::Alt:
        return u"alt"_s;
    case ImageRef::CaptionSource::Title:
        return u"title"_s;
    }
    return u"?"_s;
}

QString orNull(const QString &s)
{
    return s.isNull() ? u"null"_s : u'"' + s + u'"';
}

// A readable summary of what the parser found, printed when a row fails.
QString describe(const Article &a)
{
    QString out;
    out += u"format=%1 detectedFrom=%2 encoding=%3 title=%4 date=%5\n"_s.arg(
        a.format, a.formatDetectedFrom, a.encoding, orNull(a.title), orNull(isoDate(a.date)));
    out += u"byline authors=[%1] emails=[%2]\n"_s.arg(a.byline.authors.join(u" | "_s),
                                                      a.byline.emails.join(u" | "_s));
    for (qsizetype i = 0; i < a.images.size(); ++i) {
        const ImageRef &img = a.images[i];
        QStringList dates;
        for (const FoundDate &d : img.dates)
            dates << isoDate(d.date);
        out += u"image[%1] url=%2\n  caption=%3\n  credit=%4 source=%5 dates=[%6] localPath=%7\n"_s
                   .arg(i)
                   .arg(img.url, orNull(img.caption), orNull(img.credit),
                        orNull(captionSourceName(img.captionSource)), dates.join(u", "_s),
                        orNull(img.localPath));
        for (const Release &r : img.releases)
            out += u"  release agent=%1 abbreviation=%2 role=%3 date=%4\n"_s.arg(
                orNull(r.agent), orNull(r.agentAbbreviation), ReleaseFinder::roleName(r.role),
                orNull(isoDate(r.date.date)));
    }
    for (qsizetype i = 0; i < a.paragraphs.size(); ++i)
        out += u"paragraph[%1] %2\n"_s.arg(i).arg(slice(a, a.paragraphs[i].range));
    return out;
}

} // namespace

// QCOMPARE with a label naming the article and the field instead of the C++ expression.
// With PROVENA_CORPUS_ALL=1 in the environment a row lists every mismatch and fails at its end
// instead of stopping at the first one (handy while working on the parser).
#define CORPUS_COMPARE(field, actual, expected)                                                    \
    do {                                                                                           \
        const QString corpusLabel_ = name + u": "_s + (field);                                     \
        if (listAll) {                                                                             \
            const auto &actual_ = (actual);                                                        \
            const auto &expected_ = (expected);                                                    \
            if (!(actual_ == expected_)) {                                                         \
                ++mismatches;                                                                      \
                qWarning().noquote().nospace()                                                     \
                    << "MISMATCH " << corpusLabel_ << "\n   actual:   " << actual_                 \
                    << "\n   expected: " << expected_;                                             \
            }                                                                                      \
        } else if (!QTest::qCompare(actual, expected, corpusLabel_.toUtf8().constData(),           \
                                    "expected", __FILE__, __LINE__)) {                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

class TestArticleCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
};

void TestArticleCorpus::corpus_data()
{
    QTest::addColumn<QString>("articlePath");
    QTest::addColumn<QString>("expectedPath");

    const QDir dir(corpusDir());
    const QStringList expectations = dir.entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(expectations.size() >= kMinimumRows,
             qPrintable(u"%1: only %2 *.expected.json files, want at least %3"_s.arg(dir.path())
                            .arg(expectations.size())
                            .arg(kMinimumRows)));
    for (const QString &e : expectations) {
        const QString article = e.chopped(int(qstrlen(".expected.json")));
        QVERIFY2(dir.exists(article),
                 qPrintable(u"%1 has no article %2 beside it"_s.arg(e, article)));
        QTest::newRow(qPrintable(article)) << dir.filePath(article) << dir.filePath(e);
    }
}

void TestArticleCorpus::corpus()
{
    QFETCH(QString, articlePath);
    QFETCH(QString, expectedPath);
    const QString name = QFileInfo(articlePath).fileName();
    const bool listAll = qEnvironmentVariableIntValue("PROVENA_CORPUS_ALL") != 0;
    int mismatches = 0;

    // The expectations.
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(expectedFile.readAll(), &jsonError);
    QVERIFY2(jsonError.error == QJsonParseError::NoError && doc.isObject(),
             qPrintable(u"%1: %2 at offset %3"_s.arg(expectedPath, jsonError.errorString())
                            .arg(jsonError.offset)));
    const QJsonObject exp = doc.object();
    for (const QString &key : {u"format"_s, u"detectedFrom"_s, u"encoding"_s, u"title"_s, u"date"_s,
                               u"byline"_s, u"images"_s, u"paragraphs"_s}) {
        QVERIFY2(exp.contains(key), qPrintable(u"%1: no \"%2\""_s.arg(expectedPath, key)));
    }

    // The article, alone in a folder with its local files.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(name);
    QVERIFY2(QFile::copy(articlePath, copy), qPrintable(articlePath));
    const QStringList localFiles = strings(exp.value(u"localFiles"_s));
    for (const QString &local : localFiles) {
        QFile f(dir.filePath(local));
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.fileName()));
    }

    const Result<Article> read = ArticleReader::readFile(copy);
    QVERIFY2(read.ok(), qPrintable(name + u": "_s + read.error().toString()));
    const Article &a = read.value();
    const auto dumpOnFailure = qScopeGuard([&] {
        if (QTest::currentTestFailed())
            qInfo().noquote() << name + u" as parsed:\n"_s + describe(a);
    });

    CORPUS_COMPARE(u"format"_s, a.format, exp.value(u"format"_s).toString());
    CORPUS_COMPARE(u"detectedFrom"_s, a.formatDetectedFrom,
                   exp.value(u"detectedFrom"_s).toString());
    CORPUS_COMPARE(u"encoding"_s, a.encoding, exp.value(u"encoding"_s).toString());
    CORPUS_COMPARE(u"title"_s, a.title, str(exp.value(u"title"_s)));
    CORPUS_COMPARE(u"date"_s, isoDate(a.date), str(exp.value(u"date"_s)));

    // Byline.
    const QJsonObject byline = exp.value(u"byline"_s).toObject();
    CORPUS_COMPARE(u"byline.authors"_s, a.byline.authors, strings(byline.value(u"authors"_s)));
    CORPUS_COMPARE(u"byline.emails"_s, a.byline.emails, strings(byline.value(u"emails"_s)));

    // Images.
    const QJsonArray images = exp.value(u"images"_s).toArray();
    CORPUS_COMPARE(u"image count"_s, a.images.size(), images.size());
    for (qsizetype i = 0; i < std::min(images.size(), a.images.size()); ++i) {
        const QJsonObject e = images[i].toObject();
        const ImageRef &img = a.images[i];
        const QString at = u"images[%1]."_s.arg(i);
        CORPUS_COMPARE(at + u"url"_s, img.url, e.value(u"url"_s).toString());
        CORPUS_COMPARE(at + u"caption"_s, img.caption, str(e.value(u"caption"_s)));
        CORPUS_COMPARE(at + u"credit"_s, img.credit, str(e.value(u"credit"_s)));
        CORPUS_COMPARE(at + u"captionSource"_s, captionSourceName(img.captionSource),
                       str(e.value(u"captionSource"_s)));
        if (!img.caption.isEmpty()) {
            CORPUS_COMPARE(at + u"captionRange (sliced, simplified)"_s,
                           slice(a, img.captionRange).simplified(), img.caption);
        }
        if (!img.credit.isEmpty())
            CORPUS_COMPARE(at + u"creditRange (sliced)"_s, slice(a, img.creditRange), img.credit);

        QStringList dates;
        for (const FoundDate &d : img.dates)
            dates << isoDate(d.date);
        CORPUS_COMPARE(at + u"dates"_s, dates, strings(e.value(u"dates"_s)));

        const QJsonArray releases = e.value(u"releases"_s).toArray();
        CORPUS_COMPARE(at + u"release count"_s, img.releases.size(), releases.size());
        for (qsizetype j = 0; j < std::min(releases.size(), img.releases.size()); ++j) {
            const QJsonObject er = releases[j].toObject();
            const Release &r = img.releases[j];
            const QString rat = at + u"releases[%1]."_s.arg(j);
            CORPUS_COMPARE(rat + u"agent"_s, r.agent, er.value(u"agent"_s).toString());
            CORPUS_COMPARE(rat + u"abbreviation"_s, r.agentAbbreviation,
                           str(er.value(u"abbreviation"_s)));
            CORPUS_COMPARE(rat + u"role"_s, ReleaseFinder::roleName(r.role),
                           er.value(u"role"_s).toString());
            CORPUS_COMPARE(rat + u"date"_s, isoDate(r.date.date), str(er.value(u"date"_s)));
        }

        const QString localFile = str(e.value(u"localFile"_s));
        if (!localFile.isEmpty()) {
            CORPUS_COMPARE(at + u"localPath ends with /"_s + localFile,
                           img.localPath.endsWith(u'/' + localFile), true);
        }
    }

    // Body paragraphs, by their exact source text.
    const QStringList paragraphs = strings(exp.value(u"paragraphs"_s));
    CORPUS_COMPARE(u"paragraph count"_s, a.paragraphs.size(), paragraphs.size());
    for (qsizetype i = 0; i < std::min(paragraphs.size(), a.paragraphs.size()); ++i) {
        CORPUS_COMPARE(u"paragraphs[%1]"_s.arg(i), slice(a, a.paragraphs[i].range), paragraphs[i]);
    }
    if (mismatches > 0)
        QFAIL(qPrintable(u"%1: %2 mismatches"_s.arg(name).arg(mismatches)));
}

QTEST_GUILESS_MAIN(TestArticleCorpus)
#include "tst_articlecorpus.moc"
