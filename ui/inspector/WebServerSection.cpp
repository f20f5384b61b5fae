#include "WebServerSection.h"

#include "CheckedLineEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace infralab {

WebServerSection::WebServerSection(const TopologyModel *model, QWidget *parent)
    : PropertySection(model, parent)
    , m_software(new CheckedLineEdit({}, this))
    , m_tls(new QCheckBox(tr("Holds the certificate (HTTPS ends here)"), this))
{
    m_software->setObjectName(u"webSoftwareEdit"_s);
    m_software->lineEdit()->setPlaceholderText(tr("nginx, apache…"));
    m_tls->setObjectName(u"webTlsCheck"_s);

    QFormLayout *form = addGroup(tr("Web server"));
    form->addRow(tr("&Software:"), m_software);
    form->addRow(tr("HTTPS:"), m_tls);

    connect(m_software, &CheckedLineEdit::committed, this, [this](const QString &software) {
        Node after = m_node;
        if (software.isEmpty())
            after.props.remove(u"software"_s);
        else
            after.props.insert(u"software"_s, software);
        emit edited(after, tr("Change software of %1 to %2").arg(nameOf(m_node), software));
    });
    connect(m_tls, &QCheckBox::clicked, this, [this](bool on) {
        Node after = m_node;
        after.props.insert(u"tls"_s, on);
        emit edited(after, on ? tr("Give %1 the certificate").arg(nameOf(m_node))
                              : tr("Take the certificate from %1").arg(nameOf(m_node)));
    });
}

void WebServerSection::setNode(const Node &node)
{
    m_node = node;
    m_software->setValue(node.props.value(u"software").toString());
    m_tls->setChecked(node.props.value(u"tls").toBool(false));
}

} // namespace infralab
