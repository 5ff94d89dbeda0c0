// SPDX-License-Identifier: MIT
#include "formats/imageresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

using Location = ImageRef::Location;
using Escape = ImageRef::Escape;

Q_DECLARE_METATYPE(ImageRef::Location)
Q_DECLARE_METATYPE(ImageRef::Escape)

class TestImageResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void relativePath();
    void besideTheArticle();
    void savedPageFolder();
    void queryAndEscapes();
    void unresolved();
    void fileName();
    void escapesAreReportedNotRead_data();
    void escapesAreReportedNotRead();
    void symlinkOutOfTheFolder();
    void symlinkedFolderOutOfTheFolder();
    void linkInsideTheFolderStaysLocal();
    void outsideButAbsentFallsBackToTheNameInside();
    void allowedOutsideIsRead();
    void liesInside();

private:
    /** Creates `relative` under the article's folder; returns its absolute path. */
    QString touch(const QString &relative);
    QTemporaryDir mDir;
    QString mFolder; ///< the article's folder: mDir/news/today
    QString mArticle;
    QString mSecret; ///< a file outside the article's folder: mDir/secret.jpg
};

QString TestImageResolver::touch(const QString &relative)
{
    const QString path = QDir(mFolder).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    return QFileInfo(path).absoluteFilePath();
}

void TestImageResolver::initTestCase()
{
    QVERIFY(mDir.isValid());
    mFolder = QDir::cleanPath(mDir.filePath(u"news/today"_s));
    mArticle = touch(u"story.md"_s);
    QVERIFY(!mArticle.isEmpty());
    mSecret = QDir::cleanPath(mDir.filePath(u"secret.jpg"_s));
    QFile secret(mSecret);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("not yours");
}

void TestImageResolver::relativePath()
{
    const QString expected = touch(u"img/one.jpg"_s);
    QCOMPARE(ImageResolver::resolve(u"img/one.jpg"_s, mArticle), expected);
    QCOMPARE(ImageResolver::resolve(u"./img/one.jpg"_s, mArticle), expected);
    // ".." that stays inside the folder is fine.
    QCOMPARE(ImageResolver::resolve(u"img/../img/one.jpg"_s, mArticle), expected);
    const ImageResolver::Resolution r = ImageResolver::locate(u"img/one.jpg"_s, mArticle);
    QCOMPARE(r.location, Location::Local);
    QCOMPARE(r.escape, Escape::None);
    // An absolute path inside the folder is inside.
    QCOMPARE(ImageResolver::resolve(expected, mArticle), expected);
}

void TestImageResolver::besideTheArticle()
{
    const QString expected = touch(u"two.png"_s);
    QCOMPARE(ImageResolver::resolve(u"https://cdn.example/2025/08/two.png"_s, mArticle), expected);
}

void TestImageResolver::savedPageFolder()
{
    const QString expected = touch(u"story_files/three.jpg"_s);
    QCOMPARE(ImageResolver::resolve(u"https://cdn.example/a/three.jpg"_s, mArticle), expected);
    QCOMPARE(ImageResolver::resolve(u"story_files/three.jpg"_s, mArticle), expected);
}

void TestImageResolver::queryAndEscapes()
{
    const QString expected = touch(u"story_files/four five.jpg"_s);
    QCOMPARE(ImageResolver::resolve(u"https://cdn.example/four%20five.jpg?w=800#x"_s, mArticle),
             expected);
}

void TestImageResolver::unresolved()
{
    QVERIFY(ImageResolver::resolve(u"https://cdn.example/missing.jpg"_s, mArticle).isEmpty());
    QVERIFY(ImageResolver::resolve(u"https://cdn.example/"_s, mArticle).isEmpty());
    QVERIFY(ImageResolver::resolve(u"one.jpg"_s, QString()).isEmpty());
    QCOMPARE(ImageResolver::locate(u"https://cdn.example/missing.jpg"_s, mArticle).location,
             Location::NotFound);
}

void TestImageResolver::fileName()
{
    QCOMPARE(ImageResolver::fileNameFromUrl(u"https://x/y/z.jpg?a=1"_s), u"z.jpg"_s);
    QCOMPARE(ImageResolver::fileNameFromUrl(u"https://x/%ED%95%9C.jpg"_s), u"한.jpg"_s);
    QVERIFY(ImageResolver::fileNameFromUrl(u"https://x/"_s).isEmpty());
}

void TestImageResolver::escapesAreReportedNotRead_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ImageRef::Escape>("escape");
    QTest::addColumn<QString>("leadsTo"); // relative to mDir; empty: not checked

    // The article is mDir/news/today/story.md, the secret mDir/secret.jpg.
    QTest::newRow("../../secret.jpg")
        << u"../../secret.jpg"_s << Escape::ParentSegment << u"secret.jpg"_s;
    QTest::newRow("%2E%2E segments")
        << u"%2E%2E/%2e%2e/secret.jpg"_s << Escape::ParentSegment << u"secret.jpg"_s;
    QTest::newRow("../ not there") << u"../x.jpg"_s << Escape::ParentSegment << u"news/x.jpg"_s;
    QTest::newRow("/etc/passwd") << u"/etc/passwd"_s << Escape::AbsolutePath << QString();
    QTest::newRow("file:///etc/passwd") << u"file:///etc/passwd"_s << Escape::FileUrl << QString();
    QTest::newRow("https %2F..%2F") << u"https://h/a%2F..%2F..%2F..%2Fsecret.jpg"_s
                                    << Escape::EncodedSeparator << u"secret.jpg"_s;
    QTest::newRow("https %2F to /etc/passwd")
        << u"https://h/a%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd"_s
        << Escape::EncodedSeparator << QString();
    QTest::newRow("a%2Fb.jpg") << u"a%2Fb.jpg"_s << Escape::EncodedSeparator << QString();
    QTest::newRow("..%5C..%5Csecret.jpg")
        << u"..%5C..%5Csecret.jpg"_s << Escape::EncodedSeparator << QString();
    QTest::newRow("https %5C") << u"https://h/..%5C..%5Csecret.jpg"_s << Escape::EncodedSeparator
                               << QString();
}

