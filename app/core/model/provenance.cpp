// SPDX-License-Identifier: MIT
#include "core/model/provenance.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace provena {

namespace {

// Stable names for files and the CLI, indexed by the enum's value.
template<typename Enum, size_t N>
QString nameOf(Enum value, const std::array<const char *, N> &names)
{
    const auto i = size_t(value);
    return i < N ? QString::fromLatin1(names.at(i)) : QString();
}

template<typename Enum, size_t N>
std::optional<Enum> fromName(const QString &name, const std::array<const char *, N> &names)
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1String(names.at(i)), Qt::CaseInsensitive) == 0)
            return Enum(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 5> kEvidenceKinds {"text", "metadata", "image", "url", "note"};
constexpr std::array<const char *, 10> kAgentKinds {
    "unknown",     "state-media", "wire-service", "photo-agency", "newspaper",
    "broadcaster", "government",  "person",       "organisation", "software"};
constexpr std::array<const char *, 14> kClaimRoles {
    "creator",      "releasing-agency", "distributor",    "publisher",   "republisher",
    "editor",       "credit-line",      "source",         "rights",      "digital-source-type",
    "date-created", "date-released",    "location-shown", "derived-from"};
constexpr std::array<const char *, 4> kClaimStatuses {"suggested", "accepted", "rejected",
                                                      "disputed"};
constexpr std::array<const char *, 7> kCustodyRoles {
    "created", "released", "distributed", "published", "republished", "edited", "retrieved"};
constexpr std::array<const char *, 5> kPillars {"provenance", "source", "date", "location",
                                                "motivation"};
constexpr std::array<const char *, 4> kPillarStatuses {"not-checked", "supports", "contradicts",
                                                       "inconclusive"};
constexpr std::array<const char *, 6> kVerdicts {"unverified",  "corroborated", "disputed",
                                                 "manipulated", "staged",       "miscaptioned"};

// Messages under the "Provenance" context; lupdate reads the context from the macro (a free tr()
// helper would be filed under the calling class's name, which the runtime never asks for).
struct ProvenanceText
{
    Q_DECLARE_TR_FUNCTIONS(Provenance)
};

} // namespace

