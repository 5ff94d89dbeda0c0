// SPDX-License-Identifier: MIT
#include "bundle/bagverifier.h"

#include "bundle/bagcontent_p.h"
#include "bundle/zipentrycheck_p.h"
#include "core/io/fileaccess.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace provena {

namespace {

using bagcheck::BagContent;
using bagcheck::FileRecord;

constexpr qint64 kBlockBytes = qint64(1) << 20;

void report(BagVerification &result, const char *kind, const QString &path, const QString &message)
{
    result.problems.append(BagProblem {QString::fromLatin1(kind), path, message});
}

QString tagFileTooLarge(const QString &relative)
{
    return BagVerifier::tr("The tag file “%1” is larger than %2 MiB or unreadable; it was not "
                           "read, so what it says was not checked.")
        .arg(relative)
        .arg(bagcheck::kMaxTagFileBytes >> 20);
}

/** Hashes one file's bytes with several algorithms at once. */
class MultiHash
{
public:
    explicit MultiHash(const QSet<QString> &algorithms)
    {
        for (const QString &name : algorithms) {
            QCryptographicHash::Algorithm algorithm {};
            if (bagcheck::algorithmFor(name, &algorithm))
                mHashes.emplace_back(name, std::make_unique<QCryptographicHash>(algorithm));
        }
    }
    void addData(QByteArrayView bytes)
    {
        for (auto &hash : mHashes)
            hash.second->addData(bytes);
    }
    void storeInto(FileRecord &record) const
    {
        for (const auto &hash : mHashes)
            record.digests.insert(hash.first, QString::fromLatin1(hash.second->result().toHex()));
    }

private:
    std::vector<std::pair<QString, std::unique_ptr<QCryptographicHash>>> mHashes;
};

/**
 * One streaming pass over the zip: every regular file hashed with `algorithms` (records already
 * in `content` only get the missing digests). Returns false when the zip cannot be read at all.
 */
bool zipPass(const QString &zipPath, const QSet<QString> &algorithms, bool firstPass,
             BagContent &content, BagVerification &result)
{
    const QString zipName = QFileInfo(zipPath).fileName();
    QString openError;
    zipcheck::ArchiveReadPtr reader = zipcheck::openZip(zipPath, &openError);
    if (!reader) {
        report(result, "not-a-zip", QString(),
               BagVerifier::tr("“%1” could not be read as a zip file.").arg(zipName));
        result.problems.last().message += QLatin1Char(' ') + openError;
        return false;
    }
    zipcheck::NameRegistry names;
    zipcheck::ExpansionMeter meter(reader.get(), ExtractLimits {});
    QSet<QString> topFolders;
    int entries = 0;
    archive_entry *entry = nullptr;
    while (true) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            if (firstPass)
                report(result, "not-a-zip", QString(),
                       BagVerifier::tr("“%1” is damaged: %2")
                           .arg(zipName, QString::fromUtf8(archive_error_string(reader.get()))));
            return false;
        }
        QString name;
        const bool validUtf8 = zipcheck::entryName(entry, ++entries, &name);
        const QStringList parts = zipcheck::nameParts(name);
        QString unsafe = zipcheck::unsafeReason(entry, name, validUtf8);
        const bool isDirectory = archive_entry_filetype(entry) == AE_IFDIR;
        if (unsafe.isEmpty())
            unsafe = names.add(parts, isDirectory);
        if (unsafe.isEmpty() && entries > ExtractLimits {}.maxEntries)
            unsafe = zipcheck::tooManyEntries(ExtractLimits {}.maxEntries);
        if (!unsafe.isEmpty()) {
            if (firstPass)
                report(result, "unsafe-entry", name,
                       BagVerifier::tr("The entry “%1” would not be extracted: %2.")
                           .arg(name, unsafe));
            continue;
        }
        if (parts.size() == 1 && !isDirectory) {
            if (firstPass)
                report(result, "layout", name,
                       BagVerifier::tr("“%1” lies outside the bag's folder: a bundle holds exactly "
                                       "one top-level folder.")
                           .arg(name));
            continue;
        }
        topFolders.insert(parts.first());
        if (isDirectory)
            continue;
        const QString relative = parts.mid(1).join(QLatin1Char('/'));
        FileRecord &record = content.files[relative];
        if (record.unreadable)
            continue;
        QSet<QString> needed = algorithms;
        for (auto it = record.digests.constBegin(); it != record.digests.constEnd(); ++it)
            needed.remove(it.key());
        const bool keepText = firstPass && bagcheck::isTagFile(relative);
        MultiHash hash(needed);
        QByteArray text;
        meter.startEntry();
        const void *buffer = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        QString failure;
        while (true) {
            const int read = archive_read_data_block(reader.get(), &buffer, &size, &offset);
            if (read == ARCHIVE_EOF)
                break;
            if (read < ARCHIVE_WARN) {
                failure = BagVerifier::tr("The entry “%1” could not be read: %2")
                              .arg(name, QString::fromUtf8(archive_error_string(reader.get())));
                break;
            }
            if (const QString over = meter.addBlock(offset + qint64(size)); !over.isEmpty()) {
                failure
                    = BagVerifier::tr("The entry “%1” would not be extracted: %2.").arg(name, over);
                break;
            }
            const QByteArrayView bytes(static_cast<const char *>(buffer), qsizetype(size));
            hash.addData(bytes);
            if (keepText)
                text += bytes.first(
                    qMin(bytes.size(), qsizetype(bagcheck::kMaxTagFileBytes + 1 - text.size())));
        }
        if (!failure.isEmpty()) {
            record.unreadable = true;
            report(result, "unsafe-entry", relative, failure);
            continue;
        }
        record.size = meter.entryBytes();
        hash.storeInto(record);
        if (keepText && text.size() > bagcheck::kMaxTagFileBytes)
            report(result, "unsafe-entry", relative, tagFileTooLarge(relative));
        else if (keepText)
            content.tagFiles.insert(relative, text);
    }
    if (firstPass) {
        QStringList tops(topFolders.begin(), topFolders.end());
        tops.sort();
        if (tops.size() == 1) {
            result.bagName = tops.first();
        } else {
            report(result, "layout", QString(),
                   tops.isEmpty()
                       ? BagVerifier::tr("“%1” holds no folder; a bundle holds exactly one "
                                         "top-level folder.")
                             .arg(zipName)
                       : BagVerifier::tr("“%1” holds %2 top-level folders (%3); a bundle "
                                         "holds exactly one.")
                             .arg(zipName)
                             .arg(tops.size())
                             .arg(tops.join(QStringLiteral(", "))));
        }
    }
    return true;
}

} // namespace

