// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"

namespace provena {

/** (Being written: the readable article view's layout, built from an Article.) */
class ArticleLayout
{
};

} // namespace provena
