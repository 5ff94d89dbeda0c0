// SPDX-License-Identifier: MIT
#include "cli/provenancearguments.h"

#include "cli/annotationcli.h"
#include "core/model/codepointindex.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

Error problem(const QString &message)
{
    return Error {message, {}, {}};
}

// Every stable name of an enum: the name functions return an empty string past the last value.
template<typename Enum, typename NameOf> QStringList allNames(NameOf nameOf)
{
    QStringList names;
    for (int i = 0;; ++i) {
        const QString name = nameOf(Enum(i));
        if (name.isEmpty())
            return names;
        names.append(name);
    }
}

} // namespace

QStringList ProvenanceArguments::roleNames()
{
    return allNames<ClaimRole>(&ProvenanceClaim::roleName);
}

QStringList ProvenanceArguments::claimStatusNames()
{
    return allNames<ClaimStatus>(&ProvenanceClaim::statusName);
}

QStringList ProvenanceArguments::pillarNames()
{
    return allNames<Pillar>(&PillarAssessment::pillarName);
}

QStringList ProvenanceArguments::pillarStatusNames()
{
    return allNames<PillarAssessment::Status>(&PillarAssessment::statusName);
}

QStringList ProvenanceArguments::verdictNames()
{
    return allNames<Verdict::Value>(&Verdict::valueName);
}

QStringList ProvenanceArguments::evidenceKindNames()
{
    return allNames<Evidence::Kind>(&Evidence::kindName);
}

Result<ClaimRole> ProvenanceArguments::parseRole(const QString &name)
{
    if (const auto role = ProvenanceClaim::roleFromName(name.trimmed()))
        return *role;
    return problem(
        tr("unknown claim role “%1”; the roles are: %2").arg(name, roleNames().join(u", "_s)));
}

Result<Pillar> ProvenanceArguments::parsePillar(const QString &name)
{
    if (const auto pillar = PillarAssessment::pillarFromName(name.trimmed()))
        return *pillar;
    return problem(
        tr("unknown pillar “%1”; the pillars are: %2").arg(name, pillarNames().join(u", "_s)));
}

Result<PillarAssessment::Status> ProvenanceArguments::parsePillarStatus(const QString &name)
{
    if (const auto status = PillarAssessment::statusFromName(name.trimmed()))
        return *status;
    return problem(tr("unknown assessment status “%1”; the statuses are: %2")
                       .arg(name, pillarStatusNames().join(u", "_s)));
}

Result<Verdict::Value> ProvenanceArguments::parseVerdict(const QString &name)
{
    if (const auto value = Verdict::valueFromName(name.trimmed()))
        return *value;
    return problem(
        tr("unknown verdict “%1”; the verdicts are: %2").arg(name, verdictNames().join(u", "_s)));
}

Result<double> ProvenanceArguments::parseConfidence(const QString &value)
{
    bool ok = false;
    const double confidence = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(confidence) || confidence < 0 || confidence > 1)
        return problem(tr("confidence “%1” is not a number from 0 to 1").arg(value));
    return confidence;
}

Result<QString> ProvenanceArguments::parseDate(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty() || !ProvenanceDate::isValid(text)) {
        const QStringList ends = text.split(u'/');
        if (ends.size() == 2 && ProvenanceDate::isValid(ends.at(0))
            && ProvenanceDate::isValid(ends.at(1)))
            return problem(tr("date range “%1” ends before it starts").arg(value));
        return problem(tr("date “%1” is not an ISO 8601 date (2025-08-13), date-time "
                          "(2025-08-13T10:42:00Z) or range of them (2025-08-12/2025-08-13)")
                           .arg(value));
    }
    return text;
}

Result<QString> ProvenanceArguments::parseUrl(const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || (url.host().isEmpty() && !url.isLocalFile()))
        return problem(
            tr("“%1” is not an absolute URL (such as https://example.org/photo.jpg)").arg(value));
    return url.toString(QUrl::FullyEncoded);
}

