// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace provena {

class ArticleDocument;

/**
 * Serialises a document's annotations as the Provena sidecar: a W3C Web Annotation
 * AnnotationCollection with one embedded AnnotationPage (docs/sidecar-format.md).
 *
 * Deterministic: the same document gives the same bytes (keys sorted by QJsonObject, items in
 * document order, ids derived, no "now" timestamps). Unknown fields the reader kept in the
 * model's `extra` objects are written back where they came from.
 */
class SidecarWriter
{
public:
    /** UTF-8 JSON-LD as QJsonDocument::toJson(Indented) writes it (sorted keys, four-space indent).
     */
    static QByteArray write(const ArticleDocument &document);
    static QJsonObject toJson(const ArticleDocument &document);
};

} // namespace provena
