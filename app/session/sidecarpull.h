// SPDX-License-Identifier: MIT
#pragma once

#include "core/commands/mergecommands.h"
#include "core/document/articledocument.h"
#include "core/io/result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <memory>
#include <optional>

namespace provena {

/**
 * The pieces of merging a sidecar changed on disk into an open document (issue 14,
 * docs/gui.md "Changes from disk"), kept out of DocumentSession so the CLI resolves conflicts
 * the same way.
 */
namespace SidecarPull {

/**
 * The bytes a document with this fingerprint was read from (empty when there was no sidecar):
 * the base of the next merge. Nothing when the file no longer holds them, or the fingerprint
 * describes no file.
 */
std::optional<QByteArray> baseFor(const SidecarFingerprint &read);
/**
 * The sidecar at `path` as another program left it, when it reads as a sidecar. Gone, not a
 * file, or not readable is an error: such a change is reported, never merged as "they deleted
 * everything".
 */
Result<QByteArray> readTheirs(const QString &path);
/** The fingerprint of `bytes`, just read from `path`. */
SidecarFingerprint fingerprintOf(const QString &path, const QByteArray &bytes);

/** Regions a change brought and took away. */
struct Counts
{
    int added = 0;
    int removed = 0;
};
Counts countRegions(const QList<Region> &before, const ArticleDocument &after);

/** What merge() applied. */
struct Merged
{
    std::unique_ptr<ApplySidecarMergeCommand> command; ///< not pushed yet
    int conflicts = 0;
};

/**
 * Three-way merges `base` (the sidecar as the document last read or wrote it), the document
 * as it is now and `theirs` (the sidecar on disk) with SidecarMerger, and returns the command
 * that puts the result into `document`. Fails, saying why and where, when a side cannot be
 * read; nothing is changed then.
 */
Result<Merged> merge(ArticleDocument &document, const QByteArray &base, const QByteArray &theirs,
                     const QString &sidecarPath);

/** Which value of a MergeConflict the analyst keeps. */
enum class Take { Ours, Theirs };

/**
 * The ResolveMergeConflictCommand (not pushed yet) that settles the conflict on `field` of the
 * region or text anchor `id`: Ours keeps what it shows, Theirs sets the field to the other
 * side's value (read back through the sidecar format, so every field works alike; a value
 * their side removed is removed). Fails, changing nothing, when there is no such conflict or
 * the result would not be a valid region or anchor.
 */
Result<std::unique_ptr<QUndoCommand>> resolve(ArticleDocument &document, const QUuid &id,
                                              const QString &field, Take take);

} // namespace SidecarPull

} // namespace provena
