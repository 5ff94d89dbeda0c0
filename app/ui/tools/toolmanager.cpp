// SPDX-License-Identifier: MIT
#include "ui/tools/toolmanager.h"

#include "session/documentsession.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/mainwindow/actionmanager.h"
#include "ui/tools/boxtool.h"
#include "ui/tools/creationtool.h"
#include "ui/tools/pointtool.h"
#include "ui/tools/polygontool.h"
#include "ui/tools/selecttool.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QSettings>

namespace provena {

ToolManager::ToolManager(ActionManager *actions, ImageView *view, QObject *parent)
    : QObject(parent)
    , mActions(actions)
    , mView(view)
    , mGroup(new QActionGroup(this))
{
    auto *select = new SelectTool(this);
    addTool(select, QStringLiteral("toolSelect"));
    addTool(new BoxTool(RegionGeometry::Shape::Rectangle, this), QStringLiteral("toolRectangle"));
    addTool(new BoxTool(RegionGeometry::Shape::Ellipse, this), QStringLiteral("toolEllipse"));
    addTool(new PolygonTool(RegionGeometry::Shape::Polygon, this), QStringLiteral("toolPolygon"));
    addTool(new PolygonTool(RegionGeometry::Shape::Polyline, this), QStringLiteral("toolPolyline"));
    addTool(new PointTool(this), QStringLiteral("toolPoint"));
    actions->action(QStringLiteral("toolSelect"))->setChecked(true);
    mView->setTool(select);
    addDrawingPreferences();

    mCanvasKeys = {
        {QStringLiteral("+ / −"), tr("Canvas: zoom in / out")},
        {QStringLiteral("0"), tr("Canvas: zoom to fit")},
        {QStringLiteral("1"), tr("Canvas: actual pixels")},
        {tr("Wheel"), tr("Canvas: zoom around the cursor")},
        {tr("Space+drag, middle drag"), tr("Canvas: pan")},
        {tr("Arrows / Shift+Arrows"), tr("Canvas: nudge selection 1 px / 10 px")},
        {tr("Enter, double-click"), tr("Polygon: finish")},
        {tr("Backspace"), tr("Polygon: remove last vertex")},
        {tr("Esc"), tr("Cancel drawing or dragging; clear selection")},
        {tr("Shift+drag"), tr("Square / keep aspect ratio")},
        {tr("Ctrl+click"), tr("Toggle selection; on a polygon edge: insert vertex")},
        {tr("Alt+click on vertex"), tr("Delete vertex")},
    };
}

QList<QAction *> ToolManager::toolActions() const
{
    return mGroup->actions();
}

void ToolManager::addDrawingPreferences()
{
    QAction *name = mActions->add(QStringLiteral("userName"), tr("Your &Name…"));
    name->setStatusTip(tr("The name new regions carry as their author"));
    connect(name, &QAction::triggered, this, &ToolManager::askUserName);
    QAction *ask
        = mActions->add(QStringLiteral("askLabelAfterDrawing"), tr("&Ask for Label After Drawing"));
    ask->setCheckable(true);
    ask->setChecked(QSettings().value(CreationTool::askLabelSettingsKey(), true).toBool());
    ask->setStatusTip(tr("After drawing a region, choose its label in a popup"));
    connect(ask, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(CreationTool::askLabelSettingsKey(), on); });
}

void ToolManager::askUserName()
{
    QInputDialog dialog(mView->window());
    dialog.setObjectName(QStringLiteral("userNameDialog"));
    dialog.setWindowTitle(tr("Your Name"));
    dialog.setLabelText(tr("Regions you draw carry this name as their author. Leave it empty "
                           "to use your account name (%1).")
                            .arg(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))));
    dialog.setTextValue(DocumentSession::configuredUserName());
    if (dialog.exec() != QDialog::Accepted)
        return;
    DocumentSession::setUserName(dialog.textValue());
    if (ArticleDocument *doc = mView->imageScene()->document())
        doc->setAuthor(DocumentSession::userName());
    Q_EMIT statusMessage(tr("New regions are by %1.").arg(DocumentSession::userName()), 5000);
}

void ToolManager::addTool(AbstractTool *tool, const QString &id)
{
    QAction *a = mActions->addLocal(mView, id, tool->name(), {tool->shortcut()});
    a->setCheckable(true);
    mGroup->addAction(a);
    connect(a, &QAction::triggered, this, [this, tool] { mView->setTool(tool); });
    connect(tool, &AbstractTool::statusMessage, this,
            [this](const QString &m) { Q_EMIT statusMessage(m, 5000); });
    if (auto *creator = qobject_cast<CreationTool *>(tool)) {
        connect(creator, &CreationTool::regionCreated, this,
                [this] { Q_EMIT statusMessage(tr("Region added. Ctrl+Z undoes it."), 3000); });
    }
}

} // namespace provena
