#include "RowsEditor.h"

#include "InspectorStyle.h"
#include "JsonRowsModel.h"
#include "RowsDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QIcon &icon, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(icon);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

RowsEditor::RowsEditor(JsonRowsModel *model, const QString &rowNoun, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
{
    const QStyle *appStyle = style();
    m_add = toolButton(this, u"addRowButton"_s, QIcon::fromTheme(u"list-add"_s), tr("Add %1").arg(rowNoun));
    m_remove = toolButton(this, u"removeRowButton"_s, QIcon::fromTheme(u"list-remove"_s),
                          tr("Remove the selected %1").arg(rowNoun));
    m_up = toolButton(this, u"moveUpButton"_s, QIcon::fromTheme(u"go-up"_s, appStyle->standardIcon(QStyle::SP_ArrowUp)),
                      tr("Move the selected %1 up").arg(rowNoun));
    m_down = toolButton(this, u"moveDownButton"_s,
                        QIcon::fromTheme(u"go-down"_s, appStyle->standardIcon(QStyle::SP_ArrowDown)),
                        tr("Move the selected %1 down").arg(rowNoun));
    // Without an icon theme (offscreen, bare X11) the signs still read.
    if (m_add->icon().isNull())
        m_add->setText(u"+"_s);
    if (m_remove->icon().isNull())
        m_remove->setText(u"\u2212"_s);

    m_view->setObjectName(u"rowsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RowsDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_problem->setObjectName(u"rowsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    styleAsProblem(m_problem);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_add, &QToolButton::clicked, this, [this] {
        m_model->appendRow();
        select(m_model->rowCount() - 1);
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        m_model->removeRowAt(row);
        select(qMin(row, m_model->rowCount() - 1));
    });
    connect(m_up, &QToolButton::clicked, this, [this] { m_model->moveRowBy(currentRow(), -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { m_model->moveRowBy(currentRow(), +1); });

    connect(m_model, &JsonRowsModel::refused, this, [this](const QString &reason) {
        m_problem->setText(reason);
        m_problem->setVisible(true);
    });
    connect(m_model, &JsonRowsModel::edited, this, [this] { m_problem->setVisible(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RowsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RowsEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RowsEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RowsEditor::fitHeight);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RowsEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowsEditor::updateButtons);
    updateButtons();
    fitHeight();
}

void RowsEditor::fitHeight()
{
    // Every rule in view up to a dozen, plus an empty row to double-click
    // into: a firewall's few rules should not sit in a scrolling box.
    constexpr int kMaxVisibleRows = 12;
    const int rows = qMin(m_model->rowCount() + 1, kMaxVisibleRows);
    const int height = m_view->horizontalHeader()->sizeHint().height()
        + rows * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
    m_view->setFixedHeight(height);
}

QString RowsEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

int RowsEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RowsEditor::select(int row)
{
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void RowsEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace infralab
