// SPDX-License-Identifier: MIT
#include "formats/imageresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

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

private:
    QString touch(const QString &relative);
    QTemporaryDir mDir;
    QString mArticle;
};

QString TestImageResolver::touch(const QString &relative)
{
    const QString path = mDir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    return QFileInfo(path).absoluteFilePath();
}

void TestImageResolver::initTestCase()
{
    QVERIFY(mDir.isValid());
    mArticle = touch(u"story.md"_s);
    QVERIFY(!mArticle.isEmpty());
}

void TestImageResolver::relativePath()
{
    const QString expected = touch(u"img/one.jpg"_s);
    QCOMPARE(ImageResolver::resolve(u"img/one.jpg"_s, mArticle), expected);
    QCOMPARE(ImageResolver::resolve(u"./img/one.jpg"_s, mArticle), expected);
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
}

void TestImageResolver::fileName()
{
    QCOMPARE(ImageResolver::fileNameFromUrl(u"https://x/y/z.jpg?a=1"_s), u"z.jpg"_s);
    QCOMPARE(ImageResolver::fileNameFromUrl(u"https://x/%ED%95%9C.jpg"_s), u"한.jpg"_s);
    QVERIFY(ImageResolver::fileNameFromUrl(u"https://x/"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestImageResolver)
#include "tst_imageresolver.moc"
