// SPDX-License-Identifier: MIT
#pragma once

namespace provena {

/**
 * What the analyst allows when an article is read (ArticleReader, ArticleParser) and opened
 * (DocumentIO::open). The defaults are the safe ones.
 */
struct ReadOptions
{
    /**
     * Read image files that the article references outside its own folder tree (via "..",
     * absolute paths, file: URLs, encoded separators or links). Off: such images are reported
     * (ImageRef::Location::OutsideFolder) and never opened, hashed or probed.
     */
    bool allowImagesOutsideFolder = false;
};

} // namespace provena
