#pragma once

#include <QCoreApplication>
#include <QString>

namespace infralab {

// An error a user can cause by handing us a file: a value, never an exception.
struct LoadError
{
    QString file;      // as the user named it (a path or "preset:NAME")
    int line = 0;      // 1-based; 0 when the problem has no line
    QString message;

    // "file.json: line 12: link to unknown node "ghost"" — one line.
    QString toString() const
    {
        if (line > 0)
            return QCoreApplication::translate("LoadError", "%1: line %2: %3").arg(file).arg(line).arg(message);
        return QStringLiteral("%1: %2").arg(file, message);
    }

    friend bool operator==(const LoadError &, const LoadError &) = default;
};

} // namespace infralab
