// Prints one `name value unit` line per figure. Each figure is the median of
// several runs so one slow run (another process) does not decide it.

#include "GeneratedTopology.h"

#include "canvas/TopologyScene.h"
#include "export/DiagramExporter.h"

#include "analysis/Analyzer.h"
#include "io/TopologyReader.h"
#include "io/TopologyWriter.h"
#include "walkthrough/Walkthrough.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace infralab;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    // Export draws the canvas's items: a QApplication, offscreen unless a
    // platform is chosen, so the bench still needs no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(3);

    const Topology topology = generatedTopology(1000);
    const QByteArray json = TopologyWriter::toJson(topology);
    out << "topology_nodes " << topology.nodes().size() << " nodes\n";
    out << "topology_links " << topology.links().size() << " links\n";
    out << "topology_file_size " << json.size() / 1024.0 << " KiB\n";

    bool ok = true;
    const double loadMs = medianMs(21, [&] { ok = TopologyReader::read(json, u"bench.json"_s).ok() && ok; });
    out << "load_validate_1000_nodes_ms " << loadMs << " ms\n";
    const double saveMs = medianMs(21, [&] { ok = !TopologyWriter::toJson(topology).isEmpty() && ok; });
    out << "save_1000_nodes_ms " << saveMs << " ms\n";
    qsizetype steps = 0;
    const double deriveMs = medianMs(51, [&] { steps = deriveWalkthrough(topology, RequestType::Read).steps.size(); });
    out << "walkthrough_derive_ms " << deriveMs << " ms\n";
    out << "walkthrough_steps " << steps << " steps\n";
    qsizetype findings = 0;
    const double analyzeMs = medianMs(21, [&] { findings = analyze(topology).size(); });
    out << "analyze_ms " << analyzeMs << " ms\n";
    out << "analyze_findings " << findings << " findings\n";
    // The whole 1000-node diagram, as `infralab export` draws it.
    TopologyModel model;
    model.reset(topology);
    TopologyScene scene(&model);
    const DiagramExporter exporter(&scene);
    ExportOptions png;
    qsizetype pngBytes = 0;
    const double pngMs = medianMs(7, [&] { pngBytes = exporter.render(png).bytes.size(); });
    const QSize pngSize = exporter.outputSize(png);
    out << "export_png_ms " << pngMs << " ms\n";
    out << "export_png_size " << pngSize.width() << 'x' << pngSize.height() << " pixels\n";
    out << "export_png_file_size " << pngBytes / 1024.0 << " KiB\n";
    ExportOptions svg;
    svg.format = ExportFormat::Svg;
    qsizetype svgBytes = 0;
    const double svgMs = medianMs(7, [&] { svgBytes = exporter.render(svg).bytes.size(); });
    out << "export_svg_ms " << svgMs << " ms\n";
    out << "export_svg_file_size " << svgBytes / 1024.0 << " KiB\n";
    ok = ok && pngBytes > 0 && svgBytes > 0;
    if (!ok) {
        QTextStream(stderr) << "infralab_bench: the generated design did not load\n";
        return 1;
    }
    return 0;
}
