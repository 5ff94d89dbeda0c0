// SPDX-License-Identifier: MIT
// From a document to XMP sidecars: the content built from claims, caption and regions; the
// orientation probed from a rotated file; skipped images; and the write on save (on and off, and
// a failing XMP write that leaves the save standing).
#include "core/document/articledocument.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"
#include "session/xmpexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kArticle
    = "# Premier inspects rebuilt harbour crane\n\n"
      "![Premier Tal Orsen at the port.](photo.jpg)\n\n"
      "Premier Tal Orsen toured the rebuilt container terminal.\n\n"
      "![Cargo ships wait outside the port.](https://example.org/ships.jpg)\n";

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

ProvenanceClaim valueClaim(ClaimRole role, const QString &value,
                           ClaimStatus status = ClaimStatus::Accepted)
{
    ProvenanceClaim c;
    c.id = QUuid::createUuid();
    c.role = role;
    c.value = value;
    c.status = status;
    return c;
}

ProvenanceClaim creator(const QString &name, ClaimStatus status = ClaimStatus::Accepted)
{
    ProvenanceClaim c = valueClaim(ClaimRole::Creator, {}, status);
    c.agent.name = name;
    return c;
}

ProvenanceClaim dateCreated(const QString &date)
{
    ProvenanceClaim c = valueClaim(ClaimRole::DateCreated, {});
    c.date = date;
    return c;
}

Region region(const QString &label, const QString &name, const RegionGeometry &geometry)
{
    Region r;
    r.id = QUuid::createUuid();
    r.imageIndex = 0;
    r.geometry = geometry;
    r.label = label;
    r.entity.name = name;
    return r;
}

} // namespace

class TestXmpExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldsComeFromAcceptedClaims();
    void rightsSplitIntoNoticeAndTerms_data();
    void rightsSplitIntoNoticeAndTerms();
    void regionsAndPersonsShown();
    void orientationIsProbedFromTheFile();
    void dateRangeIsNotedNotWritten();
    void remoteImageIsSkippedWithANote();
    void dryRunWritesNothing();
    void writesBesideTheImageWithEitherNaming();
    void saveWritesSidecarWhenOn();
    void saveWritesNoSidecarWhenOff();
    void failingXmpWriteKeepsTheSave();

private:
    std::unique_ptr<ArticleDocument> openDocument();
    std::unique_ptr<DocumentSession> openSession();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mImage;
};

void TestXmpExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        u"ProvenaXmpTest-%1"_s.arg(QCoreApplication::applicationPid()));
    QCoreApplication::setApplicationName(u"ProvenaXmpTest"_s);
}

void TestXmpExport::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mArticle = mDir->filePath(u"story.md"_s);
    mImage = mDir->filePath(u"photo.jpg"_s);
    QVERIFY(writeAll(mArticle, kArticle));
    QVERIFY(
        QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/provenance-rotated.jpg"), mImage));
    XmpSettings::setWriteOnSave(true);
    XmpSettings::setNaming(XmpSidecarNaming::KeepExtension);
}

void TestXmpExport::cleanup()
{
    QDir(RecoveryManager::recoveryDirectory()).removeRecursively();
    QFile::remove(QSettings(QSettings::UserScope, QCoreApplication::organizationName()).fileName());
}

std::unique_ptr<ArticleDocument> TestXmpExport::openDocument()
{
    Result<std::unique_ptr<ArticleDocument>> doc = DocumentIO::open(mArticle);
    if (!doc) {
        qWarning("%s", qPrintable(doc.error().toString()));
        return nullptr;
    }
    return std::move(doc).value();
}

