// SPDX-License-Identifier: MIT
#pragma once

// The sample document as sidecar content, and sidecar bytes read back: shared by the merge
// tests (tst_sidecarmerger, tst_sidecarcollection, tst_sidecarlinemerge).

#include "formats/sidecarcontent.h"
#include "formats/sidecarreader.h"
#include "sidecarfixtures.h"

#include <QtGlobal>

namespace provena::testing {

/** fillSampleDocument's document with sampleProvenance(), as a sidecar would hold it. */
inline SidecarContent baseContent()
{
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    SidecarContent content = SidecarContent::fromDocument(doc);
    content.provenance = sampleProvenance();
    return content;
}

/** `bytes` read as a sidecar; empty content (and a warning saying why) when they are not one. */
inline SidecarContent readContent(const QByteArray &bytes)
{
    auto content = SidecarReader::read(bytes, QStringLiteral("test"));
    if (!content)
        qWarning("%s", qPrintable(content.error().toString()));
    return content ? content.value() : SidecarContent {};
}

} // namespace provena::testing
