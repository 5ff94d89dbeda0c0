// SPDX-License-Identifier: MIT
#pragma once

#include "formats/sidecarcontent.h"

#include <QByteArray>
#include <QJsonObject>

namespace provena {

class ArticleDocument;

/**
 * Serialises annotations as the Provena sidecar: a W3C Web Annotation AnnotationCollection with
 * one embedded AnnotationPage (docs/sidecar-format.md). Takes the SidecarContent that
 * SidecarReader returns, so a read content writes back as it was.
 *
 * Deterministic: the same content gives the same bytes (keys sorted by QJsonObject, items
 * ordered by id whatever the model's order, ids derived, no "now" timestamps). Unknown fields the
 * reader kept in the `extra` objects are written back where they came from. Always writes the
 * current schema version, whatever content.schemaVersion says.
 */
class SidecarWriter
{
public:
    /** UTF-8 JSON-LD as QJsonDocument::toJson(Indented) writes it (sorted keys, four-space indent).
     */
    static QByteArray write(const SidecarContent &content);
    /** write(SidecarContent::fromDocument(document)). */
    static QByteArray write(const ArticleDocument &document);

    static QJsonObject toJson(const SidecarContent &content);
    static QJsonObject toJson(const ArticleDocument &document);
};

} // namespace provena
