#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace infralab {

namespace {

struct Frame
{
    bool isArray = false;
    qsizetype index = 0;   // arrays: the element being read
    QString key;           // objects: the member being read
};

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns the offset just past the string starting at `pos` (a quote).
qsizetype skipString(const QByteArray &json, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return json.size();
}

QString decodeKey(const QByteArray &json, qsizetype begin, qsizetype end)
{
    // Let Qt undo the escapes: the key is a complete JSON string literal.
    const QByteArray literal = '[' + json.mid(begin, end - begin) + ']';
    return QJsonDocument::fromJson(literal).array().at(0).toString();
}

bool matches(const QList<Frame> &stack, const JsonPath &path)
{
    if (stack.size() != path.size())
        return false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Frame &frame = stack[i];
        if (frame.isArray) {
            const auto *index = std::get_if<qsizetype>(&path[i]);
            if (!index || *index != frame.index)
                return false;
        } else {
            const auto *key = std::get_if<QString>(&path[i]);
            if (!key || *key != frame.key)
                return false;
        }
    }
    return true;
}

} // namespace

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    return 1 + int(std::count(data.cbegin(), data.cbegin() + offset, '\n'));
}

int lineOfJsonPath(const QByteArray &json, const JsonPath &path)
{
    QList<Frame> stack;
    bool expectKey = false;
    // Qt keeps the last of duplicate keys, so the last match is the one meant.
    int line = 0;
    // Qt's parser accepts a leading UTF-8 byte order mark; skip it likewise.
    const qsizetype start = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < json.size(); ++i) {
        const char c = json[i];
        if (isWhitespace(c) || c == ':')
            continue;
        if (c == ',') {
            if (!stack.isEmpty() && stack.last().isArray)
                ++stack.last().index;
            else
                expectKey = true;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
            continue;
        }
        if (expectKey && c == '"' && !stack.isEmpty()) {
            const qsizetype end = skipString(json, i);
            stack.last().key = decodeKey(json, i, end);
            expectKey = false;
            i = end - 1;
            continue;
        }
        // A value starts here.
        if (matches(stack, path))
            line = lineOfOffset(json, i);
        if (c == '{' || c == '[') {
            stack.append(Frame{c == '[', 0, {}});
            expectKey = c == '{';
        } else if (c == '"') {
            i = skipString(json, i) - 1;
        } else {
            while (i + 1 < json.size() && !isWhitespace(json[i + 1]) && json[i + 1] != ','
                   && json[i + 1] != '}' && json[i + 1] != ']')
                ++i;
        }
    }
    return line;
}

} // namespace infralab
