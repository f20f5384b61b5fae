#pragma once

#include <QList>
#include <QString>

// One message of a Qt Linguist .ts file, as the completeness tests read it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type;               // "", "unfinished", "vanished", "obsolete"
    QStringList translations;   // one, or one per plural form

    // "infralab::MainWindow: "&File"" (and its comment): how a failure names it.
    QString name() const;
    bool isTranslated() const;
};

// The messages of a .ts file, or an empty list with `error` set.
QList<TsMessage> readTsFile(const QString &path, QString *error);
