// SPDX-License-Identifier: MIT
// `provena-cli provenance ARTICLE …`: show an image's provenance record and suggestions; accept,
// reject, dispute or remove claims; add a claim; assess a pillar; set the verdict.
#include "cli/annotationcli.h"
#include "cli/command.h"
#include "cli/exitcodes.h"
#include "cli/provenancearguments.h"
#include "cli/provenanceedit.h"
#include "cli/provenancejson.h"
#include "cli/provenancetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

class ProvenanceCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceCliCommand)

public:
    static int run(CommandContext &context);

private:
    /** Checks what can be checked without the article; -1 to go on, else the exit code. */
    static int readRequest(const QCommandLineParser &parser, CommandContext &context,
                           ProvenanceRequest *request);
    /** The images the run is about: --image N, else all. Usage error when N is out of range. */
    static int scope(const ArticleDocument &doc, const ProvenanceRequest &request,
                     CommandContext &context, QList<int> *images);
    /** The record (or with --suggest the suggestions) of `images`, as text or JSON. */
    static void print(const ArticleDocument &doc, const QList<int> &images,
                      const ProvenanceRequest &request, SuggestionSource &suggestions,
                      QTextStream &out);
};

int ProvenanceCliCommand::readRequest(const QCommandLineParser &parser, CommandContext &context,
                                      ProvenanceRequest *request)
{
    const auto option = [&](const QString &name) {
        return parser.value(name);
    };
    const auto isSet = [&](const QString &name) {
        return parser.isSet(name);
    };
    const auto usage = [&](const QString &message) {
        return CliSupport::usageError(context, message, parser.helpText());
    };
    ProvenanceRequest &r = *request;
    r.json = isSet(u"json"_s);
    r.suggest = isSet(u"suggest"_s);
    if (isSet(u"image"_s)) {
        bool ok = false;
        r.imageNumber = option(u"image"_s).toInt(&ok);
        if (!ok || r.imageNumber < 1)
            return usage(tr("--image takes a number, from 1"));
    }
    r.accept = parser.values(u"accept"_s);
    r.reject = parser.values(u"reject"_s);
    r.dispute = parser.values(u"dispute"_s);
    r.remove = parser.values(u"remove-claim"_s);
    r.acceptFrom = parser.values(u"accept-all-from"_s);
    r.rejectFrom = parser.values(u"reject-all-from"_s);
    r.evidence = parser.values(u"evidence"_s);

    for (const QString &name : {u"agent"_s, u"value"_s, u"date"_s, u"url"_s}) {
        if (isSet(name) && !isSet(u"claim"_s))
            return usage(tr("--%1 goes with --claim ROLE").arg(name));
    }
    if (isSet(u"claim"_s)) {
        const Result<ClaimRole> role = ProvenanceArguments::parseRole(option(u"claim"_s));
        if (!role)
            return usage(role.error().message);
        ProvenanceClaim claim;
        claim.role = role.value();
        const QString roleName = ProvenanceClaim::roleName(claim.role);
        if (ProvenanceClaim::isAgentRole(claim.role)) {
            if (!isSet(u"agent"_s) || option(u"agent"_s).trimmed().isEmpty() || isSet(u"value"_s))
                return usage(tr("--claim %1 takes --agent NAME (not --value)").arg(roleName));
            r.claimAgent = option(u"agent"_s);
        } else if (ProvenanceClaim::isDateRole(claim.role)) {
            if (!isSet(u"date"_s) || isSet(u"agent"_s) || isSet(u"value"_s))
                return usage(
                    tr("--claim %1 takes --date D (not --agent or --value)").arg(roleName));
        } else {
            if (!isSet(u"value"_s) || option(u"value"_s).trimmed().isEmpty() || isSet(u"agent"_s))
                return usage(tr("--claim %1 takes --value TEXT (not --agent)").arg(roleName));
            claim.value = option(u"value"_s).trimmed();
        }
        if (isSet(u"date"_s)) {
            const Result<QString> date = ProvenanceArguments::parseDate(option(u"date"_s));
            if (!date)
                return usage(date.error().message);
            claim.date = date.value();
        }
        if (isSet(u"url"_s)) {
            const Result<QString> url = ProvenanceArguments::parseUrl(option(u"url"_s));
            if (!url)
                return usage(url.error().message);
            claim.url = url.value();
        }
        r.claim = claim;
    }

    const QString status = parser.positionalArguments().value(1);
    if (isSet(u"assess"_s)) {
        const Result<Pillar> pillar = ProvenanceArguments::parsePillar(option(u"assess"_s));
        if (!pillar)
            return usage(pillar.error().message);
        if (status.isEmpty())
            return usage(tr("--assess PILLAR STATUS: the STATUS is missing; the statuses are: %1")
                             .arg(ProvenanceArguments::pillarStatusNames().join(u", "_s)));
        const Result<PillarAssessment::Status> value
            = ProvenanceArguments::parsePillarStatus(status);
        if (!value)
            return usage(value.error().message);
        PillarAssessment assessment;
        assessment.status = value.value();
        assessment.note = option(u"note"_s);
        r.assessment = std::pair {pillar.value(), assessment};
    } else if (!status.isEmpty()) {
        return usage(tr("unexpected argument “%1” (only --assess PILLAR STATUS takes a second "
                        "argument)")
                         .arg(status));
    } else if (isSet(u"note"_s)) {
        return usage(tr("--note goes with --assess PILLAR STATUS"));
    }
    if (!r.evidence.isEmpty() && r.claim.has_value() == r.assessment.has_value())
        return usage(r.claim ? tr("--evidence goes with one of --claim and --assess; give them in "
                                  "separate runs")
                             : tr("--evidence goes with --claim or --assess"));

    if (isSet(u"verdict"_s)) {
        const Result<Verdict::Value> value
            = ProvenanceArguments::parseVerdict(option(u"verdict"_s));
        if (!value)
            return usage(value.error().message);
        Verdict verdict;
        verdict.value = value.value();
        verdict.rationale = option(u"rationale"_s);
        if (isSet(u"confidence"_s)) {
            const Result<double> c = ProvenanceArguments::parseConfidence(option(u"confidence"_s));
            if (!c)
                return usage(c.error().message);
            verdict.confidence = c.value();
        }
        r.verdict = verdict;
    } else if (isSet(u"confidence"_s) || isSet(u"rationale"_s)) {
        return usage(tr("--confidence and --rationale go with --verdict VERDICT"));
    }
    return -1;
}

