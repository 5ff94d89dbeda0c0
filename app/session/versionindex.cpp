// SPDX-License-Identifier: MIT
#include "session/versionindex.h"

#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "media/imagedecoder.h"
#include "media/imagehasher.h"
#include "media/perceptualhash.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

const QString kSchema = u"provena-versions-index/1"_s;

QString hex(quint64 value)
{
    return u"%1"_s.arg(value, 16, 16, QLatin1Char('0'));
}

/** The 16 hex digits back; false when they are not exactly that. */
bool fromHex(const QJsonValue &value, quint64 *out)
{
    const QString text = value.toString();
    if (text.size() != 16)
        return false;
    bool ok = false;
    *out = text.toULongLong(&ok, 16);
    return ok;
}

QJsonObject toJson(const VersionIndexEntry &entry)
{
    QJsonObject object {{u"path"_s, entry.relativePath},
                        {u"size"_s, double(entry.fileSize)},
                        {u"modifiedMs"_s, double(entry.modifiedMs)}};
    if (!entry.error.isEmpty()) {
        object.insert(u"error"_s, entry.error);
        return object;
    }
    object.insert(u"sha256"_s, QString::fromLatin1(entry.sha256));
    object.insert(u"dHash"_s, hex(entry.dHash));
    object.insert(u"dHashMirrored"_s, hex(entry.dHashMirrored));
    object.insert(u"width"_s, entry.size.width());
    object.insert(u"height"_s, entry.size.height());
    return object;
}

/** An entry read back, or false when anything in it is missing or of the wrong type. */
bool fromJson(const QJsonValue &value, VersionIndexEntry *entry)
{
    const QJsonObject object = value.toObject();
    entry->relativePath = object.value(u"path"_s).toString();
    entry->fileSize = qint64(object.value(u"size"_s).toDouble(-1));
    entry->modifiedMs = qint64(object.value(u"modifiedMs"_s).toDouble(-1));
    if (entry->relativePath.isEmpty() || entry->fileSize < 0 || entry->modifiedMs < 0)
        return false;
    entry->error = object.value(u"error"_s).toString();
    if (!entry->error.isEmpty())
        return true;
    entry->sha256 = object.value(u"sha256"_s).toString().toLatin1();
    entry->size = QSize(object.value(u"width"_s).toInt(-1), object.value(u"height"_s).toInt(-1));
    return entry->sha256.size() == 64 && entry->size.isValid() && !entry->size.isEmpty()
        && fromHex(object.value(u"dHash"_s), &entry->dHash)
        && fromHex(object.value(u"dHashMirrored"_s), &entry->dHashMirrored);
}

/** The cached entries by relative path, or an Error saying why the cache is not usable. */
Result<QHash<QString, VersionIndexEntry>> readIndex(const QString &path)
{
    QHash<QString, VersionIndexEntry> entries;
    if (!QFileInfo::exists(path))
        return entries;
    const Result<QByteArray> bytes
        = FileAccess::readRegularFile(path, VersionIndex::kMaxIndexBytes);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {VersionIndex::tr("The version index %1 is not valid JSON.").arg(path),
                      parseError.errorString(), path};
    const QJsonObject root = document.object();
    if (root.value(u"schema"_s).toString() != kSchema)
        return Error {VersionIndex::tr("The version index %1 has another schema.").arg(path),
                      root.value(u"schema"_s).toString(), path};
    for (const QJsonValue &value : root.value(u"entries"_s).toArray()) {
        VersionIndexEntry entry;
        if (!fromJson(value, &entry))
            return Error {VersionIndex::tr("The version index %1 has a damaged entry.").arg(path),
                          QString::fromUtf8(QJsonDocument(value.toObject()).toJson()), path};
        entries.insert(entry.relativePath, entry);
    }
    return entries;
}

VersionIndexEntry hashFile(const QString &absolutePath, VersionIndexEntry entry)
{
    DecodeOptions options;
    options.maxSide = 256;
    const Result<QImage> image = ImageDecoder::decode(absolutePath, options);
    if (!image) {
        entry.error = image.error().message;
        return entry;
    }
    const Result<ImageInfo> info = ImageDecoder::probe(absolutePath);
    const Result<QByteArray> sha = ImageHasher::sha256File(absolutePath);
    if (!info || !sha) {
        entry.error = !info ? info.error().message : sha.error().message;
        return entry;
    }
    entry.sha256 = sha.value();
    entry.size = info->size;
    entry.dHash = PerceptualHash::ofImage(image.value());
    entry.dHashMirrored = PerceptualHash::ofImageMirrored(image.value());
    return entry;
}

} // namespace

