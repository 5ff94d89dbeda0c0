// SPDX-License-Identifier: MIT
#include "media/opencvcodecs_p.h"

#include "media/imagedecoder.h"
#include "media/medialog_p.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <cstring>

namespace provena::detail {

namespace {

/** Where the module may be: installed beside the program (bin/ → lib/<arch>/provena/), then
 *  where this build put it. The program's own path, not the working directory, anchors both. */
QStringList candidatePaths()
{
    QStringList paths;
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!program.isEmpty())
        paths << QDir::cleanPath(QFileInfo(program).absolutePath() + QLatin1Char('/')
                                 + QStringLiteral(PROVENA_CODEC_MODULE_FROM_BINDIR));
    paths << QStringLiteral(PROVENA_CODEC_MODULE_BUILD_PATH);
    paths.removeDuplicates();
    return paths;
}

struct LoadedModule
{
    const CodecApi *api = nullptr;
    Error error;
};

LoadedModule load()
{
    QStringList tried;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            tried << QStringLiteral("%1: no such file").arg(path);
            continue;
        }
        QLibrary library(path);
        // Never unloaded: decoded images may still run code of OpenCV's codecs' libraries.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            tried << QStringLiteral("%1: %2").arg(path, library.errorString());
            continue;
        }
        using Entry = const CodecApi *(*)();
        const auto entry = reinterpret_cast<Entry>(library.resolve("provena_codec_api"));
        const CodecApi *api = entry ? entry() : nullptr;
        if (!api) {
            tried << QStringLiteral("%1: no provena_codec_api").arg(path);
            continue;
        }
        if (api->version != kCodecApiVersion
            || std::strcmp(api->providerVersion, PROVENA_VERSION) != 0) {
            tried << QStringLiteral("%1: module of Provena %2 (interface %3), expected %4 (%5)")
                         .arg(path, QString::fromUtf8(api->providerVersion))
                         .arg(api->version)
                         .arg(QStringLiteral(PROVENA_VERSION))
                         .arg(kCodecApiVersion);
            continue;
        }
        qCDebug(lcMedia) << "image codecs loaded from" << path;
        return {api, {}};
    }
    const QString detail = tried.join(QStringLiteral("; "));
    qCWarning(lcMedia).noquote() << "image codecs not loaded:" << detail;
    return {nullptr,
            Error {ImageDecoder::tr("Provena’s image decoders (%1) could not be loaded: "
                                    "reinstall Provena.")
                       .arg(QStringLiteral(PROVENA_CODEC_MODULE_FILE_NAME)),
                   detail, QString()}};
}

} // namespace

Result<const CodecApi *> codecApi()
{
    static const LoadedModule loaded = load(); // once; concurrent first callers wait for it
    if (!loaded.api)
        return loaded.error;
    return loaded.api;
}

Result<cv::Mat> imdecode(const cv::Mat &buffer, int flags)
{
    const Result<const CodecApi *> api = codecApi();
    if (!api)
        return api.error();
    return api.value()->decode(buffer, flags);
}

} // namespace provena::detail
