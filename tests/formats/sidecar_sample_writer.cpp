// SPDX-License-Identifier: MIT
// Writes DIR/story.md and its sidecar for the sample document of sidecarfixtures.h with its full
// provenance record: what tests/interop/run-interop.sh checks against the independent validators
// and what docs/sidecar-format.md shows ("Provenance"). Usage: sidecar_sample_writer DIR
// With --rewrite FILE it reads the sidecar FILE and writes it back in place with the current
// writer (schema version and layout): how committed fixtures are brought to a new version.
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "session/documentio.h"
#include "sidecarfixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace provena;
using namespace provena::testing;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "sidecar_sample_writer: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(f.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--rewrite") == 0) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        const auto content = SidecarReader::readFile(path);
        if (!content) {
            std::fprintf(stderr, "%s\n", qPrintable(content.error().toString()));
            return 1;
        }
        return writeFile(path, SidecarWriter::write(content.value())) ? 0 : 1;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: sidecar_sample_writer DIR | --rewrite SIDECAR\n");
        return 64;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QString article = dir.filePath(QStringLiteral("story.md"));
    ArticleDocument doc;
    fillSampleDocument(doc, article);
    doc.setProvenance(sampleProvenance());
    const bool ok = writeFile(article, sampleText().toUtf8())
        && writeFile(DocumentIO::sidecarPathFor(article), SidecarWriter::write(doc));
    return ok ? 0 : 1;
}
