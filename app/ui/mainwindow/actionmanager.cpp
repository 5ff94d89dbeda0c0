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
    // setToolTip() emits changed() again: only when it is new.
    if (action->toolTip() != tip)
        action->setToolTip(tip);
}

/** Every binding of `key` on this platform, plus `extra` when the platform lacks it. */
QList<QKeySequence> bindingsWith(QKeySequence::StandardKey key, const QKeySequence &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(extra))
        keys.append(extra);
    return keys;
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
    // Text and shortcuts change later (undo's "Undo Add Region", a customised key): the
    // tooltip follows, so toolbar buttons always name their key.
    connect(action, &QAction::changed, this, [action] { setToolTipFromText(action); });
    mWindow->addAction(action);
    mActions.append(action);
    mById.insert(id, action);
    return action;
}

void ActionManager::addUndoRedo(QUndoGroup *group)
{
    add(QStringLiteral("undo"), group->createUndoAction(mWindow, tr("&Undo")),
        {QKeySequence::Undo});
    // Ctrl+Y as well wherever the platform's Redo lacks it (Linux and macOS have only
    // Ctrl+Shift+Z): analysts coming from other editors press it.
    add(QStringLiteral("redo"), group->createRedoAction(mWindow, tr("&Redo")),
        bindingsWith(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)));
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
