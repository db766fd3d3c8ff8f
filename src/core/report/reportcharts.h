// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace CallScope::ReportCharts {

// One series of a column chart.
struct Series {
    QString name;
    QList<qint64> values; // one per label
};

// Columns over a category axis (time buckets): each label's series side by side, a round count axis
// (NiceAxis) with gridlines, labels thinned so that they never overlap, and a legend when there are
// several series.
void columns(QPainter &painter, const QRectF &rect, const QStringList &labels, const QList<Series> &series);

// One horizontal bar a row: the label on the left, the bar scaled to the largest value, and `texts` (the
// count, a rate) at the bar's end.
struct Bar {
    QString label;
    qint64 value = 0;
    QString text;
};
void bars(QPainter &painter, const QRectF &rect, const QList<Bar> &rows, const QColor &colour);
// The height bars() needs for `count` rows.
qreal barsHeight(qsizetype count);

} // namespace CallScope::ReportCharts
