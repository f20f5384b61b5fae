// The property inspector as a user meets it: select a component, type in
// its fields, pick from its combos, edit its firewall rules; each accepted
// change is one undo step, undo puts back the model and the widgets, and a
// value the design cannot hold is refused in place with the reason.

#include "InspectorFixture.h"
#include "Document.h"
#include "MainWindow.h"
#include "canvas/TopologyNodeItem.h"
#include "canvas/TopologyScene.h"
#include "inspector/ChoiceCombo.h"
#include "inspector/CheckedLineEdit.h"
#include "inspector/DesignEditor.h"
#include "inspector/InspectorDock.h"
#include "inspector/NodeEditor.h"
#include "inspector/RowsEditor.h"

#include "model/Properties.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

struct Fixture : InspectorFixture
{
    template<typename T>
    T *field(const QString &name) const
    {
        return dock.findChild<T *>(name);
    }
};

// Replaces the text of a field the way a user does: select all, type, Enter.
void typeInto(QLineEdit *edit, const QString &text, Qt::Key finish = Qt::Key_Return)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, finish);
}

// Opens the combo's list and clicks the entry that stores `value`.
void pick(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    const QRect rect = view->visualRect(view->model()->index(index, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!view->isVisible());
}

// Starts editing a table cell with the keyboard (F2), as a user would.
QWidget *startEditing(QTableView *view, int row, int column)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    return view->indexWidget(view->currentIndex()) ? view->indexWidget(view->currentIndex()) : view->focusWidget();
}

// Enter in a cell editor: the view commits once the editor has had the key.
void pressEnterIn(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

QList<FirewallRule> rulesShown(const QTableView *view)
{
    QList<FirewallRule> rules;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        rules.append({*enumFromJson(ruleActionNames(), model->index(row, 0).data().toString()),
                      model->index(row, 1).data().toInt(), model->index(row, 2).data().toString()});
    }
    return rules;
}

} // namespace

class tst_Inspector : public QObject
{
    Q_OBJECT

private slots:
    void showsTheDesignWhenNothingIsSelected();
    void editingTheDesignNameIsOneUndoStep();
    void severalSelectedAreCounted();
    void showsTheSelectedNodesKind();
    void renameIsOneUndoStepOnEnter();
    void escapePutsTheValueBack();
    void invalidIpIsRefusedWithAReason_data();
    void invalidIpIsRefusedWithAReason();
    void comboChoiceIsOneUndoStep_data();
    void comboChoiceIsOneUndoStep();
    void firewallRulesAreEditedOneStepAtATime();
    void firewallRuleValuesAreRefusedWithAReason();
    void dnsTargetMustBeANodeOrAnAddress();
    void removingTheNodeShowsTheDesignAgain();
    void followsTheCanvasSelection();
};

void tst_Inspector::showsTheDesignWhenNothingIsSelected()
{
    Fixture f;
    QVERIFY(f.dock.designEditor()->isVisible());
    QCOMPARE(f.field<CheckedLineEdit>(u"designNameEdit"_s)->lineEdit()->text(), f.document.topology().name);
    QCOMPARE(f.field<CheckedLineEdit>(u"domainEdit"_s)->lineEdit()->text(), u"www.foobar.com"_s);
}

void tst_Inspector::editingTheDesignNameIsOneUndoStep()
{
    Fixture f;
    const QString before = f.document.topology().name;
    QLineEdit *domain = f.field<CheckedLineEdit>(u"domainEdit"_s)->lineEdit();

    typeInto(domain, u"shop.example.org"_s);

    QCOMPARE(f.document.topology().domain, u"shop.example.org"_s);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->text(0), u"Change the domain to shop.example.org"_s);
    QVERIFY(f.document.isModified());
    f.undo()->undo();
    QCOMPARE(f.document.topology().domain, u"www.foobar.com"_s);
    QCOMPARE(domain->text(), u"www.foobar.com"_s);
    QCOMPARE(f.document.topology().name, before);
}

void tst_Inspector::severalSelectedAreCounted()
{
    Fixture f;
    f.dock.showNodes({u"fw1"_s, u"lb"_s, u"fw2"_s});
    const auto *label = f.field<QLabel>(u"severalTitle"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"3 components selected"_s);
    f.dock.showNodes({});
    QVERIFY(f.dock.designEditor()->isVisible());
}

