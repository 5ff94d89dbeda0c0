// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QIODevice;

namespace provena {

/**
 * SHA-256 by OpenSSL's libcrypto. Provena hashes every photo it opens, every sidecar it reads
 * and writes, and every file of a bundle; Qt 6.4's own SHA-256 runs at 45–100 MB/s on the build
 * machine, libcrypto (with the CPU's SHA extensions) at well over 1 GB/s.
 * Use: `Sha256::hash(bytes)`, or `addData` in pieces and then `result()`.
 */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    /** Reads `device` to its end in blocks; false when reading failed. */
    bool addData(QIODevice *device);
    /** The 32-byte digest of everything added; the hash cannot take more data after. */
    QByteArray result();

    static QByteArray hash(QByteArrayView data);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace provena
