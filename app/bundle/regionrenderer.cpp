// SPDX-License-Identifier: MIT
// Placeholder: the implementation lands with its part of the bundle issue.
#include "bundle/regionrenderer.h"
