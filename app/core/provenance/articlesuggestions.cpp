// SPDX-License-Identifier: MIT
// What the article says about one image: its credit, the caption's releaser phrases and dates,
// the byline and the hosts. The table of forms and the claims they give is in docs/provenance.md.
#include "core/provenance/creditparser_p.h"
#include "core/provenance/suggestionset_p.h"

#include <QSet>
#include <QUrl>

namespace provena::detail::suggest {

namespace {

const QString kCredit = QStringLiteral("credit");
const QString kRelease = QStringLiteral("release");
const QString kCaption = QStringLiteral("caption");
const QString kByline = QStringLiteral("byline");
const QString kSite = QStringLiteral("site");

QString withoutThe(const QString &name)
{
    QString n = name.simplified();
    if (n.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        n = n.mid(4);
    return n.toCaseFolded();
}

QString isoDate(const FoundDate &date)
{
    return date.date.isValid() ? date.date.toString(Qt::ISODate) : QString();
}

Agent agentOf(const SuggestionSet &set, const CreditParty &party)
{
    if (party.entry)
        return party.entry->toAgent();
    return set.agentFor(party.text,
                        party.kind == CreditParty::Kind::Person ? AgentKind::Person
                                                                : AgentKind::Unknown);
}

void suggestFromCredit(SuggestionSet &set, const ImageRef &image)
{
    if (image.credit.isEmpty())
        return;
    const Evidence whole = image.creditRange.isValid()
        ? set.textEvidence(image.creditRange)
        : Evidence::textSpan(image.creditRange, image.credit);
    set.addValue(ClaimRole::CreditLine, image.credit, whole,
                 ProvenanceSuggester::tr("The caption's credit line reads “%1”.").arg(image.credit),
                 kCredit);

    // The caption's own "courtesy of the Lee family" makes the credit "the Lee family" a
    // courtesy too, not a releasing agency.
    QSet<QString> courtesyNames;
    for (const Release &release : image.releases) {
        if (release.role == Release::Role::Courtesy)
            courtesyNames.insert(withoutThe(release.agent));
    }
    QList<CreditParty> parties = parseCredit(image.credit, set.agencies());
    for (CreditParty &party : parties) {
        if (courtesyNames.contains(withoutThe(party.text)))
            party.courtesy = true;
    }

    // "Lindholm City/Handout": the name beside "Handout" issued it; it is no photographer.
    const bool handout
        = std::any_of(parties.cbegin(), parties.cend(), [](const CreditParty &party) {
              return party.kind == CreditParty::Kind::Handout;
          });
    for (CreditParty &party : parties) {
        if (handout && party.kind == CreditParty::Kind::Person)
            party.kind = CreditParty::Kind::Organisation;
    }
    QList<const CreditParty *> people;
    QList<const CreditParty *> makers; // agencies and organisations before "via"
    for (const CreditParty &party : parties) {
        if (party.position != CreditParty::Position::Origin || party.courtesy)
            continue;
        if (party.kind == CreditParty::Kind::Person)
            people.append(&party);
        else if (party.kind == CreditParty::Kind::Agency
                 || party.kind == CreditParty::Kind::Organisation)
            makers.append(&party);
    }
    const auto evidenceOf = [&](const CreditParty &party) {
        return set.textEvidence(set.rangeWithin(image.creditRange, party.text, party.start));
    };

    for (const CreditParty *person : people) {
        set.addAgent(
            ClaimRole::Creator, agentOf(set, *person), {}, evidenceOf(*person),
            ProvenanceSuggester::tr("The credit names %1 as the photographer.").arg(person->text),
            kCredit);
    }
    for (qsizetype k = 0; k < makers.size(); ++k) {
        const CreditParty &maker = *makers[k];
        const Agent agent = agentOf(set, maker);
        if (!people.isEmpty()) {
            // "AP Photo/Ahn Young-joon": the photographer worked for AP, which released it.
            set.addAgent(
                ClaimRole::ReleasingAgency, agent, {}, evidenceOf(maker),
                ProvenanceSuggester::tr("The credit names %1 as the photographer's agency.")
                    .arg(set.shownName(agent)),
                kCredit);
        } else if (makers.size() == 1) {
            set.addAgent(
                ClaimRole::ReleasingAgency, agent, {}, evidenceOf(maker),
                maker.provided
                    ? ProvenanceSuggester::tr("The credit says %1 provided the photo.")
                          .arg(set.shownName(agent))
                    : ProvenanceSuggester::tr("The credit names %1 as the source of the photo.")
                          .arg(set.shownName(agent)),
                kCredit);
        } else if (makers.constFirst()->photoMark) {
            // "AFP PHOTO/KCNA": KCNA's photo under AFP's mark: AFP passed it on.
            if (k == 0)
                set.addAgent(ClaimRole::Distributor, agent, {}, evidenceOf(maker),
                             ProvenanceSuggester::tr("The credit puts the photo under %1's mark.")
                                 .arg(set.shownName(agent)),
                             kCredit);
            else
                set.addAgent(
                    ClaimRole::ReleasingAgency, agent, {}, evidenceOf(maker),
                    ProvenanceSuggester::tr("The credit names %1 as the source of the photo.")
                        .arg(set.shownName(agent)),
                    kCredit);
        } else if (k == 0) {
            // "AFP/Getty Images": AFP's photo, passed on by Getty Images.
            set.addAgent(ClaimRole::Creator, agent, {}, evidenceOf(maker),
                         ProvenanceSuggester::tr(
                             "The credit names %1 first, as the agency that made the photo.")
                             .arg(set.shownName(agent)),
                         kCredit);
        } else {
            set.addAgent(
                ClaimRole::Distributor, agent, {}, evidenceOf(maker),
                ProvenanceSuggester::tr("The credit names %1 after the photo's maker, as its "
                                        "distributor.")
                    .arg(set.shownName(agent)),
                kCredit);
        }
    }
    for (const CreditParty &party : parties) {
        if (party.courtesy) {
            // "the Lee family" is the same source as the caption's "courtesy of the Lee family".
            QString name = party.text;
            qsizetype at = party.start;
            if (name.startsWith(QLatin1String("the "), Qt::CaseInsensitive)) {
                name = name.mid(4);
                at += 4;
            }
            set.addValue(
                ClaimRole::Source, name,
                set.textEvidence(set.rangeWithin(image.creditRange, name, at)),
                ProvenanceSuggester::tr("The credit says the photo is courtesy of %1.").arg(name),
                kCredit);
        } else if (party.kind == CreditParty::Kind::Pool) {
            set.addAgent(ClaimRole::Distributor, agentOf(set, party), {}, evidenceOf(party),
                         ProvenanceSuggester::tr("The credit marks it as a pool photo."), kCredit);
        } else if (party.position == CreditParty::Position::Passer
                   && party.kind != CreditParty::Kind::Handout) {
            const Agent agent = agentOf(set, party);
            set.addAgent(ClaimRole::Distributor, agent, {}, evidenceOf(party),
                         ProvenanceSuggester::tr("The credit says the photo came via %1.")
                             .arg(set.shownName(agent)),
                         kCredit);
        }
    }
}

bool phraseSaysVia(const SuggestionSet &set, const Release &release)
{
    const Evidence phrase = set.textEvidence(release.range);
    return phrase.quote.contains(QLatin1String("via"), Qt::CaseInsensitive);
}

/** The releaser phrase from "in this picture" on when it has one: the finder may start it
 *  earlier ("an undisclosed location in this picture released by …"). */
TextRange phraseRange(const SuggestionSet &set, const Release &release)
{
    const QString quote = set.textEvidence(release.range).quote;
    const qsizetype at = quote.indexOf(QLatin1String("in this "), 0, Qt::CaseInsensitive);
    return at > 0 ? set.rangeWithin(release.range, quote.mid(at)) : release.range;
}

void suggestFromReleases(SuggestionSet &set, const ImageRef &image)
{
    for (const Release &release : image.releases) {
        Agent agent = set.agentFor(release.agent, AgentKind::Unknown);
        if (agent.directoryId.isEmpty() && !release.agentAbbreviation.isEmpty()) {
            if (const AgencyEntry *entry = set.agencies().resolve(release.agentAbbreviation))
                agent = entry->toAgent();
        }
        const Evidence phrase = set.textEvidence(phraseRange(set, release));
        const QString date = isoDate(release.date);
        ClaimRole role = ClaimRole::ReleasingAgency;
        QString reason;
        switch (release.role) {
        case Release::Role::Released:
        case Release::Role::Provided:
            reason = ProvenanceSuggester::tr("The caption says %1 released the photo.")
                         .arg(set.shownName(agent));
            break;
        case Release::Role::Distributed:
            // Wire captions say state media "distributed" the photos they release.
            if (agent.kind == AgentKind::StateMedia || agent.kind == AgentKind::Government) {
                reason = ProvenanceSuggester::tr(
                             "The caption says %1, state media, distributed the photo.")
                             .arg(set.shownName(agent));
            } else {
                role = ClaimRole::Distributor;
                reason = ProvenanceSuggester::tr("The caption says %1 distributed the photo.")
                             .arg(set.shownName(agent));
            }
            break;
        case Release::Role::Handout:
            if (phraseSaysVia(set, release)) { // "Handout via Reuters"
                role = ClaimRole::Distributor;
                reason = ProvenanceSuggester::tr("The caption says the handout came via %1.")
                             .arg(set.shownName(agent));
            } else {
                reason = ProvenanceSuggester::tr("The caption says the photo is a handout from %1.")
                             .arg(set.shownName(agent));
            }
            break;
        case Release::Role::Via:
            role = ClaimRole::Distributor;
            reason = ProvenanceSuggester::tr("The caption says the photo came via %1.")
                         .arg(set.shownName(agent));
            break;
        case Release::Role::Pool:
            if (phraseSaysVia(set, release)) { // "Pool via REUTERS"
                role = ClaimRole::Distributor;
                reason = ProvenanceSuggester::tr("The caption says the pool photo came via %1.")
                             .arg(set.shownName(agent));
            } else { // "Pool photo by Jane Roe"
                role = ClaimRole::Creator;
                if (agent.directoryId.isEmpty() && looksLikePerson(release.agent))
                    agent.kind = AgentKind::Person;
                reason = ProvenanceSuggester::tr("The caption says %1 took the pool photo.")
                             .arg(set.shownName(agent));
            }
            break;
        case Release::Role::Courtesy:
            set.addValue(ClaimRole::Source, release.agent, phrase,
                         ProvenanceSuggester::tr("The caption says the photo is courtesy of %1.")
                             .arg(release.agent),
                         kRelease);
            continue;
        }
        set.addAgent(role, agent, role == ClaimRole::Distributor ? QString() : date, phrase, reason,
                     kRelease);
        if (role == ClaimRole::ReleasingAgency && !date.isEmpty()) {
            set.addDate(ClaimRole::DateReleased, date, set.textEvidence(release.date.range),
                        ProvenanceSuggester::tr("The caption says %1 released the photo on %2.")
                            .arg(set.shownName(agent), release.date.text),
                        kRelease);
        }
    }
}

void suggestFromCaptionDates(SuggestionSet &set, const ImageRef &image)
{
    // The first date the caption names that is not a release date is when the scene happened:
    // "launched … on Aug. 24, in this image distributed … on Aug. 25".
    for (const FoundDate &date : image.dates) {
        const bool isReleaseDate
            = std::any_of(image.releases.cbegin(), image.releases.cend(),
                          [&](const Release &r) { return r.date.range == date.range; });
        if (isReleaseDate || !date.date.isValid())
            continue;
        set.addDate(ClaimRole::DateCreated, isoDate(date), set.textEvidence(date.range),
                    ProvenanceSuggester::tr("The caption dates the scene to %1.").arg(date.text),
                    kCaption);
        return;
    }
}

void suggestPublishers(SuggestionSet &set, const Article &article, const ImageRef &image)
{
    const Byline &byline = article.byline;
    if (!byline.organisation.isEmpty()) {
        const Agent agent = set.agentFor(byline.organisation, AgentKind::Unknown);
        set.addAgent(ClaimRole::Publisher, agent, {}, set.textEvidence(byline.range),
                     ProvenanceSuggester::tr("The byline names %1.").arg(set.shownName(agent)),
                     kByline);
    }
    for (const QString &email : byline.emails) {
        const QString host = email.section(QLatin1Char('@'), 1);
        if (const AgencyEntry *entry = set.agencies().findByHost(host)) {
            set.addAgent(ClaimRole::Publisher, entry->toAgent(), {},
                         set.textEvidence(set.rangeWithin(byline.range, email)),
                         ProvenanceSuggester::tr("The reporter's address is at %1, a host of %2.")
                             .arg(host, set.shownName(entry->toAgent())),
                         kByline);
        }
    }
    const QUrl url(image.url);
    if (const AgencyEntry *entry = set.agencies().findByHost(url.host())) {
        set.addAgent(ClaimRole::Publisher, entry->toAgent(), {}, Evidence::link(image.url),
                     ProvenanceSuggester::tr("The image is served from %1, a host of %2.")
                         .arg(url.host(), set.shownName(entry->toAgent())),
                     kSite, image.url);
    }
}

} // namespace

void suggestFromArticle(SuggestionSet &set)
{
    const Article *article = set.input().article;
    const int index = set.input().imageIndex;
    if (!article || index < 0 || index >= article->images.size())
        return;
    const ImageRef &image = article->images.at(index);
    // "released by the Northern Coast News Agency (NCNA)" with the credit "NCNA": one agent,
    // though the directory knows neither.
    for (const Release &release : image.releases) {
        if (release.agentAbbreviation.isEmpty() || set.agencies().resolve(release.agent)
            || set.agencies().resolve(release.agentAbbreviation))
            continue;
        Agent agent;
        agent.name = release.agent;
        agent.abbreviations = {release.agentAbbreviation};
        set.defineAgent(agent);
    }
    suggestFromCredit(set, image);
    suggestFromReleases(set, image);
    suggestFromCaptionDates(set, image);
    suggestPublishers(set, *article, image);
}

} // namespace provena::detail::suggest
