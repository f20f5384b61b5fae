#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace infralab {

// The languages Infralab speaks, and the choice of following the system.
enum class Language { System, English, French };

struct LanguageInfo
{
    Language language;
    const char *code;    // "" for System; the suffix of :/i18n/infralab_CODE.qm and QSettings' value
    const char *label;   // as the View > Language menu shows it
};

const LanguageInfo &languageInfo(Language language);
const QList<Language> &allLanguages();

// "System default" translated; each language under its own name ("Français"),
// so a user who cannot read the current language still finds theirs.
QString languageLabel(Language language);

// The language a choice stands for: System becomes the first language of the
// locale's list (LANGUAGE, LC_ALL, LANG...) that we have, else English.
Language resolvedLanguage(Language choice, const QLocale &system = QLocale::system());

Language languageFromCode(const QString &code);   // System for "" or an unknown code
QString languageCode(Language language);

} // namespace infralab
