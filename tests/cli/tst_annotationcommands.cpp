// SPDX-License-Identifier: MIT
// provena-cli region / link / validate, driven through QProcess on fixtures in a temporary dir.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The developer's own label file must not change what the tests see.
QString configHome()
{
    static QTemporaryDir dir;
    return dir.path();
}

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PROVENA_CLI), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addEveryShapeListAndRemove();
    void linkWithOccurrenceAndHangul();
    void usageErrors();
    void labelByIdOrName();
    void validateExitCodes();
    void brokenSidecarIsNeverWritten();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestAnnotationCommands::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mDir->filePath(QLatin1String(name))));
    mArticle = mDir->filePath(QStringLiteral("hangul-emoji.md"));
    mSidecar = mArticle + QStringLiteral(".provena.jsonld");
}

void TestAnnotationCommands::addEveryShapeListAndRemove()
{
    const QList<QStringList> shapes = {
        {QStringLiteral("--rect"), QStringLiteral("1,2,10,20")},
        {QStringLiteral("--ellipse"), QStringLiteral("5,5,10.5,8")},
        {QStringLiteral("--polygon"), QStringLiteral("1,1,30,2,20,40")},
        {QStringLiteral("--polyline"), QStringLiteral("1,1,30,2")},
        {QStringLiteral("--point"), QStringLiteral("3.5,4")},
    };
    QStringList ids;
    for (const QStringList &shape : shapes) {
        const Run r = cli(QStringList {QStringLiteral("region"), QStringLiteral("add"), mArticle,
                                       QStringLiteral("--image"), QStringLiteral("1"),
                                       QStringLiteral("--label"), QStringLiteral("person"),
                                       QStringLiteral("--note"), QStringLiteral("메모 \U0001F600")}
                          + shape);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        ids << r.out.trimmed();
    }
    QVERIFY(QFile::exists(mSidecar));
    QVERIFY(QFile::exists(mSidecar + QLatin1Char('~')));
    Run list = cli(
        {QStringLiteral("region"), QStringLiteral("list"), mArticle, QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    const QJsonArray regions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(regions.size(), 5);
    QStringList shapeNames;
    for (const QJsonValue &v : regions)
        shapeNames << v.toObject().value(QLatin1String("shape")).toString();
    QCOMPARE(shapeNames,
             QStringList({QStringLiteral("rectangle"), QStringLiteral("ellipse"),
                          QStringLiteral("polygon"), QStringLiteral("polyline"),
                          QStringLiteral("point")}));
    QCOMPARE(regions.at(0).toObject().value(QLatin1String("note")).toString(),
             QStringLiteral("메모 \U0001F600"));
    const Run removed
        = cli({QStringLiteral("region"), QStringLiteral("remove"), mArticle, ids.at(1)});
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    list = cli({QStringLiteral("region"), QStringLiteral("list"), mArticle});
    QCOMPARE(list.out.count(QLatin1Char('\n')), 4 * 2); // one line + its note line each
    QVERIFY(!list.out.contains(ids.at(1)));
}

void TestAnnotationCommands::linkWithOccurrenceAndHangul()
{
    const Run add
        = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--rect"), QStringLiteral("0,0,5,5"),
               QStringLiteral("--label"), QStringLiteral("person"), QStringLiteral("--link"),
               QStringLiteral("김정은 위원장@2")});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    const QString id = add.out.trimmed();
    const Run link = cli({QStringLiteral("link"), mArticle, id.left(8), QStringLiteral("--text"),
                          QStringLiteral("\U0001F600@2")});
    QVERIFY2(link.code == 0, qPrintable(link.err));
    // Code points, not UTF-16 units: compute the expected offset independently.
    const QString text = QString::fromUtf8(readAll(mArticle));
    const QList<uint> ucs4 = text.toUcs4();
    qsizetype second = -1;
    for (qsizetype i = 0, seen = 0; i < ucs4.size(); ++i) {
        if (ucs4.at(i) == 0x1F600 && ++seen == 2) {
            second = i;
            break;
        }
    }
    const QStringList parts = link.out.trimmed().split(u' ');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(1).toLongLong(), second);
    QCOMPARE(parts.at(2).toLongLong(), second + 1);
    const Run list = cli({QStringLiteral("region"), QStringLiteral("list"), mArticle});
    QVERIFY(list.out.contains(QStringLiteral("link: “김정은 위원장”")));
    QVERIFY(list.out.contains(QStringLiteral("link: “\U0001F600”")));
}

