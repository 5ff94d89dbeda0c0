// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>

namespace provena {

struct Label
{
    QString id; ///< stable key stored in sidecars, e.g. "person"
    /** The English name: what sidecars, XMP and COCO carry. People see displayName(). */
    QString name;
    QColor colour;
    QString description; ///< English, as `name`
    /** Translations by language code ("de", "ko", "ru"); English is `name`/`description`.
     *  (`= {}` lets `Label {id, name, colour, description}` leave them out without a warning.) */
    QMap<QString, QString> names = {};
    QMap<QString, QString> descriptions = {};

    /** The name in `language` ("de"), else the English name, else the id. */
    QString displayName(const QString &language) const;
    /** displayName() in the language Provena speaks now (Language::current()). */
    QString displayName() const;
    /** The description in `language`, else the English one (may be empty). */
    QString displayDescription(const QString &language) const;
    QString displayDescription() const;

    friend bool operator==(const Label &, const Label &) = default;
};

/**
 * The labels regions can carry. Provena ships a default set (resources/labels/default-labels.json,
 * compiled in); users add their own (stored per user in userLabelsPath()); a sidecar carries the
 * labels it uses so it opens the same on another machine.
 */
class LabelTaxonomy
{
    Q_DECLARE_TR_FUNCTIONS(LabelTaxonomy)

public:
    /** The built-in set merged with the user's own labels. */
    static LabelTaxonomy standard();
    static LabelTaxonomy builtIn();
    /** Where the user's own labels live: GenericConfigLocation/provena/labels.json
     * (~/.config/provena/labels.json), shared by the GUI and provena-cli. */
    static QString userLabelsPath();

    /** Whether `id` may name a user label: 1–64 of a-z, 0-9, '-', '_', starting with a letter or
     * digit. */
    static bool isValidId(const QString &id);

    static Result<LabelTaxonomy> fromJson(const QByteArray &json,
                                          const QString &pathForErrors = {});
    QByteArray toJson() const;
    static Result<LabelTaxonomy> fromJsonArray(const QJsonArray &array, const QString &where);
    /** Whether toJsonArray() writes the translations ("names", "descriptions"): labels files
     *  keep them; sidecars carry ids and English names only (docs/sidecar-format.md). */
    enum class Translations { Omit, Include };
    QJsonArray toJsonArray(Translations translations = Translations::Omit) const;

    const QList<Label> &labels() const { return mLabels; }
    const Label *find(const QString &id) const;
    /** How label `id` is shown: its displayName() in the current language, the id itself when
     *  the taxonomy lacks it, or `ifNone` when `id` is empty. */
    QString displayNameOf(const QString &id, const QString &ifNone = {}) const;
    /** The label whose id or name (English, else a translation) is `text`, ignoring case and
     *  surrounding blanks; an exact id wins over a name, an English name over a translation. */
    const Label *findByIdOrName(const QString &text) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    /** Adds the label or replaces the one with the same id. */
    void insert(const Label &label);
    /** Labels of `other` that this taxonomy lacks are added (existing ids keep their definition).
     */
    void merge(const LabelTaxonomy &other);
    /** Colour for `id`, or a stable colour derived from the id for unknown labels. */
    QColor colourFor(const QString &id) const;

    /** The user's own labels only (empty when there are none); an unreadable file is an error. */
    static Result<LabelTaxonomy> userLabels();
    /** Saves `labels` (the user's own) atomically to userLabelsPath(). */
    static Status saveUserLabels(const LabelTaxonomy &labels);

private:
    QList<Label> mLabels;
};

} // namespace provena
