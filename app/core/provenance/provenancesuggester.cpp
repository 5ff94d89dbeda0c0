// SPDX-License-Identifier: MIT
#include "core/provenance/provenancesuggester.h"

#include "core/provenance/suggestionset_p.h"

#include <QDate>

namespace provena {

namespace detail::suggest {

namespace {

const QString kMetadata = QStringLiteral("metadata");

using Field = MetadataEvidence::Field;

struct ValueRole
{
    Field field;
    ClaimRole role;
};

} // namespace

void suggestFromMetadata(SuggestionSet &set)
{
    const MetadataEvidence &metadata = set.input().metadata;

    for (const MetadataEvidence::Item &item : metadata.itemsOf(Field::Creator)) {
        // Creators in metadata are mostly photographers; an agency name resolves to the agency.
        const Agent agent = set.agentFor(item.value, AgentKind::Person);
        set.addAgent(ClaimRole::Creator, agent, {}, Evidence::metadataField(item.key, item.value),
                     ProvenanceSuggester::tr("The image's metadata (%1) names %2 as its creator.")
                         .arg(item.key, set.shownName(agent)),
                     kMetadata);
    }
    static const ValueRole valueRoles[] = {
        {Field::Credit, ClaimRole::CreditLine},
        {Field::Source, ClaimRole::Source},
        {Field::Rights, ClaimRole::Rights},
        {Field::UsageTerms, ClaimRole::Rights},
        {Field::DigitalSourceType, ClaimRole::DigitalSourceType},
        {Field::LocationShown, ClaimRole::LocationShown},
    };
    for (const ValueRole &vr : valueRoles) {
        for (const MetadataEvidence::Item &item : metadata.itemsOf(vr.field)) {
            set.addValue(vr.role, item.value, Evidence::metadataField(item.key, item.value),
                         ProvenanceSuggester::tr("The image's metadata (%1) gives the %2.")
                             .arg(item.key, MetadataEvidence::fieldTitle(vr.field).toLower()),
                         kMetadata);
        }
    }
    // City and country stand for the place shown only when nothing names it better.
    if (metadata.itemsOf(Field::LocationShown).isEmpty()) {
        QStringList place;
        QList<Evidence> evidence;
        for (Field field : {Field::City, Field::Country}) {
            const QList<MetadataEvidence::Item> items = metadata.itemsOf(field);
            if (!items.isEmpty()) {
                place.append(items.constFirst().value);
                evidence.append(
                    Evidence::metadataField(items.constFirst().key, items.constFirst().value));
            }
        }
        if (!place.isEmpty()) {
            for (const Evidence &e : evidence) {
                set.addValue(
                    ClaimRole::LocationShown, place.join(QLatin1String(", ")), e,
                    ProvenanceSuggester::tr("The image's metadata names the city and country."),
                    kMetadata);
            }
        }
    }
    // Only when it was taken: a digitised or modified date is a later step, not the creation.
    for (Field field : {Field::DateTimeOriginal, Field::IptcDateCreated}) {
        for (const MetadataEvidence::Item &item : metadata.itemsOf(field)) {
            const QString date = isoDateFromMetadata(item.value);
            if (date.isEmpty())
                continue;
            set.addDate(
                ClaimRole::DateCreated, date, Evidence::metadataField(item.key, item.value),
                ProvenanceSuggester::tr("The image's metadata (%1) says it was taken on %2.")
                    .arg(item.key, date),
                kMetadata);
        }
    }
    // Editing software (Software, CreatorTool, history entries) is not a claim: it says that a
    // program touched the file, not who edited it. MetadataEvidence flags it (EditingSoftware).
}

} // namespace detail::suggest

namespace {

const AgencyDirectory &directoryOf(const ProvenanceSuggester::Input &input)
{
    if (input.agencies)
        return *input.agencies;
    // Pure: never the user's file behind the caller's back.
    static const AgencyDirectory builtIn = AgencyDirectory::builtIn();
    return builtIn;
}

} // namespace

QList<ProvenanceSuggestion> ProvenanceSuggester::suggest(const Input &input)
{
    detail::suggest::SuggestionSet set(input, directoryOf(input));
    detail::suggest::suggestFromArticle(set);
    detail::suggest::suggestFromMetadata(set);
    return set.finish();
}

QList<MetadataEvidence::Flag> ProvenanceSuggester::articleFlags(const Input &input)
{
    QList<MetadataEvidence::Flag> flags;
    if (!input.article || input.imageIndex < 0 || input.imageIndex >= input.article->images.size())
        return flags;
    const ImageRef &image = input.article->images.at(input.imageIndex);
    QList<QDate> captionDates;
    QStringList captionTexts;
    for (const FoundDate &d : image.dates) {
        if (d.date.isValid()) {
            captionDates.append(d.date);
            captionTexts.append(d.date.toString(Qt::ISODate));
        }
    }
    if (captionDates.isEmpty())
        return flags;
    using Field = MetadataEvidence::Field;
    for (Field field : {Field::DateTimeOriginal, Field::CreateDate, Field::IptcDateCreated}) {
        for (const MetadataEvidence::Item &item : input.metadata.itemsOf(field)) {
            const QDate taken = QDate::fromString(
                detail::suggest::isoDateFromMetadata(item.value).left(10), Qt::ISODate);
            if (!taken.isValid())
                continue;
            const bool near = std::any_of(captionDates.cbegin(), captionDates.cend(),
                                          [&](QDate d) { return qAbs(d.daysTo(taken)) <= 1; });
            if (near)
                continue;
            MetadataEvidence::Flag flag;
            flag.kind = MetadataEvidence::Flag::Kind::DateMismatch;
            flag.key = item.key;
            flag.detail = tr("%1 says %2, more than a day away from the caption's %3.")
                              .arg(item.key, taken.toString(Qt::ISODate),
                                   captionTexts.join(QLatin1String(", ")));
            flags.append(flag);
        }
    }
    return flags;
}

} // namespace provena
