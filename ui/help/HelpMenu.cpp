#include "HelpMenu.h"

#include "AboutDialog.h"
#include "GuideDialog.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// A dialog that exists already comes back to the front rather than twice.
void present(QDialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QWidget *window)
    : QMenu(tr("&Help"), window)
    , m_window(window)
{
    setObjectName(u"helpMenu"_s);

    m_guide = addAction(QIcon::fromTheme(u"help-contents"_s), tr("Infralab &Guide"), this, &HelpMenu::showGuide);
    m_guide->setObjectName(u"guideAction"_s);
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setStatusTip(tr("What Infralab can do and how to use it"));
    addSeparator();
    m_about = addAction(QIcon(u":/icons/infralab.svg"_s), tr("&About Infralab"), this, &HelpMenu::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setStatusTip(tr("The version and licence of Infralab"));
    m_aboutQt = addAction(QIcon::fromTheme(u"help-about-qt"_s), tr("About &Qt"), qApp, &QApplication::aboutQt);
    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_aboutQt->setStatusTip(tr("The version and licence of the Qt toolkit"));
}

GuideDialog *HelpMenu::guideDialog() const
{
    return m_guideDialog;
}

AboutDialog *HelpMenu::aboutDialog() const
{
    return m_aboutDialog;
}

void HelpMenu::showGuide()
{
    if (!m_guideDialog)
        m_guideDialog = new GuideDialog(m_window);
    present(m_guideDialog);
}

void HelpMenu::showAbout()
{
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(m_window);
    present(m_aboutDialog);
}

} // namespace infralab
