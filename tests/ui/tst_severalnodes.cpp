// The inspector with several components selected: the fields they share,
// "Mixed" where they differ, and an edit that changes all of them as one
// undo step, driven with real key and mouse events.

#include "InspectorFixture.h"
#include "Document.h"
#include "commands/ChangeNodeCommand.h"
#include "inspector/CheckedLineEdit.h"
#include "inspector/ChoiceCombo.h"
#include "inspector/InspectorDock.h"
#include "inspector/SeveralNodesEditor.h"

#include "model/Properties.h"
#include "model/TopologyModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace infralab;
using namespace infralab::testing;

namespace {

struct Fixture : InspectorFixture
{
    template<typename T>
    T *field(const QString &key) const
    {
        return dock.severalEditor()->findChild<T *>(u"shared-"_s + key);
    }

    QStringList keys() const
    {
        QStringList result;
        for (const SharedField &field : dock.severalEditor()->fields())
            result.append(field.key);
        return result;
    }
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void pick(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(index, 0)).center());
    QTRY_VERIFY(!view->isVisible());
}

} // namespace

class tst_SeveralNodes : public QObject
{
    Q_OBJECT

private slots:
    void sharedFields_data();
    void sharedFields();
    void differingValuesShowMixed();
    void aChoiceChangesAllOfThemInOneStep();
    void typingALabelRenamesAllOfThem();
    void aMixedCheckBoxClickedTurnsAllOn();
    void aValueTheDesignCannotHoldIsRefused();
    void followsChangesMadeElsewhere();
};

void tst_SeveralNodes::sharedFields_data()
{
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("databases") << QStringList{u"db1"_s, u"db2"_s, u"db3"_s}
                               << QStringList{u"label"_s, u"role"_s, u"failover"_s, u"tls"_s};
    QTest::newRow("web servers") << QStringList{u"web1"_s, u"web2"_s}
                                 << QStringList{u"label"_s, u"software"_s, u"tls"_s};
    QTest::newRow("firewalls") << QStringList{u"fw1"_s, u"fw2"_s, u"fw3"_s} << QStringList{u"label"_s, u"policy"_s};
    QTest::newRow("servers: no shared address") << QStringList{u"s1"_s, u"s2"_s} << QStringList{u"label"_s};
    QTest::newRow("mixed kinds: the label") << QStringList{u"fw1"_s, u"lb"_s, u"db1"_s} << QStringList{u"label"_s};
}

void tst_SeveralNodes::sharedFields()
{
    QFETCH(QStringList, selected);
    QFETCH(QStringList, keys);
    Fixture f;
    f.dock.showNodes(selected);
    QVERIFY(f.dock.severalEditor()->isVisible());
    QCOMPARE(f.keys(), keys);
    QCOMPARE(f.dock.findChild<QLabel *>(u"severalTitle"_s)->text(),
             u"%1 components selected"_s.arg(selected.size()));
}

void tst_SeveralNodes::differingValuesShowMixed()
{
    Fixture f;
    f.dock.showNodes({u"db1"_s, u"db2"_s, u"db3"_s});
    // "MySQL primary" and "MySQL replica"; primary and replicas.
    QLineEdit *label = f.field<CheckedLineEdit>(u"label"_s)->lineEdit();
    QVERIFY(label->text().isEmpty());
    QCOMPARE(label->placeholderText(), u"Mixed"_s);
    auto *role = f.field<ChoiceCombo>(u"role"_s);
    QCOMPARE(role->currentIndex(), -1);
    QCOMPARE(role->placeholderText(), u"Mixed"_s);
    // They agree on failover (the default) and on plain connections.
    QCOMPARE(f.field<ChoiceCombo>(u"failover"_s)->value(), u"manual"_s);
    QCOMPARE(f.field<QCheckBox>(u"tls"_s)->checkState(), Qt::Unchecked);
    QCOMPARE(f.dock.findChild<QLabel *>(u"severalKinds"_s)->text(), kindLabel(NodeKind::Database) + u" \u00d7 3"_s);

    // Where they agree, the value shows.
    f.dock.showNodes({u"db2"_s, u"db3"_s});
    QCOMPARE(f.field<CheckedLineEdit>(u"label"_s)->lineEdit()->text(), u"MySQL replica"_s);
    QCOMPARE(f.field<ChoiceCombo>(u"role"_s)->value(), u"replica"_s);
}

