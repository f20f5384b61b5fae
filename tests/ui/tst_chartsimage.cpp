// The live charts saved as one picture for a report (issue 7): the three
// charts as drawn, titled, at the scale asked for; nothing to save before a
// run; a failed save leaves no file.

#include "simulation/charts/LiveLineChart.h"
#include "simulation/charts/SimulationChartsDock.h"

#include "presets/Presets.h"
#include "simulation/Simulation.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestChartsImage : public QObject
{
    Q_OBJECT

private slots:
    void savesTheThreeChartsAtTheScale_data()
    {
        QTest::addColumn<qreal>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x, for print") << 2.0;
    }

    void savesTheThreeChartsAtTheScale()
    {
        QFETCH(qreal, scale);
        SimulationConfig config;
        config.attackRate = 200;
        Simulation simulation(loadPreset(u"secured-monitored"_s).topology, config);
        SimulationChartsDock dock;
        dock.resize(900, 320);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(!dock.saveImageAction()->isEnabled());   // nothing to save yet

        for (double t = 0.5; t <= 20; t += 0.5) {
            simulation.advanceTo(t);
            dock.update(simulation);
        }
        QVERIFY(dock.saveImageAction()->isEnabled());
        QTemporaryDir folder;
        const QString path = folder.filePath(u"charts.png"_s);
        QCOMPARE(dock.saveImage(path, scale), std::nullopt);

        const QImage saved(path);
        QVERIFY(!saved.isNull());
        const QSize chart = dock.cpuChart()->size();
        // Each chart at its size, side padding, stacked with room for titles.
        QCOMPARE(saved.width(), qRound((chart.width() + 24) * scale));
        QVERIFY(saved.height() > 3 * chart.height() * scale);
        QVERIFY2(distinctColours(saved) > 50, "the charts' lines, axes and text");
        // INFRALAB_CHARTS_PNG=/tmp/c.png keeps a copy to look at.
        if (const QString copy = qEnvironmentVariable("INFRALAB_CHARTS_PNG"); !copy.isEmpty() && scale == 2) {
            QFile::remove(copy);
            QVERIFY(QFile::copy(path, copy));
        }
    }

    void nothingToSaveAfterAReset()
    {
        Simulation simulation(loadPreset(u"secured-monitored"_s).topology);
        SimulationChartsDock dock;
        simulation.advanceTo(2);
        dock.update(simulation);
        QVERIFY(dock.saveImageAction()->isEnabled());
        dock.clear();
        QVERIFY(!dock.saveImageAction()->isEnabled());
    }

    void aFailedSaveLeavesNoFile()
    {
        Simulation simulation(loadPreset(u"secured-monitored"_s).topology);
        SimulationChartsDock dock;
        dock.resize(600, 300);
        simulation.advanceTo(3);
        dock.update(simulation);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"no-such-folder/charts.png"_s);
        const std::optional<QString> error = dock.saveImage(path);
        QVERIFY(error.has_value());
        QVERIFY(error->startsWith(u"cannot be written"_s));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }
};

QTEST_MAIN(TestChartsImage)
#include "tst_chartsimage.moc"