void tst_Inspector::showsTheSelectedNodesKind()
{
    Fixture f;
    f.dock.showNodes({u"lb"_s});
    QVERIFY(f.dock.nodeEditor());
    QCOMPARE(f.field<QLabel>(u"kindLabel"_s)->text(), kindLabel(NodeKind::LoadBalancer));
    QCOMPARE(f.field<CheckedLineEdit>(u"labelEdit"_s)->lineEdit()->text(), u"HAProxy"_s);
    QCOMPARE(f.field<CheckedLineEdit>(u"ipEdit"_s)->lineEdit()->text(), u"203.0.113.10"_s);
    QCOMPARE(f.field<ChoiceCombo>(u"algorithmCombo"_s)->value(), u"round-robin"_s);
    QCOMPARE(f.field<ChoiceCombo>(u"tlsCombo"_s)->value(), u"terminate"_s);
    QVERIFY(!f.field<RowsEditor>(u"rulesEditor"_s));

    f.dock.showNodes({u"db2"_s});
    QCOMPARE(f.field<ChoiceCombo>(u"roleCombo"_s)->value(), u"replica"_s);
    QCOMPARE(f.field<ChoiceCombo>(u"failoverCombo"_s)->value(), u"manual"_s);
    QVERIFY(f.field<ChoiceCombo>(u"failoverCombo"_s)->isEnabled());
}

void tst_Inspector::renameIsOneUndoStepOnEnter()
{
    Fixture f;
    f.dock.showNodes({u"lb"_s});
    QLineEdit *label = f.field<CheckedLineEdit>(u"labelEdit"_s)->lineEdit();

    label->setFocus();
    QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(label, u"Edge balancer"_s);
    QCOMPARE(f.undo()->count(), 0);   // typing is not an edit yet
    QCOMPARE(f.node(u"lb"_s).label, u"HAProxy"_s);
    QTest::keyClick(label, Qt::Key_Return);

    QCOMPARE(f.node(u"lb"_s).label, u"Edge balancer"_s);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->text(0), u"Rename HAProxy to Edge balancer"_s);

    f.undo()->undo();
    QCOMPARE(f.node(u"lb"_s).label, u"HAProxy"_s);
    QCOMPARE(label->text(), u"HAProxy"_s);
    f.undo()->redo();
    QCOMPARE(f.node(u"lb"_s).label, u"Edge balancer"_s);
    QCOMPARE(label->text(), u"Edge balancer"_s);
}

void tst_Inspector::escapePutsTheValueBack()
{
    Fixture f;
    f.dock.showNodes({u"s1"_s});
    QLineEdit *ip = f.field<CheckedLineEdit>(u"ipEdit"_s)->lineEdit();
    ip->setFocus();
    QTest::keyClick(ip, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(ip, u"10.9.9.9"_s);
    QTest::keyClick(ip, Qt::Key_Escape);
    QCOMPARE(ip->text(), u"8.8.8.8"_s);
    QCOMPARE(f.undo()->count(), 0);
}

void tst_Inspector::invalidIpIsRefusedWithAReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("an octet above 255") << u"999.1.1.1"_s;
    QTest::newRow("three octets") << u"8.8.8"_s;
    QTest::newRow("a host name") << u"server-one"_s;
}

void tst_Inspector::invalidIpIsRefusedWithAReason()
{
    QFETCH(QString, typed);
    Fixture f;
    f.dock.showNodes({u"s1"_s});
    CheckedLineEdit *field = f.field<CheckedLineEdit>(u"ipEdit"_s);
    const Topology before = f.document.topology();

    typeInto(field->lineEdit(), typed);

    QCOMPARE(f.document.topology(), before);
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(field->problem(), u"\"%1\" is not an IP address"_s.arg(typed));
    const auto *reason = field->findChild<QLabel *>(u"problem"_s);
    QVERIFY(reason->isVisible());
    QCOMPARE(field->lineEdit()->text(), typed);   // left for the user to fix

    typeInto(field->lineEdit(), u"10.0.0.5"_s);
    QCOMPARE(nodeIp(f.node(u"s1"_s)), u"10.0.0.5"_s);
    QCOMPARE(f.undo()->count(), 1);
    QVERIFY(field->problem().isEmpty());
    QVERIFY(!reason->isVisible());
}