int ProvenanceCliCommand::scope(const ArticleDocument &doc, const ProvenanceRequest &request,
                                CommandContext &context, QList<int> *images)
{
    const int count = int(doc.article().images.size());
    if (request.imageNumber > count)
        return CliSupport::usageError(
            context,
            tr("image %1 does not exist: the article has %n image(s)", nullptr, count)
                .arg(request.imageNumber));
    images->clear();
    if (request.imageNumber > 0) {
        images->append(request.imageNumber - 1);
    } else {
        for (int i = 0; i < count; ++i)
            images->append(i);
    }
    const bool needsOneImage = request.claim || request.assessment || request.verdict;
    if (needsOneImage && images->size() != 1)
        return CliSupport::usageError(
            context,
            tr("--claim, --assess and --verdict are about one image: give --image N (the "
               "article has %n image(s))",
               nullptr, count));
    return -1;
}

void ProvenanceCliCommand::print(const ArticleDocument &doc, const QList<int> &images,
                                 const ProvenanceRequest &request, SuggestionSource &suggestions,
                                 QTextStream &out)
{
    const QList<ImageRef> &refs = doc.article().images;
    if (request.json) {
        QJsonArray array;
        for (const int i : images) {
            const QList<ProvenanceSuggestion> list
                = request.suggest ? suggestions.forImage(doc, i) : QList<ProvenanceSuggestion>();
            QJsonObject image = ProvenanceJson::image(refs.at(i), i, doc.imageProvenance(i),
                                                      request.suggest ? &list : nullptr);
            if (request.suggest)
                image.insert(u"flags"_s, ProvenanceJson::flags(suggestions.flagsForImage(doc, i)));
            array.append(image);
        }
        out << QString::fromUtf8(QJsonDocument(ProvenanceJson::document(doc.article().path, array))
                                     .toJson(QJsonDocument::Indented));
        return;
    }
    for (const int i : images) {
        out << ProvenanceText::imageHeading(refs.at(i), i) << '\n';
        if (request.suggest)
            out << ProvenanceText::flags(suggestions.flagsForImage(doc, i))
                << ProvenanceText::suggestions(suggestions.forImage(doc, i));
        else
            out << ProvenanceText::record(doc.imageProvenance(i));
    }
}

