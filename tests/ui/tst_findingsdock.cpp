// The design critique dock as a user meets it: the findings of the open
// design, a click that rings their nodes on the canvas and shows why they
// matter, and a list that follows edits without blocking them.

#include "../PresetDesign.h"
#include "Document.h"
#include "MainWindow.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "panels/FindingsDock.h"

#include "analysis/Analyzer.h"
#include "model/TopologyModel.h"
#include "presets/Presets.h"

#include <QLabel>
#include <QTest>
#include <QTextEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

void clickRow(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    QVERIFY(item);
    const QRect rect = list->visualItemRect(item);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

QStringList highlightedItems(const TopologyScene &scene, const Topology &topology)
{
    QStringList ids;
    for (const Node &node : topology.nodes()) {
        if (const TopologyNodeItem *item = scene.nodeItem(node.id); item && item->isHighlighted())
            ids.append(node.id);
    }
    return ids;
}

} // namespace

class TestFindingsDock : public QObject
{
    Q_OBJECT

private slots:
    void listsTheAnalysersFindings_data();
    void listsTheAnalysersFindings();
    void clickingAFindingRingsItsNodes();
    void keyboardMovesTheSelection();
    void followsEditsAfterAPause();
    void keepsTheSelectionWhenTheFindingSurvives();
    void statusBarCountsFindings();
};

void TestFindingsDock::listsTheAnalysersFindings_data()
{
    QTest::addColumn<QString>("presetName");
    for (const PresetInfo &info : builtinPresets())
        QTest::newRow(qPrintable(info.name)) << info.name;
}

void TestFindingsDock::listsTheAnalysersFindings()
{
    QFETCH(QString, presetName);
    TopologyModel model;
    model.reset(preset(presetName));
    FindingsDock dock(&model);

    const QList<Finding> expected = analyze(model.topology());
    QVERIFY(!expected.isEmpty());   // every seed design has something to criticise
    QCOMPARE(dock.findings(), expected);
    QCOMPARE(dock.list()->count(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QListWidgetItem *item = dock.list()->item(i);
        QCOMPARE(item->text(), expected.at(i).message);
        QVERIFY(item->toolTip().contains(ruleTitle(expected.at(i).rule)));
        QVERIFY(!item->icon().isNull());
    }
}

void TestFindingsDock::clickingAFindingRingsItsNodes()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    TopologyScene scene(&model);
    FindingsDock dock(&model);
    connect(&dock, &FindingsDock::selectedNodesChanged, &scene, &TopologyScene::setHighlightedNodes);
    dock.resize(500, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));

    QVERIFY(highlightedItems(scene, model.topology()).isEmpty());
    QVERIFY(dock.explanationView()->toPlainText().isEmpty());

    // The plaintext hop after TLS termination names the load balancer and the web servers.
    int row = -1;
    for (int i = 0; i < dock.findings().size(); ++i) {
        if (dock.findings().at(i).rule == Rule::PlaintextHop) {
            row = i;
            break;
        }
    }
    QVERIFY(row >= 0);
    clickRow(dock.list(), row);
    const Finding &finding = dock.findings().at(row);
    QVERIFY(dock.selectedFinding());
    QCOMPARE(*dock.selectedFinding(), finding);
    QVERIFY(dock.explanationView()->toPlainText().contains(finding.explanation));
    QVERIFY(dock.explanationView()->toPlainText().contains(ruleTitle(finding.rule)));
    QStringList expected = finding.nodes;
    QStringList shown = highlightedItems(scene, model.topology());
    expected.sort();
    shown.sort();
    QCOMPARE(shown, expected);
    QVERIFY(shown.contains(u"lb"_s));

    // Clicking in the empty space below the rows clears the selection and the rings.
    QTest::mouseClick(dock.list()->viewport(), Qt::LeftButton, {},
                      QPoint(10, dock.list()->viewport()->height() - 5));
    QVERIFY(!dock.selectedFinding());
    QVERIFY(highlightedItems(scene, model.topology()).isEmpty());
}

