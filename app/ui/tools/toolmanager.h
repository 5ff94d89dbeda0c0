// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QAction;
class QActionGroup;

namespace provena {

class AbstractTool;
class ActionManager;
class ImageView;

/**
 * The canvas tools (select, rectangle, ellipse, polygon, polyline, point) and their actions:
 * one checkable action per tool, with a single-letter shortcut that works only while the
 * canvas has focus, so it never eats typing elsewhere.
 *
 * Also the drawing preferences of the Tools menu: "userName" (Your Name…, the author new
 * regions carry; setting `user/name`) and the checkable "askLabelAfterDrawing" (setting
 * `canvas/askLabelAfterDrawing`, on by default).
 */
class ToolManager : public QObject
{
    Q_OBJECT

public:
    /** Creates the tools and their actions ("toolSelect", "toolRectangle", …) in `actions`. */
    ToolManager(ActionManager *actions, ImageView *view, QObject *parent = nullptr);

    /** The tools' actions, in toolbar order. */
    QList<QAction *> toolActions() const;
    /** Keys that work on the canvas without an action of their own (for the shortcuts list). */
    const QList<QPair<QString, QString>> &canvasKeys() const { return mCanvasKeys; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void addTool(AbstractTool *tool, const QString &id);
    void addDrawingPreferences();
    void askUserName();

    ActionManager *mActions;
    ImageView *mView;
    QActionGroup *mGroup;
    QList<QPair<QString, QString>> mCanvasKeys;
};

} // namespace provena
