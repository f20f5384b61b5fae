#include "LanguageMenu.h"

#include "i18n/Translations.h"

#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace infralab {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    setIcon(QIcon::fromTheme(u"preferences-desktop-locale"_s));
    const Language chosen = Translations::chosen();
    for (const Language language : allLanguages()) {
        QAction *action = addAction(languageLabel(language));
        action->setObjectName(u"languageAction_"_s + (language == Language::System ? u"system"_s : languageCode(language)));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(static_cast<int>(language));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
        if (language == Language::System)
            addSeparator();
    }
    addSeparator();
    // Says why nothing changes on a click: widgets are built in one language.
    QAction *note = addAction(tr("Applies the next time Infralab starts"));
    note->setEnabled(false);
}

QAction *LanguageMenu::action(Language language) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toInt() == static_cast<int>(language))
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(Language language)
{
    Translations::setChosen(language);
    const Language next = resolvedLanguage(language);
    if (next == Translations::current())
        return;
    QString name = languageLabel(language);
    if (language == Language::System)
        name = tr("%1 (%2)", "System default (Français)").arg(name, languageLabel(next));
    emit restartNeeded(tr("Language set to %1: it applies the next time Infralab starts.").arg(name));
}

} // namespace infralab
