// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace provena {

struct Label
{
    QString id; ///< stable key stored in sidecars, e.g. "person"
    QString name; ///< shown to people
    QColor colour;
    QString description;

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
    QJsonArray toJsonArray() const;

    const QList<Label> &labels() const { return mLabels; }
    const Label *find(const QString &id) const;
    /** The label whose id or display name is `text`, ignoring case and surrounding blanks;
     *  an exact id wins over a name. */
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
