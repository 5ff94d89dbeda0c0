// SPDX-License-Identifier: MIT
// `provena-cli merge BASE OURS THEIRS [-o OUT]`: three-way merge of sidecars, usable as git's
// merge driver (docs/collaboration.md).
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "core/io/fileaccess.h"
#include "core/io/savefile.h"
#include "formats/sidecarmerger.h"
#include "formats/sidecarreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    static int run(CommandContext &context);

private:
    /** A value for one line of the report: compact JSON, shortened; "(absent)" when undefined. */
    static QString shown(const QJsonValue &value);
    static void reportText(CommandContext &context, const QList<SidecarMergeConflict> &conflicts);
    static void reportJson(CommandContext &context, const QList<SidecarMergeConflict> &conflicts,
                           const QString &output);
};

QString MergeCommand::shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return tr("(absent)");
    QString text;
    if (value.isString())
        text = value.toString();
    else
        text = QString::fromUtf8(
            QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    constexpr qsizetype kLongest = 200;
    if (text.size() > kLongest)
        text = text.left(kLongest) + u'…';
    return text;
}

void MergeCommand::reportText(CommandContext &context, const QList<SidecarMergeConflict> &conflicts)
{
    for (const SidecarMergeConflict &c : conflicts) {
        context.err << tr("CONFLICT: %1 %2: ours %3, theirs %4 (base %5); kept ours\n")
                           .arg(c.itemId, c.conflict.field, shown(c.conflict.ours),
                                shown(c.conflict.theirs), shown(c.conflict.base));
    }
}

void MergeCommand::reportJson(CommandContext &context, const QList<SidecarMergeConflict> &conflicts,
                              const QString &output)
{
    QJsonArray list;
    for (const SidecarMergeConflict &c : conflicts) {
        QJsonObject o;
        o.insert(u"item"_s, c.itemId);
        o.insert(u"field"_s, c.conflict.field);
        if (!c.conflict.base.isUndefined())
            o.insert(u"base"_s, c.conflict.base);
        if (!c.conflict.ours.isUndefined())
            o.insert(u"ours"_s, c.conflict.ours);
        if (!c.conflict.theirs.isUndefined())
            o.insert(u"theirs"_s, c.conflict.theirs);
        list.append(o);
    }
    QJsonObject report;
    report.insert(u"conflicts"_s, list);
    report.insert(u"output"_s, output.isEmpty() ? QJsonValue() : QJsonValue(output));
    context.err << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
}

int MergeCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Three-way merge of two sidecars of the same article: annotations by id, their "
           "fields one by one. A field both sides changed differently keeps OURS and is marked "
           "on its annotation (mergeConflicts, needs review) with both values. Conflicts are "
           "reported on stderr. As git's merge driver: provena-cli git-setup.\nExit 0: merged "
           "cleanly; 1: merged with conflicts (the file is written and opens in Provena); 2: an "
           "input cannot be read as a sidecar, or the output cannot be written (nothing is "
           "written then)."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s},
                                          tr("Write the merged sidecar to FILE (atomically) "
                                             "instead of stdout."),
                                          tr("FILE"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Report the conflicts as JSON on stderr."));
    parser.addOption(help);
    parser.addOption(outputOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"BASE"_s,
                                 tr("The common ancestor (an empty file when there is none)."));
    parser.addPositionalArgument(u"OURS"_s, tr("Our version."));
    parser.addPositionalArgument(u"THEIRS"_s, tr("Their version."));
    if (const int code
        = CliSupport::parseOrExit(parser, help, context, {u"BASE"_s, u"OURS"_s, u"THEIRS"_s});
        code >= 0)
        return code;
    const QStringList paths = parser.positionalArguments();
    QByteArray data[3];
    for (int i = 0; i < 3; ++i) {
        const Result<QByteArray> read = FileAccess::readRegularFile(
            paths.at(i), SidecarReader::kMaxFileSize, tr("The sidecar"));
        if (!read) {
            context.err << read.error().toString() << '\n';
            return ExitInputError;
        }
        data[i] = read.value();
    }
    Result<SidecarMergeResult> merged = SidecarMerger::merge(data[0], data[1], data[2]);
    if (!merged) {
        // The error names the side ("ours: …"); the path tells which file that was.
        Error e = merged.error();
        const int side = e.path == QLatin1String("base") ? 0
            : e.path == QLatin1String("ours")            ? 1
            : e.path == QLatin1String("theirs")          ? 2
                                                         : -1;
        if (side >= 0)
            e.path = paths.at(side);
        context.err << e.toString() << '\n' << tr("Nothing was written.\n");
        return ExitInputError;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        context.out.flush();
        context.out << QString::fromUtf8(merged->merged);
    } else if (const Status saved = saveAtomically(output, merged->merged); !saved) {
        context.err << saved.error().toString() << '\n';
        return ExitInputError;
    }
    if (parser.isSet(jsonOption))
        reportJson(context, merged->conflicts, output);
    else
        reportText(context, merged->conflicts);
    if (merged->hasConflicts()) {
        if (!parser.isSet(jsonOption))
            context.err << tr("%n conflict(s); the merged sidecar keeps ours and marks them for "
                              "review in Provena.\n",
                              nullptr, int(merged->conflicts.size()));
        return ExitFindings;
    }
    return ExitSuccess;
}

int runMerge(CommandContext &context)
{
    return MergeCommand::run(context);
}

} // namespace provena::cli
