// SPDX-License-Identifier: MIT
#include "ui/mainwindow/documentstore.h"

#include "formats/documentio.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"

#include <QFileInfo>

namespace provena {

Result<std::unique_ptr<ArticleDocument>> DocumentStore::open(const QString &articlePath,
                                                             OpenReport *report)
{
    return DocumentIO::open(articlePath, report);
}

Status DocumentStore::save(ArticleDocument &document)
{
    return DocumentIO::save(document);
}

Status DocumentStore::saveKeepingBrokenCopy(ArticleDocument &document, QString *copyPath)
{
    return DocumentIO::saveKeepingBrokenCopy(document, copyPath);
}

QString DocumentStore::sidecarPathFor(const QString &articlePath)
{
    return DocumentIO::sidecarPathFor(articlePath);
}

QByteArray DocumentStore::snapshot(const ArticleDocument &document)
{
    return SidecarWriter::write(document);
}

Status DocumentStore::restore(ArticleDocument &document, const QByteArray &snapshot,
                              const QString &pathForErrors)
{
    Result<SidecarContent> read = SidecarReader::read(snapshot, pathForErrors);
    if (!read)
        return read.error();
    const SidecarContent &content = read.value();
    // The snapshot was written from this article; match its images back by URL, else position.
    const QList<ImageRef> &refs = document.article().images;
    QList<int> mapTo;
    for (qsizetype j = 0; j < content.images.size(); ++j) {
        int to = int(j);
        for (qsizetype i = 0; i < refs.size(); ++i) {
            if (!content.images.at(j).originalUrl.isEmpty()
                && refs.at(i).url == content.images.at(j).originalUrl) {
                to = int(i);
                break;
            }
        }
        mapTo.append(to);
    }
    QList<Region> regions = content.regions;
    for (Region &r : regions) {
        if (r.imageIndex >= 0 && r.imageIndex < mapTo.size())
            r.imageIndex = mapTo.at(r.imageIndex);
    }
    LabelTaxonomy labels = document.labels();
    labels.merge(content.labels);
    document.setLabels(labels);
    document.resetAnnotations(regions, content.anchors);
    document.markModified();
    return Status::success();
}

} // namespace provena
