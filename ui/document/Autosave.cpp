#include "Autosave.h"

#include "Document.h"

#include "io/TopologyWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kDesignSuffix = u".infralab.json"_s;
const QString kSessionSuffix = u".session.json"_s;
const QString kLockSuffix = u".lock"_s;

// A lock is held for as long as its session runs; Qt removes one left by a
// process that is gone. No time limit: a session may run for days.
std::unique_ptr<QLockFile> lockFile(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { writeIfNeeded(); });
    m_timer.start();
    connect(document->model(), &TopologyModel::changed, this, [this] { m_stale = true; });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();   // saved, or undone back to the saved state
        else
            m_stale = true;   // e.g. a recovered design: keep it safe before the next edit
    });
    connect(document, &Document::opened, this, &Autosave::discard);
}

Autosave::~Autosave() = default;   // the copy stays: only discard() says it is not needed

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave"_s;
}

QString Autosave::sessionFile(const QString &suffix) const
{
    return directory() + u'/' + m_id + suffix;
}

QString Autosave::designPath() const
{
    return sessionFile(kDesignSuffix);
}

void Autosave::setInterval(int milliseconds)
{
    m_timer.start(milliseconds);
}

std::optional<QString> Autosave::writeIfNeeded()
{
    if (!m_document->isModified() || !m_stale)
        return std::nullopt;
    if (!QDir().mkpath(directory()))
        return tr("%1: cannot be created").arg(directory());
    if (!m_lock) {
        m_lock = lockFile(sessionFile(kLockSuffix));
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            return tr("%1: is locked by another process").arg(sessionFile(kLockSuffix));
        }
    }
    if (auto error = TopologyWriter::writeFile(m_document->topology(), designPath()))
        return error;
    const QJsonObject session{{u"original"_s, m_document->filePath()},
                              {u"name"_s, m_document->displayName()},
                              {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile file(sessionFile(kSessionSuffix));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(session).toJson()) < 0 || !file.commit())
        return tr("%1: cannot be written: %2").arg(file.fileName(), file.errorString());
    m_stale = false;
    return std::nullopt;
}

void Autosave::discard()
{
    QFile::remove(designPath());
    QFile::remove(sessionFile(kSessionSuffix));
    m_lock.reset();   // unlocks, removing the lock file
    // A fresh copy is due at the next change.
    m_stale = m_document->isModified();
}

QList<Autosave::Orphan> Autosave::orphans()
{
    QList<Orphan> found;
    const QDir dir(directory());
    for (const QString &name : dir.entryList({u"*"_s + kSessionSuffix}, QDir::Files)) {
        const QString id = name.chopped(kSessionSuffix.size());
        // A lock we can take is nobody's: that session ended without cleaning up.
        const auto lock = lockFile(dir.filePath(id + kLockSuffix));
        if (!lock->tryLock(0))
            continue;
        lock->unlock();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject session = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        Orphan orphan{dir.filePath(id + kDesignSuffix), dir.filePath(name), session.value(u"original").toString(),
                      session.value(u"name").toString(),
                      QDateTime::fromString(session.value(u"saved").toString(), Qt::ISODate)};
        if (QFile::exists(orphan.designPath))
            found.append(orphan);
        else
            QFile::remove(orphan.sessionPath);   // nothing left to recover
    }
    std::sort(found.begin(), found.end(), [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosave::remove(const Orphan &orphan)
{
    QFile::remove(orphan.designPath);
    QFile::remove(orphan.sessionPath);
}

} // namespace infralab
