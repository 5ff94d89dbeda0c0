// SPDX-License-Identifier: MIT
// `provena-cli validate ARTICLE`: check the sidecar against the article and its images.
// Never writes anything.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/model/regionvalidator.h"
#include "session/documentio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

QString statusName(TextAnchor::Status status)
{
    switch (status) {
    case TextAnchor::Status::Resolved:
        return u"resolved"_s;
    case TextAnchor::Status::Moved:
        return u"moved"_s;
    case TextAnchor::Status::Fuzzy:
        return u"fuzzy"_s;
    case TextAnchor::Status::Orphaned:
        return u"orphaned"_s;
    }
    return {};
}

} // namespace

class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(CommandContext &context);

private:
    /**
     * One line per image of the article that could not be checked: missing, unreadable, not an
     * image, outside the folder, or of unknown size while regions are drawn on it. True when
     * there was any.
     */
    static bool reportImages(CommandContext &context, const ArticleDocument &doc);
};

bool ValidateCommand::reportImages(CommandContext &context, const ArticleDocument &doc)
{
    bool found = false;
    const QList<ImageRef> &images = doc.article().images;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const ImageRecord &record = doc.imageRecord(int(i));
        const QString number = QString::number(i + 1);
        const QString url = images.at(i).url;
        switch (record.problem) {
        case ImageRecord::Problem::None:
            break;
        case ImageRecord::Problem::Missing:
            context.out << tr("IMAGE NOT FOUND: image %1 (%2): %3\n")
                               .arg(number, url, record.problemDetail);
            break;
        case ImageRecord::Problem::Unreadable:
            context.out << tr("IMAGE UNREADABLE: image %1 (%2): %3\n")
                               .arg(number, url, record.problemDetail);
            break;
        case ImageRecord::Problem::NotAnImage:
            context.out
                << tr("NOT AN IMAGE: image %1 (%2): %3\n").arg(number, url, record.problemDetail);
            break;
        case ImageRecord::Problem::OutsideFolder:
            context.out << tr("IMAGE OUTSIDE THE FOLDER: image %1 (%2) leads to %3, outside the "
                              "article's folder; it was not read (--allow-outside reads it)\n")
                               .arg(number, url, record.problemPath);
            break;
        }
        found = found || record.problem != ImageRecord::Problem::None;
        const qsizetype regions = doc.regionsOnImage(int(i)).size();
        if (!record.sizeKnown() && regions > 0) {
            context.out << tr("UNKNOWN SIZE: image %1 (%2) has no known pixel size, so its %n "
                              "region(s) could not be bounds-checked\n",
                              nullptr, int(regions))
                               .arg(number, url);
            found = true;
        }
    }
    return found;
}

int ValidateCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check an article's sidecar against the article text and its images, and print what "
           "was found. Writes nothing.\nExit 0: every anchor resolves (re-anchored ones are "
           "listed) and every image could be checked; 1: an anchor is orphaned, an image "
           "changed, or an image is missing, unreadable, not an image, outside the article's "
           "folder (without --allow-outside) or of unknown size while it has regions (they "
           "could not be bounds-checked); 2: the article or sidecar cannot be read."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s}); code >= 0)
        return code;
    const QString articlePath = parser.positionalArguments().first();
    OpenReport report;
    auto opened = DocumentIO::open(articlePath, &report, CliSupport::readOptions(context));
    if (!opened) {
        context.err << opened.error().toString() << '\n';
        return ExitInputError;
    }
    const QString sidecar = DocumentIO::sidecarPathFor(articlePath);
    if (!report.sidecarFound) {
        context.err << tr("%1: no sidecar found (expected %2).\n")
                           .arg(articlePath, QFileInfo(sidecar).fileName());
        return ExitInputError;
    }
    if (report.sidecarUnreadable) {
        context.err << report.sidecarError.toString() << '\n';
        return ExitInputError;
    }
    const ArticleDocument &doc = *opened.value();
    context.out << tr("sidecar: %1\n").arg(sidecar);
    context.out << tr("regions: %1, text anchors: %2\n")
                       .arg(doc.regions().size())
                       .arg(doc.anchors().size());
    context.out << (report.articleChanged ? tr("article: changed since the sidecar was written\n")
                                          : tr("article: unchanged\n"));
    for (const OpenReport::Anchor &a : std::as_const(report.reanchored))
        context.out << tr("re-anchored (%1, similarity %2): %3 “%4” [%5, %6) -> [%7, %8)\n")
                           .arg(statusName(a.status))
                           .arg(a.similarity, 0, 'f', 2)
                           .arg(CliSupport::shortId(a.id), a.exact.left(60))
                           .arg(a.oldRange.start)
                           .arg(a.oldRange.end)
                           .arg(a.newRange.start)
                           .arg(a.newRange.end);
    for (const OpenReport::Anchor &a : std::as_const(report.orphaned))
        context.out << tr("ORPHANED: %1 “%2” was at [%3, %4); not found in the article\n")
                           .arg(CliSupport::shortId(a.id), a.exact.left(60))
                           .arg(a.oldRange.start)
                           .arg(a.oldRange.end);
    for (int i : std::as_const(report.changedImages))
        context.out << tr("IMAGE CHANGED: image %1 (%2): SHA-256 %3, sidecar recorded %4; its "
                          "regions need review\n")
                           .arg(i + 1)
                           .arg(doc.article().images.value(i).url,
                                doc.imageRecord(i).sha256.left(12),
                                doc.imageRecord(i).recordedSha256.left(12));
    for (int i : std::as_const(report.missingImages))
        context.out << tr("IMAGE MISSING: the sidecar has regions on an image the article no "
                          "longer references (%1)\n")
                           .arg(doc.imageRecord(i).extra.value(u"originalUrl"_s).toString());
    const bool imageFindings = reportImages(context, doc);
    // Regions outside their image (e.g. the image was replaced by a smaller one), checked the
    // way every region is checked; points and straight lines on the image are inside.
    for (const Region &r : doc.regions()) {
        const QSize size = doc.imageRecord(r.imageIndex).pixelSize;
        if (size.isValid() && !RegionValidator::liesInside(r.geometry, size))
            context.out << tr("warning: region %1 lies outside image %2 (%3×%4)\n")
                               .arg(CliSupport::shortId(r.id))
                               .arg(r.imageIndex + 1)
                               .arg(size.width())
                               .arg(size.height());
    }
    const bool findings = !report.orphaned.isEmpty() || !report.changedImages.isEmpty()
        || !report.missingImages.isEmpty() || imageFindings;
    context.out << (findings ? tr("result: problems found\n") : tr("result: OK\n"));
    return findings ? ExitFindings : ExitSuccess;
}

int runValidate(CommandContext &context)
{
    return ValidateCommand::run(context);
}

} // namespace provena::cli
