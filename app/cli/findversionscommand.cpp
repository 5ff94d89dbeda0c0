// SPDX-License-Identifier: MIT
// `provena-cli find-versions IMAGE DIR [--json]`: every other version of IMAGE under DIR (crops,
// re-encodes, mirrored copies) with the articles that show it (VersionFinder); with --suggest
// also each other appearance as a provenance suggestion (VersionSuggester), never recorded.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/matchjson.h"
#include "cli/provenancejson.h"
#include "cli/provenancetext.h"
#include "core/document/articledocument.h"
#include "core/provenance/versionsuggester.h"
#include "session/documentio.h"
#include "session/versionfinder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class FindVersionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(FindVersionsCommand)

public:
    static int run(CommandContext &context);

private:
    static QJsonObject toJson(const VersionSearch &search);
    static void printText(QTextStream &out, const VersionSearch &search);
    /** The suggestions for IMAGE: as an image of the first article that shows it (its recorded
     *  claims are not offered again), else as a lone image (index 0, nothing recorded). */
    static QList<ProvenanceSuggestion> suggestions(const VersionSearch &search);
};

namespace {

QJsonArray appearancesJson(const QList<VersionAppearance> &appearances)
{
    QJsonArray out;
    for (const VersionAppearance &a : appearances)
        out.append(QJsonObject {{u"article"_s, a.articlePath},
                                {u"image"_s, a.imageNumber},
                                {u"caption"_s, a.caption},
                                {u"credit"_s, a.credit}});
    return out;
}

} // namespace

QJsonObject FindVersionsCommand::toJson(const VersionSearch &search)
{
    QJsonArray versions;
    for (const FoundVersion &version : search.versions) {
        QJsonObject object = MatchJson::geometry(version.match);
        object.insert(u"path"_s, version.path);
        object.insert(u"relativePath"_s, version.relativePath);
        object.insert(u"foundBy"_s, version.foundBy);
        object.insert(u"sha256"_s, QString::fromLatin1(version.match.sha256B));
        object.insert(u"width"_s, version.match.sizeB.width());
        object.insert(u"height"_s, version.match.sizeB.height());
        object.insert(u"distance"_s, version.match.distance);
        object.insert(u"mirroredDistance"_s, version.match.mirroredDistance);
        object.insert(u"appearances"_s, appearancesJson(version.appearances));
        versions.append(object);
    }
    const VersionIndexUpdate &index = search.index;
    return QJsonObject {
        {u"schema"_s, u"provena-versions/1"_s},
        {u"image"_s, search.imagePath},
        {u"folder"_s, search.folder},
        {u"appearances"_s, appearancesJson(search.imageAppearances)},
        {u"versions"_s, versions},
        {u"index"_s,
         QJsonObject {{u"path"_s, VersionIndex::indexPath(search.folder)},
                      {u"images"_s, search.indexedImages},
                      {u"reused"_s, index.reused},
                      {u"hashed"_s, index.hashed},
                      {u"dropped"_s, index.dropped},
                      {u"rebuilt"_s, index.rebuilt},
                      {u"rebuildReason"_s, index.rebuildReason}}},
        {u"hashCandidates"_s, search.hashCandidates},
        {u"featureChecks"_s, search.featureChecks},
        {u"featureSkipped"_s, search.featureSkipped},
        {u"articlesRead"_s, search.articlesRead},
        {u"warnings"_s, QJsonArray::fromStringList(search.warnings)},
    };
}

void FindVersionsCommand::printText(QTextStream &out, const VersionSearch &search)
{
    const auto printAppearances = [&out](const QList<VersionAppearance> &appearances) {
        for (const VersionAppearance &a : appearances) {
            out << "    " << tr("in %1, image %2").arg(a.articlePath).arg(a.imageNumber) << '\n';
            if (!a.caption.isEmpty())
                out << "      " << tr("caption: %1").arg(a.caption) << '\n';
            if (!a.credit.isEmpty())
                out << "      " << tr("credit: %1").arg(a.credit) << '\n';
        }
    };
    out << search.imagePath << '\n';
    printAppearances(search.imageAppearances);
    out << '\n'
        << tr("%n other version(s) under %1", nullptr, int(search.versions.size()))
               .arg(search.folder)
        << '\n';
    for (const FoundVersion &version : search.versions) {
        out << "  " << version.relativePath << "  " << version.match.sizeB.width() << " × "
            << version.match.sizeB.height() << '\n';
        out << "    " << MatchJson::summary(version.match) << '\n';
        out << "    "
            << tr("dHash distance %1 (mirrored %2), found by %3")
                   .arg(version.match.distance)
                   .arg(version.match.mirroredDistance)
                   .arg(version.foundBy)
            << '\n';
        printAppearances(version.appearances);
    }
    out << '\n'
        << tr("Index: %1 images (%2 hashed now, %3 from the cache, %4 gone)%5")
               .arg(search.indexedImages)
               .arg(search.index.hashed)
               .arg(search.index.reused)
               .arg(search.index.dropped)
               .arg(search.index.rebuilt ? tr("; rebuilt: %1").arg(search.index.rebuildReason)
                                         : QString())
        << '\n';
    out << tr("Compared: %1 by close hashes, %2 by features alone; %3 beyond the budget")
               .arg(search.hashCandidates)
               .arg(search.featureChecks)
               .arg(search.featureSkipped)
        << '\n';
}