QString VersionIndex::indexPath(const QString &folder)
{
    return QDir(folder).filePath(u".provena/versions-index.json"_s);
}

bool VersionIndex::looksLikeImage(const QString &fileName)
{
    static const QSet<QString> kSuffixes {u"jpg"_s, u"jpeg"_s, u"jpe"_s, u"png"_s, u"webp"_s,
                                          u"tif"_s, u"tiff"_s, u"bmp"_s, u"gif"_s};
    return kSuffixes.contains(QFileInfo(fileName).suffix().toLower());
}

Result<VersionIndexUpdate> VersionIndex::update(const QString &folder, const Progress &progress)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir() || !dir.isReadable())
        return Error {tr("The folder %1 cannot be read.").arg(folder), {}, folder};

    VersionIndexUpdate outcome;
    const QString cachePath = indexPath(folder);
    Result<QHash<QString, VersionIndexEntry>> cached = readIndex(cachePath);
    if (!cached) {
        outcome.rebuilt = true;
        outcome.rebuildReason = cached.error().message;
        cached = QHash<QString, VersionIndexEntry>();
    }

    // Links are not followed: an archive folder should not lead the scan elsewhere on the disk.
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    QList<VersionIndexEntry> current;
    QList<int> toHash;
    while (it.hasNext()) {
        it.next();
        const QFileInfo file = it.fileInfo();
        const QString relative = dir.relativeFilePath(file.absoluteFilePath());
        if (!file.isFile() || relative.startsWith(u".provena/"_s) || !looksLikeImage(relative))
            continue;
        VersionIndexEntry entry;
        entry.relativePath = relative;
        entry.fileSize = file.size();
        entry.modifiedMs = file.lastModified().toMSecsSinceEpoch();
        const auto known = cached->constFind(relative);
        if (known != cached->constEnd() && known->fileSize == entry.fileSize
            && known->modifiedMs == entry.modifiedMs) {
            current.append(known.value());
            ++outcome.reused;
        } else {
            toHash.append(int(current.size()));
            current.append(entry);
        }
    }
    QSet<QString> present;
    for (const VersionIndexEntry &entry : std::as_const(current))
        present.insert(entry.relativePath);
    for (auto known = cached->constBegin(); known != cached->constEnd(); ++known)
        outcome.dropped += present.contains(known.key()) ? 0 : 1;

    bool cancelled = false;
    for (qsizetype i = 0; i < toHash.size(); ++i) {
        VersionIndexEntry &entry = current[toHash.at(i)];
        entry = hashFile(dir.filePath(entry.relativePath), entry);
        ++outcome.hashed;
        if (progress && !progress(int(i) + 1, int(toHash.size()))) {
            cancelled = true;
            // Unhashed entries must not be saved as if they were known.
            for (qsizetype j = i + 1; j < toHash.size(); ++j)
                current[toHash.at(j)].relativePath.clear();
            break;
        }
    }
    current.removeIf([](const VersionIndexEntry &e) { return e.relativePath.isEmpty(); });
    std::sort(current.begin(), current.end(),
              [](const VersionIndexEntry &a, const VersionIndexEntry &b) {
                  return a.relativePath < b.relativePath;
              });
    mEntries = current;

    if (outcome.hashed > 0 || outcome.dropped > 0 || outcome.rebuilt) {
        QJsonArray array;
        for (const VersionIndexEntry &entry : std::as_const(mEntries))
            array.append(toJson(entry));
        const QByteArray bytes
            = QJsonDocument(QJsonObject {{u"schema"_s, kSchema}, {u"entries"_s, array}})
                  .toJson(QJsonDocument::Compact);
        const bool madeFolder = dir.mkpath(u".provena"_s);
        const Status saved = madeFolder
            ? saveAtomically(cachePath, bytes)
            : Status(Error {tr("Could not create %1.").arg(dir.filePath(u".provena"_s)),
                            {},
                            dir.filePath(u".provena"_s)});
        if (!saved)
            outcome.saveWarning = saved.error().message;
    }
    if (cancelled)
        return Error {tr("Indexing %1 was cancelled.").arg(folder), {}, folder};
    return outcome;
}

} // namespace provena
