// SPDX-License-Identifier: MIT
#include "core/provenance/suggestionset_p.h"

#include "core/i18n/language.h"

#include <QDate>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace provena::detail::suggest {

namespace {

// Suggestion ids are UUID v5 names under this namespace, so the same suggestion has the same id
// on every run and machine (docs/provenance.md).
const QUuid kSuggestionNamespace(QStringLiteral("{0d7c8a4e-5b2f-4e71-a3c9-6f1e2d8b9a54}"));

QString normalised(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
    return key;
}

/** A name as resolving compares it: no dots, no leading "the" (see AgencyDirectory::resolve). */
QString nameKey(const QString &name)
{
    QString key = normalised(name);
    key.remove(QLatin1Char('.'));
    key = key.simplified();
    if (key.startsWith(QLatin1String("the ")))
        key = key.mid(4);
    return key;
}

QString agentKey(const Agent &agent)
{
    return agent.directoryId.isEmpty() ? nameKey(agent.name) : agent.directoryId;
}

bool isConflictRole(ClaimRole role)
{
    switch (role) {
    case ClaimRole::Creator:
    case ClaimRole::ReleasingAgency:
    case ClaimRole::CreditLine:
    case ClaimRole::Source:
    case ClaimRole::DigitalSourceType:
    case ClaimRole::DateCreated:
    case ClaimRole::DateReleased:
        return true;
    default:
        return false;
    }
}

QDate dayOf(const QString &isoDate)
{
    return QDate::fromString(isoDate.left(10), Qt::ISODate);
}

/** Whether two claims of the same role, with their statement keys, say different things. */
bool disagree(const ProvenanceClaim &a, const QString &whatA, const ProvenanceClaim &b,
              const QString &whatB)
{
    if (ProvenanceClaim::isDateRole(a.role)) {
        // A day either way is time zones, not a disagreement.
        const QDate da = dayOf(a.date);
        const QDate db = dayOf(b.date);
        return da.isValid() && db.isValid() && qAbs(da.daysTo(db)) > 1;
    }
    // "KCNA" and "KCNA via REUTERS" are the same credit, told at different lengths.
    if (a.role == ClaimRole::CreditLine || a.role == ClaimRole::Source)
        return !whatA.contains(whatB) && !whatB.contains(whatA);
    return whatA != whatB;
}

bool isTextOrigin(const QString &origin)
{
    return origin == QLatin1String("credit") || origin == QLatin1String("caption")
        || origin == QLatin1String("release");
}

QString describeOrigin(const Draft &draft)
{
    const QString &origin = draft.origins.constFirst();
    if (origin == QLatin1String("metadata")) {
        for (const Evidence &e : draft.claim.evidence) {
            if (e.kind == Evidence::Kind::MetadataField)
                return ProvenanceSuggester::tr("the metadata field %1").arg(e.metadataKey);
        }
        return ProvenanceSuggester::tr("the metadata");
    }
    if (origin == QLatin1String("credit"))
        return ProvenanceSuggester::tr("the credit");
    if (origin == QLatin1String("release"))
        return ProvenanceSuggester::tr("the caption");
    if (origin == QLatin1String("byline"))
        return ProvenanceSuggester::tr("the byline");
    if (origin == QLatin1String("site"))
        return ProvenanceSuggester::tr("the site");
    return ProvenanceSuggester::tr("the caption");
}

/** A claim as a conflict note names it: a directory agency in the language Provena speaks. */
QString statementOf(const ProvenanceClaim &claim, const AgencyDirectory &agencies)
{
    if (ProvenanceClaim::isAgentRole(claim.role) && !claim.agent.directoryId.isEmpty())
        return agencies.displayName(claim.agent, Language::current());
    return ProvenanceClaim::isDateRole(claim.role) ? claim.date : claim.statement();
}

} // namespace

