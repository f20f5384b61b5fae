#include "AlertList.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QIcon>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr int kNodeRole = Qt::UserRole;

enum class AlertSeverity { Problem, Warning, Recovery };

struct AlertStyle
{
    SimulationEventKind kind;
    AlertSeverity severity;
};

// Indexed by SimulationEventKind. An alert is a warning: the service saw
// load, nothing broke yet. Losing a node or a database is a problem.
constexpr std::array kStyles{
    AlertStyle{SimulationEventKind::NodeFailed, AlertSeverity::Problem},
    AlertStyle{SimulationEventKind::NodeRecovered, AlertSeverity::Recovery},
    AlertStyle{SimulationEventKind::BackendDown, AlertSeverity::Problem},
    AlertStyle{SimulationEventKind::BackendUp, AlertSeverity::Recovery},
    AlertStyle{SimulationEventKind::DatabaseDown, AlertSeverity::Problem},
    AlertStyle{SimulationEventKind::DatabaseUp, AlertSeverity::Recovery},
    AlertStyle{SimulationEventKind::DatabasePromoted, AlertSeverity::Recovery},
    AlertStyle{SimulationEventKind::AlertRaised, AlertSeverity::Warning},
    AlertStyle{SimulationEventKind::AlertCleared, AlertSeverity::Recovery},
};

static_assert([] {
    for (std::size_t i = 0; i < kStyles.size(); ++i) {
        if (static_cast<std::size_t>(kStyles[i].kind) != i)
            return false;
    }
    return true;
}());

// A dot in the severity's colour, as the design critique draws its findings.
QIcon severityIcon(AlertSeverity severity)
{
    static const std::array<QIcon, 3> icons = [] {
        std::array<QIcon, 3> made;
        const std::array<QColor, 3> colours{QColor(0xd9, 0x30, 0x25), QColor(0xf2, 0x99, 0x00),
                                            QColor(0x2e, 0x9e, 0x4f)};
        for (std::size_t i = 0; i < made.size(); ++i) {
            for (const int size : {16, 32}) {
                QPixmap pixmap(size, size);
                pixmap.fill(Qt::transparent);
                QPainter painter(&pixmap);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(QPen(colours[i].darker(130), size / 16.0));
                painter.setBrush(colours[i]);
                const qreal margin = size * 0.22;
                painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
                painter.end();
                made[i].addPixmap(pixmap);
            }
        }
        return made;
    }();
    return icons[static_cast<std::size_t>(severity)];
}

} // namespace

AlertList::AlertList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"simulationAlerts"_s);
    setColumnCount(2);
    setHeaderLabels({tr("Time"), tr("Event")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // Following the newest never moves the current row: only the user does.
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = nodeOf(item);
        if (!id.isEmpty())
            emit nodeActivated(id);
    });
}

void AlertList::showNew(const QList<SimulationEvent> &events)
{
    const qsizetype first = firstNew(events);
    if (first >= events.size())
        return;
    // At the bottom (or nothing to scroll yet): keep following the newest.
    QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() == bar->maximum();
    for (qsizetype i = first; i < events.size(); ++i)
        append(events[i]);
    while (topLevelItemCount() > kMaxRows)
        delete takeTopLevelItem(0);
    m_shown = events.size();
    m_lastShown = events.last();
    m_any = true;
    if (following)
        scrollToBottom();
}

void AlertList::clearEvents()
{
    clear();
    m_shown = 0;
    m_lastShown = {};
    m_any = false;
}

QString AlertList::nodeOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, kNodeRole).toString() : QString();
}

QString AlertList::timeText(double seconds)
{
    const int whole = int(seconds);
    return u"%1:%2"_s.arg(whole / 60, 2, 10, QChar(u'0')).arg(whole % 60, 2, 10, QChar(u'0'));
}

qsizetype AlertList::firstNew(const QList<SimulationEvent> &events) const
{
    if (!m_any)
        return 0;
    // The usual case: the list only grew.
    if (m_shown <= events.size() && events[m_shown - 1] == m_lastShown)
        return m_shown;
    // It dropped its oldest: find the last one shown, from the end.
    for (qsizetype i = std::min(m_shown, events.size()) - 1; i >= 0; --i) {
        if (events[i] == m_lastShown)
            return i + 1;
    }
    return events.size();   // nothing in common: show nothing twice
}

void AlertList::append(const SimulationEvent &event)
{
    auto *item = new QTreeWidgetItem(this);
    const AlertStyle &style = kStyles[static_cast<std::size_t>(event.kind)];
    item->setIcon(0, severityIcon(style.severity));
    item->setText(0, timeText(event.t));
    item->setText(1, event.text);
    item->setToolTip(1, u"%1: %2"_s.arg(
                            QCoreApplication::translate("Simulation", simulationEventKindInfo(event.kind).label),
                            event.text));
    item->setData(0, kNodeRole, event.node);
    item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace infralab
