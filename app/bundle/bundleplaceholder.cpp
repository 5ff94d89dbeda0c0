// SPDX-License-Identifier: MIT
// Placeholder so the module has a translation unit until its first class lands.
