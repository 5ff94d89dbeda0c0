// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/textrange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace provena {

/**
 * One piece of evidence for a provenance claim or an assessment: a span of the article, a
 * metadata field, another image, a URL or the analyst's own note. Exactly the fields of its kind
 * are set; the others stay empty.
 */
struct Evidence
{
    enum class Kind {
        TextSpan, ///< `range` (code points) and `quote` of the article text
        MetadataField, ///< `metadataKey` (Exiv2 key, "Exif.Image.Artist") and `metadataValue`
        Image, ///< another image of the article (`imageIndex`) or a version (`imageSha256`)
        Url, ///< `url`
        Note ///< `note`, the analyst's own words
    };

    Kind kind = Kind::Note;
    TextRange range;
    QString quote;
    QString metadataKey;
    QString metadataValue;
    int imageIndex = -1;
    QString imageSha256; ///< lower-case hex, when the version is known by content
    QString url;
    QString note;

    static Evidence textSpan(TextRange range, const QString &quote);
    static Evidence metadataField(const QString &key, const QString &value);
    static Evidence image(int imageIndex, const QString &sha256 = {});
    static Evidence link(const QString &url);
    static Evidence analystNote(const QString &note);

    /** "text", "metadata", "image", "url", "note": the stable names used in files and the CLI. */
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    /** One line for people: "text 120–135 “KCNA”", "metadata Exif.Image.Artist = Jane Roe". */
    QString summary() const;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

/**
 * The dates a provenance record holds: ISO 8601 "2025", "2025-08", "2025-08-13", a date-time
 * "2025-08-13T10:42:00" with an optional fraction and "Z" or offset, or a range "A/B" of those
 * that does not end before it starts. Empty means unknown. One definition for the sidecar reader,
 * the CLI, the GUI and the suggester, so nothing can record a date the reader then refuses.
 */
struct ProvenanceDate
{
    /** The first and last instant the text stands for (a date-time without offset as UTC). */
    struct Span
    {
        QDateTime first;
        QDateTime last;
    };

    static bool isValid(QStringView date);
    /** Of one end ("2025-08" → Aug 1 00:00 to Aug 31 23:59:59.999), or of a range. */
    static std::optional<Span> span(QStringView date);
};

/** What kind of party an agent is. */
enum class AgentKind {
    Unknown,
    StateMedia,
    WireService,
    PhotoAgency,
    Newspaper,
    Broadcaster,
    Government,
    Person,
    Organisation,
    Software ///< a program acting on its own, e.g. Provena when it fetched an image
};

/**
 * A party that made, released or passed on a photo. Agencies Provena knows come from the agency
 * directory (AgencyDirectory) and carry its `directoryId`; others are named by the analyst or the
 * metadata only.
 */
struct Agent
{
    QString directoryId; ///< AgencyDirectory id, e.g. "kcna"; empty for agents it does not list
    QString name; ///< the display name, e.g. "Korean Central News Agency"
    QStringList abbreviations; ///< e.g. "KCNA"
    AgentKind kind = AgentKind::Unknown;
    QString country; ///< ISO 3166-1 alpha-2 where known ("KP"), else empty
    QString iri; ///< an identifier IRI (Wikidata …) only when certain, else empty

    bool isEmpty() const { return name.isEmpty() && directoryId.isEmpty(); }
    /** "state-media", "wire-service", "photo-agency", "newspaper", "broadcaster", "government",
     *  "person", "organisation", "software", "unknown". */
    static QString kindName(AgentKind kind);
    static std::optional<AgentKind> kindFromName(const QString &name);

    friend bool operator==(const Agent &, const Agent &) = default;
};

/** What a claim states about an image. */
enum class ClaimRole {
    Creator, ///< who took or made it (agent)
    ReleasingAgency, ///< who released it first (agent; date = release date when known)
    Distributor, ///< who distributed it (agent)
    Publisher, ///< who published it in this article (agent)
    Republisher, ///< who republished it (agent)
    Editor, ///< who cropped or edited it (agent)
    CreditLine, ///< the credit line as printed (value)
    Source, ///< the supplier or original owner (value, as IPTC Source)
    Rights, ///< copyright notice or usage terms (value)
    DigitalSourceType, ///< an IPTC digital source type URI (value)
    DateCreated, ///< when it was taken (date)
    DateReleased, ///< when it was released (date)
    LocationShown, ///< where it was taken, as named (value)
    /**
     * Another version this image was made from (value: that file's path or URL; evidence: the
     * image by SHA-256 and the match — crop rectangle, scale — as found by ImageMatcher)
     */
    DerivedFrom
};

/** Whether the analyst holds a claim to be true. */
enum class ClaimStatus { Suggested, Accepted, Rejected, Disputed };

/**
 * An attributed statement about one image: who did what (agent roles), or what its credit,
 * rights, source type, dates or location are (value roles), with its evidence.
 *
 * Suggestions (ProvenanceSuggester) are claims with status Suggested that are not in the record;
 * accepting one adds it as Accepted, rejecting it adds it as Rejected, so `suggestionKey` keeps
 * it from being proposed again.
 */
struct ProvenanceClaim
{
    QUuid id;
    ClaimRole role = ClaimRole::Creator;
    Agent agent; ///< for agent roles
    QString
        value; ///< for value roles (CreditLine, Source, Rights, DigitalSourceType, LocationShown)
    /**
     * ISO 8601: a date "2025-08-13", a date-time "2025-08-13T10:42:00Z" or a range
     * "2025-08-12/2025-08-13"; empty when unknown. For DateCreated and DateReleased it is the
     * claim.
     */
    QString date;
    QString url; ///< where the agent published it, when known
    QList<Evidence> evidence;
    QString reason; ///< for suggestions: why it is proposed, one short translated sentence
    QString suggestionKey; ///< for claims that were suggestions: the suggestion's stable key
    QString recordedBy;
    QDateTime recordedAt; ///< UTC, whole seconds
    ClaimStatus status = ClaimStatus::Accepted;
    QJsonObject extra; ///< fields of this claim in the sidecar Provena does not know

