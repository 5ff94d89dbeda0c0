// SPDX-License-Identifier: MIT
// Private to app/bundle: what BagVerifier gathered from a bag (zip or folder) before judging it.
#pragma once

#include "bundle/bagverifier.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace provena::bagcheck {

/** One file of the bag, relative to the bag folder. */
struct FileRecord
{
    qint64 size = 0;
    QHash<QString, QString> digests; ///< algorithm name ("sha256") → lower-case hex
    bool unreadable = false; ///< already reported; its checksums are not checked again
};

struct BagContent
{
    QMap<QString, FileRecord> files;
    QHash<QString, QByteArray> tagFiles; ///< bagit.txt, bag-info.txt, (tag)manifest-*.txt
};

/** The algorithms BagIt names in manifest file names, and their Qt counterpart. */
bool algorithmFor(const QString &name, QCryptographicHash::Algorithm *algorithm);

/** Top-level tag files kept in memory ("bagit.txt", "manifest-sha256.txt", …). */
bool isTagFile(const QString &relativePath);

/** The most of one tag file read into memory. */
inline constexpr qint64 kMaxTagFileBytes = qint64(64) << 20;

/** The algorithms that the manifests in `content` use (known ones only). */
QSet<QString> manifestAlgorithms(const BagContent &content);

/** Checks completeness and validity (RFC 8493 §3) and adds the problems to `result`. */
void judge(const BagContent &content, BagVerification &result);

} // namespace provena::bagcheck
