// SPDX-License-Identifier: MIT
#include "media/jpegquantization.h"

#include "core/io/fileaccess.h"
#include "media/jpegscan_p.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cmath>

namespace provena {

namespace {

// Where zigzag position k lies in the natural 8×8 order (ITU-T T.81 figure A.6).
constexpr std::array<int, 64> kNaturalOrder {
    0,  1,  8,  16, 9,  2,  3,  10, 17, 24, 32, 25, 18, 11, 4,  5,  12, 19, 26, 33, 40, 48,
    41, 34, 27, 20, 13, 6,  7,  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23,
    30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

// ITU-T T.81 Annex K, tables K.1 and K.2, natural order: libjpeg's base tables.
constexpr std::array<int, 64> kLuminance {
    16, 11, 10, 16, 24,  40,  51,  61,  12, 12, 14, 19, 26,  58,  60,  55,
    14, 13, 16, 24, 40,  57,  69,  56,  14, 17, 22, 29, 51,  87,  80,  62,
    18, 22, 37, 56, 68,  109, 103, 77,  24, 35, 55, 64, 81,  104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
constexpr std::array<int, 64> kChrominance {
    17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99,
    99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};

// Tables come before the scan; APP segments (EXIF with a thumbnail, ICC, Photoshop) rarely
// take more than a few hundred kilobytes before them.
constexpr qint64 kHeaderBytes = 8 * 1024 * 1024;

int scaleForQuality(int quality)
{
    quality = qBound(1, quality, 100);
    return quality < 50 ? 5000 / quality : 200 - quality * 2;
}

// The quality whose scale factor is nearest 'scale' (percent), inverting libjpeg's rule.
int qualityForScale(double scale)
{
    if (scale <= 0)
        return 100;
    const double quality = scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
    return qBound(1, int(std::lround(quality)), 100);
}

const JpegQuantTable *tableInSlot(const QList<JpegQuantTable> &tables, int slot)
{
    for (const JpegQuantTable &table : tables)
        if (table.slot == slot)
            return &table;
    return nullptr;
}

} // namespace

QList<int> JpegQuantization::ijgTable(int slot, int quality)
{
    const std::array<int, 64> &base = slot == 0 ? kLuminance : kChrominance;
    const int scale = scaleForQuality(quality);
    QList<int> values;
    values.reserve(64);
    for (const int basic : base)
        values.append(qBound(1, (basic * scale + 50) / 100, 255)); // libjpeg, force_baseline
    return values;
}

JpegQuantization JpegQuantization::fromData(QByteArrayView data, const QString &name)
{
    JpegQuantization result;
    const detail::JpegDqtScan scan = detail::scanJpegQuantizationTables(data);
    if (scan.state == detail::JpegEnd::NotJpeg) {
        result.note = tr("“%1” is not a JPEG file (it does not start with a JPEG marker), so it "
                         "has no quantisation tables.")
                          .arg(name);
        return result;
    }
    result.isJpeg = true;
    for (const detail::JpegDqtTable &stored : scan.tables) {
        JpegQuantTable table;
        table.slot = stored.slot;
        table.precisionBits = stored.precisionBits;
        table.values = QList<int>(64, 0);
        for (int k = 0; k < 64; ++k)
            table.values[kNaturalOrder[size_t(k)]] = stored.zigzag[size_t(k)];
        result.tables.append(table);
    }
    if (result.tables.isEmpty()) {
        result.note = tr("“%1” is a JPEG file but no quantisation table was found before its "
                         "image data (the file may be damaged or truncated).")
                          .arg(name);
        return result;
    }

    const JpegQuantTable *luma = tableInSlot(result.tables, 0);
    const JpegQuantTable *chroma = tableInSlot(result.tables, 1);
    for (int quality = 1; quality <= 100 && luma; ++quality) {
        if (luma->values == ijgTable(0, quality)
            && (!chroma || chroma->values == ijgTable(1, quality))) {
            result.standardIjg = true;
            result.estimatedQuality = quality;
            break;
        }
    }
    if (!result.standardIjg) {
        // The mean ratio to the base table is libjpeg's scale factor when the tables are
        // scaled versions of Annex K; for other tables it places them on the same scale.
        const JpegQuantTable &reference = luma ? *luma : result.tables.first();
        const std::array<int, 64> &base = reference.slot == 1 ? kChrominance : kLuminance;
        double sum = 0;
        double baseSum = 0;
        for (int i = 0; i < 64; ++i) {
            sum += reference.values[i];
            baseSum += base[size_t(i)];
        }
        result.estimatedQuality = qualityForScale(100.0 * sum / baseSum);
    }

    if (result.standardIjg)
        result.note
            = tr("The tables are exactly the standard IJG (libjpeg) tables at quality %1. "
                 "libjpeg, libjpeg-turbo, OpenCV, Qt, GIMP, ImageMagick, Pillow and many web "
                 "services write these tables; they do not say which of them saved the file.")
                  .arg(result.estimatedQuality);
    else
        result.note = tr("The tables are not the standard IJG (libjpeg) tables at any quality: "
                         "a camera, phone or editor with its own tables (Photoshop, for one) "
                         "saved the file. Estimated quality on the IJG scale: about %1. Provena "
                         "does not identify which program that was.")
                          .arg(result.estimatedQuality);
    if (scan.state != detail::JpegEnd::Complete)
        result.note += u' '
            + tr("The file ends or is damaged before its image data; the tables may be "
                 "incomplete.");
    return result;
}

Result<JpegQuantization> JpegQuantization::read(const QString &path)
{
    Result<std::unique_ptr<QFile>> file = FileAccess::openRegularFile(path);
    if (!file)
        return file.error();
    const QByteArray head = file.value()->read(kHeaderBytes);
    return fromData(head, QFileInfo(path).fileName());
}

} // namespace provena