void tst_Inspector::comboChoiceIsOneUndoStep_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("load balancer algorithm") << u"lb"_s << u"algorithmCombo"_s << u"algorithm"_s
                                             << u"least-connections"_s
                                             << u"Change algorithm of HAProxy to Least connections"_s;
    QTest::newRow("load balancer TLS mode") << u"lb"_s << u"tlsCombo"_s << u"tls"_s << u"passthrough"_s
                                            << u"Change TLS mode of HAProxy to Pass through"_s;
    QTest::newRow("firewall default policy") << u"fw1"_s << u"policyCombo"_s << u"policy"_s << u"allow"_s
                                             << u"Change default policy of Firewall 1 to Allow"_s;
    QTest::newRow("database role") << u"db1"_s << u"roleCombo"_s << u"role"_s << u"replica"_s
                                   << u"Change role of MySQL primary to Replica"_s;
    QTest::newRow("replica failover") << u"db2"_s << u"failoverCombo"_s << u"failover"_s << u"automatic"_s
                                      << u"Change failover of MySQL replica to Automatic"_s;
}

void tst_Inspector::comboChoiceIsOneUndoStep()
{
    QFETCH(QString, id);
    QFETCH(QString, combo);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, text);
    Fixture f;
    f.dock.showNodes({id});
    auto *box = f.field<ChoiceCombo>(combo);
    QVERIFY(box);
    const Node before = f.node(id);
    const QString shownBefore = box->value();

    pick(box, value);

    QCOMPARE(f.node(id).props.value(key).toString(), value);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->text(0), text);

    // Picking what is already shown records nothing.
    pick(box, value);
    QCOMPARE(f.undo()->count(), 1);

    f.undo()->undo();
    QCOMPARE(f.node(id), before);
    QCOMPARE(box->value(), shownBefore);
}

void tst_Inspector::firewallRulesAreEditedOneStepAtATime()
{
    Fixture f;
    f.dock.showNodes({u"fw1"_s});
    auto *rules = f.field<RowsEditor>(u"rulesEditor"_s);
    QVERIFY(rules);
    QTableView *view = rules->view();
    const QList<FirewallRule> original = firewallRules(f.node(u"fw1"_s));
    QCOMPARE(rulesShown(view), original);

    // Add: a new rule at the end, selected.
    QTest::mouseClick(rules->findChild<QToolButton *>(u"addRowButton"_s), Qt::LeftButton);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->text(0), u"Add rule to Firewall 1"_s);
    QCOMPARE(firewallRules(f.node(u"fw1"_s)).size(), 3);
    QCOMPARE(view->currentIndex().row(), 2);

    // Edit its port in place: F2, type, Enter.
    auto *spin = qobject_cast<QSpinBox *>(startEditing(view, 2, 1));
    QVERIFY(spin);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, u"22"_s);
    pressEnterIn(spin);
    QCOMPARE(firewallRules(f.node(u"fw1"_s)).at(2).port, 22);
    QCOMPARE(f.undo()->count(), 2);
    QCOMPARE(f.undo()->text(1), u"Change rule 3 of Firewall 1 to 22"_s);

    // Its action: deny.
    auto *action = qobject_cast<QComboBox *>(startEditing(view, 2, 0));
    QVERIFY(action);
    QTest::keyClick(action, Qt::Key_Down);
    pressEnterIn(action);
    QCOMPARE(firewallRules(f.node(u"fw1"_s)).at(2).action, RuleAction::Deny);
    QCOMPARE(f.undo()->count(), 3);

    // Move it to the top: first match wins, so order is the point.
    view->setCurrentIndex(view->model()->index(2, 0));
    auto *up = rules->findChild<QToolButton *>(u"moveUpButton"_s);
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    QVERIFY(!up->isEnabled());   // nothing above the first rule
    const QList<FirewallRule> moved = firewallRules(f.node(u"fw1"_s));
    QCOMPARE(moved.first(), (FirewallRule{RuleAction::Deny, 22, u"any"_s}));
    QCOMPARE(rulesShown(view), moved);
    QCOMPARE(f.undo()->count(), 5);
    QCOMPARE(view->currentIndex().row(), 0);

    // Remove the last one.
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::mouseClick(rules->findChild<QToolButton *>(u"removeRowButton"_s), Qt::LeftButton);
    QCOMPARE(firewallRules(f.node(u"fw1"_s)).size(), 2);
    QCOMPARE(f.undo()->count(), 6);

    // Every step undoes on its own, back to the rules we started with.
    while (f.undo()->canUndo())
        f.undo()->undo();
    QCOMPARE(firewallRules(f.node(u"fw1"_s)), original);
    QCOMPARE(rulesShown(view), original);
    QVERIFY(!f.document.isModified());
}

