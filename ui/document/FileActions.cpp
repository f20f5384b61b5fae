#include "FileActions.h"

#include "Autosave.h"
#include "Document.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "UnsavedChangesPrompt.h"

#include "io/TopologyReader.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace infralab {

FileActions::FileActions(MainWindow *window, Document *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_recent(new RecentFiles(this))
    , m_autosave(new Autosave(document, this))
    , m_new(new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New"), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_new->setShortcut(QKeySequence::New);
    m_new->setObjectName(u"newAction"_s);
    m_new->setStatusTip(tr("Start an empty design"));
    connect(m_new, &QAction::triggered, this, &FileActions::newDesign);

    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_recentMenu->setIcon(QIcon::fromTheme(u"document-open-recent"_s));
    connect(m_recent, &RecentFiles::changed, this, &FileActions::rebuildRecentMenu);
    connect(document, &Document::locationChanged, this, [this] {
        if (!m_document->filePath().isEmpty())
            m_recent->add(m_document->filePath());
    });
    rebuildRecentMenu();
}

bool FileActions::maySwitchDesign()
{
    if (!m_document->isModified())
        return true;
    switch (UnsavedChangesPrompt::ask(m_window, m_document->displayName())) {
    case UnsavedChangesPrompt::Answer::Save: return m_window->save();   // Save As when there is no file
    case UnsavedChangesPrompt::Answer::Discard: return true;
    case UnsavedChangesPrompt::Answer::Cancel: return false;
    }
    return false;
}

void FileActions::endSession()
{
    m_autosave->discard();
}

void FileActions::newDesign()
{
    if (maySwitchDesign())
        m_document->newDesign();
}

void FileActions::openRecent(const QString &path)
{
    if (!maySwitchDesign())
        return;
    // A file that is gone leaves the list; the error says which one it was.
    if (!m_window->openSource(path) && !QFileInfo::exists(path))
        m_recent->remove(path);
}

bool FileActions::offerRecovery()
{
    const QList<Autosave::Orphan> orphans = Autosave::orphans();
    if (orphans.isEmpty())
        return false;
    const Autosave::Orphan &orphan = orphans.first();
    const QString name = orphan.name.isEmpty() ? tr("Untitled") : orphan.name;

    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Infralab did not close properly. Recover the unsaved changes to \u201c%1\u201d?").arg(name),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"recoveryPrompt"_s);
    box.setInformativeText(
        orphan.savedAt.isValid()
            ? tr("They were saved automatically on %1.")
                  .arg(QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::LongFormat))
            : QString());
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(u"recoverButton"_s);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    box.setDefaultButton(recover);
    box.setEscapeButton(discard);
    box.exec();

    bool recovered = false;
    if (box.clickedButton() == recover) {
        const LoadResult loaded = TopologyReader::readFile(orphan.designPath);
        if (loaded.ok()) {
            m_document->restore(loaded.topology, orphan.originalPath, name);
            recovered = true;
        } else {
            QMessageBox::warning(m_window, tr("Could not recover the design"), loaded.error->toString());
        }
    }
    Autosave::remove(orphan);
    return recovered;
}

void FileActions::rebuildRecentMenu()
{
    // Later, not now: this may run inside one of these actions' triggered().
    for (QAction *action : m_recentMenu->actions()) {
        m_recentMenu->removeAction(action);
        action->setObjectName(QString());
        action->deleteLater();
    }
    const QStringList paths = m_recent->paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 name" for the first nine, as KDE and Qt Creator do.
        const QString number = i < 9 ? u"&%1 "_s.arg(i + 1) : QString();
        QAction *action = m_recentMenu->addAction(number + QFileInfo(path).fileName());
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(QIcon::fromTheme(u"edit-clear-history"_s), tr("&Clear List"), m_recent,
                                             &RecentFiles::clear);
    clear->setObjectName(u"clearRecentAction"_s);
    clear->setEnabled(!paths.isEmpty());
}

} // namespace infralab
