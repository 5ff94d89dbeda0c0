// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace provena {

/** One quantisation table of a JPEG file. */
struct JpegQuantTable
{
    /** The DQT slot (0–3); libjpeg puts luminance in 0 and chrominance in 1. */
    int slot = 0;
    /** 8 or 16 bits per value. */
    int precisionBits = 8;
    /** 64 divisors in natural (row-major 8×8) order, as Annex K of ITU-T T.81 prints them. */
    QList<int> values;
};

/**
 * The quantisation tables of a JPEG file with an estimated quality, and whether they are
 * exactly the standard tables of the IJG's libjpeg scaled to a quality.
 *
 * What it can recognise: the Annex K tables scaled by libjpeg's jpeg_set_quality() at any
 * quality 1–100 (with 8-bit clamping). libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick,
 * Pillow and many web services write those, and the tables do not tell them apart. What it
 * cannot: which camera or editor wrote any other tables (Photoshop, camera makers and phones
 * use their own); for those the quality is an estimate on the IJG scale, comparable but not the
 * number the program showed its user.
 */
class JpegQuantization
{
    Q_DECLARE_TR_FUNCTIONS(JpegQuantization)

public:
    /** False when the data is not a JPEG (no SOI marker): then there are no tables. */
    bool isJpeg = false;
    /** The tables before the first scan, by slot. */
    QList<JpegQuantTable> tables;
    /** 1–100 on the IJG scale, or -1 when there is no table to estimate from. */
    int estimatedQuality = -1;
    /** The tables are exactly libjpeg's standard tables at 'estimatedQuality'. */
    bool standardIjg = false;
    /** One or two translated sentences: what the tables say and what they cannot say. */
    QString note;

    /**
     * Reads the tables of the file at 'path' (only its first megabytes are read: tables come
     * before the image data). A file that cannot be read is an Error; a file that is not a JPEG
     * is a value with isJpeg false and a note saying so.
     */
    [[nodiscard]] static Result<JpegQuantization> read(const QString &path);

    /** The same for bytes in memory; 'name' appears in the note. */
    static JpegQuantization fromData(QByteArrayView data, const QString &name);

    /** libjpeg's table for 'slot' (0 luminance, 1 chrominance) at 'quality' (1–100), natural order.
     */
    static QList<int> ijgTable(int slot, int quality);
};

} // namespace provena
