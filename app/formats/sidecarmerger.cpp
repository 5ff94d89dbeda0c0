// SPDX-License-Identifier: MIT
#include "formats/sidecarmerger.h"

#include "formats/sidecarreader.h"

#include <QCoreApplication>

namespace provena {

Result<SidecarMergeResult> SidecarMerger::merge(const QByteArray &base, const QByteArray &ours,
                                                const QByteArray &theirs)
{
    const struct
    {
        const char *name;
        const QByteArray &data;
    } sides[] = {{"base", base}, {"ours", ours}, {"theirs", theirs}};
    for (const auto &side : sides) {
        if (side.data.isEmpty() && side.name == sides[0].name)
            continue;
        Result<SidecarContent> read
            = SidecarReader::read(side.data, QString::fromLatin1(side.name));
        if (!read)
            return read.error();
    }
    // The cases where one side did not change: the other side is the result.
    if (ours == theirs || theirs == base)
        return SidecarMergeResult {ours, {}};
    if (ours == base)
        return SidecarMergeResult {theirs, {}};
    return Error {QCoreApplication::translate("SidecarMerger",
                                              "Both sides changed the sidecar; a field-wise merge "
                                              "is not available yet."),
                  {},
                  {},
                  0,
                  0};
}

} // namespace provena
