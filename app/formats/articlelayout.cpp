// SPDX-License-Identifier: MIT
#include "formats/articlelayout.h"
