// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/agencydirectory.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace provena::detail::suggest {

/**
 * One party a photo credit names: "AP" in "AP Photo/Ahn Young-joon", "Ahn Young-joon", "Pool",
 * "REUTERS" after "via". Positions are UTF-16 indexes into the credit text as parsed.
 */
struct CreditParty
{
    enum class Kind {
        Agency, ///< resolved through the directory (`entry`)
        Person, ///< an unknown name that reads as a person's: "Ahn Young-joon", "Tomas Berg"
        Organisation, ///< an unknown name that does not: "Tarsa Coast Guard", "KCTV"
        Pool, ///< "Pool", "Pool photo"
        Handout ///< "Handout"
    };
    enum class Position {
        Origin, ///< before "via" / "=": who made or released it
        Passer ///< after "via" / "=", or a second agency in "AP 연합뉴스": who passed it on
    };
    Kind kind = Kind::Organisation;
    Position position = Position::Origin;
    QString text; ///< the name as written, without "Photo", "제공", "Courtesy of"
    qsizetype start = 0;
    qsizetype end = 0;
    const AgencyEntry *entry = nullptr;
    bool provided = false; ///< "X 제공"
    bool courtesy = false; ///< "Courtesy of X"
    bool photoMark = false; ///< "AP Photo", "AFP PHOTO": the agency that puts its mark on it
};

/**
 * Splits a credit line into the parties it names, in order: "AP Photo/Ahn Young-joon",
 * "Sputnik/Ilya Pitalev/Pool via REUTERS", "AFP/Getty Images", "조선중앙통신=연합뉴스",
 * "Yonhap via AP", "AP 연합뉴스", "통일부 제공", "Courtesy of the Lee family", "KCNA/Handout".
 * See docs/provenance.md for what each part becomes.
 */
QList<CreditParty> parseCredit(QStringView credit, const AgencyDirectory &agencies);

/**
 * True when `name` reads as a person's: two to four capitalised words ("Ahn Young-joon") without
 * words of organisations ("Coast Guard", "Ministry"). With `allowCapitals`, words in capitals
 * count too ("JEON HEON-KYUN" in "EPA-EFE/JEON HEON-KYUN"), as wire credits print them.
 */
bool looksLikePerson(QStringView name, bool allowCapitals = false);

} // namespace provena::detail::suggest
