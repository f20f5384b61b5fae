#pragma once

#include "ChartedNodes.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QSet>
#include <QString>

#include <QtCharts/QChartView>

class QLineSeries;
class QValueAxis;

namespace infralab {

// A chart of one value per node over a sliding window of simulated time:
// the only class that talks to QtCharts (deprecated after Qt 6.9), so a
// move to another chart library touches this file alone. Lines are keyed by
// node id and fed whole (replaceAll), never a point at a time.
class LiveLineChart : public QChartView
{
    Q_OBJECT

public:
    // `unit` titles the value axis; `valueFormat` shows one value with its
    // unit ("%1 %"); a fixed `yMaximum` (CPU's 100) or 0 for a range that
    // follows the data.
    LiveLineChart(const QString &unit, const QString &valueFormat, double yMaximum, QWidget *parent = nullptr);

    // Replaces the lines (after a new simulation); their points are empty.
    void setLines(const QList<ChartLine> &lines);
    // The points of every line, in setLines' order.
    void replaceAll(const QList<QList<QPointF>> &points);
    // Moves the time axis; with a data-following range, fits `peak`.
    void setXRange(double from, double to);
    void fitValues(double peak);
    // Marks a line that sends nothing right now: "(no data)" in the legend.
    void setReporting(const QList<bool> &reporting);
    // Lines of these nodes stand out, the others fade; empty shows all alike.
    void setHighlighted(const QSet<QString> &ids);
    // Shown in the plot while the chart has no line.
    void setPlaceholderText(const QString &text);

    QStringList lineIds() const;
    QString legendName(const QString &id) const;
    int pointCount(const QString &id) const;
    // The tooltip for hovering `id`'s line near `point`: its nearest
    // second, "Nginx on Server 1 · 12 s · 43 %"; empty when it has none.
    QString hoverText(const QString &id, QPointF point) const;
    bool isHighlighted(const QString &id) const;
    bool isFaded(const QString &id) const;
    QPair<double, double> xRange() const;
    QPair<double, double> yRange() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        ChartLine spec;
        QLineSeries *series = nullptr;
        QList<QPointF> points;
        bool reporting = true;
    };

    void showHover(qsizetype line, const QPointF &point, bool entered);
    void restyle();
    void applyPalette();
    const Line *lineOf(const QString &id) const;

    QString m_valueFormat;
    double m_fixedMaximum;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QList<Line> m_lines;
    QSet<QString> m_highlighted;
    QString m_placeholder;
};

} // namespace infralab
