// SPDX-License-Identifier: MIT
#include "metadata/editingsoftware_p.h"

#include <QRegularExpression>

#include <array>

namespace provena::detail {

namespace {

struct Editor
{
    const char *name; ///< as reported
    const char *pattern; ///< case-insensitive, matched anywhere in the software text
};

// The one list of software that can change pixels or composite images. Word boundaries keep
// "GIMP" out of unrelated words; version numbers and platforms ("(Windows)") may follow.
constexpr std::array kEditors = {
    Editor {"Adobe Photoshop", R"(\bphotoshop\b)"},
    Editor {"Adobe Lightroom", R"(\blightroom\b)"},
    Editor {"Adobe Camera Raw", R"(\bcamera raw\b)"},
    Editor {"Adobe Firefly", R"(\bfirefly\b)"},
    Editor {"GIMP", R"(\bgimp\b)"},
    Editor {"Affinity Photo", R"(\baffinity\b)"},
    Editor {"Pixelmator", R"(\bpixelmator\b)"},
    Editor {"Snapseed", R"(\bsnapseed\b)"},
    Editor {"Picsart", R"(\bpicsart\b)"},
    Editor {"Canva", R"(\bcanva\b)"},
    Editor {"Paint.NET", R"(\bpaint\.net\b)"},
    Editor {"Capture One", R"(\bcapture ?one\b)"},
    Editor {"darktable", R"(\bdarktable\b)"},
    Editor {"RawTherapee", R"(\brawtherapee\b)"},
    Editor {"Luminar", R"(\bluminar\b)"},
    Editor {"Corel PaintShop", R"(\bpaintshop\b)"},
    Editor {"Photopea", R"(\bphotopea\b)"},
    Editor {"Krita", R"(\bkrita\b)"},
    Editor {"Facetune", R"(\bfacetune\b)"},
    Editor {"VSCO", R"(\bvsco\b)"},
    Editor {"Apple Photos", R"(\bapple photos\b)"},
    Editor {"Google Photos", R"(\bgoogle photos\b)"},
    Editor {"Microsoft Photos", R"(\bmicrosoft photos\b)"},
};

} // namespace

QString editorNamedIn(const QString &softwareText)
{
    if (softwareText.isEmpty())
        return {};
    // Compiled once; QRegularExpression is safe to use from several threads for matching.
    static const auto expressions = [] {
        std::array<QRegularExpression, kEditors.size()> out;
        for (size_t i = 0; i < kEditors.size(); ++i)
            out.at(i) = QRegularExpression(QLatin1String(kEditors.at(i).pattern),
                                           QRegularExpression::CaseInsensitiveOption);
        return out;
    }();
    for (size_t i = 0; i < kEditors.size(); ++i) {
        if (expressions.at(i).match(softwareText).hasMatch())
            return QLatin1String(kEditors.at(i).name);
    }
    return {};
}

} // namespace provena::detail
