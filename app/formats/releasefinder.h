// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "formats/datefinder.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace provena {

/**
 * Finds who a photo caption says released, provided or passed on the photo (see Release).
 * Positions are UTF-16 indexes into the searched text. (Being written; see the issue on
 * articles as analysts have them.)
 */
class ReleaseFinder
{
public:
    struct Match
    {
        Release::Role role = Release::Role::Released;
        qsizetype start = 0; ///< the whole phrase
        qsizetype end = 0;
        QString agent; ///< cleaned: no leading "the", no lower-case descriptor
        qsizetype agentStart = 0; ///< span of `agent` as written
        qsizetype agentEnd = 0;
        QString abbreviation; ///< "KCNA" from "(KCNA)", or from `credit` when it is the initials
        std::optional<DateFinder::Match> date; ///< the date the phrase names, if any
    };

    /** Every release phrase in `text`, in order. `credit` (may be empty) helps abbreviations. */
    static QList<Match> find(QStringView text, QStringView credit = {});

    /** "released", "provided", "distributed", "handout", "via", "pool", "courtesy". */
    static QString roleName(Release::Role role);
};

} // namespace provena
