// SPDX-License-Identifier: MIT
#include "core/model/labeltaxonomy.h"

#include "core/i18n/language.h"
#include "core/io/fileaccess.h"
#include "core/io/jsonstrictness.h"
#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

static void initProvenaCoreResources()
{
    Q_INIT_RESOURCE(core_resources);
}

namespace provena {

namespace {
// Thousands of labels fit in a few hundred KiB; more than this is not a labels file.
constexpr qint64 kMaxUserLabelsBytes = qint64(16) << 20;

/** `{"de": "…", …}` → map; blank values and a non-object are nothing. */
QMap<QString, QString> translationsFrom(const QJsonValue &value)
{
    QMap<QString, QString> translations;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = it.value().toString().trimmed();
        if (!it.key().isEmpty() && !text.isEmpty())
            translations.insert(it.key(), text);
    }
    return translations;
}

QJsonObject toJsonObject(const QMap<QString, QString> &translations)
{
    QJsonObject object;
    for (auto it = translations.begin(); it != translations.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QString Label::displayName(const QString &language) const
{
    if (const QString translated = names.value(language); !translated.isEmpty())
        return translated;
    return name.isEmpty() ? id : name;
}

QString Label::displayName() const
{
    return displayName(Language::current());
}

QString Label::displayDescription(const QString &language) const
{
    const QString translated = descriptions.value(language);
    return translated.isEmpty() ? description : translated;
}

QString Label::displayDescription() const
{
    return displayDescription(Language::current());
}

LabelTaxonomy LabelTaxonomy::builtIn()
{
    initProvenaCoreResources();
    QFile file(QStringLiteral(":/provena/labels/default-labels.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<LabelTaxonomy> result = fromJson(file.readAll(), file.fileName());
    return result ? result.value() : LabelTaxonomy();
}

QString LabelTaxonomy::userLabelsPath()
{
    // One place for every Provena program (the GUI and provena-cli have different application
    // names, so AppConfigLocation would give each its own file).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("provena/labels.json"));
}

LabelTaxonomy LabelTaxonomy::standard()
{
    LabelTaxonomy taxonomy = builtIn();
    // A broken user file must not take the built-in labels down with it.
    if (const Result<LabelTaxonomy> user = userLabels()) {
        for (const Label &label : user->labels())
            taxonomy.insert(label);
    }
    return taxonomy;
}

bool LabelTaxonomy::isValidId(const QString &id)
{
    // Ids are stored in sidecars and typed on command lines: keep them plain.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

Result<LabelTaxonomy> LabelTaxonomy::fromJson(const QByteArray &json, const QString &pathForErrors)
{
    // A labels file is {"schema", "labels": [{id, name, colour, description}]}: room to spare
    // for other tools' keys, none for a 10 MB label name (docs/cli.md, "labels").
    JsonLimits limits;
    limits.maxDepth = 16;
    limits.maxStringLength = 64 * 1024;
    if (const auto problem = JsonStrictness::check(json, limits)) {
        Error e {tr("The label file is not valid at %1: %2.")
                     .arg(JsonStrictness::displayPath(problem->jsonPath), problem->description),
                 QStringLiteral("byte %1").arg(problem->offset), pathForErrors};
        if (!problem->detail.isEmpty())
            e.detail += QLatin1String("; ") + problem->detail;
        e.line = problem->line;
        e.column = problem->column;
        return e;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("The label file is not valid JSON."),
                      parseError.errorString()
                          + QStringLiteral(" at byte %1").arg(parseError.offset),
                      pathForErrors};
    if (!doc.isObject() || !doc.object().value(QLatin1String("labels")).isArray())
        return Error {tr("The label file has no \"labels\" array."), {}, pathForErrors};
    return fromJsonArray(doc.object().value(QLatin1String("labels")).toArray(), pathForErrors);
}

Result<LabelTaxonomy> LabelTaxonomy::fromJsonArray(const QJsonArray &array, const QString &where)
{
    LabelTaxonomy taxonomy;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Label label;
        label.id = o.value(QLatin1String("id")).toString();
        label.name = o.value(QLatin1String("name")).toString(label.id);
        label.colour = QColor(o.value(QLatin1String("colour")).toString());
        label.description = o.value(QLatin1String("description")).toString();
        label.names = translationsFrom(o.value(QLatin1String("names")));
        label.descriptions = translationsFrom(o.value(QLatin1String("descriptions")));
        if (label.id.isEmpty())
            return Error {tr("A label has no id."), QStringLiteral("labels[%1]").arg(i), where};
        if (!label.colour.isValid())
            label.colour = taxonomy.colourFor(label.id);
        taxonomy.insert(label);
    }
    return taxonomy;
}

QJsonArray LabelTaxonomy::toJsonArray(Translations translations) const
{
    QJsonArray array;
    for (const Label &label : mLabels) {
        QJsonObject o;
        o.insert(QLatin1String("id"), label.id);
        o.insert(QLatin1String("name"), label.name);
        o.insert(QLatin1String("colour"), label.colour.name());
        if (!label.description.isEmpty())
            o.insert(QLatin1String("description"), label.description);
        if (translations == Translations::Include && !label.names.isEmpty())
            o.insert(QLatin1String("names"), toJsonObject(label.names));
        if (translations == Translations::Include && !label.descriptions.isEmpty())
            o.insert(QLatin1String("descriptions"), toJsonObject(label.descriptions));
        array.append(o);
    }
    return array;
}

QByteArray LabelTaxonomy::toJson() const
{
    QJsonObject root;
    root.insert(QLatin1String("schema"), QStringLiteral("provena-labels/1"));
    root.insert(QLatin1String("labels"), toJsonArray(Translations::Include));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const Label *LabelTaxonomy::findByIdOrName(const QString &text) const
{
    if (const Label *exact = find(text))
        return exact;
    const QString wanted = text.simplified();
    const auto same = [&wanted](const QString &name) {
        return name.simplified().compare(wanted, Qt::CaseInsensitive) == 0;
    };
    for (const Label &label : mLabels) {
        if (same(label.id) || same(label.name))
            return &label;
    }
    // Someone working in Korean types the Korean name.
    for (const Label &label : mLabels) {
        if (std::any_of(label.names.cbegin(), label.names.cend(), same))
            return &label;
    }
    return nullptr;
}

QString LabelTaxonomy::displayNameOf(const QString &id, const QString &ifNone) const
{
    if (id.isEmpty())
        return ifNone;
    const Label *label = find(id);
    return label ? label->displayName() : id;
}

const Label *LabelTaxonomy::find(const QString &id) const
{
    for (const Label &label : mLabels) {
        if (label.id == id)
            return &label;
    }
    return nullptr;
}

void LabelTaxonomy::insert(const Label &label)
{
    for (Label &existing : mLabels) {
        if (existing.id == label.id) {
            existing = label;
            return;
        }
    }
    mLabels.append(label);
}

void LabelTaxonomy::merge(const LabelTaxonomy &other)
{
    for (const Label &label : other.mLabels) {
        if (!contains(label.id))
            mLabels.append(label);
    }
}

QColor LabelTaxonomy::colourFor(const QString &id) const
{
    if (const Label *label = find(id))
        return label->colour;
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5);
    return QColor::fromHsv(quint8(hash.at(0)) * 360 / 256, 200, 220);
}

Result<LabelTaxonomy> LabelTaxonomy::userLabels()
{
    const QString path = userLabelsPath();
    const QFileInfo info(path);
    // No file is no labels; a dangling link is an error FileAccess names, not "no labels".
    if (!info.exists() && !info.isSymLink())
        return LabelTaxonomy();
    const Result<QByteArray> bytes
        = FileAccess::readRegularFile(path, kMaxUserLabelsBytes, tr("The label file"));
    if (!bytes)
        return bytes.error();
    return fromJson(bytes.value(), path);
}

Status LabelTaxonomy::saveUserLabels(const LabelTaxonomy &labels)
{
    const QString path = userLabelsPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return saveAtomically(path, labels.toJson());
}

} // namespace provena
