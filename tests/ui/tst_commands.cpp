// Every undoable edit of the canvas as a command on the model: redo gives
// the edited design, undo gives back exactly the one before (file order
// included, so a save after undo writes the same file), redo again the edit.

#include "commands/AddNodesCommand.h"
#include "commands/ChangeNodeCommand.h"
#include "commands/ConnectCommand.h"
#include "commands/DisconnectCommand.h"
#include "commands/MoveNodesCommand.h"
#include "commands/RemoveNodesCommand.h"
#include "commands/ResizeFrameCommand.h"
#include "commands/SetHostCommand.h"

#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace infralab;

using MakeCommand = std::function<QUndoCommand *(TopologyModel *)>;
using ExpectedEdit = std::function<void(Topology &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(ExpectedEdit)

namespace {

Topology preset()
{
    const LoadResult loaded = loadPreset(u"secured-monitored"_s);
    if (!loaded.ok())
        qFatal("the default preset does not load");
    return loaded.topology;
}

Node component(const QString &id, NodeKind kind, QPointF pos, const QString &host = {})
{
    Node node;
    node.id = id;
    node.kind = kind;
    node.label = id;
    node.pos = pos;
    node.host = host;
    return node;
}

Node withPos(const Topology &t, const QString &id, QPointF pos)
{
    Node node = *t.node(id);
    node.pos = pos;
    return node;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void nudgesOfTheSameSelectionMerge();
    void dragsNeverMerge();
    void removeReportsHostedComponents();
};

void TestCommands::roundTrip_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<ExpectedEdit>("expected");

    QTest::newRow("add a firewall")
        << MakeCommand([](TopologyModel *m) {
               Topology piece;
               piece.addNode(component(u"fw9"_s, NodeKind::Firewall, {40, 40}));
               return new AddNodesCommand(m, piece, u"Add"_s);
           })
        << ExpectedEdit([](Topology &t) { t.addNode(component(u"fw9"_s, NodeKind::Firewall, {40, 40})); });

    QTest::newRow("add a server with a component and a link to it")
        << MakeCommand([](TopologyModel *m) {
               Topology piece;
               piece.addNode(component(u"s9"_s, NodeKind::Server, {0, 900}));
               piece.addNode(component(u"web9"_s, NodeKind::WebServer, {20, 940}, u"s9"_s));
               piece.addLink({u"lb"_s, u"web9"_s, {}});
               return new AddNodesCommand(m, piece, u"Paste"_s);
           })
        << ExpectedEdit([](Topology &t) {
               t.addNode(component(u"s9"_s, NodeKind::Server, {0, 900}));
               t.addNode(component(u"web9"_s, NodeKind::WebServer, {20, 940}, u"s9"_s));
               t.addLink({u"lb"_s, u"web9"_s, {}});
           });

    QTest::newRow("delete the load balancer takes its links")
        << MakeCommand([](TopologyModel *m) { return new RemoveNodesCommand(m, {u"lb"_s}, u"Delete"_s); })
        << ExpectedEdit([](Topology &t) { t.removeNode(u"lb"_s); });

    QTest::newRow("delete a server takes what it runs")
        << MakeCommand([](TopologyModel *m) { return new RemoveNodesCommand(m, {u"s2"_s}, u"Delete"_s); })
        << ExpectedEdit([](Topology &t) {
               QStringList hosted;
               for (const Node *node : t.hostedBy(u"s2"_s))
                   hosted.append(node->id);
               for (const QString &id : hosted)
                   t.removeNode(id);
               t.removeNode(u"s2"_s);
           });

    QTest::newRow("delete nodes far apart in the file")
        << MakeCommand([](TopologyModel *m) {
               return new RemoveNodesCommand(m, {u"user"_s, u"fw1"_s, u"sumo"_s}, u"Delete"_s);
           })
        << ExpectedEdit([](Topology &t) {
               t.removeNode(u"user"_s);
               t.removeNode(u"fw1"_s);
               t.removeNode(u"sumo"_s);
           });

    QTest::newRow("move two nodes")
        << MakeCommand([](TopologyModel *m) {
               const Topology &t = m->topology();
               return new MoveNodesCommand(m, {{u"lb"_s, t.node(u"lb"_s)->pos}, {u"dns"_s, t.node(u"dns"_s)->pos}},
                                           {{u"lb"_s, {500, 40}}, {u"dns"_s, {-20, -20}}},
                                           MoveNodesCommand::Gesture::Drag, u"Move"_s);
           })
        << ExpectedEdit([](Topology &t) {
               t.replaceNode(withPos(t, u"lb"_s, {500, 40}));
               t.replaceNode(withPos(t, u"dns"_s, {-20, -20}));
           });

    QTest::newRow("resize a server frame")
        << MakeCommand([](TopologyModel *m) {
               const Node *s1 = m->topology().node(u"s1"_s);
               return new ResizeFrameCommand(m, u"s1"_s, QRectF(s1->pos, s1->size),
                                             QRectF(s1->pos, QSizeF(600, 400)));
           })
        << ExpectedEdit([](Topology &t) {
               Node s1 = *t.node(u"s1"_s);
               s1.size = {600, 400};
               t.replaceNode(s1);
           });

    QTest::newRow("link the browser to the load balancer")
        << MakeCommand([](TopologyModel *m) { return new ConnectCommand(m, {u"user"_s, u"lb"_s, {}}); })
        << ExpectedEdit([](Topology &t) { t.addLink({u"user"_s, u"lb"_s, {}}); });

    QTest::newRow("unlink in the middle of the file, named the other way round")
        << MakeCommand([](TopologyModel *m) {
               const Link &link = m->topology().links().at(3);
               return new DisconnectCommand(m, link.to, link.from);
           })
        << ExpectedEdit([](Topology &t) {
               const Link link = t.links().at(3);
               t.removeLink(link.from, link.to);
           });

    QTest::newRow("move a web server out of its server")
        << MakeCommand([](TopologyModel *m) { return new SetHostCommand(m, u"web1"_s, QString()); })
        << ExpectedEdit([](Topology &t) {
               Node web = *t.node(u"web1"_s);
               web.host.clear();
               t.replaceNode(web);
           });

    QTest::newRow("move a web server into another server")
        << MakeCommand([](TopologyModel *m) { return new SetHostCommand(m, u"web1"_s, u"s2"_s); })
        << ExpectedEdit([](Topology &t) {
               Node web = *t.node(u"web1"_s);
               web.host = u"s2"_s;
               t.replaceNode(web);
           });

    QTest::newRow("rename the load balancer")
        << MakeCommand([](TopologyModel *m) {
               const Node before = *m->topology().node(u"lb"_s);
               Node after = before;
               after.label = u"Front door"_s;
               return new ChangeNodeCommand(m, before, after, u"Rename"_s);
           })
        << ExpectedEdit([](Topology &t) {
               Node lb = *t.node(u"lb"_s);
               lb.label = u"Front door"_s;
               t.replaceNode(lb);
           });
}

void TestCommands::roundTrip()
{
    QFETCH(MakeCommand, make);
    QFETCH(ExpectedEdit, expected);

    const Topology original = preset();
    QVERIFY(original.contains(u"web1"_s) && original.contains(u"s2"_s) && original.contains(u"sumo"_s));
    Topology edited = original;
    expected(edited);
    QVERIFY(edited != original);

    TopologyModel model;
    model.reset(original);
    QUndoStack stack;
    stack.push(make(&model));   // push runs redo()
    QCOMPARE(model.topology(), edited);
    QVERIFY(!stack.text(0).isEmpty());
    stack.undo();
    QCOMPARE(model.topology(), original);
    stack.redo();
    QCOMPARE(model.topology(), edited);
    stack.undo();
    QCOMPARE(model.topology(), original);
}

void TestCommands::nudgesOfTheSameSelectionMerge()
{
    TopologyModel model;
    model.reset(preset());
    const QPointF lb = model.topology().node(u"lb"_s)->pos;
    const QPointF dns = model.topology().node(u"dns"_s)->pos;
    QUndoStack stack;
    const auto nudge = [&](const QStringList &ids, QPointF by) {
        QHash<QString, QPointF> before;
        QHash<QString, QPointF> after;
        for (const QString &id : ids) {
            before.insert(id, model.topology().node(id)->pos);
            after.insert(id, model.topology().node(id)->pos + by);
        }
        stack.push(new MoveNodesCommand(&model, before, after, MoveNodesCommand::Gesture::Nudge, u"Nudge"_s));
    };
    for (int i = 0; i < 5; ++i)
        nudge({u"lb"_s, u"dns"_s}, {20, 0});
    QCOMPARE(stack.count(), 1);
    QCOMPARE(model.topology().node(u"lb"_s)->pos, lb + QPointF(100, 0));
    nudge({u"lb"_s}, {0, 20});   // another selection: another step
    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(model.topology().node(u"lb"_s)->pos, lb);
    QCOMPARE(model.topology().node(u"dns"_s)->pos, dns);
}

void TestCommands::dragsNeverMerge()
{
    TopologyModel model;
    model.reset(preset());
    QUndoStack stack;
    for (int i = 1; i <= 3; ++i) {
        const QPointF pos = model.topology().node(u"lb"_s)->pos;
        stack.push(new MoveNodesCommand(&model, {{u"lb"_s, pos}}, {{u"lb"_s, pos + QPointF(i, i)}},
                                        MoveNodesCommand::Gesture::Drag, u"Move"_s));
    }
    QCOMPARE(stack.count(), 3);
}

void TestCommands::removeReportsHostedComponents()
{
    TopologyModel model;
    model.reset(preset());
    QSignalSpy removed(&model, &TopologyModel::nodeRemoved);
    RemoveNodesCommand command(&model, {u"s1"_s, u"ghost"_s}, u"Delete"_s);
    QStringList expected{u"s1"_s};
    for (const Node *node : model.topology().hostedBy(u"s1"_s))
        expected.append(node->id);
    QStringList ids = command.removedIds();
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);
    command.redo();
    QCOMPARE(removed.count(), expected.size());
    for (const QString &id : std::as_const(expected))
        QVERIFY(!model.topology().contains(id));
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
