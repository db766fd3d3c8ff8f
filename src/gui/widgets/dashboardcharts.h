// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/callstatistics.h"

#include <QString>

#include <QtCharts/QChart>

namespace CallScope::DashboardCharts {

// The dashboard's charts, built from the statistics' figures (the report draws the same figures in its
// own, printed, way). Count axes are NiceAxis's round ticks; the time axis labels a bucket in k, k the fewest
// that keeps labels apart; a name is never cut, the chart grows or wraps it. Each comes with a summary of
// its figures in words, the chart's accessible description (a screen reader cannot read a picture).
struct Chart {
    QChart *chart = nullptr; // the caller owns it (a QChartView takes it)
    QString summary;
};

// Calls a bucket as columns, and the right-party contacts, promises to pay and payments as lines.
Chart outcomesOverTime(const CallStatistics &s);
// Calls → right party → promise to pay or plan → payment made, each with its share of the calls.
Chart funnel(const HeadlineFigures &h);
// Right-party and promise-to-pay rates by group (agents or organizations), each labelled with its calls.
Chart rates(const QList<GroupRates> &groups, int most);
// Stop-contact and hardship calls a bucket.
Chart complianceOverTime(const CallStatistics &s);

} // namespace CallScope::DashboardCharts
