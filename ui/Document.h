#pragma once

#include "io/LoadError.h"
#include "model/TopologyModel.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <optional>

namespace infralab {

// One open design: the model every view shows, where it lives on disk (no
// path for a preset or a new design), the name the window shows, and
// whether it has unsaved changes. Every edit goes through undoStack() as one
// QUndoCommand (ui/commands/); the design is modified when the stack is away
// from its clean index.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    TopologyModel *model() const { return m_model; }
    const Topology &topology() const { return m_model->topology(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    // The file name, or the design's own name when there is no file.
    QString displayName() const { return m_displayName; }
    bool isModified() const { return m_modified; }

    // `source` is a file path or "preset:NAME". On failure the current design
    // stays exactly as it was and the error says what is wrong and where.
    std::optional<LoadError> open(const QString &source);
    // An empty design with no file (File > New).
    void newDesign();
    // A design brought back from an autosave after a crash: modified, with
    // nothing to undo, under the file (if any) it had before the crash.
    void restore(const Topology &topology, const QString &filePath, const QString &displayName);

    // Both return the error message, or nothing on success. save() needs a
    // file path; saveAs() adds the design suffix when `path` has none.
    std::optional<QString> save();
    std::optional<QString> saveAs(const QString &path);

    static QString designSuffix();
    static QString withDesignSuffix(const QString &path);

signals:
    void opened();
    // The file path or the display name changed.
    void locationChanged();
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);
    // A newly opened or saved design: nothing to undo into / the clean state.
    void markClean(bool clearHistory);
    void setLocation(const QString &filePath, const QString &displayName);

    TopologyModel *m_model;
    QString m_filePath;
    QString m_displayName;
    QUndoStack *m_undoStack;
    bool m_modified = false;
};

} // namespace infralab
