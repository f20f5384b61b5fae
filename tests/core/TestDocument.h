#pragma once

// Builds the topology documents the reader tests feed in. A row starts from
// one small valid design, breaks it in one place, and writes it with
// QJsonDocument::Indented: one key per line, so the line an error must name
// is found by searching for the broken key's text.

#include "io/LoadResult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace infralab::test {

// A JSON literal written in a test. A typo in one is a bug in the test, so it
// stops the run rather than letting a row pass for the wrong reason.
inline QJsonValue json(const char *literal)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + literal + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        std::fprintf(stderr, "bad JSON literal in test: %s\n", literal);
        std::abort();
    }
    return document.array().at(0);
}

inline QJsonObject jsonObject(const char *literal)
{
    return json(literal).toObject();
}

// user (client) -> lb (load balancer) -> web1 -> db1, the last two in the
// frame of server s1 (8.8.8.8); dns answers www.foobar.com with lb.
inline QJsonObject validDocument()
{
    return jsonObject(R"({
        "format": "infralab-topology",
        "version": 1,
        "name": "Test design",
        "domain": "www.foobar.com",
        "nodes": [
            {"id": "user", "kind": "client", "label": "Browser", "x": 0, "y": 0},
            {"id": "dns", "kind": "dns", "label": "DNS", "x": 0, "y": 100,
             "props": {"records": [{"name": "www.foobar.com", "type": "A", "target": "lb"}]}},
            {"id": "lb", "kind": "load-balancer", "label": "HAProxy", "x": 200, "y": 0,
             "props": {"software": "haproxy", "algorithm": "round-robin", "tls": "terminate"}},
            {"id": "s1", "kind": "server", "label": "Server 1", "x": 400, "y": 0,
             "width": 300, "height": 200, "props": {"ip": "8.8.8.8"}},
            {"id": "web1", "kind": "web-server", "label": "Nginx", "host": "s1", "x": 420, "y": 40},
            {"id": "db1", "kind": "database", "label": "MySQL", "host": "s1", "x": 560, "y": 40,
             "props": {"role": "primary"}}
        ],
        "links": [
            {"from": "user", "to": "lb"},
            {"from": "lb", "to": "web1"},
            {"from": "web1", "to": "db1"}
        ]
    })");
}

inline QJsonObject with(QJsonObject document, const QString &key, const QJsonValue &value)
{
    document.insert(key, value);
    return document;
}

inline QJsonObject without(QJsonObject document, const QString &key)
{
    document.remove(key);
    return document;
}

inline QJsonObject appended(QJsonObject document, const QString &arrayKey, const char *literal)
{
    QJsonArray array = document.value(arrayKey).toArray();
    array.append(json(literal));
    document.insert(arrayKey, array);
    return document;
}

// The valid document plus one node (or link) given as a JSON literal.
inline QJsonObject withNode(const char *literal)
{
    return appended(validDocument(), QStringLiteral("nodes"), literal);
}

inline QJsonObject withLink(const char *literal)
{
    return appended(validDocument(), QStringLiteral("links"), literal);
}

inline QByteArray indented(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

// The 1-based line of the n-th occurrence of `needle`; -1 when there is no
// such occurrence, so a row with a wrong needle fails instead of passing.
inline int lineOf(const QByteArray &text, const QByteArray &needle, int occurrence = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return -1;
    }
    return 1 + int(text.left(at).count('\n'));
}

// For QVERIFY2, which builds its message even when the check passes.
inline QByteArray errorText(const LoadResult &result)
{
    return result.ok() ? QByteArray() : result.error->toString().toUtf8();
}

} // namespace infralab::test
