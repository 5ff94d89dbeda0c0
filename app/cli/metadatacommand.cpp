// SPDX-License-Identifier: MIT
// `provena-cli metadata IMAGE [--json]`: the provenance evidence of one image's metadata (EXIF,
// IPTC, XMP and its XMP sidecar), grouped provenance-relevant first, with raw keys, flags and
// warnings (ImageEvidence, the same reading as the Metadata dock).
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "metadata/evidencegroups.h"
#include "metadata/metadatareader.h"
#include "session/imageevidence.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class MetadataCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetadataCommand)

public:
    static int run(CommandContext &context);

private:
    static QJsonObject toJson(const QString &imagePath, const MetadataEvidence &evidence);
    static void printText(QTextStream &out, const QString &imagePath,
                          const MetadataEvidence &evidence);
};

QJsonObject MetadataCommand::toJson(const QString &imagePath, const MetadataEvidence &evidence)
{
    QJsonArray flags;
    for (const MetadataEvidence::Flag &flag : evidence.flags)
        flags.append(QJsonObject {{u"kind"_s, MetadataEvidence::Flag::kindName(flag.kind)},
                                  {u"key"_s, flag.key},
                                  {u"detail"_s, flag.detail}});
    QJsonArray items;
    for (const EvidenceGroups::Group &group : EvidenceGroups::all()) {
        for (const MetadataEvidence::Field field : group.fields) {
            for (const MetadataEvidence::Item &item : evidence.itemsOf(field))
                items.append(QJsonObject {{u"group"_s, group.id},
                                          {u"field"_s, MetadataEvidence::fieldName(item.field)},
                                          {u"key"_s, item.key},
                                          {u"value"_s, item.value},
                                          {u"origin"_s, item.origin}});
        }
    }
    return QJsonObject {{u"schema"_s, u"provena-metadata/1"_s},
                        {u"image"_s, imagePath},
                        {u"flags"_s, flags},
                        {u"warnings"_s, QJsonArray::fromStringList(evidence.warnings)},
                        {u"items"_s, items}};
}

void MetadataCommand::printText(QTextStream &out, const QString &imagePath,
                                const MetadataEvidence &evidence)
{
    out << imagePath << '\n';
    if (!evidence.flags.isEmpty()) {
        out << '\n' << tr("Flags") << '\n';
        for (const MetadataEvidence::Flag &flag : evidence.flags)
            out << "  ! " << MetadataEvidence::Flag::kindName(flag.kind) << ": " << flag.detail
                << '\n';
    }
    if (!evidence.warnings.isEmpty()) {
        out << '\n' << tr("Warnings") << '\n';
        for (const QString &warning : evidence.warnings)
            out << "  " << warning << '\n';
    }
    for (const EvidenceGroups::Group &group : EvidenceGroups::all()) {
        QList<MetadataEvidence::Item> items;
        for (const MetadataEvidence::Field field : group.fields)
            items += evidence.itemsOf(field);
        if (items.isEmpty())
            continue;
        out << '\n' << EvidenceGroups::title(group.id) << '\n';
        for (const MetadataEvidence::Item &item : std::as_const(items))
            out << "  " << (MetadataEvidence::fieldTitle(item.field) + u':').leftJustified(22)
                << ' ' << item.value << "  [" << item.key << ", " << item.origin << "]\n";
    }
    if (evidence.items.isEmpty())
        out << '\n'
            << tr("No provenance metadata (creator, credit, dates, camera …) in this image.")
            << '\n';
}

int MetadataCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print what an image's metadata (EXIF, IPTC, XMP and its XMP sidecar) says about its "
           "provenance: who made and released it, rights, dates, editing history, camera, "
           "location and document identifiers, each with its raw key; flags (C2PA manifest, "
           "thumbnail mismatch, metadata stripped, editing software) and warnings about damaged "
           "metadata."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON (schema provena-metadata/1, see docs/cli.md)."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"IMAGE"_s, tr("The image file (JPEG, PNG, TIFF …)."));
    if (const int code = CliSupport::parseOrExit(parser, helpOption, context, {u"IMAGE"_s});
        code >= 0)
        return code;
    const QString imagePath = parser.positionalArguments().first();

    MetadataReader::initialise();
    const Result<MetadataEvidence> evidence = ImageEvidence::read(imagePath);
    if (!evidence) {
        context.err << "provena-cli metadata: " << evidence.error().toString() << '\n';
        return ExitInputError;
    }
    if (parser.isSet(jsonOption))
        context.out << QString::fromUtf8(
            QJsonDocument(toJson(imagePath, evidence.value())).toJson(QJsonDocument::Indented));
    else
        printText(context.out, imagePath, evidence.value());
    return ExitSuccess;
}

int runMetadata(CommandContext &context)
{
    return MetadataCommand::run(context);
}

} // namespace provena::cli
