// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"
#include "metadata/xmpsidecar.h"

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace provena {

class ArticleDocument;

/**
 * The XMP settings the GUI and provena-cli share. They live in the organisation-wide settings
 * file (~/.config/Provena.conf), not in one program's own, so the GUI's toggle also decides what
 * `provena-cli`'s edits do on save.
 */
namespace XmpSettings {

/** `xmp/writeOnSave`: write the images' XMP sidecars after every save (default true). */
bool writeOnSave();
void setWriteOnSave(bool on);
/** `xmp/sidecarNaming`: "keep-extension" (default, photo.jpg.xmp) or "replace-extension". */
XmpSidecarNaming naming();
void setNaming(XmpSidecarNaming naming);
/** "keep-extension" or "replace-extension": the setting's and the CLI's spelling. */
QString namingName(XmpSidecarNaming naming);
std::optional<XmpSidecarNaming> namingFromName(const QString &name);

} // namespace XmpSettings

/** What exporting one image's sidecar did (XmpExport::writeSidecars). */
struct XmpImageExport
{
    enum class Outcome {
        Written, ///< the sidecar was created or changed (dry run: would be)
        Unchanged, ///< it already held exactly this
        Skipped, ///< no local file inside the article's folder to write beside; see `note`
        Failed ///< see `error`; nothing was written for this image
    };

    int imageIndex = -1;
    QString imagePath; ///< the local file; empty when there is none
    QString sidecarPath; ///< where the sidecar is (or would be); empty when skipped
    Outcome outcome = Outcome::Skipped;
    XmpWriteReport report; ///< for Written and Unchanged
    Error error; ///< for Failed
    /** Skipped: why, one translated sentence. Written/Unchanged: what could not go into XMP
     *  (e.g. a date range), one sentence each. */
    QStringList notes;

    /** "written", "unchanged", "skipped", "failed": for --json. */
    static QString outcomeName(Outcome outcome);
};

/**
 * From a document to XMP sidecars beside its images (docs/xmp-sidecars.md): the content of each
 * image's sidecar, built from the image's accepted provenance claims, its caption and its
 * regions, and the write itself (XmpSidecarWriter). The same code runs on save in the GUI
 * (DocumentSession, on its worker) and in provena-cli (CliSupport::editDocument, `xmp`).
 *
 * Reentrant: everything here may run on a worker thread with a document snapshot.
 */
class XmpExport
{
    Q_DECLARE_TR_FUNCTIONS(XmpExport)

public:
    /**
     * The sidecar content for image `imageIndex` whose file shows `displayedSize` pixels
     * (after EXIF orientation `orientation`, 1–8). Accepted claims only: Creator agents →
     * creators (in order, each once); the first CreditLine, Source and DigitalSourceType (a bare
     * IPTC term gets the IPTC scheme); Rights → copyrightNotice when it reads as one (©, (c),
     * "Copyright", 저작권, "Авторское право"), else usageTerms; DateCreated → dateCreated.
     * The caption is the article's. personsShown: the entity names of the image's "person"
     * regions, each once, in order. `notes` receives a sentence for each accepted value XMP
     * cannot hold (a date range).
     */
    static XmpSidecarContent content(const ArticleDocument &document, int imageIndex,
                                     QSize displayedSize, int orientation,
                                     QStringList *notes = nullptr);

    /** content() with size and orientation probed from `imagePath` (ImageDecoder::probe). */
    [[nodiscard]] static Result<XmpSidecarContent> contentFor(const ArticleDocument &document,
                                                              int imageIndex,
                                                              const QString &imagePath,
                                                              QStringList *notes = nullptr);

    struct Options
    {
        XmpSidecarNaming naming = XmpSidecarNaming::KeepExtension;
        int imageIndex = -1; ///< only this image (0-based); -1 for all
        bool dryRun = false; ///< render and compare with the file on disk, write nothing
    };

    /**
     * Writes the sidecar of every image that has a local file inside the article's folder; the
     * others (remote and not fetched, missing, unreadable, outside the folder) are Skipped with
     * a note each. One entry per image considered, in article order. Never fails as a whole.
     */
    static QList<XmpImageExport> writeSidecars(const ArticleDocument &document,
                                               const Options &options);

    /**
     * What the analyst should hear after a save wrote the sidecars: every failure and every
     * field another tool owns (XmpWriteReport::notWritten), "image N: …", one line each.
     * Skipped images are not problems (open already reported the missing ones).
     */
    static QStringList problems(const QList<XmpImageExport> &exports);

    /**
     * The on-save hook: when `writeOnSave` is set, writeSidecars() for every image with
     * `naming`, and their problems(); else nothing.
     */
    static QStringList writeOnSave(const ArticleDocument &document, bool writeOnSave,
                                   XmpSidecarNaming naming);
};

} // namespace provena
