// SPDX-License-Identifier: MIT
#include "bundle/bagcontent_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace provena::bagcheck {

namespace {

void report(BagVerification &result, const char *kind, const QString &path, const QString &message)
{
    result.problems.append(BagProblem {QString::fromLatin1(kind), path, message});
}

int hexLength(const QString &algorithm)
{
    if (algorithm == QLatin1String("md5"))
        return 32;
    if (algorithm == QLatin1String("sha1"))
        return 40;
    if (algorithm == QLatin1String("sha256"))
        return 64;
    return 128;
}

// Lines of a tag file with continuation lines (starting with white space) joined.
QList<QPair<int, QString>> logicalLines(const QByteArray &text)
{
    QList<QPair<int, QString>> lines;
    int number = 0;
    for (QByteArray line : text.split('\n')) {
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        const QString decoded = QString::fromUtf8(line);
        if (!decoded.isEmpty()
            && (decoded.at(0) == QLatin1Char(' ') || decoded.at(0) == QLatin1Char('\t'))
            && !lines.isEmpty()) {
            lines.last().second += decoded;
            continue;
        }
        lines.append({number, decoded});
    }
    return lines;
}

QHash<QString, QString> tagValues(const QByteArray &text)
{
    QHash<QString, QString> values;
    for (const auto &line : logicalLines(text)) {
        const qsizetype colon = line.second.indexOf(QLatin1Char(':'));
        if (colon > 0)
            values.insert(line.second.left(colon).trimmed(), line.second.mid(colon + 1).trimmed());
    }
    return values;
}

struct ManifestLine
{
    int line = 0;
    QString digest;
    QString path;
};

// Parses a manifest; malformed lines are reported and left out.
QList<ManifestLine> parseManifest(const QString &manifest, const QString &algorithm,
                                  const QByteArray &text, bool payload, BagVerification &result)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    QList<ManifestLine> lines;
    QSet<QString> seen;
    int number = 0;
    for (QByteArray raw : text.split('\n')) {
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw);
        const qsizetype space = line.indexOf(QRegularExpression(QStringLiteral("[ \\t]")));
        const QString digest = space > 0 ? line.left(space) : line;
        QString path = space > 0 ? line.mid(space).trimmed() : QString();
        if (path.startsWith(QLatin1Char('*'))) // sha256sum's binary-mode marker
            path.remove(0, 1);
        // RFC 8493 §2.1.3: only these three are percent-encoded.
        path.replace(QLatin1String("%0D"), QLatin1String("\r"), Qt::CaseInsensitive);
        path.replace(QLatin1String("%0A"), QLatin1String("\n"), Qt::CaseInsensitive);
        path.replace(QLatin1String("%25"), QLatin1String("%"));
        QString why;
        if (path.isEmpty())
            why = BagVerifier::tr("no file path after the checksum");
        else if (digest.size() != hexLength(algorithm) || !hex.match(digest).hasMatch())
            why = BagVerifier::tr("“%1” is not a %2 checksum").arg(digest, algorithm);
        else if (path.startsWith(QLatin1Char('/'))
                 || path.split(QLatin1Char('/')).contains(QLatin1String("..")))
            why = BagVerifier::tr("the path “%1” leaves the bag").arg(path);
        else if (payload && !path.startsWith(QLatin1String("data/")))
            why = BagVerifier::tr("the path “%1” is not under data/").arg(path);
        else if (seen.contains(path))
            why = BagVerifier::tr("“%1” is listed twice").arg(path);
        if (!why.isEmpty()) {
            report(
                result, "malformed-manifest", manifest,
                BagVerifier::tr("Line %1 of %2 is malformed: %3.").arg(number).arg(manifest, why));
            continue;
        }
        seen.insert(path);
        lines.append(ManifestLine {number, digest.toLower(), path});
    }
    return lines;
}

const QRegularExpression &manifestName()
{
    static const QRegularExpression re(QStringLiteral("^(tag)?manifest-([a-z0-9]+)\\.txt$"));
    return re;
}

} // namespace

bool algorithmFor(const QString &name, QCryptographicHash::Algorithm *algorithm)
{
    static const QHash<QString, QCryptographicHash::Algorithm> known = {
        {QStringLiteral("md5"), QCryptographicHash::Md5},
        {QStringLiteral("sha1"), QCryptographicHash::Sha1},
        {QStringLiteral("sha256"), QCryptographicHash::Sha256},
        {QStringLiteral("sha512"), QCryptographicHash::Sha512},
    };
    const auto found = known.constFind(name);
    if (found == known.constEnd())
        return false;
    *algorithm = *found;
    return true;
}

bool isTagFile(const QString &relativePath)
{
    return relativePath == QLatin1String("bagit.txt")
        || relativePath == QLatin1String("bag-info.txt")
        || manifestName().match(relativePath).hasMatch();
}

QSet<QString> manifestAlgorithms(const BagContent &content)
{
    QSet<QString> algorithms;
    for (auto it = content.tagFiles.constBegin(); it != content.tagFiles.constEnd(); ++it) {
        const auto match = manifestName().match(it.key());
        QCryptographicHash::Algorithm algorithm {};
        if (match.hasMatch() && algorithmFor(match.captured(2), &algorithm))
            algorithms.insert(match.captured(2));
    }
    return algorithms;
}

