// SPDX-License-Identifier: MIT
#include "core/i18n/language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace provena {

namespace {

/** Organisation-wide, so the GUI (app "Provena") and provena-cli read the same choice. */
QSettings sharedSettings()
{
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName());
}

void installTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QList<Language::Choice> Language::available()
{
    // Each in its own language: someone who cannot read the current one still finds theirs.
    return {{u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"ko"_s, u"한국어"_s},
            {u"ru"_s, u"Русский"_s}};
}

QStringList Language::availableCodes()
{
    QStringList codes;
    for (const Choice &choice : available())
        codes.append(choice.code);
    return codes;
}

bool Language::isAvailable(const QString &code)
{
    return availableCodes().contains(code);
}

QString Language::current()
{
    return QLocale::languageToCode(QLocale().language());
}

QString Language::configured()
{
    const QString code = sharedSettings().value(QLatin1String(kSettingsKey)).toString();
    return isAvailable(code) ? code : QString();
}

void Language::setConfigured(const QString &code)
{
    QSettings settings = sharedSettings();
    if (code.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), code);
}

std::optional<QString> Language::takeArgument(QStringList &arguments, bool stopAtCommand)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang"_s) {
            const QString value = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, i + 1 < arguments.size() ? 2 : 1);
            return value;
        }
        if (argument.startsWith(u"--lang="_s)) {
            const QString value = argument.mid(7);
            arguments.removeAt(i);
            return value;
        }
        if (argument == u"--"_s || (stopAtCommand && !argument.startsWith(u'-')))
            break;
    }
    return std::nullopt;
}

QString Language::resolve(const QString &fromArguments)
{
    if (!fromArguments.isEmpty())
        return fromArguments;
    const QString environment = qEnvironmentVariable("PROVENA_LANG").trimmed();
    if (isAvailable(environment))
        return environment;
    return configured();
}

QLocale Language::apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    installTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(locale, u"provena"_s, u":/i18n"_s);
    return locale;
}

} // namespace provena
