// SPDX-License-Identifier: MIT
// What plain git merges line by line, without Provena's merge driver, in sidecars the writer
// wrote: `git merge-file` (real git) on a base and two edited copies. The cases and their
// outcomes are the table in docs/sidecar-format.md, "Merging".
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "sidecarcontentfixtures.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace provena;
using namespace provena::testing;

namespace {

/** The id right after `id` in the writer's order: a new item lands just behind it. */
QUuid justAfter(const QUuid &id)
{
    const QString s = id.toString(QUuid::WithoutBraces);
    const qulonglong node = s.right(12).toULongLong(nullptr, 16) + 1;
    return QUuid::fromString(s.left(24) + QStringLiteral("%1").arg(node, 12, 16, QLatin1Char('0')));
}

/** The base regions' ids in file order. */
QList<QUuid> regionIdsInFileOrder()
{
    QList<QUuid> ids;
    for (const Region &r : baseContent().regions)
        ids.append(r.id);
    std::sort(ids.begin(), ids.end(), [](const QUuid &a, const QUuid &b) {
        return a.toString(QUuid::WithoutBraces) < b.toString(QUuid::WithoutBraces);
    });
    return ids;
}

Region newRegion(const QUuid &id, const QString &note)
{
    Region r;
    r.id = id;
    r.geometry = RegionGeometry::rectangle(QRectF(5, 5, 10, 10));
    r.note = note;
    r.author = QStringLiteral("Analyst B");
    r.created = fixedTime(40);
    r.modified = fixedTime(40);
    return r;
}

Region *region(SidecarContent &c, const QUuid &id)
{
    for (Region &r : c.regions) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

struct LineMerge
{
    int conflicts = -1; ///< git merge-file's exit code: the number of conflicts
    QByteArray merged;
};

LineMerge gitMergeFile(const SidecarContent &base, const SidecarContent &ours,
                       const SidecarContent &theirs)
{
    QTemporaryDir dir;
    const auto put = [&](const char *name, const SidecarContent &c) {
        QFile f(dir.filePath(QLatin1String(name)));
        if (f.open(QIODevice::WriteOnly))
            f.write(SidecarWriter::write(c));
        return f.fileName();
    };
    const QStringList files = {put("ours", ours), put("base", base), put("theirs", theirs)};
    QProcess git;
    git.start(QStringLiteral("git"),
              QStringList {QStringLiteral("merge-file"), QStringLiteral("-p")} + files);
    LineMerge result;
    if (!git.waitForFinished(-1) || git.exitStatus() != QProcess::NormalExit)
        return result;
    result.conflicts = git.exitCode();
    result.merged = git.readAllStandardOutput();
    return result;
}

} // namespace

class TestSidecarLineMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void additionsInDifferentPlacesMerge();
    void additionsInTheSamePlaceConflict();
    void editsOfDifferentRegionsMerge();
    void editsOfOneRegionConflict();
    void deletionAndEditElsewhereMerge();
    void claimsAddedToOneImageConflict();
};

void TestSidecarLineMerge::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(),
             "git must be on PATH (packaging/install-deps.sh installs it)");
}

void TestSidecarLineMerge::additionsInDifferentPlacesMerge()
{
    // Both sides append a region (what the GUI and the CLI do). The writer puts items in id
    // order, so each lands where its id sorts: apart, and git merges them line-wise.
    const QList<QUuid> ids = regionIdsInFileOrder();
    const SidecarContent base = baseContent();
    SidecarContent ours = base;
    ours.regions.append(newRegion(justAfter(ids.at(0)), QStringLiteral("ours")));
    SidecarContent theirs = base;
    Region theirRegion = newRegion(justAfter(ids.at(3)), QStringLiteral("theirs"));
    theirRegion.created = fixedTime(41);
    theirs.regions.append(theirRegion);
    const LineMerge m = gitMergeFile(base, ours, theirs);
    QCOMPARE(m.conflicts, 0);
    auto merged = SidecarReader::read(m.merged);
    QVERIFY2(merged, qPrintable(merged.error().toString()));
    QCOMPARE(merged->regions.size(), base.regions.size() + 2);
    // Read back in the order they were made (`created`), not the file's: the base's, then ours
    // (made at 40), then theirs (41).
    QCOMPARE(merged->regions.at(merged->regions.size() - 2).id, justAfter(ids.at(0)));
    QCOMPARE(merged->regions.last().id, justAfter(ids.at(3)));
    for (qsizetype i = 0; i < base.regions.size(); ++i)
        QCOMPARE(merged->regions.at(i).id, base.regions.at(i).id);
}

