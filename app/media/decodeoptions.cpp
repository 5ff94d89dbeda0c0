// SPDX-License-Identifier: MIT
#include "media/decodeoptions.h"

#include <QSettings>
#include <QString>
#include <QVariant>

namespace provena {

qint64 DecodeOptions::configuredMaxPixels()
{
    // Read each time (a QSettings lookup is microseconds next to any decode), so a changed
    // setting applies to the next image without a restart.
    bool ok = false;
    const qint64 value = QSettings().value(QLatin1String(kMaxPixelsSettingsKey)).toLongLong(&ok);
    return ok && value > 0 ? value : kDefaultMaxPixels;
}

} // namespace provena
