#pragma once

#include <QObject>
#include <QStringList>

namespace infralab {

// The designs opened or saved lately, most recent first, kept in QSettings
// so every window and the next start see the same list.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const;
    // Puts `path` (made absolute) first; the oldest falls off past kMaxCount.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &paths);
};

} // namespace infralab
