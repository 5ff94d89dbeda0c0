// SPDX-License-Identifier: MIT
#include "core/io/sha256.h"

#include <QIODevice>

#include <openssl/evp.h>

namespace provena {

namespace {

/** Fetched once: a fetch per hash would look the algorithm up in the provider every time. */
const EVP_MD *sha256Algorithm()
{
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

} // namespace

struct Sha256::State
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    QByteArray digest;
    bool finished = false;

    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(std::make_unique<State>())
{
    // Failure here means libcrypto itself is broken (out of memory, no default provider).
    if (!d->context || !sha256Algorithm()
        || EVP_DigestInit_ex(d->context, sha256Algorithm(), nullptr) != 1)
        qFatal("provena: OpenSSL's SHA-256 is not available");
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView data)
{
    Q_ASSERT(!d->finished);
    if (!data.isEmpty())
        EVP_DigestUpdate(d->context, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device->read(block.data(), block.size());
        if (got < 0)
            return false;
        if (got == 0)
            return device->atEnd();
        addData(QByteArrayView(block.constData(), got));
    }
}

QByteArray Sha256::result()
{
    if (!d->finished) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(d->context, digest, &length);
        d->digest = QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
        d->finished = true;
    }
    return d->digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace provena