void TestImageResolver::escapesAreReportedNotRead()
{
    QFETCH(QString, url);
    QFETCH(ImageRef::Escape, escape);
    QFETCH(QString, leadsTo);
    // A file of the reference's last name inside the folder must not hide the escape.
    touch(u"passwd"_s);
    const ImageResolver::Resolution r = ImageResolver::locate(url, mArticle);
    QCOMPARE(r.location, Location::OutsideFolder);
    QCOMPARE(r.escape, escape);
    QVERIFY(!r.path.isEmpty());
    if (!leadsTo.isEmpty())
        QCOMPARE(r.path, QDir::cleanPath(mDir.filePath(leadsTo)));
    // Not read by default: no localPath.
    QVERIFY(ImageResolver::resolve(url, mArticle).isEmpty());
    ImageRef ref;
    ref.url = url;
    ImageResolver::resolveInto(ref, mArticle);
    QCOMPARE(ref.location, Location::OutsideFolder);
    QCOMPARE(ref.outsidePath, r.path);
    QVERIFY(ref.localPath.isEmpty());
}

void TestImageResolver::symlinkOutOfTheFolder()
{
    const QString link = QDir(mFolder).filePath(u"linked.jpg"_s);
    QVERIFY(QFile::link(mSecret, link));
    for (const QString &url : {u"linked.jpg"_s, u"https://cdn.example/linked.jpg"_s}) {
        const ImageResolver::Resolution r = ImageResolver::locate(url, mArticle);
        QCOMPARE(r.location, Location::OutsideFolder);
        QCOMPARE(r.escape, Escape::Symlink);
        QCOMPARE(r.path, QFileInfo(mSecret).canonicalFilePath());
        QVERIFY(ImageResolver::resolve(url, mArticle).isEmpty());
    }
}

void TestImageResolver::symlinkedFolderOutOfTheFolder()
{
    QVERIFY(QDir().mkpath(mDir.filePath(u"elsewhere"_s)));
    QFile f(mDir.filePath(u"elsewhere/pic.jpg"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    // The saved-page folder of other.md is a link to a folder outside.
    const QString article = touch(u"other.md"_s);
    QVERIFY(QFile::link(mDir.filePath(u"elsewhere"_s), QDir(mFolder).filePath(u"other_files"_s)));
    const ImageResolver::Resolution r
        = ImageResolver::locate(u"https://cdn.example/pic.jpg"_s, article);
    QCOMPARE(r.location, Location::OutsideFolder);
    QCOMPARE(r.escape, Escape::Symlink);
    QCOMPARE(r.path, QFileInfo(mDir.filePath(u"elsewhere/pic.jpg"_s)).canonicalFilePath());
}

void TestImageResolver::linkInsideTheFolderStaysLocal()
{
    const QString target = touch(u"real/inside.jpg"_s);
    const QString link = QDir(mFolder).filePath(u"alias.jpg"_s);
    QVERIFY(QFile::link(target, link));
    const ImageResolver::Resolution r = ImageResolver::locate(u"alias.jpg"_s, mArticle);
    QCOMPARE(r.location, Location::Local);
    QCOMPARE(r.path, link);
}

void TestImageResolver::outsideButAbsentFallsBackToTheNameInside()
{
    // "../gone.jpg" is not there, but "gone.jpg" beside the article is: that one is read.
    const QString inside = touch(u"gone.jpg"_s);
    QCOMPARE(ImageResolver::resolve(u"../gone.jpg"_s, mArticle), inside);
    QCOMPARE(ImageResolver::locate(u"../gone.jpg"_s, mArticle).location, Location::Local);
}

void TestImageResolver::allowedOutsideIsRead()
{
    ReadOptions allow;
    allow.allowImagesOutsideFolder = true;
    QCOMPARE(ImageResolver::resolve(u"../../secret.jpg"_s, mArticle, allow), mSecret);
    QCOMPARE(ImageResolver::resolve(u"file://"_s + mSecret, mArticle, allow), mSecret);
    ImageRef ref;
    ref.url = u"/etc/passwd"_s;
    ImageResolver::resolveInto(ref, mArticle, allow);
    QCOMPARE(ref.location, Location::OutsideFolder); // still reported as outside
    QCOMPARE(ref.escape, Escape::AbsolutePath);
    QCOMPARE(ref.localPath, QFileInfo(u"/etc/passwd"_s).canonicalFilePath());
    // Allowed, but not there: nothing to read.
    QVERIFY(ImageResolver::resolve(u"../../nowhere.jpg"_s, mArticle, allow).isEmpty());
}

void TestImageResolver::liesInside()
{
    QVERIFY(ImageResolver::liesInside(u"/a/b/c.jpg"_s, u"/a/b"_s));
    QVERIFY(ImageResolver::liesInside(u"/a/b"_s, u"/a/b"_s));
    QVERIFY(!ImageResolver::liesInside(u"/a/bc/d.jpg"_s, u"/a/b"_s));
    QVERIFY(!ImageResolver::liesInside(u"/etc/passwd"_s, u"/a/b"_s));
    QVERIFY(ImageResolver::liesInside(u"/etc/passwd"_s, u"/"_s));
}

QTEST_GUILESS_MAIN(TestImageResolver)
#include "tst_imageresolver.moc"