std::unique_ptr<DocumentSession> TestXmpExport::openSession()
{
    auto session = std::make_unique<DocumentSession>();
    if (const Status opened = session->open(mArticle); !opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return session;
}

void TestXmpExport::fieldsComeFromAcceptedClaims()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    ImageProvenance p;
    p.claims = {creator(u"Jane Roe"_s),
                creator(u"Suggested Person"_s, ClaimStatus::Suggested),
                creator(u"Rejected Person"_s, ClaimStatus::Rejected),
                creator(u"Kim Lee"_s),
                creator(u"Jane Roe"_s),
                valueClaim(ClaimRole::CreditLine, u"KCNA via Yonhap"_s, ClaimStatus::Rejected),
                valueClaim(ClaimRole::CreditLine, u"KCNA via REUTERS"_s),
                valueClaim(ClaimRole::Source, u"Korean Central News Agency"_s),
                valueClaim(ClaimRole::DigitalSourceType, u"digitalCapture"_s),
                valueClaim(ClaimRole::LocationShown, u"Nampo"_s),
                dateCreated(u"2025-08-13"_s)};
    doc->setProvenance({p});

    const XmpSidecarContent c = XmpExport::content(*doc, 0, QSize(640, 427), 6);
    QCOMPARE(c.fields.creators, QStringList({u"Jane Roe"_s, u"Kim Lee"_s}));
    QCOMPARE(c.fields.creditLine, u"KCNA via REUTERS"_s);
    QCOMPARE(c.fields.source, u"Korean Central News Agency"_s);
    QCOMPARE(c.fields.digitalSourceType,
             u"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"_s);
    QCOMPARE(c.fields.dateCreated, u"2025-08-13"_s);
    QVERIFY(!doc->article().images.first().caption.isEmpty());
    QCOMPARE(c.fields.caption, doc->article().images.first().caption);
    QVERIFY(c.fields.copyrightNotice.isEmpty());
    QVERIFY(c.fields.usageTerms.isEmpty());

    // The second image has no claims: nothing of the first one's leaks into it.
    const XmpSidecarContent second = XmpExport::content(*doc, 1, QSize(10, 10), 1);
    QVERIFY(second.fields.creators.isEmpty());
    QVERIFY(second.fields.creditLine.isEmpty());
    QCOMPARE(second.fields.caption, doc->article().images.at(1).caption);
}

void TestXmpExport::rightsSplitIntoNoticeAndTerms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("notice");
    QTest::newRow("©") << u"© 2025 KCNA"_s << true;
    QTest::newRow("(c)") << u"(C) 2025 Jane Roe"_s << true;
    QTest::newRow("Copyright") << u"COPYRIGHT Reuters 2025"_s << true;
    QTest::newRow("Korean") << u"저작권자 © 연합뉴스"_s << true;
    QTest::newRow("Korean without ©") << u"연합뉴스 저작권"_s << true;
    QTest::newRow("Russian") << u"Авторское право: ТАСС"_s << true;
    QTest::newRow("terms") << u"Editorial use only. No archiving."_s << false;
    QTest::newRow("credit-like") << u"Handout via Reuters"_s << false;
}

void TestXmpExport::rightsSplitIntoNoticeAndTerms()
{
    QFETCH(QString, value);
    QFETCH(bool, notice);
    const auto doc = openDocument();
    QVERIFY(doc);
    ImageProvenance p;
    p.claims = {valueClaim(ClaimRole::Rights, value)};
    doc->setProvenance({p});
    const XmpSidecarContent c = XmpExport::content(*doc, 0, QSize(640, 427), 1);
    QCOMPARE(c.fields.copyrightNotice, notice ? value : QString());
    QCOMPARE(c.fields.usageTerms, notice ? QString() : value);
}

