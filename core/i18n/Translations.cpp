#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kSettingsKey = u"ui/language"_s;

struct Installed
{
    Language language = Language::English;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void add(std::unique_ptr<QTranslator> translator)
{
    QCoreApplication::installTranslator(translator.get());
    installed().translators.push_back(std::move(translator));
}

} // namespace

Language Translations::install(Language choice)
{
    Installed &state = installed();
    for (const auto &translator : state.translators)
        QCoreApplication::removeTranslator(translator.get());
    state.translators.clear();

    const Language language = resolvedLanguage(choice);
    const QString code = languageCode(language);
    auto own = std::make_unique<QTranslator>();
    // English too: its file holds the plural forms ("1 step", "2 steps").
    if (own->load(u":/i18n/infralab_"_s + code))
        add(std::move(own));
    if (language != Language::English) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            add(std::move(qt));
    }
    // Number and date formats follow the language shown, also when it is not
    // the system's.
    const QLocale system = QLocale::system();
    QLocale::setDefault(resolvedLanguage(Language::System, system) == language
                            ? system
                            : QLocale(language == Language::French ? QLocale::French : QLocale::English,
                                      system.territory()));
    state.language = language;
    return language;
}

Language Translations::current()
{
    return installed().language;
}

Language Translations::chosen()
{
    return languageFromCode(QSettings().value(kSettingsKey).toString());
}

void Translations::setChosen(Language choice)
{
    QSettings settings;
    if (choice == Language::System)
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, languageCode(choice));
}

} // namespace infralab
