#include "FindingsDock.h"

#include "analysis/Analyzer.h"
#include "model/TopologyModel.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTextEdit>
#include <QListWidget>

#include <optional>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

// Where an item keeps its index into m_findings; the "No issues" line has none.
constexpr int kFindingIndexRole = Qt::UserRole;

QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return {0xd9, 0x30, 0x25};
    case Severity::Medium:
        return {0xf2, 0x99, 0x00};
    case Severity::Low:
        return {0x1a, 0x73, 0xe8};
    }
    return Qt::gray;
}

// A filled circle in the severity's colour, drawn at 1x and 2x so it stays
// crisp on high-density screens.
QIcon severityIcon(Severity severity)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = severityColour(severity);
        painter.setPen(QPen(colour.darker(130), size / 16.0));
        painter.setBrush(colour);
        const qreal margin = size * 0.2;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

FindingsDock::FindingsDock(TopologyModel *model, QWidget *parent)
    : QDockWidget(tr("Design Critique"), parent)
    , m_model(model)
    , m_list(new QListWidget)
    , m_explanation(new QTextEdit)
{
    setObjectName(u"findingsDock"_s);

    m_list->setObjectName(u"findingsList"_s);
    // Wrapped, never elided: the messages name several nodes and are the
    // point; the rule's title heads the explanation underneath.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);

    m_explanation->setObjectName(u"findingExplanation"_s);
    m_explanation->setReadOnly(true);
    m_explanation->setPlaceholderText(tr("Select a finding to see why it matters and how to fix it."));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setWidget(splitter);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FindingsDock::refreshNow);
    if (m_model) {
        connect(m_model, &TopologyModel::changed, &m_refreshTimer, qOverload<>(&QTimer::start));
        // A newly opened design is not a drag: show its findings at once.
        connect(m_model, &TopologyModel::modelReset, this, &FindingsDock::refreshNow);
    }
    connect(m_list, &QListWidget::itemSelectionChanged, this, &FindingsDock::onSelectionChanged);

    refreshNow();
}

void FindingsDock::refreshNow()
{
    m_refreshTimer.stop();
    showFindings(m_model ? analyze(m_model->topology()) : QList<Finding>());
}

const Finding *FindingsDock::selectedFinding() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    bool ok = false;
    const int index = selected.first()->data(kFindingIndexRole).toInt(&ok);
    return ok && index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

void FindingsDock::showFindings(const QList<Finding> &findings)
{
    // Most edits (a move, a rename) leave the findings as they were: keep the
    // list, and the user's selection, untouched then.
    if (m_shown && findings == m_findings)
        return;

    // Keep the same finding selected across a refresh when it still exists.
    std::optional<Finding> previous;
    if (const Finding *selected = selectedFinding())
        previous = *selected;

    const bool countDiffers = !m_shown || findings.size() != m_findings.size();
    m_findings = findings;
    m_shown = true;

    QListWidgetItem *reselect = nullptr;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        if (m_findings.isEmpty()) {
            auto *item = new QListWidgetItem(tr("No issues found"), m_list);
            item->setFlags(Qt::ItemIsEnabled);
        }
        for (int i = 0; i < m_findings.size(); ++i) {
            const Finding &finding = m_findings.at(i);
            auto *item = new QListWidgetItem(severityIcon(finding.severity), finding.message, m_list);
            item->setData(kFindingIndexRole, i);
            item->setToolTip(tr("%1 (%2 severity)").arg(ruleTitle(finding.rule), severityLabel(finding.severity)));
            if (previous && previous->rule == finding.rule && previous->nodes == finding.nodes)
                reselect = item;
        }
        if (reselect)
            m_list->setCurrentItem(reselect);
    }
    onSelectionChanged();
    if (countDiffers)
        emit countChanged(int(m_findings.size()));
}

void FindingsDock::onSelectionChanged()
{
    const Finding *finding = selectedFinding();
    if (!finding) {
        m_explanation->clear();
    } else {
        m_explanation->setHtml(u"<p><b>%1</b> &middot; %2</p><p>%3</p>"_s.arg(
            ruleTitle(finding->rule).toHtmlEscaped(),
            tr("%1 severity").arg(severityLabel(finding->severity)).toHtmlEscaped(),
            finding->explanation.toHtmlEscaped()));
    }
    emit selectedNodesChanged(finding ? finding->nodes : QStringList());
}

} // namespace infralab
