// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace provena {

/**
 * Every action of the window by id (Tiled's ActionManager): the one place where an action gets
 * its text, shortcuts and tooltip, and from which menus and toolbars are built. Handlers look
 * actions up by id and connect to them; adding an action is one add() call plus its id in a
 * menu list.
 *
 * Undo and Redo come from the window's QUndoGroup (QUndoStack::createUndoAction for whichever
 * document is active), so their text and enabled state follow the stack by themselves.
 */
class ActionManager : public QObject
{
    Q_OBJECT

public:
    /** Actions are added to `window`, so their shortcuts work anywhere in it. */
    explicit ActionManager(QWidget *window);

    /**
     * Creates the action `id`. Its tooltip is "Text (Shortcut)" with the first shortcut, and
     * follows later changes of text or shortcuts (for every action added here).
     */
    QAction *add(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts = {});
    /** Registers an action made elsewhere (e.g. by a QUndoGroup) under `id`. */
    QAction *add(const QString &id, QAction *action, const QList<QKeySequence> &shortcuts = {});
    /**
     * Adds "undo" and "redo", driven by `group`'s active stack. Redo has the platform's keys
     * plus Ctrl+Y where they lack it.
     */
    void addUndoRedo(QUndoGroup *group);
    /**
     * As add(), but the shortcut works only while `widget` (or a child) has focus: for
     * single-letter keys that must not eat typing elsewhere.
     */
    QAction *addLocal(QWidget *widget, const QString &id, const QString &text,
                      const QList<QKeySequence> &shortcuts);

    /** The action `id`; null (and a warning) when there is none. */
    QAction *action(const QString &id) const;
    /** Every action, in the order added (for the shortcuts dialog). */
    QList<QAction *> actions() const { return mActions; }
    void setEnabled(const QString &id, bool enabled) const;

    /** Appends the actions `ids` to `menu`; an empty id is a separator. */
    void fill(QMenu *menu, const QStringList &ids) const;

private:
    QWidget *mWindow;
    QList<QAction *> mActions;
    QHash<QString, QAction *> mById;
};

} // namespace provena