void tst_Inspector::firewallRuleValuesAreRefusedWithAReason()
{
    Fixture f;
    f.dock.showNodes({u"fw3"_s});
    auto *rules = f.field<RowsEditor>(u"rulesEditor"_s);
    QTableView *view = rules->view();
    const Topology before = f.document.topology();

    auto *spin = qobject_cast<QSpinBox *>(startEditing(view, 0, 1));
    QVERIFY(spin);
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, u"70000"_s);
    pressEnterIn(spin);
    QCOMPARE(f.document.topology(), before);
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(rules->problem(), u"Row 1: the port must be a whole number from 1 to 65535"_s);
    QCOMPARE(view->model()->index(0, 1).data().toInt(), 3306);

    auto *from = qobject_cast<QComboBox *>(startEditing(view, 0, 2));
    QVERIFY(from);
    QVERIFY(from->isEditable());
    from->lineEdit()->selectAll();
    QTest::keyClicks(from->lineEdit(), u"ghost"_s);
    pressEnterIn(from->lineEdit());
    QCOMPARE(f.document.topology(), before);
    QCOMPARE(rules->problem(), u"Row 1: \"ghost\" is neither \"any\", a node kind nor a node id"_s);

    // A source the design knows is taken, and clears the complaint.
    from = qobject_cast<QComboBox *>(startEditing(view, 0, 2));
    from->lineEdit()->selectAll();
    QTest::keyClicks(from->lineEdit(), u"app1"_s);
    pressEnterIn(from->lineEdit());
    QCOMPARE(firewallRules(f.node(u"fw3"_s)).first().from, u"app1"_s);
    QCOMPARE(f.undo()->count(), 1);
    QVERIFY(rules->problem().isEmpty());
}

void tst_Inspector::dnsTargetMustBeANodeOrAnAddress()
{
    Fixture f;
    f.dock.showNodes({u"dns"_s});
    auto *records = f.field<RowsEditor>(u"recordsEditor"_s);
    QVERIFY(records);
    QTableView *view = records->view();
    QCOMPARE(view->model()->index(0, 2).data().toString(), u"lb"_s);

    auto *target = qobject_cast<QComboBox *>(startEditing(view, 0, 2));
    QVERIFY(target);
    target->lineEdit()->selectAll();
    QTest::keyClicks(target->lineEdit(), u"nowhere"_s);
    pressEnterIn(target->lineEdit());
    QCOMPARE(dnsRecords(f.node(u"dns"_s)).first().target, u"lb"_s);
    QCOMPARE(records->problem(), u"Row 1: \"nowhere\" is neither an IP address nor a node id"_s);

    target = qobject_cast<QComboBox *>(startEditing(view, 0, 2));
    target->lineEdit()->selectAll();
    QTest::keyClicks(target->lineEdit(), u"203.0.113.10"_s);
    pressEnterIn(target->lineEdit());
    QCOMPARE(dnsRecords(f.node(u"dns"_s)).first().target, u"203.0.113.10"_s);
    QCOMPARE(f.undo()->count(), 1);
    f.undo()->undo();
    QCOMPARE(view->model()->index(0, 2).data().toString(), u"lb"_s);
}

void tst_Inspector::removingTheNodeShowsTheDesignAgain()
{
    Fixture f;
    f.dock.showNodes({u"fw2"_s});
    QVERIFY(f.dock.nodeEditor()->isVisible());
    f.document.model()->removeNode(u"fw2"_s);
    QVERIFY(f.dock.shownNodes().isEmpty());
    QVERIFY(f.dock.designEditor()->isVisible());
}

void tst_Inspector::followsTheCanvasSelection()
{
    MainWindow window;
    QVERIFY(window.openSource(u"preset:secured-monitored"_s));
    InspectorDock *dock = window.inspectorDock();
    QVERIFY(dock);
    TopologyScene *scene = window.scene();

    const QStringList ids{u"fw1"_s, u"lb"_s};
    for (const QString &id : ids)
        scene->nodeItem(id)->setFlag(QGraphicsItem::ItemIsSelectable);
    scene->nodeItem(u"fw1"_s)->setSelected(true);
    QCOMPARE(dock->shownNodes(), QStringList{u"fw1"_s});
    QVERIFY(dock->nodeEditor());
    QCOMPARE(dock->nodeEditor()->kind(), NodeKind::Firewall);

    scene->nodeItem(u"lb"_s)->setSelected(true);
    QCOMPARE(dock->shownNodes().size(), 2);
    scene->clearSelection();
    QVERIFY(dock->shownNodes().isEmpty());
}

QTEST_MAIN(tst_Inspector)
#include "tst_inspector.moc"
