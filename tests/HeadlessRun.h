#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the real `infralab` binary printed and returned.
struct HeadlessRun
{
    int exitCode = -1;   // -1: it crashed or hung
    QString out;
    QString err;
};

// Runs the binary as a user's shell would on a machine with no display:
// headless commands must work with no display and no platform set.
inline HeadlessRun runHeadless(const QString &binary, const QStringList &arguments,
                               const QString &workingDirectory = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(binary, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return {};   // a crash: exitCode -1 fails every row
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
