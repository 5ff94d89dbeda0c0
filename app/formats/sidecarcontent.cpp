// SPDX-License-Identifier: MIT
#include "formats/sidecarcontent.h"

#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarsources_p.h"
#include "formats/sidecarvocabulary_p.h"

#include <QDir>
#include <QFileInfo>

namespace provena {

using namespace provena::detail;

SidecarContent SidecarContent::fromDocument(const ArticleDocument &doc)
{
    const Article &article = doc.article();
    const QFileInfo articleInfo(article.path);
    const QDir articleDir = articleInfo.absoluteDir();

    SidecarContent content;
    content.schemaVersion = kSidecarSchemaVersion;
    content.label = article.title.isEmpty() ? articleInfo.fileName() : article.title;
    content.articleLocalPath = articleInfo.fileName();
    content.articleSha256 = doc.articleSha256();
    content.articleEncoding = article.encoding;
    content.articleFormat = article.format == QLatin1String("markdown")
        ? QStringLiteral("text/markdown")
        : QStringLiteral("text/plain");
    content.articleCodePoints = codePointLength(article.text);

    const qsizetype imageCount = qMax(article.images.size(), doc.imageRecords().size());
    content.images.reserve(imageCount);
    for (qsizetype i = 0; i < imageCount; ++i) {
        const ImageRef ref = article.images.value(i);
        SidecarImage image {{}, ref.url, {}, doc.imageRecord(int(i))};
        if (!ref.localPath.isEmpty())
            image.localPath
                = QDir::fromNativeSeparators(articleDir.relativeFilePath(ref.localPath));
        else
            image.localPath = image.record.keptLocalPath; // not readable now: what was recorded
        if (i >= article.images.size()) {
            // Recorded beyond the article's images: the sidecar's own description survives.
            image.originalUrl = image.record.extra.value(QStringLiteral("originalUrl")).toString();
            image.localPath = image.record.extra.value(QStringLiteral("localPath")).toString();
        }
        image.iri = imageIri(image, i);
        content.images.append(image);
    }

    content.regions = doc.regions();
    content.anchors = doc.anchors();
    // Labels the regions use, so the sidecar opens the same on a machine without them.
    for (const Region &r : doc.regions()) {
        if (const Label *label = doc.labels().find(r.label);
            label && !content.labels.contains(label->id))
            content.labels.insert(*label);
    }
    content.provenance = doc.provenance();
    content.collectionConflicts = doc.collectionConflicts();
    content.extra = doc.sidecarExtra();
    return content;
}

} // namespace provena
