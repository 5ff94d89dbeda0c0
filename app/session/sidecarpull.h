// SPDX-License-Identifier: MIT
#pragma once

#include "core/commands/mergecommands.h"
#include "core/io/result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <memory>

namespace provena {

class ArticleDocument;

/**
 * The pieces of merging a sidecar changed on disk into an open document (issue 14,
 * docs/gui.md "Changes from disk"), kept out of DocumentSession so the CLI resolves conflicts
 * the same way.
 */
namespace SidecarPull {

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
 * side's value (read back through the sidecar format, so every field works alike). Fails when
 * there is no such conflict, or their side deleted the item (delete it instead).
 */
Result<std::unique_ptr<QUndoCommand>> resolve(ArticleDocument &document, const QUuid &id,
                                              const QString &field, Take take);

} // namespace SidecarPull

} // namespace provena