namespace {

std::optional<ProvenanceDate::Span> spanOfOne(QStringView s)
{
    static const QRegularExpression dateTime(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$)"));
    if (dateTime.match(s.toString()).hasMatch()) {
        QDateTime t = QDateTime::fromString(s.toString(), Qt::ISODate);
        if (!t.isValid())
            return std::nullopt;
        // Without an offset it is local to where it was taken; compared as if UTC.
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        return ProvenanceDate::Span {t, t};
    }
    static const QRegularExpression date(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const QRegularExpressionMatch m = date.match(s.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const bool hasMonth = m.capturedLength(2) > 0;
    const bool hasDay = m.capturedLength(3) > 0;
    const QDate first(m.captured(1).toInt(), hasMonth ? m.captured(2).toInt() : 1,
                      hasDay ? m.captured(3).toInt() : 1);
    if (!first.isValid())
        return std::nullopt;
    const QDate last = hasDay ? first : first.addMonths(hasMonth ? 1 : 12).addDays(-1);
    return ProvenanceDate::Span {first.startOfDay(Qt::UTC), last.endOfDay(Qt::UTC)};
}

} // namespace

std::optional<ProvenanceDate::Span> ProvenanceDate::span(QStringView date)
{
    const QList<QStringView> ends = date.split(u'/');
    if (ends.size() > 2)
        return std::nullopt;
    const auto first = spanOfOne(ends.constFirst());
    const auto last = ends.size() == 2 ? spanOfOne(ends.constLast()) : first;
    if (!first || !last || first->first > last->last)
        return std::nullopt;
    return Span {first->first, last->last};
}

bool ProvenanceDate::isValid(QStringView date)
{
    return date.isEmpty() || span(date).has_value();
}

Evidence Evidence::textSpan(TextRange range, const QString &quote)
{
    Evidence e;
    e.kind = Kind::TextSpan;
    e.range = range;
    e.quote = quote;
    return e;
}

Evidence Evidence::metadataField(const QString &key, const QString &value)
{
    Evidence e;
    e.kind = Kind::MetadataField;
    e.metadataKey = key;
    e.metadataValue = value;
    return e;
}

Evidence Evidence::image(int imageIndex, const QString &sha256)
{
    Evidence e;
    e.kind = Kind::Image;
    e.imageIndex = imageIndex;
    e.imageSha256 = sha256;
    return e;
}

Evidence Evidence::link(const QString &url)
{
    Evidence e;
    e.kind = Kind::Url;
    e.url = url;
    return e;
}

Evidence Evidence::analystNote(const QString &note)
{
    Evidence e;
    e.kind = Kind::Note;
    e.note = note;
    return e;
}

QString Evidence::kindName(Kind kind)
{
    return nameOf(kind, kEvidenceKinds);
}

std::optional<Evidence::Kind> Evidence::kindFromName(const QString &name)
{
    return fromName<Kind>(name, kEvidenceKinds);
}

QString Evidence::summary() const
{
    switch (kind) {
    case Kind::TextSpan:
        return ProvenanceText::tr("text %1–%2 “%3”").arg(range.start).arg(range.end).arg(quote);
    case Kind::MetadataField:
        return ProvenanceText::tr("metadata %1 = %2").arg(metadataKey, metadataValue);
    case Kind::Image:
        if (imageIndex >= 0)
            return ProvenanceText::tr("image %1").arg(imageIndex + 1);
        return ProvenanceText::tr("image version %1").arg(imageSha256.left(12));
    case Kind::Url:
        return ProvenanceText::tr("URL %1").arg(url);
    case Kind::Note:
        return ProvenanceText::tr("note: %1").arg(note);
    }
    return {};
}

QString Agent::kindName(AgentKind kind)
{
    return nameOf(kind, kAgentKinds);
}

std::optional<AgentKind> Agent::kindFromName(const QString &name)
{
    return fromName<AgentKind>(name, kAgentKinds);
}

bool ProvenanceClaim::isAgentRole(ClaimRole role)
{
    switch (role) {
    case ClaimRole::Creator:
    case ClaimRole::ReleasingAgency:
    case ClaimRole::Distributor:
    case ClaimRole::Publisher:
    case ClaimRole::Republisher:
    case ClaimRole::Editor:
        return true;
    default:
        return false;
    }
}

bool ProvenanceClaim::isDateRole(ClaimRole role)
{
    return role == ClaimRole::DateCreated || role == ClaimRole::DateReleased;
}

QString ProvenanceClaim::roleName(ClaimRole role)
{
    return nameOf(role, kClaimRoles);
}

std::optional<ClaimRole> ProvenanceClaim::roleFromName(const QString &name)
{
    return fromName<ClaimRole>(name, kClaimRoles);
}

QString ProvenanceClaim::roleTitle(ClaimRole role)
{
    switch (role) {
    case ClaimRole::Creator:
        return ProvenanceText::tr("Creator");
    case ClaimRole::ReleasingAgency:
        return ProvenanceText::tr("Releasing agency");
    case ClaimRole::Distributor:
        return ProvenanceText::tr("Distributor");
    case ClaimRole::Publisher:
        return ProvenanceText::tr("Publisher");
    case ClaimRole::Republisher:
        return ProvenanceText::tr("Republisher");
    case ClaimRole::Editor:
        return ProvenanceText::tr("Editor or cropper");
    case ClaimRole::CreditLine:
        return ProvenanceText::tr("Credit line");
    case ClaimRole::Source:
        return ProvenanceText::tr("Source");
    case ClaimRole::Rights:
        return ProvenanceText::tr("Rights and usage terms");
    case ClaimRole::DigitalSourceType:
        return ProvenanceText::tr("Digital source type");
    case ClaimRole::DateCreated:
        return ProvenanceText::tr("Date created");
    case ClaimRole::DateReleased:
        return ProvenanceText::tr("Date released");
    case ClaimRole::LocationShown:
        return ProvenanceText::tr("Location shown");
    case ClaimRole::DerivedFrom:
        return ProvenanceText::tr("Derived from");
    }
    return {};
}

QString ProvenanceClaim::statusName(ClaimStatus status)
{
    return nameOf(status, kClaimStatuses);
}

std::optional<ClaimStatus> ProvenanceClaim::statusFromName(const QString &name)
{
    return fromName<ClaimStatus>(name, kClaimStatuses);
}

QString ProvenanceClaim::statement() const
{
    if (isAgentRole(role) && !agent.name.isEmpty())
        return agent.name;
    if (!value.isEmpty())
        return value;
    return date;
}

QString CustodyEvent::roleName(Role role)
{
    return nameOf(role, kCustodyRoles);
}

std::optional<CustodyEvent::Role> CustodyEvent::roleFromName(const QString &name)
{
    return fromName<Role>(name, kCustodyRoles);
}

QString CustodyEvent::roleTitle(Role role)
{
    switch (role) {
    case Role::Created:
        return ProvenanceText::tr("Created");
    case Role::Released:
        return ProvenanceText::tr("Released");
    case Role::Distributed:
        return ProvenanceText::tr("Distributed");
    case Role::Published:
        return ProvenanceText::tr("Published");
    case Role::Republished:
        return ProvenanceText::tr("Republished");
    case Role::Edited:
        return ProvenanceText::tr("Cropped or edited");
    case Role::Retrieved:
        return ProvenanceText::tr("Retrieved");
    }
    return {};
}

QString PillarAssessment::pillarName(Pillar pillar)
{
    return nameOf(pillar, kPillars);
}

std::optional<Pillar> PillarAssessment::pillarFromName(const QString &name)
{
    return fromName<Pillar>(name, kPillars);
}

QString PillarAssessment::pillarTitle(Pillar pillar)
{
    switch (pillar) {
    case Pillar::Provenance:
        return ProvenanceText::tr("Provenance: is this the original?");
    case Pillar::Source:
        return ProvenanceText::tr("Source: who captured it?");
    case Pillar::Date:
        return ProvenanceText::tr("Date: when was it captured?");
    case Pillar::Location:
        return ProvenanceText::tr("Location: where was it captured?");
    case Pillar::Motivation:
        return ProvenanceText::tr("Motivation: why was it captured and released?");
    }
    return {};
}

QString PillarAssessment::statusName(Status status)
{
    return nameOf(status, kPillarStatuses);
}

std::optional<PillarAssessment::Status> PillarAssessment::statusFromName(const QString &name)
{
    return fromName<Status>(name, kPillarStatuses);
}

QString PillarAssessment::statusTitle(Status status)
{
    switch (status) {
    case Status::NotChecked:
        return ProvenanceText::tr("Not checked");
    case Status::Supports:
        return ProvenanceText::tr("Supports");
    case Status::Contradicts:
        return ProvenanceText::tr("Contradicts");
    case Status::Inconclusive:
        return ProvenanceText::tr("Inconclusive");
    }
    return {};
}

QString Verdict::valueName(Value value)
{
    return nameOf(value, kVerdicts);
}

std::optional<Verdict::Value> Verdict::valueFromName(const QString &name)
{
    return fromName<Value>(name, kVerdicts);
}

QString Verdict::valueTitle(Value value)
{
    switch (value) {
    case Value::Unverified:
        return ProvenanceText::tr("Unverified");
    case Value::Corroborated:
        return ProvenanceText::tr("Corroborated");
    case Value::Disputed:
        return ProvenanceText::tr("Disputed");
    case Value::Manipulated:
        return ProvenanceText::tr("Manipulated");
    case Value::Staged:
        return ProvenanceText::tr("Staged");
    case Value::Miscaptioned:
        return ProvenanceText::tr("Miscaptioned");
    }
    return {};
}

const ProvenanceClaim *ImageProvenance::claim(const QUuid &id) const
{
    const int i = claimIndex(id);
    return i >= 0 ? &claims.at(i) : nullptr;
}

int ImageProvenance::claimIndex(const QUuid &id) const
{
    for (qsizetype i = 0; i < claims.size(); ++i) {
        if (claims.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool ImageProvenance::isEmpty() const
{
    return claims.isEmpty() && recordedEvents.isEmpty() && !verdict.isDecided()
        && verdict == Verdict() && extra.isEmpty()
        && std::all_of(pillars.begin(), pillars.end(),
                       [](const PillarAssessment &p) { return p == PillarAssessment(); });
}

QList<CustodyEvent> ImageProvenance::custodyChain() const
{
    auto acceptedDate = [this](ClaimRole role) {
        for (const ProvenanceClaim &c : claims) {
            if (c.role == role && c.status == ClaimStatus::Accepted && !c.date.isEmpty())
                return c.date;
        }
        return QString();
    };
    struct Entry
    {
        CustodyEvent event;
        int order = 0; // when it was recorded: claims first, then recorded events
    };
    QList<Entry> entries;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const ProvenanceClaim &c = claims.at(i);
        if (!ProvenanceClaim::isAgentRole(c.role)
            || (c.status != ClaimStatus::Accepted && c.status != ClaimStatus::Disputed))
            continue;
        CustodyEvent e;
        switch (c.role) {
        case ClaimRole::Creator:
            e.role = CustodyEvent::Role::Created;
            break;
        case ClaimRole::ReleasingAgency:
            e.role = CustodyEvent::Role::Released;
            break;
        case ClaimRole::Distributor:
            e.role = CustodyEvent::Role::Distributed;
            break;
        case ClaimRole::Publisher:
            e.role = CustodyEvent::Role::Published;
            break;
        case ClaimRole::Republisher:
            e.role = CustodyEvent::Role::Republished;
            break;
        default:
            e.role = CustodyEvent::Role::Edited;
            break;
        }
        e.agent = c.agent;
        e.date = c.date;
        if (e.date.isEmpty() && c.role == ClaimRole::ReleasingAgency)
            e.date = acceptedDate(ClaimRole::DateReleased);
        if (e.date.isEmpty() && c.role == ClaimRole::Creator)
            e.date = acceptedDate(ClaimRole::DateCreated);
        e.url = c.url;
        e.evidence = c.evidence;
        e.claimId = c.id;
        entries.append({e, int(i)});
    }
    for (qsizetype i = 0; i < recordedEvents.size(); ++i)
        entries.append({recordedEvents.at(i), int(claims.size() + i)});

    // Roles are in custody order (made, released, passed on, published, edited, retrieved), so
    // ordering by role first keeps the order transitive where some events have no date; the
    // start of a date or range then orders events of one role (ISO 8601 sorts as text).
    auto dateKey = [](const QString &date) {
        return date.section(u'/', 0, 0);
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        if (a.event.role != b.event.role)
            return a.event.role < b.event.role;
        const QString da = dateKey(a.event.date);
        const QString db = dateKey(b.event.date);
        if (da != db && !da.isEmpty() && !db.isEmpty())
            return da < db;
        if (da.isEmpty() != db.isEmpty())
            return !da.isEmpty(); // dated before undated within a role
        return a.order < b.order;
    });
    QList<CustodyEvent> chain;
    chain.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        chain.append(entry.event);
    return chain;
}

} // namespace provena
