// SPDX-License-Identifier: MIT
#include "media/imagehasher.h"

#include "core/io/fileaccess.h"
#include "core/io/sha256.h"

#include <QFile>
#include <QFileInfo>

namespace provena {

Result<QByteArray> ImageHasher::sha256File(const QString &path)
{
    // Regular files only: a FIFO would block and /dev/zero never ends. Streamed, so no limit.
    Result<std::unique_ptr<QFile>> opened = FileAccess::openRegularFile(path);
    if (!opened) {
        Error error = opened.error();
        error.message = tr("Could not compute the checksum of “%1”: %2")
                            .arg(QFileInfo(path).fileName(), error.message);
        return error;
    }
    QFile &file = *opened.value();
    // 1 MiB chunks: large enough that syscalls do not dominate, small enough for any file size.
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    Sha256 hash;
    while (true) {
        const qint64 got = file.read(buffer.data(), kChunk);
        if (got < 0) {
            return Error {
                tr("Could not read “%1” to compute its checksum.").arg(QFileInfo(path).fileName()),
                file.errorString(), path};
        }
        if (got == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), got));
    }
    return hash.result().toHex();
}

} // namespace provena
