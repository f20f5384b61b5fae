#pragma once

#include "JsonLocator.h"
#include "LoadError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace infralab {

// Shared by the reader's passes: remembers the first problem and where it
// is, so every check can stop at the first error with one clear message.
class ReadContext
{
public:
    ReadContext(const QByteArray &json, const QString &fileName)
        : m_json(json), m_fileName(fileName)
    {
    }

    bool failed() const { return m_error.has_value(); }
    const std::optional<LoadError> &error() const { return m_error; }

    // Records the first error only; returns false so checks can `return fail(...)`.
    bool fail(const JsonPath &where, const QString &message)
    {
        if (!m_error)
            m_error = LoadError{m_fileName, lineOfJsonPath(m_json, where), message};
        return false;
    }

private:
    const QByteArray &m_json;
    QString m_fileName;
    std::optional<LoadError> m_error;
};

// How a JSON value's type is named to a user.
QString jsonTypeName(const QJsonValue &value);

// Text from the file as it may appear inside a one-line message: control
// characters escaped, long text elided.
QString shown(const QString &text);

bool hasControlCharacter(const QString &text);

} // namespace infralab