Result<Evidence> ProvenanceArguments::parseEvidence(const ArticleDocument &doc, const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    const QString kind = colon < 0 ? spec : spec.left(colon);
    const QString rest = colon < 0 ? QString() : spec.mid(colon + 1);
    const auto kindValue = Evidence::kindFromName(kind.trimmed());
    if (colon < 0 || !kindValue)
        return problem(tr("evidence “%1” is not KIND:VALUE; the kinds are text:START-END, "
                          "text:QUOTE[@N], metadata:KEY=VALUE, image:N, url:URL, note:TEXT")
                           .arg(spec));
    switch (*kindValue) {
    case Evidence::Kind::TextSpan: {
        const QString &text = doc.article().text;
        const CodePointIndex index(text);
        static const QRegularExpression span(u"^(\\d{1,12})-(\\d{1,12})$"_s);
        TextRange range;
        if (const auto m = span.match(rest); m.hasMatch()) {
            range = {m.captured(1).toLongLong(), m.captured(2).toLongLong()};
            if (range.start >= range.end || range.end > index.codePointCount())
                return problem(tr("evidence “%1”: the article text has %2 code points; give "
                                  "START-END with START < END ≤ %2")
                                   .arg(spec)
                                   .arg(index.codePointCount()));
        } else {
            const TextSpec quote = CliSupport::parseTextSpec(rest);
            range = quote.quote.isEmpty() ? TextRange() : CliSupport::findText(doc, quote);
            if (!range.isValid() || range.length() == 0)
                return problem(tr("evidence “%1”: “%2” (occurrence %3) is not in the article text")
                                   .arg(spec, quote.quote)
                                   .arg(quote.occurrence));
        }
        return Evidence::textSpan(range, index.slice(text, range));
    }
    case Evidence::Kind::MetadataField: {
        const qsizetype equals = rest.indexOf(u'=');
        const QString key = rest.left(equals).trimmed();
        if (equals < 0 || key.isEmpty())
            return problem(
                tr("evidence “%1”: give metadata:KEY=VALUE, e.g. metadata:Exif.Image.Artist=Jane "
                   "Roe")
                    .arg(spec));
        return Evidence::metadataField(key, rest.mid(equals + 1).trimmed());
    }
    case Evidence::Kind::Image: {
        bool ok = false;
        const int number = rest.trimmed().toInt(&ok);
        const int count = int(doc.article().images.size());
        if (!ok || number < 1 || number > count)
            return problem(tr("evidence “%1”: image %2 does not exist: the article has %n image(s)",
                              nullptr, count)
                               .arg(spec, rest));
        return Evidence::image(number - 1, doc.imageRecord(number - 1).sha256);
    }
    case Evidence::Kind::Url: {
        const Result<QString> url = parseUrl(rest);
        if (!url)
            return problem(tr("evidence “%1”: %2").arg(spec, url.error().message));
        return Evidence::link(url.value());
    }
    case Evidence::Kind::Note:
        if (rest.trimmed().isEmpty())
            return problem(tr("evidence “%1”: the note is empty").arg(spec));
        return Evidence::analystNote(rest);
    }
    return problem(tr("evidence “%1” is not KIND:VALUE").arg(spec));
}

Agent ProvenanceArguments::resolveAgent(const AgencyDirectory &agencies, const QString &name)
{
    const QString trimmed = name.trimmed();
    const AgencyEntry *entry = agencies.resolve(trimmed);
    if (!entry)
        entry = agencies.find(trimmed.toLower());
    if (entry)
        return entry->toAgent();
    Agent agent;
    agent.name = trimmed;
    return agent;
}

Result<ClaimTarget> ProvenanceArguments::findTarget(const QList<ClaimTarget> &targets,
                                                    const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(u"urn:uuid:"_s, Qt::CaseInsensitive))
        s = s.mid(9);
    s.remove(u'{').remove(u'}');
    const QUuid exact = QUuid::fromString(s);
    // Prefixes are compared without hyphens, so "3f2a9c1e-7b" and "3f2a9c1e7b" are the same.
    const QString digits = QString(s).remove(u'-').toLower();
    static const QRegularExpression hex(u"^[0-9a-f]+$"_s);
    if (exact.isNull() && (!hex.match(digits).hasMatch() || digits.size() < kMinIdPrefix))
        return problem(tr("“%1” is not a claim or suggestion id: give the id or its first %2 or "
                          "more hex digits")
                           .arg(text)
                           .arg(kMinIdPrefix));
    QList<ClaimTarget> found;
    for (const ClaimTarget &t : targets) {
        const bool matches
            = exact.isNull() ? t.id.toString(QUuid::Id128).startsWith(digits) : t.id == exact;
        if (matches && !found.contains(t))
            found.append(t);
    }
    if (found.isEmpty())
        return problem(tr("no claim or suggestion has the id “%1”; `provena-cli provenance "
                          "ARTICLE` lists the claims and --suggest the suggestions")
                           .arg(text));
    if (found.size() > 1) {
        QStringList ids;
        for (const ClaimTarget &t : std::as_const(found))
            ids.append(
                tr("%1 (image %2)").arg(t.id.toString(QUuid::WithoutBraces)).arg(t.imageIndex + 1));
        return problem(tr("the id prefix “%1” is ambiguous: it matches %2; give more digits")
                           .arg(text, ids.join(u", "_s)));
    }
    return found.constFirst();
}

} // namespace provena::cli
