// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"

#include <QJsonObject>
#include <QString>

namespace provena::cli {

/**
 * The `inspect --json` document for `article`: schema "provena-inspect/1", documented in
 * docs/inspect-json.md. Keys are sorted (QJsonObject), arrays keep article order, so the
 * output is byte-for-byte stable for the same input.
 */
QJsonObject articleToJson(const Article &article);

/** The human-readable summary `inspect` prints without --json. */
QString articleSummary(const Article &article);

} // namespace provena::cli