void TestXmpExport::regionsAndPersonsShown()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    QList<Region> regions {
        region(u"person"_s, u"Tal Orsen"_s, RegionGeometry::rectangle(QRectF(10, 20, 30, 40))),
        region(u"vehicle"_s, u"Crane"_s,
               RegionGeometry::polygon(QPolygonF({{1, 1}, {50, 2}, {30, 60}}))),
        region(u"person"_s, u"Mira Sol"_s, RegionGeometry::ellipse(QRectF(100, 100, 40, 40))),
        region(u"person"_s, u"Tal Orsen"_s, RegionGeometry::rectangle(QRectF(200, 20, 30, 40))),
        region(u"person"_s, {}, RegionGeometry::rectangle(QRectF(300, 20, 30, 40))),
    };
    regions[0].entity.identifier = u"http://www.wikidata.org/entity/Q42"_s;
    regions[0].note = u"left of the crane"_s;
    Region elsewhere
        = region(u"person"_s, u"Not Here"_s, RegionGeometry::rectangle(QRectF(1, 1, 5, 5)));
    elsewhere.imageIndex = 1;
    regions.append(elsewhere);
    doc->resetAnnotations(regions, {});

    const XmpSidecarContent c = XmpExport::content(*doc, 0, QSize(640, 427), 1);
    QCOMPARE(c.regions.size(), 5);
    QCOMPARE(c.fields.personsShown, QStringList({u"Tal Orsen"_s, u"Mira Sol"_s}));
    const XmpRegion &first = c.regions.first();
    QCOMPARE(first.id, regions.first().id);
    QCOMPARE(first.geometry, regions.first().geometry);
    QCOMPARE(first.labelId, u"person"_s);
    const Label *person = doc->labels().find(u"person"_s);
    QVERIFY(person);
    QCOMPARE(first.labelName, person->name);
    QCOMPARE(first.name, u"Tal Orsen"_s);
    QCOMPARE(first.identifier, u"http://www.wikidata.org/entity/Q42"_s);
    QCOMPARE(first.note, u"left of the crane"_s);
    QVERIFY(first.isPerson);
    QVERIFY(!c.regions.at(1).isPerson);
    QCOMPARE(c.regions.at(1).geometry.shape(), RegionGeometry::Shape::Polygon);
}

void TestXmpExport::orientationIsProbedFromTheFile()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    // provenance-rotated.jpg is stored 427×640 with EXIF orientation 6: shown 640×427.
    const Result<XmpSidecarContent> c = XmpExport::contentFor(*doc, 0, mImage);
    QVERIFY2(c, qPrintable(c.error().toString()));
    QCOMPARE(c->orientation, 6);
    QCOMPARE(c->displayedSize, QSize(640, 427));
    QCOMPARE(c->displayedSize, doc->imageRecord(0).pixelSize);

    const QString notAnImage = mDir->filePath(u"not-an-image.jpg"_s);
    QVERIFY(writeAll(notAnImage, "not a JPEG at all"));
    const Result<XmpSidecarContent> broken = XmpExport::contentFor(*doc, 0, notAnImage);
    QVERIFY(!broken);
    QVERIFY2(broken.error().toString().contains(u"not-an-image.jpg"_s),
             qPrintable(broken.error().toString()));
}

void TestXmpExport::dateRangeIsNotedNotWritten()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    ImageProvenance p;
    p.claims = {dateCreated(u"2025-08-12/2025-08-13"_s)};
    doc->setProvenance({p});
    QStringList notes;
    const XmpSidecarContent c = XmpExport::content(*doc, 0, QSize(640, 427), 1, &notes);
    QVERIFY(c.fields.dateCreated.isEmpty());
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(u"2025-08-12/2025-08-13"_s), qPrintable(notes.first()));
}

void TestXmpExport::remoteImageIsSkippedWithANote()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    XmpExport::Options options;
    options.imageIndex = 1;
    const QList<XmpImageExport> exports = XmpExport::writeSidecars(*doc, options);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().imageIndex, 1);
    QCOMPARE(exports.first().outcome, XmpImageExport::Outcome::Skipped);
    QVERIFY(exports.first().sidecarPath.isEmpty());
    QCOMPARE(exports.first().notes.size(), 1);
    QVERIFY2(exports.first().notes.first().contains(u"https://example.org/ships.jpg"_s),
             qPrintable(exports.first().notes.first()));
    // Skipping is not a problem worth a status message after a save.
    QVERIFY(XmpExport::problems(exports).isEmpty());
}

void TestXmpExport::dryRunWritesNothing()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    doc->resetAnnotations(
        {region(u"person"_s, u"Tal Orsen"_s, RegionGeometry::rectangle(QRectF(10, 20, 30, 40)))},
        {});
    XmpExport::Options options;
    options.dryRun = true;
    const QList<XmpImageExport> exports = XmpExport::writeSidecars(*doc, options);
    QCOMPARE(exports.size(), 2);
    const XmpImageExport &local = exports.first();
    QVERIFY2(local.outcome == XmpImageExport::Outcome::Written, qPrintable(local.error.toString()));
    QVERIFY(local.report.created);
    QCOMPARE(local.report.regionsWritten, 1);
    QCOMPARE(local.sidecarPath, mImage + u".xmp"_s);
    QVERIFY(!QFileInfo::exists(local.sidecarPath));
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files).size(), 2); // story.md, photo.jpg
}

