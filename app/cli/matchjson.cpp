// SPDX-License-Identifier: MIT
#include "cli/matchjson.h"

#include "media/perceptualhash.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {

namespace {

/** Rounded so the JSON is stable and readable; pixels to 0.01, factors to 1e-4. */
double rounded(double value, double step)
{
    return std::round(value / step) * step;
}

} // namespace

QString MatchJson::hashHex(quint64 hash)
{
    return u"%1"_s.arg(hash, 16, 16, QLatin1Char('0'));
}

QJsonObject MatchJson::geometry(const ImageMatch &match)
{
    const QTransform &t = match.transform;
    // Row-major, column vectors: [x_A, y_A, 1]ᵀ = M · [x_B, y_B, 1]ᵀ (QTransform stores it
    // transposed).
    const QJsonArray transform {
        QJsonArray {rounded(t.m11(), 1e-6), rounded(t.m21(), 1e-6), rounded(t.m31(), 1e-3)},
        QJsonArray {rounded(t.m12(), 1e-6), rounded(t.m22(), 1e-6), rounded(t.m32(), 1e-3)},
        QJsonArray {rounded(t.m13(), 1e-9), rounded(t.m23(), 1e-9), rounded(t.m33(), 1e-6)}};
    const QRectF &r = match.rectInA;
    return QJsonObject {
        {u"relation"_s, match.relation()},
        {u"relations"_s, QJsonArray::fromStringList(match.relations())},
        {u"transform"_s, transform},
        {u"scale"_s, rounded(match.scale, 1e-4)},
        {u"rotationDegrees"_s, rounded(match.rotationDegrees, 1e-3)},
        {u"mirrored"_s, match.mirrored},
        {u"cropRect"_s,
         QJsonObject {{u"x"_s, rounded(r.x(), 0.01)},
                      {u"y"_s, rounded(r.y(), 0.01)},
                      {u"width"_s, rounded(r.width(), 0.01)},
                      {u"height"_s, rounded(r.height(), 0.01)}}},
        {u"inliers"_s, match.inliers},
    };
}

QJsonObject MatchJson::comparison(const ImageMatch &match)
{
    const auto image = [](const QString &path, QSize size, const QByteArray &sha, quint64 dHash) {
        return QJsonObject {{u"path"_s, path},
                            {u"width"_s, size.width()},
                            {u"height"_s, size.height()},
                            {u"sha256"_s, QString::fromLatin1(sha)},
                            {u"dHash"_s, hashHex(dHash)}};
    };
    QJsonObject b = image(match.pathB, match.sizeB, match.sha256B, match.dHashB);
    b.insert(u"dHashMirrored"_s, hashHex(match.dHashBMirrored));
    QJsonObject out {{u"schema"_s, u"provena-match/1"_s},
                     {u"a"_s, image(match.pathA, match.sizeA, match.sha256A, match.dHashA)},
                     {u"b"_s, b},
                     {u"identical"_s, match.identical()},
                     {u"distance"_s, match.distance},
                     {u"mirroredDistance"_s, match.mirroredDistance},
                     {u"samePicture"_s, match.samePicture},
                     {u"matches"_s, match.matches},
                     {u"inliers"_s, match.inliers}};
    if (match.samePicture) {
        const QJsonObject g = geometry(match);
        for (auto it = g.begin(); it != g.end(); ++it)
            out.insert(it.key(), it.value());
    } else {
        out.insert(u"error"_s, match.noMatchMessage());
    }
    return out;
}

QString MatchJson::summary(const ImageMatch &match)
{
    const QRectF &r = match.rectInA;
    return tr("%1 (%2): x %3, y %4, %5 × %6 in A's pixels; scale %7%8")
        .arg(match.relation(), match.relations().join(u", "_s))
        .arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1)
        .arg(match.scale, 0, 'f', 3)
        .arg(match.rotated() ? tr(", turned %1°").arg(match.rotationDegrees, 0, 'f', 1)
                             : QString());
}

void MatchJson::printText(QTextStream &out, const ImageMatch &match)
{
    out << "A  " << match.pathA << "  " << match.sizeA.width() << " × " << match.sizeA.height()
        << '\n';
    out << "   SHA-256 " << match.sha256A << "  dHash " << hashHex(match.dHashA) << '\n';
    out << "B  " << match.pathB << "  " << match.sizeB.width() << " × " << match.sizeB.height()
        << '\n';
    out << "   SHA-256 " << match.sha256B << "  dHash " << hashHex(match.dHashB) << "  mirrored "
        << hashHex(match.dHashBMirrored) << '\n';
    out << tr("Perceptual hash distance: %1 of 64 (mirrored: %2; above %3 means another picture)")
               .arg(match.distance)
               .arg(match.mirroredDistance)
               .arg(PerceptualHash::kDifferentAbove)
        << '\n';
    if (!match.samePicture)
        return;
    out << summary(match) << '\n';
    out << tr("Feature matches: %1, agreeing on the alignment: %2")
               .arg(match.matches)
               .arg(match.inliers)
        << '\n';
    const QTransform &t = match.transform;
    out << tr("Transform (B to A, row-major):") << '\n';
    out << u"  %1 %2 %3\n  %4 %5 %6\n  0 0 1\n"_s.arg(t.m11(), 0, 'f', 6)
               .arg(t.m21(), 0, 'f', 6)
               .arg(t.m31(), 0, 'f', 2)
               .arg(t.m12(), 0, 'f', 6)
               .arg(t.m22(), 0, 'f', 6)
               .arg(t.m32(), 0, 'f', 2);
}

} // namespace provena::cli
