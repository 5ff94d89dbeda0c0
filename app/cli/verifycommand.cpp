// SPDX-License-Identifier: MIT
// `provena-cli verify BUNDLE.zip [--json]`: the bag's checksums and every article's sidecar
// (BundleVerifier), without keeping anything.
#include "bundle/bundleimporter.h"
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    static int run(CommandContext &context);
    static QJsonObject toJson(const BundleVerification &v);
};

namespace {

QJsonArray problemsJson(const QList<BagProblem> &problems)
{
    QJsonArray out;
    for (const BagProblem &p : problems)
        out.append(
            QJsonObject {{u"kind"_s, p.kind}, {u"path"_s, p.path}, {u"message"_s, p.message}});
    return out;
}

} // namespace

QJsonObject VerifyCommand::toJson(const BundleVerification &v)
{
    QJsonArray articles;
    for (const BundleArticleCheck &a : v.articles)
        articles.append(QJsonObject {{u"articleFile"_s, a.articleFile},
                                     {u"problems"_s, problemsJson(a.problems)}});
    QJsonObject root {{u"schema"_s, u"provena-verify/1"_s},
                      {u"valid"_s, v.isValid()},
                      {u"bag"_s, v.bag.bagName},
                      {u"payloadFiles"_s, v.bag.payloadFiles},
                      {u"payloadBytes"_s, double(v.bag.payloadBytes)},
                      {u"problems"_s, problemsJson(v.bag.problems)},
                      {u"articles"_s, articles},
                      {u"problemCount"_s, v.problemCount()}};
    if (!v.refusal.isEmpty())
        root.insert(u"refusal"_s, v.refusal);
    return root;
}

int VerifyCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a bundle: the bag (every file present and listed, every checksum, "
           "Payload-Oxum, the tag manifest), then every article's sidecar against the article "
           "and its images. Keeps nothing.\nExit 0: valid; 1: problems, each named; 2: the zip "
           "cannot be read or was refused as unsafe."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption json(u"json"_s, tr("Print the findings as JSON."));
    parser.addOptions({help, json});
    parser.addPositionalArgument(u"BUNDLE"_s, tr("The bundle (.zip)."));
    if (const int code = CliSupport::parseOrExit(parser, help, context, {u"BUNDLE"_s}); code >= 0)
        return code;
    const QString zipPath = parser.positionalArguments().first();
    if (!QFileInfo(zipPath).isFile()) {
        context.err << tr("%1: no such bundle.\n").arg(zipPath);
        return ExitInputError;
    }
    const BundleVerification v = BundleVerifier::verify(zipPath);
    const int code = !v.refusal.isEmpty() ? ExitInputError
        : v.isValid()                     ? ExitSuccess
                                          : ExitFindings;
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(toJson(v)).toJson());
        if (!v.refusal.isEmpty())
            context.err << v.refusal << '\n';
        return code;
    }
    if (!v.refusal.isEmpty()) {
        context.err << tr("%1: refused: %2\n").arg(zipPath, v.refusal);
        return code;
    }
    context.out << tr("bag: %1 (%n payload file(s), %2 bytes)\n", nullptr, v.bag.payloadFiles)
                       .arg(v.bag.bagName)
                       .arg(v.bag.payloadBytes);
    for (const BagProblem &p : v.bag.problems)
        context.out << tr("PROBLEM %1: %2: %3\n").arg(p.kind, p.path, p.message);
    for (const BundleArticleCheck &a : v.articles) {
        context.out << (a.problems.isEmpty()
                            ? tr("article: %1: OK\n").arg(a.articleFile)
                            : tr("article: %1: %n problem(s)\n", nullptr, int(a.problems.size()))
                                  .arg(a.articleFile));
        for (const BagProblem &p : a.problems)
            context.out << tr("PROBLEM %1: %2: %3\n").arg(p.kind, p.path, p.message);
    }
    context.out << (v.isValid() ? tr("result: valid\n")
                                : tr("result: %n problem(s)\n", nullptr, v.problemCount()));
    return code;
}

int runVerify(CommandContext &context)
{
    return VerifyCommand::run(context);
}

} // namespace provena::cli