BagVerification BagVerifier::verifyZip(const QString &zipPath)
{
    BagVerification result;
    BagContent content;
    // Our bags list SHA-256 only; other algorithms are hashed in the same pass when their
    // manifest comes before the payload, else in a second pass over the zip.
    QSet<QString> algorithms {QStringLiteral("sha256")};
    if (!zipPass(zipPath, algorithms, true, content, result))
        return result;
    const QSet<QString> used = bagcheck::manifestAlgorithms(content);
    if (!(used - algorithms).isEmpty()) {
        if (!zipPass(zipPath, used, false, content, result))
            return result;
    }
    bagcheck::judge(content, result);
    return result;
}

BagVerification BagVerifier::verifyDirectory(const QString &bagDir)
{
    BagVerification result;
    const QFileInfo dirInfo(bagDir);
    result.bagName = dirInfo.fileName();
    if (!dirInfo.isDir()) {
        report(result, "layout", QString(),
               tr("“%1” is not a folder, so it cannot be a bag.").arg(bagDir));
        return result;
    }
    const QDir root(bagDir);
    BagContent content;
    QStringList regular;
    QDirIterator it(bagDir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = root.relativeFilePath(path);
        if (info.isSymLink()) {
            report(result, "unsafe-entry", relative,
                   tr("“%1” is a symbolic link (to “%2”); a bag holds only files and folders.")
                       .arg(relative, info.symLinkTarget()));
            continue;
        }
        if (info.isDir())
            continue;
        if (FileAccess::kindOf(path) != FileAccess::Kind::Regular) {
            report(result, "unsafe-entry", relative,
                   tr("“%1” is %2; a bag holds only files and folders.")
                       .arg(relative, FileAccess::describe(FileAccess::kindOf(path))));
            continue;
        }
        regular.append(relative);
        if (bagcheck::isTagFile(relative)) {
            auto text = FileAccess::readRegularFile(path, bagcheck::kMaxTagFileBytes);
            if (text)
                content.tagFiles.insert(relative, text.value());
            else
                report(result, "unsafe-entry", relative, tagFileTooLarge(relative));
        }
    }
    regular.sort();
    QSet<QString> algorithms = bagcheck::manifestAlgorithms(content);
    algorithms.insert(QStringLiteral("sha256"));
    QByteArray block(kBlockBytes, Qt::Uninitialized);
    for (const QString &relative : std::as_const(regular)) {
        FileRecord &record = content.files[relative];
        auto file = FileAccess::openRegularFile(root.filePath(relative));
        if (!file) {
            record.unreadable = true;
            report(result, "unsafe-entry", relative, file.error().message);
            continue;
        }
        MultiHash hash(algorithms);
        qint64 done = 0;
        while (true) {
            const qint64 read = file.value()->read(block.data(), kBlockBytes);
            if (read <= 0) {
                if (read < 0) {
                    record.unreadable = true;
                    report(result, "unsafe-entry", relative,
                           tr("“%1” could not be read: %2")
                               .arg(relative, file.value()->errorString()));
                }
                break;
            }
            hash.addData(QByteArrayView(block.constData(), read));
            done += read;
        }
        record.size = done;
        hash.storeInto(record);
    }
    bagcheck::judge(content, result);
    return result;
}

} // namespace provena
