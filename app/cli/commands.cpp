// SPDX-License-Identifier: MIT
// The table of subcommands. Each subcommand lives in its own *command.cpp file.
#include "cli/command.h"

#include <QCoreApplication>

namespace provena::cli {

int runInspect(CommandContext &context);
int runRegion(CommandContext &context);
int runRegions(CommandContext &context);
int runLink(CommandContext &context);
int runValidate(CommandContext &context);
int runLabels(CommandContext &context);
int runMetadata(CommandContext &context);
int runAgencies(CommandContext &context);
int runProvenance(CommandContext &context);
int runFetch(CommandContext &context);
int runXmp(CommandContext &context);
int runExport(CommandContext &context);
int runVerify(CommandContext &context);
int runImport(CommandContext &context);
int runForensics(CommandContext &context);
int runJpegTables(CommandContext &context);
int runMatch(CommandContext &context);
int runFindVersions(CommandContext &context);
int runFaces(CommandContext &context);
int runMerge(CommandContext &context);
int runGitSetup(CommandContext &context);
int runConflicts(CommandContext &context);

const QList<Command> &allCommands()
{
    static const QList<Command> commands = {
        {QStringLiteral("inspect"),
         QCoreApplication::translate("cli", "Print what Provena understands of an article file"),
         &runInspect},
        {QStringLiteral("region"),
         QCoreApplication::translate("cli", "Add, list or remove image regions (region --help)"),
         &runRegion},
        {QStringLiteral("regions"),
         QCoreApplication::translate(
             "cli", "Import regions from labelme, COCO, VIA or XMP; and all `region` does"),
         &runRegions},
        {QStringLiteral("faces"),
         QCoreApplication::translate(
             "cli", "Suggest faces on an article's images; --accept adds them as person regions"),
         &runFaces},
        {QStringLiteral("link"),
         QCoreApplication::translate("cli", "Link a region to a span of the article text"),
         &runLink},
        {QStringLiteral("validate"),
         QCoreApplication::translate("cli",
                                     "Check a sidecar against its article and images (no writes)"),
         &runValidate},
        {QStringLiteral("labels"),
         QCoreApplication::translate("cli", "List region labels; add or remove your own"),
         &runLabels},
        {QStringLiteral("metadata"),
         QCoreApplication::translate("cli",
                                     "Print an image's provenance metadata, flags and warnings"),
         &runMetadata},
        {QStringLiteral("agencies"),
         QCoreApplication::translate(
             "cli", "List the agencies suggestions resolve; add or remove your own"),
         &runAgencies},
        {QStringLiteral("provenance"),
         QCoreApplication::translate(
             "cli", "Show or change where each image comes from: claims, suggestions, verdict"),
         &runProvenance},
        {QStringLiteral("fetch"),
         QCoreApplication::translate(
             "cli", "Fetch images named by http(s) URL into STEM_files/, with a custody record"),
         &runFetch},
        {QStringLiteral("xmp"),
         QCoreApplication::translate(
             "cli", "Write XMP sidecars beside the article's images (digiKam, exiftool)"),
         &runXmp},
        {QStringLiteral("export"),
         QCoreApplication::translate(
             "cli", "Export articles with their annotations as a BagIt zip (report, renderings)"),
         &runExport},
        {QStringLiteral("verify"),
         QCoreApplication::translate("cli",
                                     "Check a bundle: checksums and every sidecar (no writes)"),
         &runVerify},
        {QStringLiteral("import"),
         QCoreApplication::translate("cli", "Extract a bundle safely into a folder and verify it"),
         &runImport},
        {QStringLiteral("forensics"),
         QCoreApplication::translate(
             "cli", "Forensic view of an image: ELA, noise, gradient or copy-move clones"),
         &runForensics},
        {QStringLiteral("jpeg-tables"),
         QCoreApplication::translate(
             "cli", "A JPEG's quantisation tables, estimated quality, standard IJG or not"),
         &runJpegTables},
        {QStringLiteral("match"),
         QCoreApplication::translate(
             "cli", "Compare two images: hashes, alignment, crop rectangle and scale of B in A"),
         &runMatch},
        {QStringLiteral("find-versions"),
         QCoreApplication::translate(
             "cli", "Find other versions of a photo (crops, re-encodes, mirrored) under a folder"),
         &runFindVersions},
        {QStringLiteral("merge"),
         QCoreApplication::translate(
             "cli", "Three-way merge of two sidecars by annotation and field (git merge driver)"),
         &runMerge},
        {QStringLiteral("conflicts"),
         QCoreApplication::translate(
             "cli", "Resolve merge conflicts of claims, images, labels (conflicts --help)"),
         &runConflicts},
        {QStringLiteral("git-setup"),
         QCoreApplication::translate(
             "cli", "Install provena-cli merge as the git merge driver of sidecars in a repo"),
         &runGitSetup},
    };
    return commands;
}

} // namespace provena::cli