QList<ProvenanceSuggestion> FindVersionsCommand::suggestions(const VersionSearch &search)
{
    int imageIndex = 0;
    ImageProvenance recorded;
    if (!search.imageAppearances.isEmpty()) {
        const VersionAppearance &first = search.imageAppearances.first();
        imageIndex = first.imageNumber - 1;
        // Only to read what is recorded; an unreadable sidecar just records nothing here.
        if (auto opened = DocumentIO::open(first.articlePath))
            recorded = opened.value()->imageProvenance(imageIndex);
    }
    return VersionSuggester::suggest(imageIndex, VersionFinder::sightings(search), recorded,
                                     AgencyDirectory::standard());
}

int FindVersionsCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find every other version of IMAGE under DIR: re-encodes, crops, scaled and mirrored "
           "copies, with the articles (.md, .txt) that show them, their captions and credits. "
           "The perceptual hashes of DIR's images are cached in DIR/.provena/"
           "versions-index.json and only new or changed files are hashed again."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print JSON (schema provena-versions/1, see docs/cli.md)."));
    const QCommandLineOption budgetOption(
        u"feature-budget"_s,
        tr("Compare at most N images whose hashes differ by features (crops); default 200."),
        u"N"_s, u"200"_s);
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    const QCommandLineOption suggestOption(
        u"suggest"_s,
        tr("Also offer each other appearance as a provenance suggestion (republisher, with the "
           "other file and the match as evidence). Nothing is recorded."));
    parser.addOption(budgetOption);
    parser.addOption(suggestOption);
    parser.addPositionalArgument(u"IMAGE"_s, tr("The image whose versions to find."));
    parser.addPositionalArgument(u"DIR"_s, tr("The folder to search, recursively."));
    if (const int code
        = CliSupport::parseOrExit(parser, helpOption, context, {u"IMAGE"_s, u"DIR"_s});
        code >= 0)
        return code;
    bool budgetOk = false;
    VersionSearchOptions options;
    options.featureBudget = parser.value(budgetOption).toInt(&budgetOk);
    if (!budgetOk || options.featureBudget < 0)
        return CliSupport::usageError(
            context, tr("--feature-budget needs a whole number of images, 0 or more."));
    const QStringList paths = parser.positionalArguments();

    const Result<VersionSearch> search = VersionFinder::find(paths.at(0), paths.at(1), options);
    if (!search) {
        context.err << "provena-cli find-versions: " << search.error().toString() << '\n';
        return ExitInputError;
    }
    const bool suggest = parser.isSet(suggestOption);
    const QList<ProvenanceSuggestion> offered
        = suggest ? suggestions(search.value()) : QList<ProvenanceSuggestion>();
    if (parser.isSet(jsonOption)) {
        QJsonObject json = toJson(search.value());
        if (suggest) {
            QJsonArray array;
            for (const ProvenanceSuggestion &suggestion : offered)
                array.append(ProvenanceJson::suggestion(suggestion));
            json.insert(u"suggestions"_s, array);
        }
        context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        printText(context.out, search.value());
        if (suggest) {
            context.out << '\n'
                        << tr("Provenance suggestions (not recorded; accept them in the "
                              "Provenance dock):")
                        << '\n'
                        << ProvenanceText::suggestions(offered);
        }
    }
    for (const QString &warning : search->warnings)
        context.err << "provena-cli find-versions: " << warning << '\n';
    return ExitSuccess;
}

int runFindVersions(CommandContext &context)
{
    return FindVersionsCommand::run(context);
}

} // namespace provena::cli