void judge(const BagContent &content, BagVerification &result)
{
    for (auto it = content.files.constBegin(); it != content.files.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("data/"))) {
            ++result.payloadFiles;
            result.payloadBytes += it->size;
        }
    }

    // bagit.txt (§2.1.1): both lines must be there.
    const QString bagitName = QStringLiteral("bagit.txt");
    if (!content.files.contains(bagitName)) {
        report(result, "missing-bagit-txt", bagitName,
               BagVerifier::tr("The bag has no bagit.txt, so it is not a BagIt bag."));
    } else {
        const QHash<QString, QString> values = tagValues(content.tagFiles.value(bagitName));
        static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+$"));
        if (!version.match(values.value(QStringLiteral("BagIt-Version"))).hasMatch()
            || values.value(QStringLiteral("Tag-File-Character-Encoding")).isEmpty())
            report(result, "bad-bagit-txt", bagitName,
                   BagVerifier::tr("bagit.txt must give “BagIt-Version: M.N” and "
                                   "“Tag-File-Character-Encoding”."));
    }

    // Payload manifests (§3: at least one; every file they list present and matching, every
    // payload file listed in each).
    QStringList manifests;
    QStringList tagManifests;
    for (auto it = content.tagFiles.constBegin(); it != content.tagFiles.constEnd(); ++it) {
        const auto match = manifestName().match(it.key());
        if (!match.hasMatch())
            continue;
        QCryptographicHash::Algorithm algorithm {};
        if (!algorithmFor(match.captured(2), &algorithm)) {
            report(
                result, "malformed-manifest", it.key(),
                BagVerifier::tr("%1 uses the checksum algorithm “%2”, which Provena does not know.")
                    .arg(it.key(), match.captured(2)));
            continue;
        }
        (match.captured(1).isEmpty() ? manifests : tagManifests).append(it.key());
    }
    manifests.sort();
    tagManifests.sort();
    if (manifests.isEmpty())
        report(result, "no-manifest", QStringLiteral("manifest-sha256.txt"),
               BagVerifier::tr("The bag has no payload manifest (manifest-sha256.txt or another "
                               "manifest-ALGORITHM.txt)."));

    auto checkLines = [&](const QString &manifest, bool payload) {
        const QString algorithm = manifestName().match(manifest).captured(2);
        const QList<ManifestLine> lines
            = parseManifest(manifest, algorithm, content.tagFiles.value(manifest), payload, result);
        QSet<QString> listed;
        for (const ManifestLine &line : lines) {
            listed.insert(line.path);
            const auto file = content.files.constFind(line.path);
            if (file == content.files.constEnd()) {
                report(result, "missing-file", line.path,
                       BagVerifier::tr("“%1”, listed in %2, is not in the bag.")
                           .arg(line.path, manifest));
                continue;
            }
            if (file->unreadable)
                continue;
            const QString actual = file->digests.value(algorithm);
            if (actual != line.digest)
                report(result, payload ? "checksum-mismatch" : "tag-checksum-mismatch", line.path,
                       BagVerifier::tr(
                           "The %1 checksum of “%2” does not match %3: the file was changed or "
                           "damaged.")
                           .arg(algorithm, line.path, manifest));
        }
        return listed;
    };
    for (const QString &manifest : std::as_const(manifests)) {
        const QSet<QString> listed = checkLines(manifest, true);
        for (auto it = content.files.constBegin(); it != content.files.constEnd(); ++it) {
            if (it.key().startsWith(QLatin1String("data/")) && !listed.contains(it.key()))
                report(result, "not-in-manifest", it.key(),
                       BagVerifier::tr("“%1” is in the bag's payload but not listed in %2.")
                           .arg(it.key(), manifest));
        }
    }
    for (const QString &manifest : std::as_const(tagManifests))
        checkLines(manifest, false);

    // Payload-Oxum (§2.2.2), when bag-info.txt gives it.
    const QString oxum = tagValues(content.tagFiles.value(QStringLiteral("bag-info.txt")))
                             .value(QStringLiteral("Payload-Oxum"));
    if (!oxum.isEmpty()) {
        const QStringList parts = oxum.split(QLatin1Char('.'));
        bool bytesOk = false;
        bool countOk = false;
        const qint64 bytes = parts.size() == 2 ? parts.at(0).toLongLong(&bytesOk) : 0;
        const qint64 count = parts.size() == 2 ? parts.at(1).toLongLong(&countOk) : 0;
        if (!bytesOk || !countOk)
            report(result, "oxum", QStringLiteral("bag-info.txt"),
                   BagVerifier::tr("Payload-Oxum “%1” in bag-info.txt is not OCTETS.FILES.")
                       .arg(oxum));
        else if (bytes != result.payloadBytes || count != result.payloadFiles)
            report(result, "oxum", QStringLiteral("bag-info.txt"),
                   BagVerifier::tr(
                       "Payload-Oxum in bag-info.txt says %1 bytes in %2 files; the payload has %3 "
                       "bytes in %4 files.")
                       .arg(bytes)
                       .arg(count)
                       .arg(result.payloadBytes)
                       .arg(result.payloadFiles));
    }
}

} // namespace provena::bagcheck
