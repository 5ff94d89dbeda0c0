// SPDX-License-Identifier: MIT
#include "media/imagehasher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace provena {

Result<QByteArray> ImageHasher::sha256File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            tr("Could not open “%1” to compute its checksum.").arg(QFileInfo(path).fileName()),
            file.errorString(), path};
    }
    // 1 MiB chunks: large enough that syscalls do not dominate, small enough for any file size.
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    QCryptographicHash hash(QCryptographicHash::Sha256);
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
