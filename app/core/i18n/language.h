// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace provena {

/**
 * The language Provena speaks: the programs' translations (embedded under :/i18n as
 * provena_<code>.qm) and Qt's own, and QLocale's default, so dates and numbers follow it.
 *
 * Which one: `--lang CODE`, else the environment variable PROVENA_LANG, else the setting
 * kSettingsKey (Edit › Preferences…), else the system locale. The setting lives in the
 * organisation-wide settings file (~/.config/Provena.conf), so provena and provena-cli agree.
 */
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    /** The setting: a code from available(), or absent for the system locale. */
    static constexpr const char *kSettingsKey = "i18n/language";

    struct Choice
    {
        QString code; ///< "en", "de", "ko", "ru"
        QString nativeName; ///< the language's name in itself ("Deutsch"), never translated
    };

    /** The languages Provena ships, English first. */
    static QList<Choice> available();
    static QStringList availableCodes();
    static bool isAvailable(const QString &code);

    /**
     * The code of the language in force ("de"): QLocale's default, which apply() sets together
     * with the translators. Data with translations (label names, agency names) is shown in it;
     * codes Provena has no translation for ("fr", "C") mean English there.
     */
    static QString current();

    /** The stored choice; empty means the system locale. */
    static QString configured();
    /** Stores `code` (empty: follow the system again). */
    static void setConfigured(const QString &code);

    /**
     * The value of `--lang CODE` or `--lang=CODE` among `arguments` (from index `from` up to the
     * first argument that is not an option when `stopAtCommand`), or nullopt when absent. The
     * argument pair is removed from `arguments`. An empty value means the option had none.
     */
    static std::optional<QString> takeArgument(QStringList &arguments, bool stopAtCommand);

    /**
     * The code to use given the command line's choice (may be empty): that, else PROVENA_LANG,
     * else configured(); empty when none is set (the system locale). Unknown codes from the
     * environment or the setting are skipped; the caller checks the command line's own.
     */
    static QString resolve(const QString &fromArguments);

    /**
     * Sets QLocale's default to `code` (empty: the system locale) and installs Provena's and
     * Qt's translators for it on the running application (they are children of it). Returns
     * the locale in force.
     */
    static QLocale apply(const QString &code);
};

} // namespace provena
