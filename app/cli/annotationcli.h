// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the commands that read or change annotations (region, link, validate).

#include "cli/command.h"
#include "core/document/articledocument.h"
#include "core/model/textrange.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace provena::cli {

/** "exact text" or "exact text@N" (N-th occurrence, from 1). */
struct TextSpec
{
    QString quote;
    int occurrence = 1;
};
TextSpec parseTextSpec(const QString &value);

/** The code point range of `spec` in the document's article, or an invalid range. */
TextRange findText(const ArticleDocument &doc, const TextSpec &spec);

/** Parses; prints help/usage itself. Returns -1 to continue, else the exit code. */
int parseOrExit(QCommandLineParser &parser, const QCommandLineOption &help, CommandContext &context,
                int positionalCount, const QString &positionalNames);

/** Opens through DocumentIO; prints what went wrong. Null on failure (`exitCode` set). */
std::unique_ptr<ArticleDocument> openDocument(const QString &articlePath, CommandContext &context,
                                              int *exitCode);

/** Saves through DocumentIO; returns the exit code. */
int saveDocument(ArticleDocument &doc, CommandContext &context);

/** A region id given as a UUID, "{uuid}" or "urn:uuid:…"; a unique prefix of 4+ hex digits. */
QUuid findRegionId(const ArticleDocument &doc, const QString &text);

QString shortId(const QUuid &id);

} // namespace provena::cli
