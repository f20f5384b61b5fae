#pragma once

#include <QMenu>
#include <QPointer>

namespace infralab {

class AboutDialog;
class GuideDialog;

// The Help menu: the built-in guide (F1), About Infralab and About Qt. It
// keeps one guide and one About dialog over its window, made on first use.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    explicit HelpMenu(QWidget *window);

    QAction *guideAction() const { return m_guide; }
    QAction *aboutAction() const { return m_about; }
    QAction *aboutQtAction() const { return m_aboutQt; }

    // The open guide or About dialog, or null when not shown yet.
    GuideDialog *guideDialog() const;
    AboutDialog *aboutDialog() const;

    void showGuide();
    void showAbout();

private:
    QWidget *m_window;
    QAction *m_guide;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<GuideDialog> m_guideDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace infralab
