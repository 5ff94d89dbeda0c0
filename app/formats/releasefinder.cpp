// SPDX-License-Identifier: MIT
#include "formats/releasefinder.h"

using namespace Qt::Literals::StringLiterals;

namespace provena {

QList<ReleaseFinder::Match> ReleaseFinder::find(QStringView text, QStringView credit)
{
    Q_UNUSED(text);
    Q_UNUSED(credit);
    return {};
}

QString ReleaseFinder::roleName(Release::Role role)
{
    switch (role) {
    case Release::Role::Released:
        return u"released"_s;
    case Release::Role::Provided:
        return u"provided"_s;
    case Release::Role::Distributed:
        return u"distributed"_s;
    case Release::Role::Handout:
        return u"handout"_s;
    case Release::Role::Via:
        return u"via"_s;
    case Release::Role::Pool:
        return u"pool"_s;
    case Release::Role::Courtesy:
        return u"courtesy"_s;
    }
    return u"released"_s;
}

} // namespace provena
