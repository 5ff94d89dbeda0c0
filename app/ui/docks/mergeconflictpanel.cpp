// SPDX-License-Identifier: MIT
#include "ui/docks/mergeconflictpanel.h"

#include "core/document/articledocument.h"
#include "session/sidecarpull.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace provena {

namespace {

constexpr int kMaxValueChars = 300;

/** The field as the analyst knows it (SidecarMerger names sidecar keys and body purposes). */
QString fieldName(const QString &field)
{
    static const QList<std::pair<QString, const char *>> names {
        {QStringLiteral("body[purpose=tagging]"), QT_TRANSLATE_NOOP("MergeConflictPanel", "label")},
        {QStringLiteral("body[purpose=identifying]"),
         QT_TRANSLATE_NOOP("MergeConflictPanel", "entity")},
        {QStringLiteral("body[purpose=describing]"),
         QT_TRANSLATE_NOOP("MergeConflictPanel", "note")},
        {QStringLiteral("body[purpose=commenting]"),
         QT_TRANSLATE_NOOP("MergeConflictPanel", "note")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("MergeConflictPanel", "shape or text")},
        {QStringLiteral("confidence"), QT_TRANSLATE_NOOP("MergeConflictPanel", "confidence")},
    };
    for (const auto &[key, name] : names) {
        if (key == field)
            return MergeConflictPanel::tr(name);
    }
    return field;
}

/** The readable part of a body ({"value": …}), else valueText() of all of it. */
QString bodyOrValueText(const QJsonValue &value)
{
    if (value.isObject() && value.toObject().value(QLatin1String("value")).isString())
        return value.toObject().value(QLatin1String("value")).toString();
    return MergeConflictPanel::valueText(value);
}

} // namespace

QString MergeConflictPanel::valueText(const QJsonValue &value)
{
    QString text;
    if (value.isUndefined())
        text = MergeConflictPanel::tr("(deleted)");
    else if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(
            QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    return text.size() > kMaxValueChars ? text.left(kMaxValueChars) + QChar(0x2026) : text;
}

MergeConflictPanel::MergeConflictPanel(QWidget *parent)
    : QWidget(parent)
    , mRows(new QVBoxLayout)
    , mError(new QLabel)
{
    setObjectName(QStringLiteral("mergeConflicts"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    mRows->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(mRows);
    mError->setObjectName(QStringLiteral("mergeConflictError"));
    mError->setWordWrap(true);
    mError->hide();
    outer->addWidget(mError);
    hide();
}

void MergeConflictPanel::setDocument(ArticleDocument *document)
{
    mDocument = document;
    mItems.clear();
    rebuild();
}

void MergeConflictPanel::setItems(const QList<QUuid> &itemIds)
{
    mItems = itemIds;
    mError->hide();
    rebuild();
}

void MergeConflictPanel::rebuild()
{
    // deleteLater: a click on "Keep mine" changes the region, which rebuilds this panel while
    // the button's handler still runs.
    while (QLayoutItem *item = mRows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    mShown = 0;
    for (const QUuid &id : std::as_const(mItems)) {
        const Region *region = mDocument ? mDocument->region(id) : nullptr;
        const TextAnchor *anchor = mDocument && !region ? mDocument->anchor(id) : nullptr;
        const MergeConflicts conflicts = region ? region->mergeConflicts
            : anchor                            ? anchor->mergeConflicts
                                                : MergeConflicts {};
        for (const MergeConflict &conflict : conflicts) {
            const QString field = conflict.field;
            QGroupBox *box = conflictBox(
                region ? tr("Conflict in the %1").arg(fieldName(field))
                       : tr("Conflict in the %1 of the text span “%2”")
                             .arg(fieldName(field), anchor->exact.left(40)),
                field, bodyOrValueText(conflict.ours), bodyOrValueText(conflict.theirs),
                [this, id, field](bool takeTheirs) { resolve(id, field, takeTheirs); });
            mRows->addWidget(box);
            ++mShown;
        }
    }
    setVisible(mShown > 0 || !mError->isHidden());
}

QGroupBox *MergeConflictPanel::conflictBox(const QString &title, const QString &field,
                                           const QString &mine, const QString &theirs,
                                           const std::function<void(bool takeTheirs)> &resolve)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(QStringLiteral("conflict-") + field);
    auto *layout = new QVBoxLayout(box);
    auto *mineLabel = new QLabel(tr("Mine: %1").arg(mine));
    auto *theirsLabel = new QLabel(tr("Theirs: %1").arg(theirs));
    for (QLabel *label : {mineLabel, theirsLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    mineLabel->setObjectName(QStringLiteral("mine"));
    theirsLabel->setObjectName(QStringLiteral("theirs"));
    auto *buttons = new QHBoxLayout;
    auto *keep = new QPushButton(tr("Keep &Mine"));
    keep->setObjectName(QStringLiteral("keepMine"));
    auto *take = new QPushButton(tr("Take &Theirs"));
    take->setObjectName(QStringLiteral("takeTheirs"));
    buttons->addWidget(keep);
    buttons->addWidget(take);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // The box owns the buttons; a click may rebuild the view, which deletes the box later.
    QObject::connect(keep, &QPushButton::clicked, box, [resolve] { resolve(false); });
    QObject::connect(take, &QPushButton::clicked, box, [resolve] { resolve(true); });
    return box;
}

void MergeConflictPanel::resolve(const QUuid &id, const QString &field, bool takeTheirs)
{
    if (!mDocument)
        return;
    Result<std::unique_ptr<QUndoCommand>> command = SidecarPull::resolve(
        *mDocument, id, field, takeTheirs ? SidecarPull::Take::Theirs : SidecarPull::Take::Ours);
    if (!command) {
        mError->setText(command.error().message);
        mError->show();
        setVisible(true);
        return;
    }
    mError->hide();
    mDocument->undoStack()->push(command.value().release());
}

} // namespace provena
