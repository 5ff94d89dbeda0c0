// SPDX-License-Identifier: MIT
#include "media/decodeoptions.h"

#include <QCoreApplication>
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

void DecodeOptions::setConfiguredMaxPixels(qint64 pixels)
{
    // QSettings() reads this program's file first, then the organisation's (Provena.conf).
    QSettings().remove(QLatin1String(kMaxPixelsSettingsKey));
    QSettings shared(QSettings::UserScope, QCoreApplication::organizationName());
    if (pixels > 0)
        shared.setValue(QLatin1String(kMaxPixelsSettingsKey), pixels);
    else
        shared.remove(QLatin1String(kMaxPixelsSettingsKey));
}

} // namespace provena
