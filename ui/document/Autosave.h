#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QLockFile;

namespace infralab {

class Document;

// A copy of the open design's unsaved changes, written every minute to
// QStandardPaths::AppDataLocation/autosave/ so that a crash loses at most a
// minute of work. Each session writes <id>.infralab.json (the design) and
// <id>.session.json (the file it came from, its name, when), and holds
// <id>.lock while it runs. The copy goes away when the design is saved,
// replaced or closed; one still there with no live lock holder is from a
// session that crashed, and the next start offers it back.
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;

    // What a crashed session left behind.
    struct Orphan
    {
        QString designPath;     // the autosaved topology
        QString sessionPath;    // its description
        QString originalPath;   // the design's own file; empty for a new design or a preset
        QString name;           // what the window called it
        QDateTime savedAt;
    };

    explicit Autosave(Document *document, QObject *parent = nullptr);
    ~Autosave() override;

    static QString directory();
    // Newest first; designs of sessions still running are not orphans.
    static QList<Orphan> orphans();
    static void remove(const Orphan &orphan);

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    // This session's copy of the design; it exists only while there is one.
    QString designPath() const;

    // Writes the copy now when the design has changes the copy lacks.
    // Returns an error message, or nothing.
    std::optional<QString> writeIfNeeded();
    // Removes this session's copy: the design is saved, replaced or closed.
    void discard();

private:
    QString sessionFile(const QString &suffix) const;

    Document *m_document;
    QTimer m_timer;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    bool m_stale = false;   // the design changed since the copy was written
};

} // namespace infralab
