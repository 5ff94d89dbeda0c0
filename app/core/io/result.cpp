// SPDX-License-Identifier: MIT
#include "core/io/result.h"

namespace provena {

QString Error::toString() const
{
    QString out;
    if (!path.isEmpty()) {
        out += path;
        if (line > 0) {
            out += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                out += QLatin1Char(':') + QString::number(column);
        }
        out += QLatin1String(": ");
    }
    out += message;
    if (!detail.isEmpty())
        out += QLatin1String(" (") + detail + QLatin1Char(')');
    return out;
}

} // namespace provena
