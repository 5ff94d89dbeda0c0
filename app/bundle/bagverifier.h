// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace provena {

/** One thing wrong with a bag, named for people and machines. */
struct BagProblem
{
    QString kind; ///< stable: "missing-file", "checksum-mismatch", "not-in-manifest", "oxum", …
    QString path; ///< the entry concerned, relative to the bag folder ("data/story/story.md")
    QString message; ///< one translated sentence
};

/** What BagVerifier found. */
struct BagVerification
{
    QString bagName; ///< the top-level folder
    int payloadFiles = 0;
    qint64 payloadBytes = 0;
    QList<BagProblem> problems;

    bool isValid() const { return problems.isEmpty(); }
};

/**
 * Checks a BagIt bag (RFC 8493 §3): complete (bagit.txt, a payload manifest, every listed file
 * present, every payload file listed) and valid (every checksum of every payload and tag
 * manifest, Payload-Oxum when bag-info.txt gives it). SHA-256 and SHA-512 manifests are checked;
 * MD5/SHA-1 ones too. Never throws; reports every problem, not just the first.
 */
class BagVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BagVerifier)

public:
    /**
     * Reads the zip once, streaming (libarchive), hashing every entry as it passes. The zip
     * must hold exactly one top-level folder. Entries that could not be extracted safely are
     * problems here too (SafeExtractor decides which).
     */
    static BagVerification verifyZip(const QString &zipPath);
    /** The same for an extracted bag folder. */
    static BagVerification verifyDirectory(const QString &bagDir);
};

} // namespace provena
