// SPDX-License-Identifier: MIT
// `provena-cli fetch ARTICLE [--image N] [--offline] [--max-size MB] [--timeout SECONDS]`: fetch
// the images the article names by http(s) URL and has no local file of, into STEM_files/, and
// record a Retrieved custody event for each in the sidecar.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "session/imagefetcher.h"
#include "session/imagefetchjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class FetchCommand
{
    Q_DECLARE_TR_FUNCTIONS(FetchCommand)

public:
    static int run(CommandContext &context);

private:
    struct Outcome
    {
        int index = -1;
        Result<FetchedImage> result;
    };

    static int parseOptions(const QCommandLineParser &parser, CommandContext &context,
                            FetchOptions *options, int *imageNumber);
    static Result<FetchedImage> fetchOne(const QString &url, const QString &articlePath, int index,
                                         const FetchOptions &options, CommandContext &context);
};

int FetchCommand::parseOptions(const QCommandLineParser &parser, CommandContext &context,
                               FetchOptions *options, int *imageNumber)
{
    bool ok = true;
    if (parser.isSet(u"image"_s)) {
        *imageNumber = parser.value(u"image"_s).toInt(&ok);
        if (!ok || *imageNumber < 1)
            return CliSupport::usageError(context, tr("--image takes a number from 1"),
                                          parser.helpText());
    }
    if (parser.isSet(u"max-size"_s)) {
        const double mb = parser.value(u"max-size"_s).toDouble(&ok);
        if (!ok || mb <= 0)
            return CliSupport::usageError(context, tr("--max-size takes a number of MB above 0"),
                                          parser.helpText());
        options->maxBytes = qint64(mb * double(1 << 20));
    }
    if (parser.isSet(u"timeout"_s)) {
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return CliSupport::usageError(
                context, tr("--timeout takes a number of seconds above 0 (at most 3600)"),
                parser.helpText());
        options->connectTimeoutMs = int(seconds * 1000);
        options->idleTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(u"offline"_s))
        options->offline = true;
    return -1;
}

Result<FetchedImage> FetchCommand::fetchOne(const QString &url, const QString &articlePath,
                                            int index, const FetchOptions &options,
                                            CommandContext &context)
{
    ImageFetcher fetcher;
    fetcher.setOptions(options);
    // Progress only for people watching a terminal, never into a log file.
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    if (showProgress) {
        QObject::connect(
            &fetcher, &ImageFetcher::progress, &fetcher,
            [&context, index](qint64 received, qint64 total) {
                const QString kb = QString::number(received / 1024);
                context.err
                    << '\r'
                    << (total >= 0
                            ? tr("image %1: %2 of %3 KB").arg(index + 1).arg(kb).arg(total / 1024)
                            : tr("image %1: %2 KB").arg(index + 1).arg(kb))
                    << Qt::flush;
            });
    }
    Result<FetchedImage> result = fetcher.fetchAndWait(url, articlePath);
    if (showProgress)
        context.err << "\r\033[K" << Qt::flush;
    return result;
}

int FetchCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetch the images the article names by http or https URL and has no local file of, "
           "into the folder STEM_files/ beside it, and record for each a \"retrieved\" custody "
           "event (final URL, HTTP status and headers, size, SHA-256) in the sidecar. Prints one "
           "line per image saved; refusals go to stderr."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption image(u"image"_s, tr("Only image N (from 1, in article order)."),
                                   u"N"_s);
    const QCommandLineOption offline(u"offline"_s,
                                     tr("No network access: every fetch is refused (as with the "
                                        "setting network/offline)."));
    const QCommandLineOption maxSize(
        u"max-size"_s,
        tr("The most a download may be, in MB (default 100, or network/maxDownloadMB)."), u"MB"_s);
    const QCommandLineOption timeout(
        u"timeout"_s,
        tr("Give up when the server does not answer, or sends nothing, for this long (default 15 s "
           "to answer, 30 s between data)."),
        u"SECONDS"_s);
    parser.addOptions({help, image, offline, maxSize, timeout});
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;
    FetchOptions options = FetchOptions::fromSettings();
    int imageNumber = 0;
    if (const int code = parseOptions(parser, context, &options, &imageNumber); code >= 0)
        return code;

    const QString articlePath = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    int exitCode = ExitSuccess;
    // Read once to see what to fetch; the network runs without holding the sidecar's lock.
    const std::unique_ptr<ArticleDocument> doc
        = CliSupport::openDocument(articlePath, context, &exitCode, false);
    if (!doc)
        return exitCode;
    const QList<ImageRef> &images = doc->article().images;
    QList<int> wanted;
    if (imageNumber > 0) {
        if (imageNumber > images.size())
            return CliSupport::usageError(context,
                                          tr("image %1 does not exist: the article has %n image(s)",
                                             nullptr, int(images.size()))
                                              .arg(imageNumber));
        const ImageRef &ref = images.at(imageNumber - 1);
        if (!ref.localPath.isEmpty()) {
            context.err << tr("image %1: it already has a local file, “%2”; nothing to fetch.\n")
                               .arg(imageNumber)
                               .arg(ref.localPath);
            return ExitSuccess;
        }
        if (!ImageFetchJob::isFetchableUrl(ref.url)) {
            context.err << tr("image %1: “%2” is not an http or https address; Provena fetches "
                              "nothing else.\n")
                               .arg(imageNumber)
                               .arg(ref.url);
            return ExitFindings;
        }
        wanted.append(imageNumber - 1);
    } else {
        for (int i = 0; i < images.size(); ++i) {
            if (ImageFetchJob::needsFetch(images.at(i)))
                wanted.append(i);
        }
    }
    if (wanted.isEmpty()) {
        context.err << tr("Nothing to fetch: every image has a local file or no http(s) "
                          "address.\n");
        return ExitSuccess;
    }

    QList<Outcome> fetched;
    bool failed = false;
    for (const int index : std::as_const(wanted)) {
        Result<FetchedImage> result
            = fetchOne(images.at(index).url, articlePath, index, options, context);
        if (!result) {
            failed = true;
            context.err << tr("image %1: %2\n").arg(index + 1).arg(result.error().message);
            continue;
        }
        fetched.append({index, std::move(result)});
    }
    if (fetched.isEmpty())
        return ExitFindings;

    const QDir articleDir = QFileInfo(articlePath).absoluteDir();
    const int saved = CliSupport::editDocument(
        articlePath, context, [&](ArticleDocument &edited, QTextStream &out) {
            for (const Outcome &outcome : std::as_const(fetched)) {
                const FetchedImage &f = outcome.result.value();
                if (const Status applied = ImageFetchJob::apply(edited, outcome.index, f);
                    !applied) {
                    context.err << applied.error().toString() << '\n';
                    return int(ExitInputError);
                }
                const QString where
                    = QDir::fromNativeSeparators(articleDir.relativeFilePath(f.path));
                out << (f.reused
                            ? tr("image %1: already there %2 (%3 bytes, sha256 %4), same as %5\n")
                            : tr("image %1: saved %2 (%3 bytes, sha256 %4) from %5\n"))
                           .arg(outcome.index + 1)
                           .arg(where)
                           .arg(f.byteSize)
                           .arg(f.sha256, f.finalUrl);
            }
            return int(ExitSuccess);
        });
    if (saved != ExitSuccess)
        return saved;
    return failed ? ExitFindings : ExitSuccess;
}

int runFetch(CommandContext &context)
{
    return FetchCommand::run(context);
}

} // namespace provena::cli
