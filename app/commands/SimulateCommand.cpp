#include "SimulateCommand.h"

#include "simulation/Simulation.h"
#include "simulation/SimulationJson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr double kMaxDuration = 7 * 24 * 3600;   // a week of simulated time
constexpr double kMaxRate = 1e6;

// A number from the command line in [min, max], or nullopt.
std::optional<double> number(const QString &text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

QString csvRow(int t, const NodeSample &sample)
{
    return u"%1,%2,%3,%4,%5,%6,%7\n"_s.arg(t)
        .arg(sample.node, jsonName(sample.kind))
        .arg(sample.cpu, 0, 'f', 1)
        .arg(sample.qps)
        .arg(sample.drops)
        .arg(sample.errors);
}

} // namespace

QString SimulateCommand::name() const
{
    return u"simulate"_s;
}

QString SimulateCommand::synopsis() const
{
    return u"simulate SRC --duration S [--rps N] [--attack-rps N] [--seed N] [--fail NODE@T[-T2]] [--csv FILE] "
           "[--json]"_s;
}

QString SimulateCommand::summary() const
{
    return tr("simulate traffic, attacks and failures; per-second CPU, QPS, drops and errors");
}

void SimulateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"duration"_s, tr("Simulated seconds to run (a whole number)."), u"S"_s});
    parser.addOption({u"rps"_s, tr("Requests per second from browsers (default 100)."), u"N"_s, u"100"_s});
    parser.addOption({u"attack-rps"_s, tr("Attack packets per second from the internet (default 0)."), u"N"_s,
                      u"0"_s});
    parser.addOption({u"seed"_s, tr("Seed of the random numbers: the same seed gives the same run (default 1)."),
                      u"N"_s, u"1"_s});
    parser.addOption({u"fail"_s, tr("Stop NODE at T seconds, and start it again at T2 if given. Repeatable."),
                      u"NODE@T[-T2]"_s});
    parser.addOption({u"csv"_s, tr("Write t,node,kind,cpu,qps,drops,errors, one row per node per second."),
                      u"FILE"_s});
    parser.addOption({u"json"_s, tr("Print the totals and events as JSON instead of a summary.")});
}

std::optional<SimulateCommand::Failure> SimulateCommand::parseFailure(const QString &text)
{
    static const QRegularExpression shape(uR"(^(.+)@(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$)"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    Failure failure{match.captured(1), match.captured(2).toDouble(), -1};
    if (match.hasCaptured(3)) {
        failure.to = match.captured(3).toDouble();
        if (failure.to <= failure.from)
            return std::nullopt;
    }
    return failure;
}

int SimulateCommand::run(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                         QTextStream &err) const
{
    if (arguments.size() != 1 || !parser.isSet(u"duration"_s))
        return usageError(err);
    const auto bad = [&err](const QString &message) {
        err << "infralab: " << message << '\n';
        return kExitBadInput;
    };
    const QString durationText = parser.value(u"duration"_s);
    const std::optional<double> duration = number(durationText, 1, kMaxDuration);
    if (!duration || *duration != std::floor(*duration))
        return bad(tr("--duration must be a whole number of seconds from 1 to %1, not \"%2\"")
                       .arg(QString::number(kMaxDuration, 'f', 0), durationText));
    SimulationConfig config;
    for (const auto &[option, rate] : {std::pair{u"rps"_s, &config.requestRate},
                                       std::pair{u"attack-rps"_s, &config.attackRate}}) {
        const std::optional<double> value = number(parser.value(option), 0, kMaxRate);
        if (!value)
            return bad(tr("--%1 must be a number from 0 to %2, not \"%3\"")
                           .arg(option, QString::number(kMaxRate, 'f', 0), parser.value(option)));
        *rate = *value;
    }
    bool seedOk = false;
    config.seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        return bad(tr("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\"")
                       .arg(parser.value(u"seed"_s)));

    const QString source = arguments.first();
    const std::optional<Topology> design = loadDesign(source, err);
    if (!design)
        return kExitBadInput;
    QList<Failure> failures;
    for (const QString &text : parser.values(u"fail"_s)) {
        const std::optional<Failure> failure = parseFailure(text);
        if (!failure)
            return bad(tr("--fail must be NODE@T or NODE@T-T2 (seconds, T2 after T), not \"%1\"").arg(text));
        if (!design->contains(failure->node))
            return bad(tr("%1: --fail \"%2\": no node \"%3\"").arg(source, text, failure->node));
        failures.append(*failure);
    }

    QSaveFile csv(parser.value(u"csv"_s));
    std::optional<QTextStream> rows;
    if (parser.isSet(u"csv"_s)) {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Text))
            return bad(tr("%1: cannot write: %2").arg(csv.fileName(), csv.errorString()));
        rows.emplace(&csv);
        *rows << "t,node,kind,cpu,qps,drops,errors\n";
    }

    Simulation simulation(*design, config);
    if (rows) {
        simulation.setSecondObserver([&rows](const SecondSample &sample) {
            for (const NodeSample &node : sample.nodes)
                *rows << csvRow(sample.t, node);
        });
    }
    // Every stop and start, in time order; at the same time, a stop first.
    struct Change
    {
        double t;
        bool recover;
        QString node;
    };
    QList<Change> changes;
    for (const Failure &failure : failures) {
        changes.append({failure.from, false, failure.node});
        if (failure.to >= 0)
            changes.append({failure.to, true, failure.node});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change &a, const Change &b) { return a.t < b.t || (a.t == b.t && !a.recover && b.recover); });
    for (const Change &change : changes) {
        if (change.t > *duration)
            break;
        simulation.advanceTo(change.t);
        change.recover ? simulation.recoverNode(change.node) : simulation.failNode(change.node);
    }
    simulation.advanceTo(*duration);

    if (rows) {
        rows->flush();
        if (rows->status() != QTextStream::Ok || !csv.commit())
            return bad(tr("%1: cannot write: %2").arg(csv.fileName(), csv.errorString()));
    }
    if (parser.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(toJson(simulation.totals(), simulation.events()))
                                     .toJson(QJsonDocument::Indented));
    else
        out << summaryText(simulation, source);
    return kExitOk;
}

