// SPDX-License-Identifier: MIT
#include "ui/mainwindow/actionmanager.h"

#include <QAction>
#include <QMenu>
#include <QUndoGroup>
#include <QWidget>

namespace provena {

namespace {

void setToolTipFromText(QAction *action)
{
    QString tip = action->text();
    tip.remove(u'&');
    if (!action->shortcuts().isEmpty())
        tip += QStringLiteral(" (%1)").arg(
            action->shortcuts().first().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
}

} // namespace

ActionManager::ActionManager(QWidget *window)
    : QObject(window)
    , mWindow(window)
{
}

QAction *ActionManager::add(const QString &id, const QString &text,
                            const QList<QKeySequence> &shortcuts)
{
    return add(id, new QAction(text, mWindow), shortcuts);
}

QAction *ActionManager::add(const QString &id, QAction *action,
                            const QList<QKeySequence> &shortcuts)
{
    Q_ASSERT(!mById.contains(id));
    action->setObjectName(id);
    action->setShortcuts(shortcuts);
    setToolTipFromText(action);
    mWindow->addAction(action);
    mActions.append(action);
    mById.insert(id, action);
    return action;
}

void ActionManager::addUndoRedo(QUndoGroup *group)
{
    add(QStringLiteral("undo"), group->createUndoAction(mWindow, tr("&Undo")),
        {QKeySequence::Undo});
    add(QStringLiteral("redo"), group->createRedoAction(mWindow, tr("&Redo")),
        {QKeySequence::Redo});
}

QAction *ActionManager::addLocal(QWidget *widget, const QString &id, const QString &text,
                                 const QList<QKeySequence> &shortcuts)
{
    QAction *action = add(id, text, shortcuts);
    mWindow->removeAction(action);
    widget->addAction(action);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QAction *ActionManager::action(const QString &id) const
{
    QAction *action = mById.value(id);
    if (!action)
        qWarning("ActionManager: no action \"%s\"", qPrintable(id));
    return action;
}

void ActionManager::setEnabled(const QString &id, bool enabled) const
{
    if (QAction *a = action(id))
        a->setEnabled(enabled);
}

void ActionManager::fill(QMenu *menu, const QStringList &ids) const
{
    for (const QString &id : ids) {
        if (id.isEmpty())
            menu->addSeparator();
        else if (QAction *a = action(id))
            menu->addAction(a);
    }
}

} // namespace provena
