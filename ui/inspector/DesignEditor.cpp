#include "DesignEditor.h"

#include "CheckedLineEdit.h"
#include "InspectorStyle.h"

#include "io/FieldCheck.h"
#include "model/TopologyModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

const QString kDescription = u"description"_s;

} // namespace

DesignEditor::DesignEditor(const TopologyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_description(new QPlainTextEdit(this))
{
    const auto check = [model](Field field) {
        return [model, field](const QString &text) { return FieldCheck::problem(field, text, model->topology()); };
    };
    m_name = new CheckedLineEdit(check(Field::DesignName), this);
    m_name->setObjectName(u"designNameEdit"_s);
    m_domain = new CheckedLineEdit(check(Field::Domain), this);
    m_domain->setObjectName(u"domainEdit"_s);
    m_domain->lineEdit()->setPlaceholderText(u"www.example.com"_s);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlaceholderText(tr("What this design shows, for whoever opens it next"));
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);

    auto *group = new QGroupBox(tr("Design"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("D&escription:"), m_description);

    auto *hint = new QLabel(tr("Select a component on the canvas to edit its properties."), this);
    hint->setObjectName(u"selectionHint"_s);
    styleAsHint(hint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_name, &CheckedLineEdit::committed, this, [this](const QString &name) {
        DesignInfo after = m_design;
        after.name = name;
        emit edited(after, tr("Rename the design to %1").arg(name));
    });
    connect(m_domain, &CheckedLineEdit::committed, this, [this](const QString &domain) {
        DesignInfo after = m_design;
        after.domain = domain;
        emit edited(after, tr("Change the domain to %1").arg(domain));
    });
}

void DesignEditor::setDesign(const DesignInfo &design)
{
    m_design = design;
    m_name->setValue(design.name);
    m_domain->setValue(design.domain);
    const QString description = design.extra.value(kDescription).toString();
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
}

bool DesignEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A paragraph is one edit when the user leaves it, not one per keystroke.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

void DesignEditor::commitDescription()
{
    const QString text = m_description->toPlainText();
    if (text == m_design.extra.value(kDescription).toString())
        return;
    DesignInfo after = m_design;
    if (text.isEmpty())
        after.extra.remove(kDescription);
    else
        after.extra.insert(kDescription, text);
    emit edited(after, tr("Change the design's description"));
}

} // namespace infralab
