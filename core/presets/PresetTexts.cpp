#include "PresetTexts.h"

#include "model/Topology.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// What resources/presets/*.infralab.json say in English, listed for lupdate:
// the texts come from the files at run time. A preset that changes a name,
// a description or a label changes it here too.
[[maybe_unused]] constexpr const char *kPresetTexts[] = {
    QT_TRANSLATE_NOOP("Presets", "Distributed web infrastructure"),
    QT_TRANSLATE_NOOP("Presets", "Secured and monitored web infrastructure"),
    QT_TRANSLATE_NOOP("Presets", "Single server web infrastructure"),
    QT_TRANSLATE_NOOP("Presets", "Secured, encrypted and monitored three-server infrastructure"),
    QT_TRANSLATE_NOOP("Presets", "Seed 004's second step: HAProxy spreads requests over three identical servers, each with Nginx, an application server and MySQL (one primary, two replicas). No firewall, no HTTPS, no monitoring yet."),
    QT_TRANSLATE_NOOP("Presets", "The default design: three firewalls, HAProxy ending HTTPS, three servers each running Nginx, an application server and MySQL (one primary, two replicas), and monitoring clients reporting to Sumologic."),
    QT_TRANSLATE_NOOP("Presets", "Seed 004's first step: one LAMP server runs the web server, the application with its code base and MySQL."),
    QT_TRANSLATE_NOOP("Presets", "Seed 003's variant: Nginx as the load balancer in front of three servers that each run Nginx, an application server and MySQL, with firewalls and monitoring."),
    QT_TRANSLATE_NOOP("Presets", "Apache"),
    QT_TRANSLATE_NOOP("Presets", "App server"),
    QT_TRANSLATE_NOOP("Presets", "Browser"),
    QT_TRANSLATE_NOOP("Presets", "DNS"),
    QT_TRANSLATE_NOOP("Presets", "Firewall 1"),
    QT_TRANSLATE_NOOP("Presets", "Firewall 2"),
    QT_TRANSLATE_NOOP("Presets", "Firewall 3"),
    QT_TRANSLATE_NOOP("Presets", "HAProxy"),
    QT_TRANSLATE_NOOP("Presets", "Monitoring client"),
    QT_TRANSLATE_NOOP("Presets", "MySQL"),
    QT_TRANSLATE_NOOP("Presets", "MySQL primary"),
    QT_TRANSLATE_NOOP("Presets", "MySQL replica"),
    QT_TRANSLATE_NOOP("Presets", "Nginx"),
    QT_TRANSLATE_NOOP("Presets", "Nginx LB"),
    QT_TRANSLATE_NOOP("Presets", "PHP + code base"),
    QT_TRANSLATE_NOOP("Presets", "Server"),
    QT_TRANSLATE_NOOP("Presets", "Server 1"),
    QT_TRANSLATE_NOOP("Presets", "Server 2"),
    QT_TRANSLATE_NOOP("Presets", "Server 3"),
    QT_TRANSLATE_NOOP("Presets", "Sumologic"),
};

QString translated(const QString &text)
{
    return QCoreApplication::translate("Presets", text.toUtf8().constData());
}

} // namespace

void localizePreset(Topology &topology)
{
    topology.name = translated(topology.name);
    const QString description = topology.extra.value(u"description").toString();
    if (!description.isEmpty())
        topology.extra.insert(u"description"_s, translated(description));
    const QList<Node> nodes = topology.nodes();   // a copy: replaceNode() edits the list
    for (const Node &node : nodes) {
        const QString label = translated(node.label);
        if (label == node.label)
            continue;
        Node renamed = node;
        renamed.label = label;
        topology.replaceNode(renamed);
    }
}

} // namespace infralab
