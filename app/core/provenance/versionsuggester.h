// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"
#include "core/provenance/provenancesuggester.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace provena {

/**
 * Another appearance of an image: a version of it (a crop, a re-encode, a mirrored copy) shown
 * in another article, as `find-versions` found it (VersionFinder::sightings). Plain data, so the
 * core need not know how it was found.
 */
struct VersionSighting
{
    QString filePath; ///< the other version's file (absolute)
    QString sha256; ///< of that file, lower-case hex
    QString articlePath; ///< the article that shows it (absolute)
    QString articleTitle;
    int imageNumber = 0; ///< 1-based, in that article
    QString caption; ///< as that article captions it
    QString credit; ///< as that article credits it
    QString publisher; ///< the organisation that article's byline names; empty when none
    QStringList relations; ///< "cropped", "mirrored", "scaled" … (ImageMatch::relations)
    QRectF rectInImage; ///< where the version lies in this image's displayed pixels
    double scale = 1.0; ///< the version's resolution relative to this image's
    int hashDistance = -1; ///< perceptual hash distance (the nearer of direct and mirrored)
};

/**
 * Offers each other appearance of an image as a provenance suggestion: a Republisher claim
 * naming the other article's publisher (its byline's organisation), else its credit, resolved
 * through the agency directory. The evidence is the other file (Evidence::image with its
 * SHA-256), a file URL to it, and a note with the article, caption, credit and the match
 * (relations, rectangle in this image, scale, hash distance). Appearances naming neither a
 * publisher nor a credit give none (there is no one to name).
 *
 * The same agent seen in several articles is one suggestion with the evidence of each. Keys
 * follow ProvenanceSuggester's ("0/republisher/reuters"), so a recorded claim with the key —
 * accepted or rejected — or one the analyst typed with the same role and agent keeps it from
 * being offered again. Never changes the document: the
 * analyst accepts (AddClaimsCommand) or rejects. Pure and deterministic.
 */
class VersionSuggester
{
    Q_DECLARE_TR_FUNCTIONS(VersionSuggester)

public:
    /** "versions": ProvenanceSuggestion::origin of these suggestions. */
    static QString origin();

    static QList<ProvenanceSuggestion> suggest(int imageIndex,
                                               const QList<VersionSighting> &sightings,
                                               const ImageProvenance &recorded,
                                               const AgencyDirectory &agencies);
};

} // namespace provena
