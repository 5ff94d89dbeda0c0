// SPDX-License-Identifier: MIT
#include "bundle/bagwriter.h"

#include "bundle/zipwriter.h"
#include "core/io/fileaccess.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace provena {

namespace {

constexpr int kFoldColumn = 79;

// The reason `path` (relative to data/) cannot be in a bag, or empty.
QString payloadPathProblem(const QString &path)
{
    if (path.isEmpty())
        return BagWriter::tr("the path is empty");
    if (path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return BagWriter::tr("the path must be relative and '/'-separated");
    for (const QChar c : path) {
        // CR, LF and % would need percent-encoding in the manifest (RFC 8493 §2.1.3), which
        // `sha256sum -c` does not decode: refused so that every checker reads the same name.
        if (c == QLatin1Char('%') || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return BagWriter::tr("the path contains “%”, a line break or a control character");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return BagWriter::tr("the path has an empty, “.” or “..” component");
    }
    return {};
}

// RFC 5322-style folding: a line break is inserted before a space, so that removing the line
// breaks gives the value back.
QString foldedLine(const QString &label, const QString &value)
{
    QString flat = value;
    for (QChar &c : flat) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    const QString line = label + QStringLiteral(": ") + flat;
    QString out;
    qsizetype column = 0;
    const QStringList words = line.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (i > 0) {
            if (column + 1 + word.size() > kFoldColumn && column > 1) {
                out += QLatin1Char('\n');
                column = 0;
            }
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out + QLatin1Char('\n');
}

struct PayloadEntry
{
    BagPayloadFile file;
    QByteArray sortKey;
    qint64 size = 0;
};

} // namespace

QString BagWriter::softwareAgent()
{
    // The build's version, not the running application's: the same in the GUI, CLI and tests.
    return QStringLiteral("Provena " PROVENA_VERSION " <https://w3id.org/provena>");
}

QByteArray BagWriter::bagInfoText(const BagInfo &info, const QDate &baggingDate,
                                  qint64 payloadBytes, int payloadFiles)
{
    QString text;
    text += foldedLine(QStringLiteral("Bagging-Date"), baggingDate.toString(Qt::ISODate));
    text += foldedLine(QStringLiteral("Payload-Oxum"),
                       QStringLiteral("%1.%2").arg(payloadBytes).arg(payloadFiles));
    text += foldedLine(QStringLiteral("Bag-Software-Agent"), softwareAgent());
    for (const auto &field : info.fields)
        text += foldedLine(field.first.trimmed(), field.second);
    return text.toUtf8();
}

Result<BagWriteSummary> BagWriter::write(const QString &zipPath, const QString &bagName,
                                         QList<BagPayloadFile> payload, const BagInfo &info,
                                         const QDate &baggingDate,
                                         const std::atomic_bool *cancelled,
                                         const BagProgress &progress)
{
    const QString zipName = QFileInfo(zipPath).fileName();
    if (bagName.isEmpty() || bagName.contains(QLatin1Char('/')) || bagName == QLatin1String("..")
        || bagName == QLatin1String(".") || !payloadPathProblem(bagName).isEmpty())
        return Error {tr("Could not write “%1”: “%2” cannot name the bag's folder. Choose a file "
                         "name without “/”, “%” or control characters.")
                          .arg(zipName, bagName),
                      {},
                      zipPath};
    if (!baggingDate.isValid())
        return Error {
            tr("Could not write “%1”: the bagging date is not a valid date.").arg(zipName),
            {},
            zipPath};
    for (const auto &field : info.fields) {
        const QString label = field.first;
        if (label.trimmed().isEmpty() || label.contains(QLatin1Char(':'))
            || label.contains(QLatin1Char('\n')) || label.contains(QLatin1Char('\r')))
            return Error {tr("Could not write “%1”: “%2” cannot be a bag-info.txt label.")
                              .arg(zipName, label),
                          {},
                          zipPath};
    }

    // Validate and size everything before writing, so a bad payload never starts a zip.
    QList<PayloadEntry> entries;
    entries.reserve(payload.size());
    QSet<QString> seenFolded;
    qint64 totalBytes = 0;
    for (BagPayloadFile &file : payload) {
        if (const QString problem = payloadPathProblem(file.path); !problem.isEmpty())
            return Error {tr("Could not write “%1”: the payload file “%2” cannot be in a bag: %3.")
                              .arg(zipName, file.path, problem),
                          {},
                          zipPath};
        // Names equal up to case or normalisation would collide when the bag is extracted on
        // macOS or Windows, and SafeExtractor refuses them.
        const QString folded = file.path.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (seenFolded.contains(folded))
            return Error {tr("Could not write “%1”: the payload file “%2” is listed twice (or "
                             "differs from another only by case).")
                              .arg(zipName, file.path),
                          {},
                          zipPath};
        seenFolded.insert(folded);
        PayloadEntry entry;
        entry.sortKey = file.path.toUtf8();
        if (!file.sourcePath.isEmpty()) {
            if (auto regular = FileAccess::checkRegularFile(file.sourcePath); !regular)
                return regular.error();
            entry.size = QFileInfo(file.sourcePath).size();
        } else {
            entry.size = file.data.size();
        }
        totalBytes += entry.size;
        entry.file = std::move(file);
        entries.append(std::move(entry));
    }
    // Byte order of the UTF-8 names: the same order on every machine and locale.
    std::sort(entries.begin(), entries.end(),
              [](const PayloadEntry &a, const PayloadEntry &b) { return a.sortKey < b.sortKey; });

    ZipWriter zip;
    zip.setModificationTime(QDateTime(baggingDate, QTime(0, 0), Qt::UTC));
    if (auto opened = zip.open(zipPath); !opened)
        return opened.error();

    const QString prefix = bagName + QLatin1Char('/');
    const QByteArray bagitText = QByteArrayLiteral("BagIt-Version: 1.0\n"
                                                   "Tag-File-Character-Encoding: UTF-8\n");
    const QByteArray bagInfo = bagInfoText(info, baggingDate, totalBytes, int(entries.size()));
    QByteArray tagManifest;
    auto addTag = [&](const QString &name, const QByteArray &data) -> Status {
        auto digest = zip.addData(prefix + name, data);
        if (!digest)
            return digest.error();
        tagManifest += digest->sha256.toLatin1() + "  " + name.toUtf8() + '\n';
        return Status::success();
    };
    // Sorted entry order: bag-info.txt, bagit.txt, data/…, manifest-…, tagmanifest-….
    if (auto added = addTag(QStringLiteral("bag-info.txt"), bagInfo); !added)
        return added.error();
    if (auto added = addTag(QStringLiteral("bagit.txt"), bagitText); !added)
        return added.error();

    QByteArray manifest;
    qint64 doneBytes = 0;
    if (progress)
        progress(0, totalBytes);
    for (const PayloadEntry &entry : std::as_const(entries)) {
        if (cancelled && cancelled->load()) {
            zip.cancel();
            return Error {tr("The export to “%1” was cancelled; nothing was written.").arg(zipName),
                          {},
                          zipPath};
        }
        const QString entryName = prefix + QStringLiteral("data/") + entry.file.path;
        Result<ZipWriter::EntryDigest> digest;
        if (!entry.file.sourcePath.isEmpty()) {
            const qint64 before = doneBytes;
            digest = zip.addFile(entryName, entry.file.sourcePath, entry.size, cancelled,
                                 [&](qint64 written) {
                                     if (progress)
                                         progress(before + written, totalBytes);
                                 });
        } else {
            digest = zip.addData(entryName, entry.file.data);
        }
        if (!digest) {
            zip.cancel();
            if (cancelled && cancelled->load())
                return Error {
                    tr("The export to “%1” was cancelled; nothing was written.").arg(zipName),
                    {},
                    zipPath};
            return digest.error();
        }
        doneBytes += digest->size;
        if (progress)
            progress(doneBytes, totalBytes);
        manifest += digest->sha256.toLatin1() + "  data/" + entry.sortKey + '\n';
    }

    if (auto added = addTag(QStringLiteral("manifest-sha256.txt"), manifest); !added)
        return added.error();
    if (auto added = zip.addData(prefix + QStringLiteral("tagmanifest-sha256.txt"), tagManifest);
        !added)
        return added.error();
    if (cancelled && cancelled->load()) {
        zip.cancel();
        return Error {
            tr("The export to “%1” was cancelled; nothing was written.").arg(zipName), {}, zipPath};
    }
    if (auto committed = zip.commit(); !committed)
        return committed.error();

    BagWriteSummary summary;
    summary.zipPath = zipPath;
    summary.bagName = bagName;
    summary.payloadBytes = totalBytes;
    summary.payloadFiles = int(entries.size());
    summary.zipBytes = QFileInfo(zipPath).size();
    return summary;
}

} // namespace provena