QString statementKey(const ProvenanceClaim &claim)
{
    if (ProvenanceClaim::isAgentRole(claim.role))
        return agentKey(claim.agent);
    if (ProvenanceClaim::isDateRole(claim.role))
        return claim.date;
    return normalised(claim.value);
}

QString suggestionKey(int imageIndex, const ProvenanceClaim &claim)
{
    return QStringLiteral("%1/%2/%3")
        .arg(imageIndex)
        .arg(ProvenanceClaim::roleName(claim.role), statementKey(claim));
}

QUuid suggestionId(const QString &key)
{
    return QUuid::createUuidV5(kSuggestionNamespace, key);
}

QString isoDateFromMetadata(const QString &value)
{
    static const QRegularExpression date(QStringLiteral(
        R"(^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    const QRegularExpressionMatch m = date.match(value.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid())
        return {};
    QString iso = day.toString(Qt::ISODate);
    if (m.capturedLength(4) > 0) {
        iso += QStringLiteral("T%1:%2:%3")
                   .arg(m.captured(4), m.captured(5),
                        m.capturedLength(6) > 0 ? m.captured(6) : QStringLiteral("00"));
        QString zone = m.captured(7);
        if (zone.size() == 5) // "+0900" → "+09:00"
            zone.insert(3, QLatin1Char(':'));
        iso += zone;
    }
    // A time no clock shows ("25:61:00" in hostile EXIF) keeps only its day: a claim must hold
    // a date the sidecar reader accepts, or the saved sidecar could not be opened again.
    return ProvenanceDate::isValid(iso) ? iso : day.toString(Qt::ISODate);
}

SuggestionSet::SuggestionSet(const ProvenanceSuggester::Input &input,
                             const AgencyDirectory &agencies)
    : mInput(input)
    , mAgencies(agencies)
    , mIndex(input.article ? CodePointIndex(input.article->text) : CodePointIndex())
{
}

Agent SuggestionSet::agentFor(const QString &written, AgentKind fallbackKind) const
{
    if (const AgencyEntry *entry = mAgencies.resolve(written))
        return entry->toAgent();
    if (const auto it = mArticleAgents.constFind(nameKey(written)); it != mArticleAgents.constEnd())
        return *it;
    Agent agent;
    agent.name = written.simplified();
    agent.kind = fallbackKind;
    return agent;
}

void SuggestionSet::defineAgent(const Agent &agent)
{
    mArticleAgents.insert(nameKey(agent.name), agent);
    for (const QString &abbreviation : agent.abbreviations)
        mArticleAgents.insert(nameKey(abbreviation), agent);
}

Evidence SuggestionSet::textEvidence(const TextRange &range) const
{
    return Evidence::textSpan(
        range, mInput.article ? mIndex.slice(mInput.article->text, range) : QString());
}

TextRange SuggestionSet::rangeWithin(const TextRange &outer, const QString &inner,
                                     qsizetype hint) const
{
    if (!mInput.article || !outer.isValid() || inner.isEmpty())
        return outer;
    const qsizetype outerStart = mIndex.toUtf16(outer.start);
    const QString outerText = mIndex.slice(mInput.article->text, outer);
    if (hint >= 0 && outerText.mid(hint, inner.size()) == inner)
        return mIndex.toCodePoints(outerStart + hint, outerStart + hint + inner.size());
    // The first whole-word occurrence: "AP" in "Yonhap via AP" is the last word, not "hAP".
    const auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c.isMark();
    };
    for (qsizetype at = outerText.indexOf(inner, 0, Qt::CaseInsensitive); at >= 0;
         at = outerText.indexOf(inner, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + inner.size();
        const bool startsWord
            = at == 0 || !isWordChar(outerText[at - 1]) || !isWordChar(inner.front());
        const bool endsWord
            = end == outerText.size() || !isWordChar(outerText[end]) || !isWordChar(inner.back());
        if (startsWord && endsWord)
            return mIndex.toCodePoints(outerStart + at, outerStart + end);
    }
    return outer;
}

void SuggestionSet::addAgent(ClaimRole role, const Agent &agent, const QString &date,
                             const Evidence &evidence, const QString &reason, const QString &origin,
                             const QString &url)
{
    if (agent.isEmpty())
        return;
    ProvenanceClaim claim;
    claim.role = role;
    claim.agent = agent;
    claim.date = date;
    claim.url = url;
    claim.reason = reason;
    add(claim, evidence, origin);
}

void SuggestionSet::addValue(ClaimRole role, const QString &value, const Evidence &evidence,
                             const QString &reason, const QString &origin)
{
    if (value.trimmed().isEmpty())
        return;
    ProvenanceClaim claim;
    claim.role = role;
    claim.value = value.simplified();
    claim.reason = reason;
    add(claim, evidence, origin);
}

void SuggestionSet::addDate(ClaimRole role, const QString &date, const Evidence &evidence,
                            const QString &reason, const QString &origin)
{
    if (date.isEmpty())
        return;
    ProvenanceClaim claim;
    claim.role = role;
    claim.date = date;
    claim.reason = reason;
    add(claim, evidence, origin);
}

void SuggestionSet::add(ProvenanceClaim claim, const Evidence &evidence, const QString &origin)
{
    claim.status = ClaimStatus::Suggested;
    const QString what = statementKey(claim);
    claim.suggestionKey = QStringLiteral("%1/%2/%3")
                              .arg(mInput.imageIndex)
                              .arg(ProvenanceClaim::roleName(claim.role), what);
    claim.id = suggestionId(claim.suggestionKey);
    if (const auto it = mDraftIndex.constFind(claim.suggestionKey); it != mDraftIndex.constEnd()) {
        Draft &draft = mDrafts[*it];
        if (!draft.claim.evidence.contains(evidence))
            draft.claim.evidence.append(evidence);
        if (!draft.origins.contains(origin))
            draft.origins.append(origin);
        if (draft.claim.date.isEmpty())
            draft.claim.date = claim.date;
        if (draft.claim.url.isEmpty())
            draft.claim.url = claim.url;
        return;
    }
    claim.evidence = {evidence};
    mDraftIndex.insert(claim.suggestionKey, mDrafts.size());
    mDrafts.append({claim, {origin}, what});
}

QList<ProvenanceSuggestion> SuggestionSet::finish() const
{
    QSet<QString> recordedKeys;
    for (const ProvenanceClaim &claim : mInput.recorded.claims) {
        if (!claim.suggestionKey.isEmpty())
            recordedKeys.insert(claim.suggestionKey);
        recordedKeys.insert(suggestionKey(mInput.imageIndex, claim));
    }
    QList<Draft> drafts;
    for (const Draft &draft : mDrafts) {
        if (!recordedKeys.contains(draft.claim.suggestionKey))
            drafts.append(draft);
    }

    QList<ProvenanceSuggestion> out;
    QList<QStringList> notes(drafts.size());
    for (const Draft &draft : drafts)
        out.append({draft.claim, draft.origins.constFirst(), {}, {}});
    const auto noteConflict = [&](qsizetype i, qsizetype j) {
        if (out[i].conflictsWith.contains(out[j].claim.id))
            return;
        out[i].conflictsWith.append(out[j].claim.id);
        out[j].conflictsWith.append(out[i].claim.id);
        notes[i].append(ProvenanceSuggester::tr("%1 says %2; %3 says %4.")
                            .arg(describeOrigin(drafts[i]), statementOf(drafts[i].claim, mAgencies),
                                 describeOrigin(drafts[j]),
                                 statementOf(drafts[j].claim, mAgencies)));
        notes[j].append(ProvenanceSuggester::tr("%1 says %2; %3 says %4.")
                            .arg(describeOrigin(drafts[j]), statementOf(drafts[j].claim, mAgencies),
                                 describeOrigin(drafts[i]),
                                 statementOf(drafts[i].claim, mAgencies)));
    };
    // Drafts that share a source never conflict (one source may name several creators), so
    // only drafts of one role from disjoint sources are compared: a hostile file's thousands of
    // metadata creators are one group, not millions of pairs.
    QMap<std::pair<int, QString>, QList<qsizetype>> groups; // (role, sorted origins) → drafts
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        if (!isConflictRole(drafts[i].claim.role))
            continue;
        QStringList origins = drafts[i].origins;
        origins.sort();
        groups[{int(drafts[i].claim.role), origins.join(QLatin1Char('\n'))}].append(i);
    }
    QList<std::pair<qsizetype, qsizetype>> conflicts;
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        for (auto h = std::next(g); h != groups.cend() && h.key().first == g.key().first; ++h) {
            const QStringList &a = drafts[g->constFirst()].origins;
            const QStringList &b = drafts[h->constFirst()].origins;
            if (std::any_of(a.cbegin(), a.cend(), [&](const QString &o) { return b.contains(o); }))
                continue;
            for (qsizetype i : *g) {
                for (qsizetype j : *h) {
                    if (disagree(drafts[i].claim, drafts[i].what, drafts[j].claim, drafts[j].what))
                        conflicts.append(std::minmax(i, j));
                }
            }
        }
    }
    std::sort(conflicts.begin(), conflicts.end()); // the order of the notes: by draft
    for (const auto &[i, j] : conflicts)
        noteConflict(i, j);
    // The metadata names a creator the credit and caption do not name at all: the caption
    // credits KCNA, EXIF Artist says Jane Roe.
    QSet<QString> namedInText;
    QList<qsizetype> textCreators;
    QList<qsizetype> textReleasers;
    for (qsizetype j = 0; j < drafts.size(); ++j) {
        const Draft &other = drafts[j];
        if (!ProvenanceClaim::isAgentRole(other.claim.role)
            || !std::any_of(other.origins.cbegin(), other.origins.cend(), isTextOrigin))
            continue;
        namedInText.insert(other.what);
        if (other.claim.role == ClaimRole::Creator)
            textCreators.append(j);
        else if (other.claim.role == ClaimRole::ReleasingAgency)
            textReleasers.append(j);
    }
    const QList<qsizetype> &credited = textCreators.isEmpty() ? textReleasers : textCreators;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        if (drafts[i].claim.role != ClaimRole::Creator || drafts[i].origins.size() != 1
            || drafts[i].origins.constFirst() != QLatin1String("metadata")
            || namedInText.contains(drafts[i].what))
            continue;
        for (qsizetype j : credited)
            noteConflict(i, j);
    }
    // Against what the analyst accepted: both stay, the suggestion says so.
    for (const ProvenanceClaim &claim : mInput.recorded.claims) {
        if (claim.status != ClaimStatus::Accepted || !isConflictRole(claim.role))
            continue;
        const QString what = statementKey(claim);
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (claim.role != out[i].claim.role
                || !disagree(claim, what, out[i].claim, drafts[i].what))
                continue;
            out[i].conflictsWith.append(claim.id);
            notes[i].append(ProvenanceSuggester::tr("%1 says %2; the accepted claim says %3.")
                                .arg(describeOrigin(drafts[i]),
                                     statementOf(out[i].claim, mAgencies),
                                     statementOf(claim, mAgencies)));
        }
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!notes[i].isEmpty()) {
            // conflictsWith lists them all; the note for people names the first few.
            constexpr qsizetype kNotesShown = 3;
            QString note = notes[i].mid(0, kNotesShown).join(QLatin1Char(' '));
            if (notes[i].size() > kNotesShown)
                note += QLatin1Char(' ')
                    + ProvenanceSuggester::tr("%n more disagree.", nullptr,
                                              int(notes[i].size() - kNotesShown));
            note[0] = note[0].toUpper();
            out[i].conflictNote = note;
        }
    }
    return out;
}

QString SuggestionSet::shownName(const Agent &agent) const
{
    return mAgencies.displayName(agent, Language::current());
}

} // namespace provena::detail::suggest
