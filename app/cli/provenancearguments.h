// SPDX-License-Identifier: MIT
#pragma once

#include "core/document/articledocument.h"
#include "core/io/result.h"
#include "core/model/agencydirectory.h"
#include "core/model/provenance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace provena::cli {

/** A claim or suggestion an id on the command line may name. */
struct ClaimTarget
{
    int imageIndex = -1;
    QUuid id;
    bool suggestion = false; ///< a current suggestion, not (yet) a recorded claim

    friend bool operator==(const ClaimTarget &, const ClaimTarget &) = default;
};

/**
 * What `provena-cli provenance` is told on its command line, turned into model values: the
 * stable names of provenance.h, ISO 8601 dates, URLs, evidence specs and claim ids. Errors are
 * one translated sentence that names the valid choices.
 */
class ProvenanceArguments
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceCliCommand)

public:
    /** Shortest id prefix accepted, in hex digits (as git's abbreviated hashes). */
    static constexpr int kMinIdPrefix = 8;

    static QStringList roleNames();
    static QStringList claimStatusNames();
    static QStringList pillarNames();
    static QStringList pillarStatusNames();
    static QStringList verdictNames();
    static QStringList evidenceKindNames();

    static Result<ClaimRole> parseRole(const QString &name);
    static Result<Pillar> parsePillar(const QString &name);
    static Result<PillarAssessment::Status> parsePillarStatus(const QString &name);
    static Result<Verdict::Value> parseVerdict(const QString &name);
    /** 0 … 1. */
    static Result<double> parseConfidence(const QString &value);
    /** An ISO 8601 date, date-time or range "A/B" (A not after B); returned trimmed. */
    static Result<QString> parseDate(const QString &value);
    /** An absolute URL with a scheme, e.g. https://kcna.kp/… */
    static Result<QString> parseUrl(const QString &value);

    /**
     * One `--evidence` SPEC: `text:START-END` (code points of the article; the quote is cut from
     * it), `text:QUOTE[@N]` (the N-th exact occurrence), `metadata:KEY=VALUE`, `image:N` (from 1),
     * `url:URL` or `note:TEXT`.
     */
    static Result<Evidence> parseEvidence(const ArticleDocument &doc, const QString &spec);

    /** The directory's agency when `name` is one of its names, abbreviations or ids; else an
     *  agent named as written. */
    static Agent resolveAgent(const AgencyDirectory &agencies, const QString &name);

    /**
     * The one target whose id is `text`: a UUID ("{…}", "urn:uuid:…" too) or a prefix of at
     * least kMinIdPrefix hex digits. Errors for no match, more than one, or a short prefix.
     */
    static Result<ClaimTarget> findTarget(const QList<ClaimTarget> &targets, const QString &text);
};

} // namespace provena::cli
