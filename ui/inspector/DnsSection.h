#pragma once

#include "PropertySection.h"

namespace infralab {

class DnsRecordsModel;
class RowsEditor;

// A DNS server's records: which name resolves to which component.
class DnsSection : public PropertySection
{
    Q_OBJECT

public:
    explicit DnsSection(const TopologyModel *model, QWidget *parent = nullptr);

    void setNode(const Node &node) override;

    RowsEditor *recordsEditor() const { return m_recordsEditor; }

private:
    DnsRecordsModel *m_records;
    RowsEditor *m_recordsEditor;
};

} // namespace infralab
