#include "GeneralSection.h"

#include "CheckedLineEdit.h"
#include "InspectorStyle.h"

#include "io/FieldCheck.h"
#include "model/TopologyModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace infralab {

GeneralSection::GeneralSection(const TopologyModel *model, QWidget *parent)
    : PropertySection(model, parent)
    , m_icon(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_id(new QLabel(this))
{
    // The header: the kind's icon, its name and the node's id, as on the canvas.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 4, 4, 4);
    header->addWidget(m_icon);
    auto *names = new QVBoxLayout;
    names->setSpacing(0);
    QFont bold = m_kind->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_kind->setFont(bold);
    m_kind->setObjectName(u"kindLabel"_s);
    m_id->setObjectName(u"idLabel"_s);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsHint(m_id);
    names->addWidget(m_kind);
    names->addWidget(m_id);
    header->addLayout(names, 1);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(header);

    const auto check = [model](Field field) {
        return [model, field](const QString &text) { return FieldCheck::problem(field, text, model->topology()); };
    };
    m_label = new CheckedLineEdit(check(Field::Label), this);
    m_label->setObjectName(u"labelEdit"_s);
    m_ip = new CheckedLineEdit(check(Field::Ip), this);
    m_ip->setObjectName(u"ipEdit"_s);
    m_ip->lineEdit()->setPlaceholderText(tr("No address"));
    m_ip->setToolTip(tr("An IPv4 address such as 8.8.8.8 (or IPv6); empty for none"));

    QFormLayout *form = addGroup(tr("General"));
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&IP address:"), m_ip);

    connect(m_label, &CheckedLineEdit::committed, this, [this](const QString &label) {
        Node after = m_node;
        after.label = label;
        emit edited(after, tr("Rename %1 to %2").arg(nameOf(m_node), label));
    });
    connect(m_ip, &CheckedLineEdit::committed, this, [this](const QString &ip) {
        Node after = m_node;
        if (ip.isEmpty())
            after.props.remove(u"ip"_s);
        else
            after.props.insert(u"ip"_s, ip);
        emit edited(after, ip.isEmpty() ? tr("Clear IP address of %1").arg(nameOf(m_node))
                                        : tr("Change IP address of %1 to %2").arg(nameOf(m_node), ip));
    });
}

void GeneralSection::setNode(const Node &node)
{
    m_node = node;
    const NodeKindInfo &info = kindInfo(node.kind);
    m_icon->setPixmap(QIcon(u":/icons/"_s + QLatin1StringView(info.iconName) + u".svg"_s).pixmap(40, 40));
    m_kind->setText(kindLabel(node.kind));
    m_kind->setToolTip(kindTooltip(node.kind));
    m_id->setText(tr("id: %1").arg(node.id));
    m_label->setValue(node.label);
    m_ip->setValue(node.props.value(u"ip").toString());
}

} // namespace infralab
