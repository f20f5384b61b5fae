#include "CommandLine.h"
#include "MainWindow.h"
#include "document/FileActions.h"
#include "i18n/Translations.h"
#include "presets/Presets.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Infralab"_s);
    QCoreApplication::setApplicationName(u"infralab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INFRALAB_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsOf(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Headless commands must run with no DISPLAY: decide before any GUI object.
    if (infralab::CommandLine::needsGui(arguments)) {
        // The canvas's items need a QApplication (QGraphicsScene asks it for
        // the palette); offscreen needs no display. A platform the user
        // chose is kept.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        infralab::Translations::install(infralab::CommandLine::language(arguments));
        return infralab::CommandLine::run(arguments, out, err);
    }
    if (infralab::CommandLine::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        infralab::Translations::install(infralab::CommandLine::language(arguments));
        return infralab::CommandLine::run(arguments, out, err);
    }

    QApplication app(argc, argv);
    describeApplication();
    infralab::Translations::install(infralab::Translations::chosen());
    QApplication::setApplicationDisplayName(u"Infralab"_s);
    // Ties the window to packaging/org.infralab.Infralab.desktop (its icon
    // and name on Wayland docks and task managers).
    QGuiApplication::setDesktopFileName(u"org.infralab.Infralab"_s);
    const auto options = infralab::CommandLine::parseGui(arguments);
    if (options.usageError) {
        err << "infralab: " << *options.usageError << '\n';
        return 2;
    }
    infralab::MainWindow window;
    window.show();
    // A design recovered after a crash comes first. A file that does not
    // open leaves its error on screen over the default design, so the
    // student still has something to look at.
    if (!window.fileActions()->offerRecovery() && !window.openSource(options.source))
        window.openSource(u"preset:"_s + infralab::defaultPresetName());
    return app.exec();
}
