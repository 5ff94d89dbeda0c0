// SPDX-License-Identifier: MIT
#pragma once

#include <QCursor>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QKeyEvent;

namespace provena {

class ArticleDocument;
class ImageScene;
class ImageView;

/** A mouse event as tools see it: the position in image pixels plus buttons and modifiers. */
struct ToolEvent
{
    QPointF imagePos; ///< not rounded, not clamped
    QPoint viewportPos;
    Qt::MouseButton button = Qt::NoButton;
    Qt::MouseButtons buttons;
    Qt::KeyboardModifiers modifiers;
};

/**
 * A canvas tool: a small state machine fed with press, move, release, double-click and key
 * events by the ImageView. Tools change the document only by pushing commands on its undo stack.
 */
class AbstractTool : public QObject
{
    Q_OBJECT

public:
    AbstractTool(const QString &name, const QKeySequence &shortcut, QObject *parent = nullptr);

    QString name() const { return mName; }
    QKeySequence shortcut() const { return mShortcut; }

    virtual void activate(ImageView *view);
    virtual void deactivate();

    virtual void mousePressed(const ToolEvent &) { }
    virtual void mouseMoved(const ToolEvent &) { }
    virtual void mouseReleased(const ToolEvent &) { }
    virtual void mouseDoubleClicked(const ToolEvent &) { }
    /** Returns true when the tool used the key. */
    virtual bool keyPressed(QKeyEvent *) { return false; }
    /** Drops whatever is in progress (a draft, a drag); nothing is pushed. */
    virtual void cancel() { }
    virtual QCursor cursor() const { return Qt::CrossCursor; }

Q_SIGNALS:
    /** A hint for the status bar, e.g. "Click to add vertices; Enter closes". */
    void statusMessage(const QString &message);

protected:
    ImageView *view() const;
    ImageScene *scene() const;
    ArticleDocument *document() const;
    /** Clamped into the image and rounded to whole pixels. */
    QPointF snapToImage(const QPointF &imagePos) const;

private:
    QString mName;
    QKeySequence mShortcut;
    QPointer<ImageView> mView;
};

} // namespace provena
