#include "Document.h"

#include "export/ExportFormat.h"
#include "io/TopologyWriter.h"
#include "presets/Presets.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace infralab {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_model(new TopologyModel(this))
    , m_displayName(tr("Untitled"))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setModified(!clean); });
}

void Document::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

std::optional<LoadError> Document::open(const QString &source)
{
    // Load fully before touching anything, so a bad file leaves the open
    // design as it was.
    LoadResult result = loadSource(source);
    if (!result.ok())
        return result.error;

    const bool isPreset = source.startsWith(u"preset:"_s);
    QString name = isPreset ? result.topology.name : QFileInfo(source).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    // An exported picture opens as its design, but Save must not write JSON
    // over the picture: like a preset, it has no file until Save As.
    const bool isPicture = ExportFormats::forPath(source).has_value();
    m_model->reset(result.topology);
    setLocation(isPreset || isPicture ? QString() : QFileInfo(source).absoluteFilePath(), name);
    markClean(true);
    emit opened();
    return std::nullopt;
}

void Document::newDesign()
{
    Topology empty;
    empty.name = tr("Untitled design");
    m_model->reset(empty);
    setLocation(QString(), tr("Untitled"));
    markClean(true);
    emit opened();
}

void Document::restore(const Topology &topology, const QString &filePath, const QString &displayName)
{
    m_model->reset(topology);
    setLocation(filePath, displayName.isEmpty() ? tr("Untitled") : displayName);
    markClean(true);
    emit opened();
    // No state of the stack matches a file: the changes are unsaved.
    m_undoStack->resetClean();
    setModified(true);
}

std::optional<QString> Document::save()
{
    if (m_filePath.isEmpty())
        return tr("This design has no file yet: use Save As.");
    if (auto error = TopologyWriter::writeFile(topology(), m_filePath))
        return error;
    markClean(false);
    return std::nullopt;
}

std::optional<QString> Document::saveAs(const QString &path)
{
    const QString target = withDesignSuffix(path);
    if (auto error = TopologyWriter::writeFile(topology(), target))
        return error;
    const QFileInfo info(target);
    setLocation(info.absoluteFilePath(), info.fileName());
    markClean(false);
    return std::nullopt;
}

void Document::markClean(bool clearHistory)
{
    if (clearHistory)
        m_undoStack->clear();   // undoing into the previous design makes no sense
    m_undoStack->setClean();
    setModified(false);
}

QString Document::designSuffix()
{
    return u".infralab.json"_s;
}

QString Document::withDesignSuffix(const QString &path)
{
    // Only when the user typed no suffix at all: "notes.json" is a choice.
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + designSuffix();
}

void Document::setLocation(const QString &filePath, const QString &displayName)
{
    if (m_filePath == filePath && m_displayName == displayName)
        return;
    m_filePath = filePath;
    m_displayName = displayName;
    emit locationChanged();
}

} // namespace infralab