void TestXmpExport::writesBesideTheImageWithEitherNaming()
{
    const auto doc = openDocument();
    QVERIFY(doc);
    XmpExport::Options options;
    options.naming = XmpSidecarNaming::ReplaceExtension;
    QList<XmpImageExport> exports = XmpExport::writeSidecars(*doc, options);
    QCOMPARE(exports.first().sidecarPath, mDir->filePath(u"photo.xmp"_s));
    QVERIFY2(exports.first().outcome == XmpImageExport::Outcome::Written,
             qPrintable(exports.first().error.toString()));
    QVERIFY(QFileInfo::exists(mDir->filePath(u"photo.xmp"_s)));
    QVERIFY(!QFileInfo::exists(mImage + u".xmp"_s));

    options.naming = XmpSidecarNaming::KeepExtension;
    exports = XmpExport::writeSidecars(*doc, options);
    QCOMPARE(exports.first().outcome, XmpImageExport::Outcome::Written);
    QVERIFY(QFileInfo::exists(mImage + u".xmp"_s));
    // The second write finds what it would write: unchanged.
    exports = XmpExport::writeSidecars(*doc, options);
    QCOMPARE(exports.first().outcome, XmpImageExport::Outcome::Unchanged);
}

void TestXmpExport::saveWritesSidecarWhenOn()
{
    const auto session = openSession();
    QVERIFY(session);
    QSignalSpy written(session.get(), &DocumentSession::xmpSidecarsWritten);
    session->document()->resetAnnotations(
        {region(u"person"_s, u"Tal Orsen"_s, RegionGeometry::rectangle(QRectF(10, 20, 30, 40)))},
        {});
    session->document()->markModified();
    const Status saved = session->save();
    QVERIFY2(saved, qPrintable(saved.error().toString()));
    QCOMPARE(written.size(), 1);
    const QStringList problems = written.first().first().toStringList();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(QFileInfo::exists(mImage + u".xmp"_s));
}

void TestXmpExport::saveWritesNoSidecarWhenOff()
{
    XmpSettings::setWriteOnSave(false);
    QVERIFY(!XmpSettings::writeOnSave());
    const auto session = openSession();
    QVERIFY(session);
    QSignalSpy written(session.get(), &DocumentSession::xmpSidecarsWritten);
    session->document()->markModified();
    const Status saved = session->save();
    QVERIFY2(saved, qPrintable(saved.error().toString()));
    QVERIFY(QFileInfo::exists(DocumentIO::sidecarPathFor(mArticle)));
    QCOMPARE(written.size(), 0);
    QVERIFY(!QFileInfo::exists(mImage + u".xmp"_s));
}

void TestXmpExport::failingXmpWriteKeepsTheSave()
{
    // A folder where the sidecar goes: no XMP write can succeed there.
    QVERIFY(QDir(mDir->path()).mkdir(u"photo.jpg.xmp"_s));
    const auto session = openSession();
    QVERIFY(session);
    QSignalSpy written(session.get(), &DocumentSession::xmpSidecarsWritten);
    session->document()->markModified();
    const Status saved = session->save();
    QVERIFY2(saved, qPrintable(saved.error().toString()));
    QVERIFY(!session->document()->isModified());
    QVERIFY(QFileInfo(DocumentIO::sidecarPathFor(mArticle)).isFile());
    QCOMPARE(written.size(), 1);
    const QStringList problems = written.first().first().toStringList();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(u"image 1: "_s), qPrintable(problems.first()));
    QVERIFY(QFileInfo(mImage + u".xmp"_s).isDir());
}

QTEST_GUILESS_MAIN(TestXmpExport)
#include "tst_xmpexport.moc"
