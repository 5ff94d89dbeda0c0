// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tools/creationtool.h"

namespace provena {

/** Marks a single point with one click (shortcut T, for "tack"). */
class PointTool : public CreationTool
{
    Q_OBJECT

public:
    explicit PointTool(QObject *parent = nullptr);
    void mousePressed(const ToolEvent &event) override;
};

} // namespace provena