void TestFindingsDock::keyboardMovesTheSelection()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    FindingsDock dock(&model);
    QStringList lastNodes;
    connect(&dock, &FindingsDock::selectedNodesChanged, this, [&](const QStringList &ids) { lastNodes = ids; });
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));

    clickRow(dock.list(), 0);
    QCOMPARE(lastNodes, dock.findings().at(0).nodes);
    QTest::keyClick(dock.list(), Qt::Key_Down);
    QCOMPARE(dock.selectedFinding(), &dock.findings().at(1));
    QCOMPARE(lastNodes, dock.findings().at(1).nodes);
}

void TestFindingsDock::followsEditsAfterAPause()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    FindingsDock dock(&model);
    int countSignals = 0;
    int lastCount = -1;
    connect(&dock, &FindingsDock::countChanged, this, [&](int count) {
        ++countSignals;
        lastCount = count;
    });
    const auto hasRule = [&dock](Rule rule) {
        return std::any_of(dock.findings().cbegin(), dock.findings().cend(),
                           [rule](const Finding &f) { return f.rule == rule; });
    };
    QVERIFY(hasRule(Rule::SingleWriter));
    const qsizetype before = dock.findings().size();

    // A replica that takes over when the primary fails clears single-writer...
    Node replica = *model.topology().node(u"db2"_s);
    replica.props.insert(u"failover"_s, u"automatic"_s);
    model.updateNode(replica);
    // ...but not in the middle of the edit: the analysis waits for a pause.
    QVERIFY(hasRule(Rule::SingleWriter));
    QCOMPARE(countSignals, 0);

    QTRY_VERIFY(!hasRule(Rule::SingleWriter));
    QCOMPARE(dock.findings().size(), before - 1);
    QCOMPARE(dock.list()->count(), before - 1);
    QCOMPARE(countSignals, 1);
    QCOMPARE(lastCount, int(before - 1));

    // A burst of edits (a drag) is analysed once, after it ends.
    Node lb = *model.topology().node(u"lb"_s);
    for (int step = 0; step < 20; ++step) {
        lb.pos.rx() += 5;
        model.updateNode(lb);
    }
    QTest::qWait(FindingsDock::kRefreshDelayMs * 2);
    QCOMPARE(countSignals, 1);   // a move changes no finding

    // A design with nothing left to criticise says so in the list.
    Topology empty;
    model.reset(empty);
    QCOMPARE(dock.findings().size(), 0);
    QCOMPARE(lastCount, 0);
    QCOMPARE(dock.list()->count(), 1);
    QVERIFY(!(dock.list()->item(0)->flags() & Qt::ItemIsSelectable));
}

void TestFindingsDock::keepsTheSelectionWhenTheFindingSurvives()
{
    TopologyModel model;
    model.reset(preset(u"secured-monitored"_s));
    FindingsDock dock(&model);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));

    int collocated = -1;
    for (int i = 0; i < dock.findings().size(); ++i) {
        if (dock.findings().at(i).rule == Rule::CollocatedTiers)
            collocated = i;
    }
    QVERIFY(collocated >= 0);
    clickRow(dock.list(), collocated);
    const Finding selected = *dock.selectedFinding();

    // Fixing another finding changes the list; the student's selection stays.
    Node replica = *model.topology().node(u"db3"_s);
    replica.props.insert(u"failover"_s, u"automatic"_s);
    model.updateNode(replica);
    dock.refreshNow();
    QVERIFY(dock.selectedFinding());
    QCOMPARE(*dock.selectedFinding(), selected);
    QVERIFY(dock.explanationView()->toPlainText().contains(selected.explanation));
}

void TestFindingsDock::statusBarCountsFindings()
{
    MainWindow window;
    window.openSource(u"preset:secured-monitored"_s);
    const auto *count = window.findChild<QLabel *>(u"findingCount"_s);
    QVERIFY(count);
    QCOMPARE(count->text(), u"%1 issues"_s.arg(analyze(window.document()->topology()).size()));

    window.openSource(u"preset:single-server"_s);
    QCOMPARE(count->text(), u"%1 issues"_s.arg(analyze(window.document()->topology()).size()));

    // The dock is in the View menu and starts visible.
    QVERIFY(window.findChild<QAction *>(u"showFindingsAction"_s));
    QVERIFY(window.findingsDock());
}

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
