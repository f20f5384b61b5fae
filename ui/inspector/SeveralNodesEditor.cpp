#include "SeveralNodesEditor.h"

#include "CheckedLineEdit.h"
#include "ChoiceCombo.h"
#include "InspectorStyle.h"
#include "PropertySection.h"

#include "io/FieldCheck.h"
#include "model/TopologyModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace infralab {

SeveralNodesEditor::SeveralNodesEditor(const TopologyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_group(new QGroupBox(tr("Shared properties"), this))
    , m_form(new QFormLayout(m_group))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setObjectName(u"severalTitle"_s);
    m_summary->setObjectName(u"severalKinds"_s);
    m_summary->setWordWrap(true);
    styleAsHint(m_summary);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"severalHint"_s);
    styleAsHint(m_hint);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *header = new QVBoxLayout;
    header->setContentsMargins(4, 4, 4, 4);
    header->setSpacing(0);
    header->addWidget(m_title);
    header->addWidget(m_summary);
    layout->addLayout(header);
    layout->addWidget(m_group);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

QList<SharedField> SeveralNodesEditor::fields() const
{
    QList<SharedField> result;
    for (const Row &row : m_rows)
        result.append(row.field);
    return result;
}

void SeveralNodesEditor::setNodes(const QList<Node> &nodes)
{
    m_nodes = nodes;
    QSet<NodeKind> kinds;
    QMap<QString, int> counts;   // by kind label, for a stable, readable order
    for (const Node &node : nodes) {
        kinds.insert(node.kind);
        ++counts[kindLabel(node.kind)];
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(it.value() == 1 ? it.key() : tr("%1 \u00d7 %2").arg(it.key()).arg(it.value()));
    m_title->setText(tr("%n components selected", nullptr, int(nodes.size())));
    m_summary->setText(parts.join(u", "_s));
    m_hint->setText(kinds.size() == 1
                        ? tr("A change applies to all of them. Where they differ, the field says \u201cMixed\u201d.")
                        : tr("A change applies to all of them. Select components of one kind to edit the "
                             "settings of that kind together."));
    if (kinds != m_kinds || m_rows.isEmpty()) {
        m_kinds = kinds;
        rebuild();
    }
    for (const Row &row : std::as_const(m_rows))
        showValue(row);
}

void SeveralNodesEditor::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    for (const SharedField &field : SharedFields::of(m_kinds)) {
        QWidget *editor = createEditor(field);
        editor->setObjectName(u"shared-"_s + field.key);
        m_form->addRow(field.title, editor);
        m_rows.append({field, editor});
    }
}

QWidget *SeveralNodesEditor::createEditor(const SharedField &field)
{
    switch (field.type) {
    case SharedField::Type::Text: {
        CheckedLineEdit::Check check;
        if (field.key == u"label") {
            const TopologyModel *model = m_model;
            check = [model](const QString &text) { return FieldCheck::problem(Field::Label, text, model->topology()); };
        }
        auto *edit = new CheckedLineEdit(check, m_group);
        connect(edit, &CheckedLineEdit::committed, this,
                [this, field](const QString &text) { commit(field, text); });
        return edit;
    }
    case SharedField::Type::Choice: {
        auto *combo = new ChoiceCombo(field.choices, m_group);
        combo->setPlaceholderText(tr("Mixed"));
        connect(combo, &ChoiceCombo::picked, this, [this, field](const QString &value) { commit(field, value); });
        return combo;
    }
    case SharedField::Type::Flag: {
        auto *box = new QCheckBox(field.flagText, m_group);
        // Tristate only while the nodes disagree; a click then means "all on".
        connect(box, &QCheckBox::clicked, this,
                [this, field, box] { commit(field, box->checkState() != Qt::Unchecked); });
        return box;
    }
    }
    return nullptr;
}

void SeveralNodesEditor::showValue(const Row &row)
{
    const QJsonValue first = m_nodes.isEmpty() ? QJsonValue() : row.field.read(m_nodes.first());
    const bool mixed = std::any_of(m_nodes.cbegin(), m_nodes.cend(),
                                   [&](const Node &node) { return row.field.read(node) != first; });
    switch (row.field.type) {
    case SharedField::Type::Text: {
        auto *edit = static_cast<CheckedLineEdit *>(row.editor);
        edit->lineEdit()->setPlaceholderText(mixed ? tr("Mixed") : QString());
        edit->setValue(mixed ? QString() : first.toString());
        break;
    }
    case SharedField::Type::Choice:
        static_cast<ChoiceCombo *>(row.editor)->setValue(mixed ? QString() : first.toString());
        break;
    case SharedField::Type::Flag: {
        auto *box = static_cast<QCheckBox *>(row.editor);
        box->setTristate(mixed);
        box->setCheckState(mixed ? Qt::PartiallyChecked : first.toBool() ? Qt::Checked : Qt::Unchecked);
        break;
    }
    }
}

void SeveralNodesEditor::commit(const SharedField &field, const QJsonValue &value)
{
    QList<Node> changed;
    for (const Node &node : std::as_const(m_nodes)) {
        const Node after = SharedFields::applied(node, field, value);
        if (after != node)
            changed.append(after);
    }
    if (changed.isEmpty())
        return;
    // Named when only one of them changes, counted otherwise.
    const int count = int(changed.size());
    const QString one = PropertySection::nameOf(*std::find_if(m_nodes.cbegin(), m_nodes.cend(), [&](const Node &n) {
        return n.id == changed.first().id;
    }));
    QString text;
    if (field.key == u"label")
        text = count == 1 ? tr("Rename %1 to %2").arg(one, value.toString())
                          : tr("Rename %1 components to %2").arg(count).arg(value.toString());
    else
        text = count == 1 ? tr("Change %1 of %2").arg(field.name, one)
                          : tr("Change %1 on %2 components").arg(field.name).arg(count);
    emit edited(changed, text);
}

} // namespace infralab
