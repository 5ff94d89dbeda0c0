// SPDX-License-Identifier: MIT
// DocumentIO, part two: saving the sidecar with compare-and-swap, snapshots, broken-copy keeping
// (documentio.cpp opens, documentsave.cpp saves, imagemeasurement.cpp measures and hashes images).
#include "core/io/sha256.h"
#include "session/documentio.h"
#include "session/documentio_p.h"

#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "session/sidecarlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace provena {

namespace {

using detail::DocumentIOText;
using detail::readSidecarOnDisk;
using detail::SidecarOnDisk;

QString describeForLog(const SidecarFingerprint &f)
{
    if (!f.exists)
        return QStringLiteral("no file");
    return QStringLiteral("%1 bytes, SHA-256 %2, modified %3")
        .arg(f.size)
        .arg(QString::fromLatin1(f.sha256.toHex().left(16)),
             f.modified.toString(Qt::ISODateWithMs));
}

Error conflictError(const QString &path, const SidecarFingerprint &expected,
                    const SidecarFingerprint &found)
{
    const QString name = QFileInfo(path).fileName();
    QString message;
    if (!expected.exists)
        message = DocumentIOText::tr(
                      "“%1” was created by another program after Provena opened the article, "
                      "so Provena saved nothing and left it as it is. Reload to see it, or save "
                      "your version under another name.")
                      .arg(name);
    else if (!found.exists)
        message = DocumentIOText::tr(
                      "“%1” was deleted or moved by another program after Provena read it, so "
                      "Provena saved nothing. Reload, or save your version under another name.")
                      .arg(name);
    else
        message = DocumentIOText::tr(
                      "“%1” was changed on disk by another program after Provena read it, so "
                      "Provena saved nothing and did not overwrite it. Reload to see the other "
                      "version, or save yours under another name.")
                      .arg(name);
    return Error {message,
                  QStringLiteral("expected %1; found %2")
                      .arg(describeForLog(expected), describeForLog(found)),
                  path};
}

bool isSameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

Status DocumentIO::restoreSnapshot(ArticleDocument &document, const QByteArray &snapshot,
                                   const QString &pathForErrors)
{
    Result<SidecarContent> content = SidecarReader::read(snapshot, pathForErrors);
    if (!content)
        return content.error();
    OpenReport ignored;
    applySidecar(document, content.value(), document.article().path, ignored);
    document.markModified();
    return Status::success();
}

Status DocumentIO::save(ArticleDocument &document, const SidecarLock *heldLock,
                        WriteOutcome *outcome)
{
    QString path = document.sidecarPath();
    if (path.isEmpty())
        path = sidecarPathFor(document.article().path);
    if (document.sidecarUnreadable())
        return Error {DocumentIOText::tr(
                          "The existing sidecar could not be read, so Provena will not overwrite "
                          "it. Keep a copy of it first (\"Save and keep the broken file\")."),
                      {},
                      path};
    const WriteOutcome written = writeSidecar(document, path, heldLock);
    if (outcome)
        *outcome = written;
    if (!written.status)
        return written.status;
    document.setSidecarPath(path);
    document.setSidecarFingerprint(written.written);
    document.markSaved();
    return Status::success();
}

DocumentIO::WriteOutcome DocumentIO::writeSidecar(const ArticleDocument &document,
                                                  const QString &path, const SidecarLock *heldLock)
{
    WriteOutcome outcome;
    const QByteArray data = SidecarWriter::write(document);
    outcome.sha256 = Sha256::hash(data);
    // Under the lock nobody who honours it writes between the check and the replace.
    std::optional<SidecarLock> ownLock;
    if (!heldLock || !heldLock->guards(path)) {
        ownLock.emplace(path);
        if (Status locked = ownLock->acquire(); !locked) {
            outcome.status = std::move(locked);
            return outcome;
        }
    }
    const Result<SidecarOnDisk> disk = readSidecarOnDisk(path);
    if (!disk) {
        // Not replaced: it could not be read, so neither could it be checked.
        outcome.status = disk.error();
        return outcome;
    }
    if (disk->fingerprint.exists && disk->bytes == data) {
        // Unchanged content: the file, its modification time and its backup stay as they are,
        // so watchers, backups and sync tools see no change that is not one.
        outcome.unchanged = true;
        outcome.written = disk->fingerprint;
        return outcome;
    }
    // Only what was read from this very path is an expectation: Save As writes a new path.
    const SidecarFingerprint &expected = document.sidecarFingerprint();
    if (expected.isKnown() && isSameFile(expected.path, path)
        && !expected.sameContentAs(disk->fingerprint)) {
        outcome.conflict = true;
        outcome.status = conflictError(path, expected, disk->fingerprint);
        return outcome;
    }
    SaveOptions options;
    options.keepBackup = true;
    options.backupSuffix = backupSuffix();
    outcome.status = saveAtomically(path, data, options);
    if (outcome.status)
        outcome.written
            = {path, true, data.size(), QFileInfo(path).lastModified().toUTC(), outcome.sha256};
    return outcome;
}

std::shared_ptr<ArticleDocument> DocumentIO::snapshot(const ArticleDocument &document)
{
    // Qt containers share their data until written, so this copies pointers, not the
    // 10,000 regions of a big article: cheap enough for the UI thread.
    auto copy = std::make_shared<ArticleDocument>();
    copy->setArticle(document.article());
    for (qsizetype i = 0; i < document.imageRecords().size(); ++i)
        copy->setImageRecord(int(i), document.imageRecords().at(i));
    copy->setSidecarPath(document.sidecarPath());
    copy->setArticleSha256(document.articleSha256());
    copy->setSidecarUnreadable(document.sidecarUnreadable());
    copy->setSidecarFingerprint(document.sidecarFingerprint());
    copy->setLabels(document.labels());
    copy->setSidecarExtra(document.sidecarExtra());
    copy->setCollectionConflicts(document.collectionConflicts());
    copy->setAuthor(document.author());
    copy->resetAnnotations(document.regions(), document.anchors());
    copy->setProvenance(document.provenance());
    return copy;
}

Result<QString> DocumentIO::keepBrokenSidecarCopy(ArticleDocument &document)
{
    const QString path = document.sidecarPath();
    if (!QFileInfo::exists(path)) {
        document.setSidecarUnreadable(false);
        return QString();
    }
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // Read through FileAccess (QFile::copy would block on a FIFO and read a device forever),
    // and written by saveAtomically, which never writes through a link at the copy's name.
    const Result<QByteArray> broken = FileAccess::readRegularFile(
        path, SidecarReader::kMaxFileSize, DocumentIOText::tr("The broken sidecar"));
    if (!broken)
        return broken.error();
    const auto taken = [](const QString &name) {
        const QFileInfo info(name);
        return info.exists() || info.isSymLink(); // a dangling link is taken too
    };
    QString copy = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; taken(copy); ++n)
        copy = path + QStringLiteral(".broken-") + stamp + QStringLiteral("-%1").arg(n);
    SaveOptions options;
    options.permissionsFrom = path;
    if (const Status written = saveAtomically(copy, broken.value(), options); !written)
        return Error {DocumentIOText::tr("Could not keep a copy of the broken sidecar."),
                      written.error().toString(), copy};
    document.setSidecarUnreadable(false);
    return copy;
}

Status DocumentIO::saveKeepingBrokenCopy(ArticleDocument &document, QString *copyPath)
{
    if (document.sidecarUnreadable()) {
        auto copy = keepBrokenSidecarCopy(document);
        if (!copy)
            return copy.error();
        if (copyPath)
            *copyPath = copy.value();
    }
    return save(document);
}

} // namespace provena
