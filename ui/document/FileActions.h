#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace infralab {

class Autosave;
class Document;
class MainWindow;
class RecentFiles;

// What keeps a user's work safe around the file menu: New, Open Recent, the
// unsaved-changes prompt before a design is replaced or the window closes,
// the autosave, and the offer to recover it after a crash.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(MainWindow *window, Document *document);

    QAction *newAction() const { return m_new; }
    QMenu *recentMenu() const { return m_recentMenu; }
    RecentFiles *recentFiles() const { return m_recent; }
    Autosave *autosave() const { return m_autosave; }

    // Asks about unsaved changes when there are any; true when the open
    // design may now be replaced or closed (saved, or the user said so).
    bool maySwitchDesign();
    // The window closes: forget this session's autosave.
    void endSession();

    void newDesign();
    void openRecent(const QString &path);
    // Offers the newest design a crashed session left behind; true when the
    // user took it back and it is now the open design.
    bool offerRecovery();

private:
    void rebuildRecentMenu();

    MainWindow *m_window;
    Document *m_document;
    RecentFiles *m_recent;
    Autosave *m_autosave;
    QAction *m_new;
    QMenu *m_recentMenu;
};

} // namespace infralab
