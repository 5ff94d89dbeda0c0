// SPDX-License-Identifier: MIT
#pragma once

// Private to app/bundle: the forensic views a bundle carries when asked (--forensics), computed
// with the media module's ForensicView, as the Forensics dock and `provena-cli forensics` do.

#include "core/io/result.h"
#include "media/forensicview.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

namespace provena::detail {

struct ForensicViewFile
{
    ForensicView::Kind kind = ForensicView::Kind::ErrorLevel;
    QByteArray png; ///< the view at the displayed image's full size
};

/**
 * Decodes `imagePath` once (full size, EXIF orientation applied: the pixels regions refer to)
 * and computes each of `kinds` with its default controls, as PNG bytes (the same pixels give the
 * same bytes). An Error names the file: unreadable, too large, a view that failed, or cancelled.
 * Reentrant; meant for the exporter's workers.
 */
[[nodiscard]] Result<QList<ForensicViewFile>>
renderForensicViews(const QString &imagePath, const QList<ForensicView::Kind> &kinds,
                    const std::atomic_bool *cancelled);

/** PNG bytes of `image` with a fixed resolution and no text chunks; empty on failure. */
QByteArray encodePng(const QImage &image);

} // namespace provena::detail
