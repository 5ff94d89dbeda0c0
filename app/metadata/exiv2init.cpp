// SPDX-License-Identifier: MIT
#include "metadata/exiv2init_p.h"

#include "metadata/metadatalog_p.h"
#include "metadata/xmpvocabulary_p.h"

#include <cstdlib>
#include <mutex>
#include <string>
#include <utility>

namespace provena::detail {

namespace {

std::mutex sXmpToolkitMutex;
// At namespace scope (constant-initialised), so it outlives the exit handler that takes it.
std::recursive_mutex sMetadataMutex;
std::once_flag sExiv2Once;
thread_local QString tLastMessage;
thread_local QStringList *tCollected = nullptr;

void lockXmpToolkit(void *data, bool lock)
{
    auto *mutex = static_cast<std::mutex *>(data);
    if (lock)
        mutex->lock();
    else
        mutex->unlock();
}

void logToQt(int level, const char *text)
{
    QString message = QString::fromUtf8(text).trimmed();
    switch (level) {
    case Exiv2::LogMsg::debug:
    case Exiv2::LogMsg::info:
        qCDebug(lcMetadata, "Exiv2: %s", qUtf8Printable(message));
        return;
    case Exiv2::LogMsg::warn:
        qCInfo(lcMetadata, "Exiv2 warning: %s", qUtf8Printable(message));
        break;
    default:
        qCWarning(lcMetadata, "Exiv2 error: %s", qUtf8Printable(message));
        break;
    }
    if (tCollected && tCollected->size() < Exiv2MessageCollector::kMaxMessages
        && !tCollected->contains(message))
        tCollected->append(message);
    tLastMessage = std::move(message);
}

/**
 * Exiv2 keeps the namespaces registered with it in a process-wide table whose strings only
 * XmpParser::terminate() frees; without this they leak at exit (LeakSanitizer reports them when
 * the registration ran on a worker thread). Under the metadata lock, so a reader still running
 * finishes first; by then QCoreApplication has waited for its thread pool.
 */
void terminateExiv2AtExit()
{
    const std::lock_guard<std::recursive_mutex> lock(sMetadataMutex);
    Exiv2::XmpParser::terminate();
}

} // namespace

std::unique_lock<std::recursive_mutex> lockExiv2()
{
    ensureExiv2Initialised();
    return std::unique_lock<std::recursive_mutex>(sMetadataMutex);
}

void ensureExiv2Initialised()
{
    std::call_once(sExiv2Once, [] {
        Exiv2::LogMsg::setHandler(logToQt);
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::warn);
        Exiv2::XmpParser::initialize(lockXmpToolkit, &sXmpToolkitMutex);
        // Registering changes a global table: here, once, before any worker reads XMP.
        Exiv2::XmpProperties::registerNs(xmp::kProvenaNamespace, xmp::kProvenaPrefix);
        std::atexit(terminateExiv2AtExit);
    });
}

Exiv2MessageCollector::Exiv2MessageCollector(QStringList &messages)
    : mPrevious(std::exchange(tCollected, &messages))
{
}

Exiv2MessageCollector::~Exiv2MessageCollector()
{
    tCollected = mPrevious;
}

QString takeLastExiv2Message()
{
    return std::exchange(tLastMessage, QString());
}

Exiv2::XmpData normaliseXmpPrefixes(const Exiv2::XmpData &xmp)
{
    static const std::string foreign = "/Iptc4xmpExt:";
    static const std::string ours = "/iptcExt:";
    Exiv2::XmpData out;
    for (const Exiv2::Xmpdatum &datum : xmp) {
        std::string key = datum.key();
        for (auto at = key.find(foreign); at != std::string::npos; at = key.find(foreign, at))
            key.replace(at, foreign.size(), ours);
        out.add(Exiv2::XmpKey(key), &datum.value());
    }
    return out;
}

} // namespace provena::detail
