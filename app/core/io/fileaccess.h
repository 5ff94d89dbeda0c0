// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace provena {

/**
 * The one way Provena opens files it reads (docs/file-policy.md).
 *
 * Only regular files are read. Links are followed for reading, but what they lead to must be a
 * regular file too: FIFOs (which would block), character and block devices (endless: /dev/zero),
 * sockets and folders are refused with a message that names the kind and, for a link, the target.
 * The check is made on the open descriptor (fstat), so a file swapped for a FIFO between a check
 * and the open cannot hang the reader: the open itself never blocks (O_NONBLOCK).
 * Reads are bounded by a byte limit that is enforced while reading, not taken from the reported
 * size (which is 0 for devices and may change while reading).
 */
namespace FileAccess {

/**
 * The most Provena reads of an image file (1 GiB): the decoder, the metadata reader and Save As
 * read images whole, and OpenCV takes at most 2 GiB in one buffer. Articles, sidecars and labels
 * have their own limits beside their readers (docs/file-policy.md lists them all).
 */
inline constexpr qint64 kMaxImageBytes = qint64(1) << 30;

/** What a path is, after following links. */
enum class Kind { Missing, Regular, Directory, Fifo, CharDevice, BlockDevice, Socket, Other };

/** Kind of `path`, following links (stat). A dangling link is Missing. */
Kind kindOf(const QString &path);

/** Where the symbolic link `path` points (its text, as readlink gives it); empty if not a link. */
QString linkTarget(const QString &path);

/** "a named pipe (FIFO)", "a character device", … for messages. */
QString describe(Kind kind);

/**
 * Success when `path` is (or links to) a regular file; else an Error naming what it is instead,
 * e.g. "“story.txt” is a character device (it links to “/dev/zero”): Provena reads only regular
 * files." `what` names the role and starts the message ("The article", "The sidecar"); may be
 * empty.
 */
Status checkRegularFile(const QString &path, const QString &what = {});

/**
 * Opens `path` for reading as checkRegularFile() describes, without blocking; the QFile owns
 * the descriptor. Callers still bound what they read (or use readRegularFile()).
 */
Result<std::unique_ptr<QFile>> openRegularFile(const QString &path, const QString &what = {});

/**
 * Reads the whole regular file `path`, refusing it once more than `maxBytes` have been read
 * (whatever its reported size).
 */
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, const QString &what = {});

} // namespace FileAccess

} // namespace provena
