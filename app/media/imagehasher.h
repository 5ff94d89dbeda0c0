// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace provena {

/** Content hashes of image files, for manifests and for spotting the same file twice. */
class ImageHasher
{
    Q_DECLARE_TR_FUNCTIONS(ImageHasher)

public:
    /**
     * SHA-256 of the file's bytes as 64 lower-case hex digits (the `sha256sum` format).
     * Streams the file in chunks, so memory use does not grow with the file size.
     */
    [[nodiscard]] static Result<QByteArray> sha256File(const QString &path);
};

} // namespace provena