void TestAnnotationCommands::labelByIdOrName()
{
    for (const QString &label :
         {QStringLiteral("Flag or insignia"), QStringLiteral("flag OR insignia"),
          QStringLiteral("FLAG-INSIGNIA")}) {
        const Run r
            = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                   QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                   QStringLiteral("3,4"), QStringLiteral("--label"), label});
        QVERIFY2(r.code == 0, qPrintable(label + QStringLiteral(": ") + r.err));
    }
    const Run list = cli(
        {QStringLiteral("region"), QStringLiteral("list"), mArticle, QStringLiteral("--json")});
    const QJsonArray regions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(regions.size(), 3);
    for (const QJsonValue &v : regions)
        QCOMPARE(v.toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("flag-insignia"));
    // An unknown label lists ids and names.
    const Run bad = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                         QStringLiteral("3,4"), QStringLiteral("--label"), QStringLiteral("Flag")});
    QCOMPARE(bad.code, 64);
    QVERIFY2(bad.err.contains(QStringLiteral("flag-insignia (“Flag or insignia”)")),
             qPrintable(bad.err));
}

void TestAnnotationCommands::usageErrors()
{
    auto add = [&](const QStringList &extra) {
        return cli(QStringList {QStringLiteral("region"), QStringLiteral("add"), mArticle} + extra);
    };
    Run r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--rect"),
                 QStringLiteral("1,1,2,2"), QStringLiteral("--label"), QStringLiteral("banana")});
    QCOMPARE(r.code, 64);
    QVERIFY(r.err.contains(QLatin1String("known labels")));
    QVERIFY(r.err.contains(QLatin1String("person")));
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--rect"),
             QStringLiteral("60,40,10,10"), QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(QLatin1String("outside image 1")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("64×48")));
    r = add({QStringLiteral("--image"), QStringLiteral("2"), QStringLiteral("--point"),
             QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--polygon"),
             QStringLiteral("1,1,2,2"), QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--label"),
             QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
             QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person"),
             QStringLiteral("--link"), QStringLiteral("not in the text")});
    QCOMPARE(r.code, 64);
    QVERIFY(!QFile::exists(mSidecar));
    r = cli({QStringLiteral("region"), QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 64);
    r = cli({QStringLiteral("region"), QStringLiteral("add"),
             mDir->filePath(QStringLiteral("missing.md")), QStringLiteral("--image"),
             QStringLiteral("1"), QStringLiteral("--point"), QStringLiteral("1,1"),
             QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 2);
}

void TestAnnotationCommands::validateExitCodes()
{
    Run r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 2); // no sidecar yet
    const Run add = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                         QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person"),
                         QStringLiteral("--link"), QStringLiteral("Premier Tal Orsen"),
                         QStringLiteral("--link"), QStringLiteral("크레인")});
    QCOMPARE(add.code, 0);
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("result: OK")));

    // Text inserted before: re-anchored, still 0, and validate writes nothing.
    QString text = QString::fromUtf8(readAll(mArticle));
    text.prepend(QStringLiteral("UPDATED 갱신\n\n"));
    {
        QFile f(mArticle);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    const QByteArray before = readAll(mSidecar);
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("re-anchored (moved")), qPrintable(r.out));
    QCOMPARE(readAll(mSidecar), before);

    // A quote removed: orphaned → 1.
    text.replace(QStringLiteral("크레인"), QStringLiteral("XYZ"));
    {
        QFile f(mArticle);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("ORPHANED")));

    // Image content changed → 1.
    text.replace(QStringLiteral("XYZ"), QStringLiteral("크레인"));
    {
        QFile f(mArticle);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    QVERIFY(QFile::remove(mDir->filePath(QStringLiteral("photo.png"))));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.gif"),
                        mDir->filePath(QStringLiteral("photo.png"))));
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("IMAGE CHANGED")));
    QCOMPARE(readAll(mSidecar), before);
}

void TestAnnotationCommands::brokenSidecarIsNeverWritten()
{
    const QByteArray broken = "{\n  \"type\": \"AnnotationCollection\",\n  \"first\": [\n";
    {
        QFile f(mSidecar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    Run r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String(".provena.jsonld:4:")), qPrintable(r.err));
    r = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
             QStringLiteral("1"), QStringLiteral("--point"), QStringLiteral("1,1"),
             QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 2);
    QCOMPARE(readAll(mSidecar), broken);
    QVERIFY(!QFile::exists(mSidecar + QLatin1Char('~')));
}

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