void tst_SeveralNodes::aChoiceChangesAllOfThemInOneStep()
{
    Fixture f;
    f.dock.showNodes({u"db1"_s, u"db2"_s, u"db3"_s});
    auto *failover = f.field<ChoiceCombo>(u"failover"_s);
    pick(failover, u"automatic"_s);
    for (const QString &id : {u"db1"_s, u"db2"_s, u"db3"_s})
        QCOMPARE(databaseFailover(f.node(id)), Failover::Automatic);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->undoText(), u"Change failover on 3 components"_s);

    f.undo()->undo();
    for (const QString &id : {u"db1"_s, u"db2"_s, u"db3"_s})
        QCOMPARE(databaseFailover(f.node(id)), Failover::Manual);
    QCOMPARE(failover->value(), u"manual"_s);

    // Only the one that differs changes, and the step is named after it.
    auto *role = f.field<ChoiceCombo>(u"role"_s);
    pick(role, u"replica"_s);
    QCOMPARE(databaseRole(f.node(u"db1"_s)), DatabaseRole::Replica);
    QCOMPARE(f.undo()->undoText(), u"Change role of MySQL primary"_s);
    QCOMPARE(role->value(), u"replica"_s);
}

void tst_SeveralNodes::typingALabelRenamesAllOfThem()
{
    Fixture f;
    f.dock.showNodes({u"web1"_s, u"web2"_s, u"web3"_s});
    QLineEdit *label = f.field<CheckedLineEdit>(u"label"_s)->lineEdit();
    QCOMPARE(label->text(), u"Nginx"_s);
    typeInto(label, u"Edge Nginx"_s);
    for (const QString &id : {u"web1"_s, u"web2"_s, u"web3"_s})
        QCOMPARE(f.node(id).label, u"Edge Nginx"_s);
    QCOMPARE(f.undo()->count(), 1);
    QCOMPARE(f.undo()->undoText(), u"Rename 3 components to Edge Nginx"_s);
    f.undo()->undo();
    QCOMPARE(f.node(u"web2"_s).label, u"Nginx"_s);
    QCOMPARE(label->text(), u"Nginx"_s);

    // Clearing a software field removes the property from each of them.
    QLineEdit *software = f.field<CheckedLineEdit>(u"software"_s)->lineEdit();
    typeInto(software, QString());
    QVERIFY(!f.node(u"web1"_s).props.contains(u"software"_s));
    QVERIFY(!f.node(u"web3"_s).props.contains(u"software"_s));
}

void tst_SeveralNodes::aMixedCheckBoxClickedTurnsAllOn()
{
    Fixture f;
    Node encrypted = f.node(u"db2"_s);
    encrypted.props.insert(u"tls"_s, true);
    f.undo()->push(new ChangeNodeCommand(f.document.model(), f.node(u"db2"_s), encrypted, u"test"_s));
    f.dock.showNodes({u"db1"_s, u"db2"_s, u"db3"_s});
    auto *tls = f.field<QCheckBox>(u"tls"_s);
    QCOMPARE(tls->checkState(), Qt::PartiallyChecked);

    QTest::mouseClick(tls, Qt::LeftButton, {}, QPoint(8, tls->height() / 2));
    for (const QString &id : {u"db1"_s, u"db2"_s, u"db3"_s})
        QVERIFY(databaseTls(f.node(id)));
    QCOMPARE(tls->checkState(), Qt::Checked);
    QCOMPARE(f.undo()->undoText(), u"Change encryption on 2 components"_s);

    QTest::mouseClick(tls, Qt::LeftButton, {}, QPoint(8, tls->height() / 2));
    QVERIFY(!databaseTls(f.node(u"db2"_s)));
    QCOMPARE(tls->checkState(), Qt::Unchecked);
    f.undo()->undo();
    f.undo()->undo();
    QCOMPARE(tls->checkState(), Qt::PartiallyChecked);
}

void tst_SeveralNodes::aValueTheDesignCannotHoldIsRefused()
{
    Fixture f;
    f.dock.showNodes({u"fw1"_s, u"lb"_s});
    auto *label = f.field<CheckedLineEdit>(u"label"_s);
    typeInto(label->lineEdit(), QString(300, u'x'));
    QVERIFY(!label->problem().isEmpty());
    QCOMPARE(f.undo()->count(), 0);
    QCOMPARE(f.node(u"lb"_s).label, u"HAProxy"_s);
}

void tst_SeveralNodes::followsChangesMadeElsewhere()
{
    Fixture f;
    f.dock.showNodes({u"fw1"_s, u"fw2"_s});
    auto *policy = f.field<ChoiceCombo>(u"policy"_s);
    QCOMPARE(policy->value(), u"deny"_s);
    Node open = f.node(u"fw2"_s);
    open.props.insert(u"policy"_s, u"allow"_s);
    f.undo()->push(new ChangeNodeCommand(f.document.model(), f.node(u"fw2"_s), open, u"test"_s));
    QCOMPARE(policy->currentIndex(), -1);
    f.undo()->undo();
    QCOMPARE(policy->value(), u"deny"_s);
}

QTEST_MAIN(tst_SeveralNodes)
#include "tst_severalnodes.moc"
