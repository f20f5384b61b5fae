#include "DnsSection.h"

#include "DnsRecordsModel.h"
#include "InspectorStyle.h"
#include "RowsEditor.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace infralab {

DnsSection::DnsSection(const TopologyModel *model, QWidget *parent)
    : PropertySection(model, parent)
    , m_records(new DnsRecordsModel(model, this))
    , m_recordsEditor(new RowsEditor(m_records, tr("record"), this))
{
    m_recordsEditor->setObjectName(u"recordsEditor"_s);
    QFormLayout *form = addGroup(tr("DNS records"));
    auto *hint = new QLabel(tr("The browser asks DNS for the site\u2019s address first.\n"
                               "A target is a component or an IP address."),
                            this);
    styleAsHint(hint);
    hint->setWordWrap(false);   // see FirewallSection
    form->addRow(hint);
    form->addRow(m_recordsEditor);
    connect(m_records, &JsonRowsModel::edited, this, &PropertySection::edited);
}

void DnsSection::setNode(const Node &node)
{
    m_records->setNode(node);
}

} // namespace infralab
