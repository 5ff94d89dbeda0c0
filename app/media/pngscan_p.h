// SPDX-License-Identifier: MIT
// Private to app/media.
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace provena::detail {

/** A chunk of a PNG that claims more bytes than the data holds; `length` 0 when none does. */
struct PngOverrun
{
    QByteArray type; ///< the chunk type, e.g. "iTXt"
    qint64 offset = 0; ///< where the chunk starts
    quint32 length = 0; ///< what its header claims
    qint64 remaining = 0; ///< what the data holds after the chunk header
};

/**
 * Walks the chunk headers of a PNG (seeking over the chunk data) and reports the first chunk
 * other than IDAT whose declared length runs past the end of the data; nothing for other formats.
 *
 * libpng allocates a text or profile chunk's declared length before reading it, and Qt's PNG
 * reader sets no chunk limit: a 1.3 KB file whose iTXt chunk claims 1.9 GB made
 * QImageReader::size() allocate 1.9 GB (found by fuzz_imagedecoder; reproducer in
 * tests/fuzz/corpus/fuzz_imagedecoder/crash-png-itxt-claims-1.9-gb). IDAT is streamed, so a cut-off
 * IDAT (a truncated download) is left to the decoders. Restores the device's position.
 */
PngOverrun scanPngChunks(QIODevice *device);

} // namespace provena::detail