void TestSidecarLineMerge::additionsInTheSamePlaceConflict()
{
    // Both sides add a region whose id sorts between the same two items: both insert at the same
    // place. With random ids that happens with a chance of 1 in (items + 1); the merge driver
    // merges it (tst_sidecarmerger, tst_gitmerge).
    const QList<QUuid> ids = regionIdsInFileOrder();
    const SidecarContent base = baseContent();
    SidecarContent ours = base;
    ours.regions.append(newRegion(justAfter(ids.at(2)), QStringLiteral("ours")));
    SidecarContent theirs = base;
    theirs.regions.append(newRegion(justAfter(justAfter(ids.at(2))), QStringLiteral("theirs")));
    QVERIFY(gitMergeFile(base, ours, theirs).conflicts > 0);
}

void TestSidecarLineMerge::editsOfDifferentRegionsMerge()
{
    const SidecarContent base = baseContent();
    SidecarContent ours = base;
    region(ours, fixedUuid(1))->note = QStringLiteral("ours");
    region(ours, fixedUuid(1))->modified = fixedTime(50);
    SidecarContent theirs = base;
    region(theirs, fixedUuid(4))->label = QStringLiteral("vehicle");
    region(theirs, fixedUuid(4))->modified = fixedTime(51);
    const LineMerge m = gitMergeFile(base, ours, theirs);
    QCOMPARE(m.conflicts, 0);
    auto merged = SidecarReader::read(m.merged);
    QVERIFY2(merged, qPrintable(merged.error().toString()));
    QCOMPARE(region(merged.value(), fixedUuid(1))->note, QStringLiteral("ours"));
    QCOMPARE(region(merged.value(), fixedUuid(4))->label, QStringLiteral("vehicle"));
}

void TestSidecarLineMerge::editsOfOneRegionConflict()
{
    // Different fields of one region, but both edits set `modified`: a line both changed.
    const SidecarContent base = baseContent();
    SidecarContent ours = base;
    region(ours, fixedUuid(1))->note = QStringLiteral("ours");
    region(ours, fixedUuid(1))->modified = fixedTime(50);
    SidecarContent theirs = base;
    region(theirs, fixedUuid(1))->label = QStringLiteral("vehicle");
    region(theirs, fixedUuid(1))->modified = fixedTime(51);
    QVERIFY(gitMergeFile(base, ours, theirs).conflicts > 0);
}

void TestSidecarLineMerge::deletionAndEditElsewhereMerge()
{
    const SidecarContent base = baseContent();
    SidecarContent ours = base;
    ours.regions.removeIf([](const Region &r) { return r.id == fixedUuid(3); });
    SidecarContent theirs = base;
    region(theirs, fixedUuid(6))->note = QStringLiteral("theirs");
    const LineMerge m = gitMergeFile(base, ours, theirs);
    QCOMPARE(m.conflicts, 0);
    auto merged = SidecarReader::read(m.merged);
    QVERIFY2(merged, qPrintable(merged.error().toString()));
    QVERIFY(!region(merged.value(), fixedUuid(3)));
    QCOMPARE(region(merged.value(), fixedUuid(6))->note, QStringLiteral("theirs"));
}

void TestSidecarLineMerge::claimsAddedToOneImageConflict()
{
    // Claims are a list in the order they were recorded: both append at its end.
    const SidecarContent base = baseContent();
    SidecarContent ours = base;
    ProvenanceClaim claim = base.provenance.at(0).claims.first();
    claim.id = fixedUuid(901);
    ours.provenance[0].claims.append(claim);
    SidecarContent theirs = base;
    claim.id = fixedUuid(902);
    theirs.provenance[0].claims.append(claim);
    QVERIFY(gitMergeFile(base, ours, theirs).conflicts > 0);
}

QTEST_GUILESS_MAIN(TestSidecarLineMerge)
#include "tst_sidecarlinemerge.moc"
