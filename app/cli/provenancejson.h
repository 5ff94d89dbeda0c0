// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "core/model/provenance.h"
#include "core/provenance/provenancesuggester.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace provena::cli {

/**
 * The `provenance --json` document: schema "provena-provenance/1", documented in docs/cli.md
 * (section "provenance"). Field names and enum values are the stable names of provenance.h
 * (roleName, statusName …), never translated; keys are sorted (QJsonObject) and arrays keep the
 * record's order, so the output is byte-for-byte stable for the same input. Image numbers count
 * from 1, as everywhere on the command line; text ranges are code points.
 */
class ProvenanceJson
{
public:
    static QJsonObject evidence(const Evidence &evidence);
    static QJsonArray evidenceList(const QList<Evidence> &evidence);
    static QJsonObject agent(const Agent &agent);
    static QJsonObject claim(const ProvenanceClaim &claim);
    static QJsonObject custodyEvent(const CustodyEvent &event);
    static QJsonObject pillar(Pillar pillar, const PillarAssessment &assessment);
    /** Null while the verdict was never decided. */
    static QJsonValue verdict(const Verdict &verdict);
    static QJsonObject suggestion(const ProvenanceSuggestion &suggestion);

    /**
     * One image: its number and URL, its claims, custody chain, five pillars and verdict, plus
     * "suggestions" when `suggestions` is given.
     */
    static QJsonObject image(const ImageRef &ref, int imageIndex, const ImageProvenance &record,
                             const QList<ProvenanceSuggestion> *suggestions = nullptr);
    /** `{kind, key, detail}` per flag, as `provena-cli metadata --json` writes them. */
    static QJsonArray flags(const QList<MetadataEvidence::Flag> &flags);
    /** The whole document around `images` (objects made by image()). */
    static QJsonObject document(const QString &articlePath, const QJsonArray &images);
};

} // namespace provena::cli
