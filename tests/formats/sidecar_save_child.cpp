// SPDX-License-Identifier: MIT
// Helper for tst_sidecarcrash: saves two large documents alternately, forever, into the sidecar
// of DIR/story.md until it is killed. Prints "saved N" after each save.
#include "session/documentio.h"
#include "sidecarfixtures.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace provena;
using namespace provena::testing;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 64;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int base = QString::fromLatin1(argv[2]).toInt();
    ArticleDocument a;
    ArticleDocument b;
    for (int variant = 0; variant < 2; ++variant) {
        ArticleDocument &doc = variant == 0 ? a : b;
        fillSampleDocument(doc, QDir(dir).filePath(QStringLiteral("story.md")));
        doc.setSidecarPath(DocumentIO::sidecarPathFor(doc.article().path));
        QList<Region> regions = doc.regions();
        const int count = base + variant * base / 2; // the reader tells the versions apart
        for (int i = 0; i < count; ++i) {
            Region r = regions.at(i % regions.size());
            r.id = fixedUuid(10'000 + i);
            r.note = QStringLiteral("Region %1 of variant %2, with a note long enough to make the "
                                    "file big: 김정은 \U0001F600")
                         .arg(i)
                         .arg(variant);
            r.links.clear();
            regions.append(r);
        }
        doc.resetAnnotations(regions, doc.anchors());
    }
    for (long n = 0;; ++n) {
        ArticleDocument &doc = n % 2 == 0 ? a : b;
        // Two writers replacing each other's file on purpose: forget what was last written, or
        // the compare-and-swap save would (rightly) refuse to overwrite the other's version.
        doc.setSidecarFingerprint({});
        const Status saved = DocumentIO::save(doc);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
            return 2;
        }
        std::printf("saved %ld\n", n);
        std::fflush(stdout);
    }
}
