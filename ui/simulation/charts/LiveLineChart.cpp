#include "LiveLineChart.h"

#include "ChartWindow.h"

#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QPainter>
#include <QToolTip>

#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace infralab {

namespace {

constexpr qreal kLineWidth = 2.0;
constexpr qreal kHighlightWidth = 3.5;
constexpr int kFadedAlpha = 60;

// Ticks on whole multiples of the interval, so the time labels slide with
// the window instead of showing fractions.
void anchorTicks(QValueAxis *axis, double interval)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
}

} // namespace

LiveLineChart::LiveLineChart(const QString &unit, const QString &valueFormat, double yMaximum, QWidget *parent)
    : QChartView(parent)
    , m_valueFormat(valueFormat)
    , m_fixedMaximum(yMaximum)
    , m_xAxis(new QValueAxis)
    , m_yAxis(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);   // a tick a frame: animating would lag behind
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Beside the plot: the dock is wide and short, and every pixel of
    // height goes to the values.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_xAxis->setLabelFormat(u"%i s"_s);
    m_xAxis->setRange(0, 60);
    anchorTicks(m_xAxis, 10);
    m_yAxis->setLabelFormat(u"%i"_s);
    m_yAxis->setTitleText(unit);
    if (m_fixedMaximum > 0) {
        m_yAxis->setRange(0, m_fixedMaximum);
        m_yAxis->setTickCount(5);
    } else {
        const AxisScale scale = niceScale(0);
        m_yAxis->setRange(0, scale.maximum);
        m_yAxis->setTickCount(scale.intervals + 1);
    }
    for (QValueAxis *axis : {m_xAxis, m_yAxis})
        axis->setMinorTickCount(0);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    // The view owns the chart, the chart its axes and series. setChart()
    // hands back the chart the view made for itself without deleting it.
    QChart *placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 150);
    applyPalette();
}

void LiveLineChart::setLines(const QList<ChartLine> &lines)
{
    QChart *chart = this->chart();
    for (Line &line : m_lines) {
        chart->removeSeries(line.series);
        delete line.series;
    }
    m_lines.clear();
    for (const ChartLine &spec : lines) {
        auto *series = new QLineSeries;
        series->setName(spec.name);
        chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        const qsizetype index = m_lines.size();
        connect(series, &QLineSeries::hovered, this,
                [this, index](const QPointF &point, bool entered) { showHover(index, point, entered); });
        m_lines.append({spec, series, {}, true});
    }
    // An empty legend would leave a blank strip under the placeholder.
    chart->legend()->setVisible(!m_lines.isEmpty());
    restyle();
    viewport()->update();
}

void LiveLineChart::replaceAll(const QList<QList<QPointF>> &points)
{
    for (qsizetype i = 0; i < m_lines.size() && i < points.size(); ++i) {
        Line &line = m_lines[i];
        line.points = points[i];
        line.series->replace(line.points);
    }
}

void LiveLineChart::setXRange(double from, double to)
{
    m_xAxis->setRange(from, to);
}

void LiveLineChart::fitValues(double peak)
{
    if (m_fixedMaximum > 0)
        return;
    // Rescale only when the data leaves the axis or shrinks well inside it,
    // so the axis does not twitch every second.
    const double maximum = m_yAxis->max();
    if (peak * 1.05 <= maximum && peak >= maximum * 0.4)
        return;
    const AxisScale scale = niceScale(peak);
    if (scale.maximum == maximum)
        return;
    m_yAxis->setRange(0, scale.maximum);
    m_yAxis->setTickCount(scale.intervals + 1);
}

void LiveLineChart::setReporting(const QList<bool> &reporting)
{
    for (qsizetype i = 0; i < m_lines.size() && i < reporting.size(); ++i) {
        Line &line = m_lines[i];
        if (line.reporting == reporting[i])
            continue;
        line.reporting = reporting[i];
        line.series->setName(line.reporting ? line.spec.name : tr("%1 (no data)").arg(line.spec.name));
    }
}

void LiveLineChart::setHighlighted(const QSet<QString> &ids)
{
    if (ids == m_highlighted)
        return;
    m_highlighted = ids;
    restyle();
}

void LiveLineChart::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

QStringList LiveLineChart::lineIds() const
{
    QStringList ids;
    for (const Line &line : m_lines)
        ids.append(line.spec.id);
    return ids;
}

QString LiveLineChart::legendName(const QString &id) const
{
    const Line *line = lineOf(id);
    return line ? line->series->name() : QString();
}

int LiveLineChart::pointCount(const QString &id) const
{
    const Line *line = lineOf(id);
    return line ? line->series->count() : -1;
}

QString LiveLineChart::hoverText(const QString &id, QPointF point) const
{
    const Line *line = lineOf(id);
    if (!line || line->points.isEmpty())
        return {};
    // The hovered spot lies anywhere on a segment: name the nearest second.
    const auto nearest = std::min_element(line->points.cbegin(), line->points.cend(),
                                          [&](const QPointF &a, const QPointF &b) {
                                              return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
                                          });
    return tr("%1 · %2 s · %3")
        .arg(line->spec.name)
        .arg(qRound(nearest->x()))
        .arg(m_valueFormat.arg(qRound(nearest->y())));
}

bool LiveLineChart::isHighlighted(const QString &id) const
{
    const Line *line = lineOf(id);
    return line && line->series->pen().widthF() > kLineWidth;
}

bool LiveLineChart::isFaded(const QString &id) const
{
    const Line *line = lineOf(id);
    return line && line->series->pen().color().alpha() < 255;
}

QPair<double, double> LiveLineChart::xRange() const
{
    return {m_xAxis->min(), m_xAxis->max()};
}

QPair<double, double> LiveLineChart::yRange() const
{
    return {m_yAxis->min(), m_yAxis->max()};
}

void LiveLineChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_lines.isEmpty() || m_placeholder.isEmpty())
        return;
    painter->save();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    painter->drawText(plot.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

void LiveLineChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void LiveLineChart::showHover(qsizetype line, const QPointF &point, bool entered)
{
    if (!entered || line >= m_lines.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(m_lines[line].spec.id, point), this);
}

void LiveLineChart::restyle()
{
    for (Line &line : m_lines) {
        const bool highlighted = m_highlighted.contains(line.spec.id);
        QColor colour = line.spec.colour;
        if (!m_highlighted.isEmpty() && !highlighted)
            colour.setAlpha(kFadedAlpha);
        QPen pen(colour, highlighted ? kHighlightWidth : kLineWidth);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        line.series->setPen(pen);
    }
}

// The chart follows the application's palette (light or dark) instead of a
// chart theme of its own, so it sits in the dock like any other view.
void LiveLineChart::applyPalette()
{
    const QPalette colours = palette();
    QChart *chart = this->chart();
    chart->setBackgroundBrush(colours.base());
    chart->setBackgroundPen(Qt::NoPen);
    chart->legend()->setLabelColor(colours.color(QPalette::Text));
    chart->legend()->setFont(font());
    QColor grid = colours.color(QPalette::Text);
    grid.setAlpha(40);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    for (QValueAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsBrush(colours.text());
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
        axis->setTitleBrush(colours.color(QPalette::PlaceholderText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    setBackgroundBrush(colours.base());
    restyle();
}

const LiveLineChart::Line *LiveLineChart::lineOf(const QString &id) const
{
    for (const Line &line : m_lines) {
        if (line.spec.id == id)
            return &line;
    }
    return nullptr;
}

} // namespace infralab
