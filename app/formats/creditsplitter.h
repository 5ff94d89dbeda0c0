// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace provena {

/**
 * Splits a photo caption into the caption proper and the photo credit.
 *
 * Rules, tried in this order (positions are UTF-16 indexes into the text given):
 *  1. A leading Korean wire tag "(평양 조선중앙통신=연합뉴스)" or "(서울=연합뉴스)": the credit is
 *     "조선중앙통신=연합뉴스" (source=agency) or "연합뉴스"; the place name is dropped.
 *  2. A trailing bracketed credit "[KCNA]", "[AP]", "[연합뉴스 자료사진]", "[Photo: AP]".
 *  3. A trailing parenthesis "(Photo: X)", "(Photo by X)", "(Credit: X)", "(사진=X)", or one
 *     whose content looks like a credit: "(AP)", "(Yonhap)", "(Reuters/Handout)", "(통일부 제공)".
 *  4. A trailing part after " / ", " | ", " - " or " — " that looks like a credit:
 *     "… / Reuters", "… | AFP/Getty Images".
 *  5. A trailing sentence that is a credit: "Photo: X", "Photo by X", "Courtesy of X",
 *     "AFP/Getty Images", "Reuters/Handout", "Yonhap", "KCNA via REUTERS".
 *  6. A closing ", courtesy of X" (credit "X").
 * "Looks like a credit" means: at most 80 characters, and every part (split on "/", " via ",
 * " and ") is a known agency or picture desk, a credit word (Getty Images, Handout, Pool, EPA-EFE,
 * 제공, 자료사진 …) or a short run of capitalised words, with at least one known or credit word.
 */
class CreditSplitter
{
public:
    struct Split
    {
        qsizetype captionStart = 0;
        qsizetype captionEnd = 0;
        qsizetype creditStart = -1;
        qsizetype creditEnd = -1;

        bool hasCredit() const { return creditStart >= 0 && creditEnd > creditStart; }
    };

    static Split split(QStringView text);

    /** True if `text` (a whole string) reads as a photo credit; see the class comment. */
    static bool looksLikeCredit(QStringView text);
};

} // namespace provena
