// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as a bundle zip. SafeExtractor must extract into the given
// folder or refuse with a message and leave it empty; nothing may appear anywhere else, and no
// link may come out. BagVerifier::verifyZip must return problems that say something.
// Seeds: tests/fuzz/corpus/fuzz_bundleimport (made by make-bundle-seeds.py; replayed by ctest as
// replay_fuzz_bundleimport).
#include "bundle/bagverifier.h"
#include "bundle/safeextractor.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Where a seed tries to escape to (absolute names in the corpus use it).
const char *const kEscapeProbe = "/tmp/provena-fuzz-escape";

QStringList listTree(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isSymLink()) {
            std::fprintf(stderr, "a symbolic link came out: %s\n", qPrintable(path));
            std::abort();
        }
        paths << QDir(dir).relativeFilePath(path);
    }
    paths.sort();
    return paths;
}

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir root;
    if (!root.isValid())
        return 0;
    const QString zipPath = root.filePath(QStringLiteral("in.zip"));
    const QString dest = root.filePath(QStringLiteral("dest"));
    {
        QFile zip(zipPath);
        if (!zip.open(QIODevice::WriteOnly) || !QDir().mkpath(dest))
            return 0;
        zip.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QStringList rootBefore = listTree(root.path());

    // Small limits so that one input stays fast; the checks are the same.
    provena::ExtractLimits limits;
    limits.maxTotalBytes = qint64(64) << 20;
    limits.maxEntryBytes = qint64(16) << 20;
    limits.maxEntries = 2000;
    auto extracted = provena::SafeExtractor::extract(zipPath, dest, limits);
    const QStringList destTree = listTree(dest);
    if (!extracted) {
        if (extracted.error().message.isEmpty())
            fail("a refusal without a message");
        if (!destTree.isEmpty())
            fail("a refused zip left files behind:", destTree.join(QLatin1Char(' ')));
    } else {
        if (QFileInfo(extracted->rootDir).path() != QDir(dest).absolutePath()
            && QFileInfo(extracted->rootDir).path() != dest)
            fail("extracted outside the destination:", extracted->rootDir);
        for (const QString &file : extracted->files) {
            const QFileInfo info(extracted->rootDir + QLatin1Char('/') + file);
            if (!info.isFile() || info.isSymLink())
                fail("a reported file is not a regular file:", file);
            if (!info.canonicalFilePath().startsWith(QFileInfo(dest).canonicalFilePath()
                                                     + QLatin1Char('/')))
                fail("a reported file lies outside the destination:", file);
        }
    }
    // Outside dest, nothing changed.
    QStringList rootAfter = listTree(root.path());
    rootAfter.erase(std::remove_if(rootAfter.begin(), rootAfter.end(),
                                   [](const QString &path) {
                                       return path.startsWith(QStringLiteral("dest/"));
                                   }),
                    rootAfter.end());
    if (rootAfter != rootBefore)
        fail("something was written beside the destination:", rootAfter.join(QLatin1Char(' ')));
    if (QFileInfo::exists(QString::fromLatin1(kEscapeProbe)))
        fail("an entry escaped to", QString::fromLatin1(kEscapeProbe));

    const provena::BagVerification verified = provena::BagVerifier::verifyZip(zipPath);
    for (const provena::BagProblem &problem : verified.problems) {
        if (problem.kind.isEmpty() || problem.message.isEmpty())
            fail("a problem without a kind or message:", problem.path);
    }
    return 0;
}