QString SimulateCommand::summaryText(const Simulation &simulation, const QString &source)
{
    const SimulationTotals totals = simulation.totals();
    const SimulationConfig &config = simulation.config();
    QString text = tr("Simulated %1 s of %2: %3 requests/s, %4 attack packets/s, seed %5")
                       .arg(totals.seconds)
                       .arg(source)
                       .arg(config.requestRate)
                       .arg(config.attackRate)
                       .arg(config.seed)
        + u'\n';
    if (!simulation.problem().isEmpty())
        text += tr("No request gets in: %1").arg(simulation.problem()) + u'\n';
    text += tr("Requests: %1 sent, %2 served, %3 failed (static %4, read %5, write %6)")
                .arg(totals.sent)
                .arg(totals.served)
                .arg(totals.failed)
                .arg(totals.failedByType[0])
                .arg(totals.failedByType[1])
                .arg(totals.failedByType[2])
        + u'\n';
    text += tr("Latency: p50 %1 ms, p95 %2 ms, p99 %3 ms")
                .arg(totals.p50Ms, 0, 'f', 1)
                .arg(totals.p95Ms, 0, 'f', 1)
                .arg(totals.p99Ms, 0, 'f', 1)
        + u'\n';
    if (totals.attacks > 0)
        text += tr("Attacks: %1 sent, %2 dropped by firewalls").arg(totals.attacks).arg(totals.attacksBlocked)
            + u'\n';
    // Numeric columns are as wide as their numbers, or their translated
    // heading and a space: "attaques" must not run into "erreurs".
    const QStringList headings {tr("cpu avg"), tr("cpu max"), tr("requests"), tr("drops"), tr("errors"), tr("attacks")};
    const int minimum[] {8, 8, 10, 8, 8, 8};
    QList<int> widths;
    for (qsizetype i = 0; i < headings.size(); ++i)
        widths.append(int(std::max<qsizetype>(minimum[i], headings[i].size() + 1)));
    text += u'\n' + tr("node").leftJustified(12) + tr("kind").leftJustified(19);
    for (qsizetype i = 0; i < headings.size(); ++i)
        text += headings[i].rightJustified(widths[i]);
    text += u'\n';
    for (const NodeTotals &node : totals.nodes) {
        const QStringList cells {u"%1%"_s.arg(node.cpuMean, 0, 'f', 1), u"%1%"_s.arg(node.cpuPeak, 0, 'f', 1),
                                 QString::number(node.requests), QString::number(node.drops),
                                 QString::number(node.errors), QString::number(node.attacks)};
        text += node.node.leftJustified(11, u' ', true) + u' ' + jsonName(node.kind).leftJustified(19);
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells[i].rightJustified(widths[i]);
        text += u'\n';
    }
    if (!simulation.events().isEmpty()) {
        text += u'\n' + tr("Events:") + u'\n';
        for (const SimulationEvent &event : simulation.events())
            text += u"%1 s  "_s.arg(event.t, 9, 'f', 1) + event.text + u'\n';
    }
    return text;
}

} // namespace infralab