    static bool isAgentRole(ClaimRole role);
    static bool isDateRole(ClaimRole role);
    /** "creator", "releasing-agency", "distributor", "publisher", "republisher", "editor",
     *  "credit-line", "source", "rights", "digital-source-type", "date-created",
     *  "date-released", "location-shown", "derived-from". */
    static QString roleName(ClaimRole role);
    static std::optional<ClaimRole> roleFromName(const QString &name);
    /** Translated, for people: "Creator", "Releasing agency" … */
    static QString roleTitle(ClaimRole role);
    /** "suggested", "accepted", "rejected", "disputed". */
    static QString statusName(ClaimStatus status);
    static std::optional<ClaimStatus> statusFromName(const QString &name);
    /** What it states, for lists: the agent's name, else the value, else the date. */
    QString statement() const;

    friend bool operator==(const ProvenanceClaim &, const ProvenanceClaim &) = default;
};

/** A step in the photo's chain of custody. */
struct CustodyEvent
{
    enum class Role { Created, Released, Distributed, Published, Republished, Edited, Retrieved };

    Role role = Role::Created;
    Agent agent;
    QString date; ///< ISO 8601 date, date-time or range "A/B"; empty when unknown
    QString url;
    QList<Evidence> evidence;
    QUuid claimId; ///< the claim it was built from; null for recorded events (Retrieved)
    /** For Retrieved: HTTP facts (final URL, status, content type …) as recorded. */
    QJsonObject details;

    /** "created", "released", "distributed", "published", "republished", "edited",
     *  "retrieved". */
    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
    static QString roleTitle(Role role);

    friend bool operator==(const CustodyEvent &, const CustodyEvent &) = default;
};

/** The five questions verification desks ask of a photo. */
enum class Pillar { Provenance, Source, Date, Location, Motivation };
inline constexpr int kPillarCount = 5;

/** The answer to one pillar. */
struct PillarAssessment
{
    enum class Status { NotChecked, Supports, Contradicts, Inconclusive };

    Status status = Status::NotChecked;
    QString note;
    QList<Evidence> evidence;
    QString assessedBy;
    QDateTime assessedAt; ///< UTC, whole seconds; invalid when never assessed

    /** "provenance", "source", "date", "location", "motivation". */
    static QString pillarName(Pillar pillar);
    static std::optional<Pillar> pillarFromName(const QString &name);
    /** Translated question: "Provenance: is this the original?" … */
    static QString pillarTitle(Pillar pillar);
    /** "not-checked", "supports", "contradicts", "inconclusive". */
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    static QString statusTitle(Status status);

    friend bool operator==(const PillarAssessment &, const PillarAssessment &) = default;
};

/** The analyst's overall conclusion on an image. */
struct Verdict
{
    enum class Value { Unverified, Corroborated, Disputed, Manipulated, Staged, Miscaptioned };

    Value value = Value::Unverified;
    QString rationale;
    double confidence = -1; ///< 0..1, or < 0 when not stated
    QString decidedBy;
    QDateTime decidedAt; ///< UTC, whole seconds; invalid while never decided

    bool isDecided() const { return decidedAt.isValid(); }
    /** "unverified", "corroborated", "disputed", "manipulated", "staged", "miscaptioned". */
    static QString valueName(Value value);
    static std::optional<Value> valueFromName(const QString &name);
    static QString valueTitle(Value value);

    friend bool operator==(const Verdict &, const Verdict &) = default;
};

/** Everything Provena records about where one image of the article comes from. */
struct ImageProvenance
{
    QList<ProvenanceClaim> claims; ///< in the order they were recorded
    /** Custody events not built from claims (e.g. Retrieved when Provena fetched the image). */
    QList<CustodyEvent> recordedEvents;
    std::array<PillarAssessment, kPillarCount> pillars;
    Verdict verdict;
    QJsonObject extra; ///< fields of this image's provenance in the sidecar Provena does not know

    const PillarAssessment &pillar(Pillar p) const { return pillars.at(size_t(p)); }
    PillarAssessment &pillar(Pillar p) { return pillars.at(size_t(p)); }
    const ProvenanceClaim *claim(const QUuid &id) const;
    int claimIndex(const QUuid &id) const;
    /** True when nothing is recorded (such an image writes no provenance to the sidecar). */
    bool isEmpty() const;

    /**
     * The chain of custody: one event per accepted or disputed agent claim (Creator → created,
     * ReleasingAgency → released, Distributor → distributed, Publisher → published, Republisher →
     * republished, Editor → edited; the claim's date, or for a releasing agency the accepted
     * DateReleased when it has none; Creator takes an accepted DateCreated likewise), plus the
     * recorded events; ordered by role in that order (the order custody passes in), within a role
     * by date (dated first), then by
     * when they were recorded. Rejected and suggested claims give no event.
     */
    QList<CustodyEvent> custodyChain() const;

    friend bool operator==(const ImageProvenance &, const ImageProvenance &) = default;
};

} // namespace provena
