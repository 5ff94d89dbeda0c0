// SPDX-License-Identifier: MIT
#pragma once

// What documentio.cpp (open), documentsave.cpp (save) and imagemeasurement.cpp (image hashes)
// share. Private to app/session.

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "session/documentio.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace provena::detail {

// Messages under the "DocumentIO" context, in all three files; lupdate reads the context from the
// macro.
struct DocumentIOText
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIO)
};

/** The sidecar's bytes as read, and its fingerprint: taken from the same read. */
struct SidecarOnDisk
{
    SidecarFingerprint fingerprint;
    QByteArray bytes;
};

/** Reads the sidecar at `path` (no file: an empty SidecarOnDisk whose fingerprint says so). */
Result<SidecarOnDisk> readSidecarOnDisk(const QString &path);

/** `localPath` relative to the article's folder, with forward slashes; empty for empty. */
QString relativeImagePath(const QString &articlePath, const QString &localPath);

/** Appends the document's image problems (unreadable, missing, outside…) to the report. */
void listImageProblems(const ArticleDocument &doc, OpenReport &rep);

} // namespace provena::detail