int ProvenanceCliCommand::run(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Show what is recorded about where each image of the article comes from (claims with "
        "their evidence, the chain of custody, the five verification pillars, the verdict), or "
        "with --suggest what Provena proposes from the caption, credit, byline, site and the "
        "image's metadata. The other options change the record and save the sidecar, all in "
        "one step; what changed is printed after the save. Names of roles, statuses, pillars and "
        "verdicts are those of --json (docs/cli.md, \"provenance\")."));
    const auto add
        = [&](const QStringList &names, const QString &help, const QString &valueName = {}) {
              parser.addOption(QCommandLineOption(names, help, valueName));
          };
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    add({u"image"_s}, tr("Only image N (from 1, in article order)."), u"N"_s);
    add({u"json"_s}, tr("Print JSON (after the save, the record as it now is)."));
    add({u"suggest"_s}, tr("List suggestions with their ids, evidence, reason and conflicts."));
    add({u"accept"_s},
        tr("Accept a suggestion (recorded as an accepted claim) or a recorded claim, by id or "
           "unique prefix of 8+ hex digits. Repeatable."),
        u"ID"_s);
    add({u"reject"_s},
        tr("Reject a suggestion (remembered: not proposed again) or a recorded claim. "
           "Repeatable."),
        u"ID"_s);
    add({u"dispute"_s}, tr("Mark a claim (or a suggestion) as disputed. Repeatable."), u"ID"_s);
    add({u"remove-claim"_s}, tr("Remove a recorded claim. Repeatable."), u"ID"_s);
    add({u"accept-all-from"_s},
        tr("Accept every suggestion from ORIGIN (caption, credit, release, byline, site, "
           "metadata); ids given to --reject or --dispute are left out."),
        u"ORIGIN"_s);
    add({u"reject-all-from"_s},
        tr("Reject every suggestion from ORIGIN; ids given to --accept or --dispute are left "
           "out."),
        u"ORIGIN"_s);
    add({u"claim"_s},
        tr("Record a claim with this role: %1.")
            .arg(ProvenanceArguments::roleNames().join(u", "_s)),
        u"ROLE"_s);
    add({u"agent"_s},
        tr("Who (for creator … editor); agencies Provena knows are resolved (KCNA → Korean "
           "Central News Agency), other names are kept as written."),
        u"NAME"_s);
    add({u"value"_s},
        tr("What (for credit-line, source, rights, digital-source-type, "
           "location-shown)."),
        u"TEXT"_s);
    add({u"date"_s}, tr("ISO 8601 date, date-time or range A/B."), u"D"_s);
    add({u"url"_s}, tr("Where the agent published it."), u"URL"_s);
    add({u"evidence"_s},
        tr("Evidence for --claim or --assess: text:START-END (code points), text:QUOTE[@N], "
           "metadata:KEY=VALUE, image:N, url:URL or note:TEXT. Repeatable."),
        u"SPEC"_s);
    add({u"assess"_s},
        tr("Assess a pillar: --assess PILLAR STATUS. Pillars: %1; statuses: %2.")
            .arg(ProvenanceArguments::pillarNames().join(u", "_s),
                 ProvenanceArguments::pillarStatusNames().join(u", "_s)),
        u"PILLAR"_s);
    add({u"note"_s}, tr("A note on the assessment."), u"TEXT"_s);
    add({u"verdict"_s},
        tr("Set the verdict: %1.").arg(ProvenanceArguments::verdictNames().join(u", "_s)),
        u"VERDICT"_s);
    add({u"confidence"_s}, tr("How sure the verdict is, 0 to 1."), u"C"_s);
    add({u"rationale"_s}, tr("Why the verdict."), u"TEXT"_s);
    add({u"author"_s}, tr("Who is annotating (default: your name in Preferences, else $USER)."),
        u"NAME"_s);
    parser.addPositionalArgument(u"ARTICLE"_s, tr("The article file."));
    parser.addPositionalArgument(u"STATUS"_s, tr("The status, after --assess PILLAR."),
                                 u"[STATUS]"_s);
    if (const int code
        = CliSupport::parseOrExit(parser, help, context, {u"ARTICLE"_s, u"STATUS"_s}, 1);
        code >= 0)
        return code;
    ProvenanceRequest request;
    if (const int code = readRequest(parser, context, &request); code >= 0)
        return code;
    const QString articlePath = parser.positionalArguments().first();
    SuggestionSource suggestions(context);

    if (!request.edits()) {
        int exitCode = ExitSuccess;
        const auto doc = CliSupport::openDocument(articlePath, context, &exitCode);
        if (!doc)
            return exitCode;
        QList<int> images;
        if (const int code = scope(*doc, request, context, &images); code >= 0)
            return code;
        print(*doc, images, request, suggestions, context.out);
        return ExitSuccess;
    }

    const QString author = CliSupport::author(parser, QCommandLineOption(u"author"_s));
    return CliSupport::editDocument(
        articlePath, context, [&](ArticleDocument &doc, QTextStream &out) {
            QList<int> images;
            if (const int code = scope(doc, request, context, &images); code >= 0)
                return code;
            doc.setAuthor(author);
            ProvenanceEdit edit(doc, images, suggestions, context);
            if (const int code = edit.apply(request); code != ExitSuccess)
                return code;
            if (!request.json)
                out << edit.report();
            if (request.json || request.suggest)
                print(doc, images, request, suggestions, out);
            return int(ExitSuccess);
        });
}

int runProvenance(CommandContext &context)
{
    return ProvenanceCliCommand::run(context);
}

} // namespace provena::cli
