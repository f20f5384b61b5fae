#include "PropertySection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace infralab {

PropertySection::PropertySection(const TopologyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString PropertySection::nameOf(const Node &node)
{
    return node.label.isEmpty() ? node.id : node.label;
}

QFormLayout *PropertySection::addGroup(const QString &title)
{
    auto *group = new QGroupBox(title, this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    qobject_cast<QVBoxLayout *>(layout())->addWidget(group);
    return form;
}

} // namespace infralab
