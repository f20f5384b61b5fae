#include "LoadBalancerSection.h"

#include "ChoiceCombo.h"

#include "model/Properties.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace infralab {

LoadBalancerSection::LoadBalancerSection(const TopologyModel *model, QWidget *parent)
    : PropertySection(model, parent)
    , m_software(new QComboBox(this))
    , m_algorithm(new ChoiceCombo(algorithmChoices(), this))
    , m_tls(new ChoiceCombo(tlsModeChoices(), this))
{
    // Free text in the file; the seeds use these two.
    m_software->setEditable(true);
    m_software->setInsertPolicy(QComboBox::NoInsert);
    m_software->addItems({u"haproxy"_s, u"nginx"_s});
    m_software->setObjectName(u"softwareCombo"_s);
    m_algorithm->setObjectName(u"algorithmCombo"_s);
    m_tls->setObjectName(u"tlsCombo"_s);

    QFormLayout *form = addGroup(tr("Load balancing"));
    form->addRow(tr("&Software:"), m_software);
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("&HTTPS:"), m_tls);

    connect(m_software, &QComboBox::activated, this, &LoadBalancerSection::commitSoftware);
    connect(m_software->lineEdit(), &QLineEdit::editingFinished, this, &LoadBalancerSection::commitSoftware);
    connect(m_algorithm, &ChoiceCombo::picked, this, [this](const QString &value) {
        if (value != enumToJson(algorithmNames(), loadBalancerAlgorithm(m_node)))
            commitChoice(u"algorithm"_s, value,
                         tr("Change algorithm of %1 to %2").arg(nameOf(m_node), m_algorithm->currentText()));
    });
    connect(m_tls, &ChoiceCombo::picked, this, [this](const QString &value) {
        if (value != enumToJson(tlsModeNames(), loadBalancerTls(m_node)))
            commitChoice(u"tls"_s, value, tr("Change TLS mode of %1 to %2").arg(nameOf(m_node), m_tls->currentText()));
    });
}

void LoadBalancerSection::setNode(const Node &node)
{
    m_node = node;
    if (m_software->currentText() != loadBalancerSoftware(node))
        m_software->setCurrentText(loadBalancerSoftware(node));
    // The defaults the walkthrough uses when a key is absent.
    m_algorithm->setValue(enumToJson(algorithmNames(), loadBalancerAlgorithm(node)));
    m_tls->setValue(enumToJson(tlsModeNames(), loadBalancerTls(node)));
}

void LoadBalancerSection::commitSoftware()
{
    const QString software = m_software->currentText().trimmed();
    if (software == loadBalancerSoftware(m_node))
        return;
    Node after = m_node;
    if (software.isEmpty())
        after.props.remove(u"software"_s);
    else
        after.props.insert(u"software"_s, software);
    emit edited(after, tr("Change software of %1 to %2").arg(nameOf(m_node), software));
}

void LoadBalancerSection::commitChoice(const QString &key, const QString &value, const QString &text)
{
    Node after = m_node;
    after.props.insert(key, value);
    emit edited(after, text);
}

} // namespace infralab
