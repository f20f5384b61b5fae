#pragma once

#include "i18n/Language.h"

#include <QMenu>

class QActionGroup;

namespace infralab {

// View > Language: System default, English, Français. The choice is saved
// at once and applies the next time Infralab starts; the menu says so, and
// tells its window when a choice changes what the next start will show.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    QAction *action(Language language) const;

signals:
    // A sentence for the status bar: "Language set to Français: ..."
    void restartNeeded(const QString &message);

private:
    void choose(Language language);

    QActionGroup *m_group;
};

} // namespace infralab
