// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reportcharts.h"

#include "domain/niceaxis.h"
#include "report/reportlayout.h"
#include "report/reportstyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace CallScope::ReportCharts {

namespace {

constexpr qreal BarRow = 16;

qint64 largest(const QList<Series> &series)
{
    qint64 m = 0;
    for (const Series &s : series) {
        for (const qint64 v : s.values)
            m = qMax(m, v);
    }
    return m;
}

void legend(QPainter &painter, const QRectF &rect, const QList<Series> &series)
{
    painter.setFont(ReportLayout::font(7));
    qreal x = rect.left();
    for (qsizetype i = 0; i < series.size(); ++i) {
        painter.fillRect(QRectF(x, rect.top() + 2, 8, 8), ReportStyle::series(int(i)));
        painter.setPen(ReportStyle::ink());
        const qreal w = painter.fontMetrics().horizontalAdvance(series[i].name);
        painter.drawText(QRectF(x + 11, rect.top(), w + 2, 12), Qt::AlignLeft | Qt::AlignVCenter, series[i].name);
        x += 11 + w + 14;
    }
}

} // namespace

void columns(QPainter &painter, const QRectF &rect, const QStringList &labels, const QList<Series> &series)
{
    painter.save();
    const QLocale locale;
    const NiceAxis axis = NiceAxis::forMaximum(largest(series));
    painter.setFont(ReportLayout::font(7));
    const QFontMetricsF fm(painter.font());
    const qreal axisWidth = fm.horizontalAdvance(locale.toString(axis.max)) + 6;
    const qreal legendHeight = series.size() > 1 ? 14 : 0;
    const QRectF plot = rect.adjusted(axisWidth, legendHeight + fm.height() / 2, 0, -fm.height() - 4);
    if (legendHeight)
        legend(painter, QRectF(plot.left(), rect.top(), plot.width(), legendHeight), series);

    painter.setFont(ReportLayout::font(7));
    for (const qint64 tick : axis.ticks()) {
        const qreal y = plot.bottom() - plot.height() * double(tick) / double(axis.max);
        painter.setPen(QPen(ReportStyle::rule(), tick ? 0.3 : 0.8));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ReportStyle::muted());
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axisWidth - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         locale.toString(tick));
    }
    const qsizetype n = labels.size();
    if (n == 0) {
        painter.restore();
        return;
    }
    const qreal slot = plot.width() / qreal(n);
    const qreal groupWidth = slot * 0.8;
    const qreal barWidth = groupWidth / qreal(qMax<qsizetype>(1, series.size()));
    for (qsizetype s = 0; s < series.size(); ++s) {
        for (qsizetype i = 0; i < n && i < series[s].values.size(); ++i) {
            const qreal h = plot.height() * double(series[s].values[i]) / double(axis.max);
            const qreal x = plot.left() + slot * qreal(i) + (slot - groupWidth) / 2 + barWidth * qreal(s);
            painter.fillRect(QRectF(x, plot.bottom() - h, barWidth, h), ReportStyle::series(int(s)));
        }
    }
    // Every k-th label, k the fewest that keeps them apart.
    qreal widest = 0;
    for (const QString &label : labels)
        widest = qMax(widest, fm.horizontalAdvance(label));
    const qsizetype every = qMax<qsizetype>(1, qsizetype(std::ceil((widest + 6) / slot)));
    painter.setPen(ReportStyle::muted());
    for (qsizetype i = 0; i < n; i += every) {
        const qreal centre = plot.left() + slot * (qreal(i) + 0.5);
        QRectF box(centre - widest / 2 - 3, plot.bottom() + 3, widest + 6, fm.height());
        // The first and last labels stay inside the chart rather than spill past its edges.
        box.moveLeft(qBound(rect.left(), box.left(), rect.right() - box.width()));
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, labels[i]);
    }
    painter.restore();
}

qreal barsHeight(qsizetype count)
{
    return BarRow * qreal(qMax<qsizetype>(1, count));
}

void bars(QPainter &painter, const QRectF &rect, const QList<Bar> &rows, const QColor &colour)
{
    painter.save();
    painter.setFont(ReportLayout::font(8));
    const QFontMetricsF fm(painter.font());
    qreal labelWidth = 0;
    qreal textWidth = 0;
    qint64 top = 1;
    for (const Bar &row : rows) {
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(row.label));
        textWidth = qMax(textWidth, fm.horizontalAdvance(row.text));
        top = qMax(top, row.value);
    }
    labelWidth = qMin(labelWidth + 8, rect.width() * 0.3); // a long name is elided, never over the bars
    const qreal barSpace = qMax<qreal>(20, rect.width() - labelWidth - textWidth - 8);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Bar &row = rows[i];
        const qreal y = rect.top() + BarRow * qreal(i);
        painter.setPen(ReportStyle::ink());
        painter.drawText(QRectF(rect.left(), y, labelWidth - 8, BarRow), Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(row.label, Qt::ElideRight, labelWidth - 8));
        const qreal w = barSpace * double(row.value) / double(top);
        painter.fillRect(QRectF(rect.left() + labelWidth, y + 3, w, BarRow - 6), colour);
        painter.drawText(QRectF(rect.left() + labelWidth + w + 4, y, textWidth + 4, BarRow), Qt::AlignLeft | Qt::AlignVCenter, row.text);
    }
    painter.restore();
}

} // namespace CallScope::ReportCharts
