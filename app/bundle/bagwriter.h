// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>

namespace provena {

/** One file of a bag's payload (under data/). */
struct BagPayloadFile
{
    QString path; ///< relative to data/, '/'-separated, no "..", no CR/LF/%: "story/story.md"
    QString sourcePath; ///< a regular file on disk copied byte for byte; or, when empty,
    QByteArray data; ///< these bytes
};

/** bag-info.txt fields in order; Bagging-Date, Payload-Oxum, Bag-Software-Agent come first. */
struct BagInfo
{
    QList<QPair<QString, QString>> fields; ///< e.g. {"Source-Organization", "…"}
};

/** What BagWriter::write() wrote. */
struct BagWriteSummary
{
    QString zipPath;
    QString bagName; ///< the zip's one top-level folder
    qint64 payloadBytes = 0;
    int payloadFiles = 0;
    qint64 zipBytes = 0;
};

/** Progress of a write: bytes of payload written of the total. */
using BagProgress = std::function<void(qint64 done, qint64 total)>;

/**
 * Writes a BagIt bag (RFC 8493, version 1.0) inside a zip (ZipWriter): one top-level folder
 * `bagName/` holding bagit.txt, bag-info.txt, data/…, manifest-sha256.txt and
 * tagmanifest-sha256.txt, entries in sorted order (docs/bundles.md).
 *
 * Payload-Oxum is counted from the files' sizes before writing; the manifest lines are the
 * SHA-256 digests taken while each file was written (two spaces, so `sha256sum -c` from the bag
 * folder checks it). The same payload, info and `baggingDate` give a byte-identical zip.
 * Atomic: the zip appears complete at `zipPath` or not at all (also when cancelled).
 */
class BagWriter
{
    Q_DECLARE_TR_FUNCTIONS(BagWriter)

public:
    [[nodiscard]] static Result<BagWriteSummary>
    write(const QString &zipPath, const QString &bagName, QList<BagPayloadFile> payload,
          const BagInfo &info, const QDate &baggingDate,
          const std::atomic_bool *cancelled = nullptr, const BagProgress &progress = {});

    /** bag-info.txt's content for `info` plus the computed fields (folded at 79 columns). */
    static QByteArray bagInfoText(const BagInfo &info, const QDate &baggingDate,
                                  qint64 payloadBytes, int payloadFiles);
    /** "Provena 0.1.0 <https://w3id.org/provena>": Bag-Software-Agent. */
    static QString softwareAgent();
};

} // namespace provena
