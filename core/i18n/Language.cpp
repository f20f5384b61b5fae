#include "Language.h"

#include <QCoreApplication>

#include <array>

namespace infralab {

namespace {

constexpr std::array kLanguages{
    LanguageInfo{Language::System, "", QT_TRANSLATE_NOOP("Language", "System default")},
    LanguageInfo{Language::English, "en", "English"},
    LanguageInfo{Language::French, "fr", "Fran\u00e7ais"},
};

// The table is indexed by the enum: keep both in the same order.
static_assert([] {
    for (std::size_t i = 0; i < kLanguages.size(); ++i) {
        if (static_cast<std::size_t>(kLanguages[i].language) != i)
            return false;
    }
    return true;
}());

} // namespace

const LanguageInfo &languageInfo(Language language)
{
    return kLanguages[static_cast<std::size_t>(language)];
}

const QList<Language> &allLanguages()
{
    static const QList<Language> languages{Language::System, Language::English, Language::French};
    return languages;
}

QString languageLabel(Language language)
{
    if (language == Language::System)
        return QCoreApplication::translate("Language", languageInfo(language).label);
    return QString::fromUtf8(languageInfo(language).label);
}

Language resolvedLanguage(Language choice, const QLocale &system)
{
    if (choice != Language::System)
        return choice;
    // uiLanguages() follows LANGUAGE's list too: "de:fr" gives French.
    for (const QString &name : system.uiLanguages()) {
        const Language language = languageFromCode(QLocale(name).bcp47Name().section(u'-', 0, 0));
        if (language != Language::System)
            return language;
    }
    return Language::English;
}

Language languageFromCode(const QString &code)
{
    for (const auto &info : kLanguages) {
        if (code == QLatin1StringView(info.code) && info.language != Language::System)
            return info.language;
    }
    return Language::System;
}

QString languageCode(Language language)
{
    return QString::fromLatin1(languageInfo(language).code);
}

} // namespace infralab
