// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "dashboardcharts.h"

#include "domain/niceaxis.h"
#include "domain/timebuckets.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace CallScope::DashboardCharts {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::DashboardCharts)
};

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

// A count axis with round ticks (0, 25,000, 50,000 … or 0, 1, 2, 3), never the odd values a range split
// in four gives.
QValueAxis *countAxis(qint64 largest)
{
    const NiceAxis nice = NiceAxis::forMaximum(largest);
    auto *axis = new QValueAxis;
    axis->setRange(0, double(nice.max));
    axis->setTickCount(int(nice.max / nice.step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

// The time axis: bucket i at x = i, a label every k buckets, k the fewest that keeps them from touching.
QCategoryAxis *timeAxis(const CallStatistics &s)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = s.timeline.size();
    axis->setRange(-0.5, double(std::max<qsizetype>(n, 1)) - 0.5);
    const qsizetype every = n <= 8 ? 1 : n <= 16 ? 2 : n <= 35 ? 5 : n <= 72 ? 6 : qsizetype(std::ceil(double(n) / 12));
    for (qsizetype i = 0; i < n; i += every)
        axis->append(TimeBuckets::label(s.bucket, s.timeline[i].startMs), double(i));
    axis->setGridLineVisible(false);
    return axis;
}

using Field = qint64 TimelineBucket::*;

QLineSeries *line(const QString &name, const QList<TimelineBucket> &timeline, Field field)
{
    auto *series = new QLineSeries;
    series->setName(name);
    for (qsizetype i = 0; i < timeline.size(); ++i)
        series->append(double(i), double(timeline[i].*field));
    return series;
}

qint64 largest(const QList<TimelineBucket> &timeline, std::initializer_list<Field> fields)
{
    qint64 top = 0;
    for (const TimelineBucket &b : timeline) {
        for (const Field f : fields)
            top = std::max(top, b.*f);
    }
    return top;
}

// "Busiest day: Mar 3, 112 calls."
QString busiest(const CallStatistics &s, Field field, const QString &what)
{
    const auto top = std::max_element(s.timeline.cbegin(), s.timeline.cend(), [field](const auto &a, const auto &b) { return a.*field < b.*field; });
    if (top == s.timeline.cend() || (*top).*field == 0)
        return Text::tr("No %1.").arg(what);
    return Text::tr("Most %1 in the %2 of %3: %4.").arg(what, TimeBuckets::name(s.bucket), TimeBuckets::label(s.bucket, top->startMs), QLocale().toString((*top).*field));
}

} // namespace

Chart outcomesOverTime(const CallStatistics &s)
{
    QChart *chart = newChart();
    auto *bars = new QBarSeries;
    auto *calls = new QBarSet(Text::tr("Calls"));
    for (const TimelineBucket &b : s.timeline)
        *calls << double(b.calls);
    bars->append(calls);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    const QList<QLineSeries *> lines{line(Text::tr("Right party"), s.timeline, &TimelineBucket::rightParty),
                                     line(Text::tr("Promise to pay"), s.timeline, &TimelineBucket::promiseToPay),
                                     line(Text::tr("Payment made"), s.timeline, &TimelineBucket::paymentsMade)};
    for (QLineSeries *l : lines)
        chart->addSeries(l);
    QCategoryAxis *x = timeAxis(s);
    QValueAxis *y = countAxis(largest(s.timeline, {&TimelineBucket::calls}));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    const QLocale locale;
    return {chart, Text::tr("%1 calls in %2 buckets of one %3: %4 right-party contacts, %5 promises to pay, %6 payments made. %7")
                       .arg(locale.toString(s.headline.calls), locale.toString(s.timeline.size()), TimeBuckets::name(s.bucket),
                            locale.toString(s.headline.rightParty), locale.toString(s.headline.promiseToPay), locale.toString(s.headline.paymentsMade),
                            busiest(s, &TimelineBucket::calls, Text::tr("calls")))};
}

Chart funnel(const HeadlineFigures &h)
{
    QChart *chart = newChart();
    const QList<qint64> stages = h.funnel();
    const QStringList names{Text::tr("Calls"), Text::tr("Right party"), Text::tr("Promise to pay or plan"), Text::tr("Payment made")};
    auto *set = new QBarSet(Text::tr("Calls"));
    QStringList categories;
    QStringList words;
    // Top to bottom: a horizontal chart draws its first category at the bottom.
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        *set << double(stages[i]);
        const QString text = Text::tr("%1: %2 (%3)").arg(names[i], QLocale().toString(stages[i]), percent(h.rate(stages[i])));
        categories.append(text);
        words.prepend(text);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(h.calls);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->hide();
    return {chart, words.join(QLatin1String("; ")) + QLatin1Char('.')};
}

Chart rates(const QList<GroupRates> &groups, int most)
{
    QChart *chart = newChart();
    auto *rightParty = new QBarSet(Text::tr("Right-party rate"));
    auto *promise = new QBarSet(Text::tr("Promise-to-pay rate"));
    QStringList categories;
    QStringList words;
    const QList<GroupRates> shown = groups.mid(0, most);
    for (qsizetype i = shown.size() - 1; i >= 0; --i) {
        const GroupRates &g = shown[i];
        *rightParty << 100.0 * g.rate(g.rightParty);
        *promise << 100.0 * g.rate(g.promiseToPay);
        // A name is kept whole: the axis wraps it at its spaces, the chart grows to hold it.
        categories.append(Text::tr("%1 (%2 calls)").arg(g.name, QLocale().toString(g.calls)));
        words.prepend(Text::tr("%1, %2 calls: right party %3, promise to pay %4")
                          .arg(g.name, QLocale().toString(g.calls), percent(g.rate(g.rightParty)), percent(g.rate(g.promiseToPay))));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(rightParty);
    series->append(promise);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    if (groups.size() > most)
        words.append(Text::tr("and %n more", nullptr, int(groups.size() - most)));
    return {chart, words.isEmpty() ? Text::tr("No calls.") : words.join(QLatin1String("; ")) + QLatin1Char('.')};
}

Chart complianceOverTime(const CallStatistics &s)
{
    QChart *chart = newChart();
    auto *bars = new QBarSeries;
    auto *stop = new QBarSet(Text::tr("Stop-contact"));
    auto *hardship = new QBarSet(Text::tr("Hardship"));
    qint64 stopTotal = 0, hardshipTotal = 0;
    for (const TimelineBucket &b : s.timeline) {
        *stop << double(b.stopContact);
        *hardship << double(b.hardship);
        stopTotal += b.stopContact;
        hardshipTotal += b.hardship;
    }
    bars->append(stop);
    bars->append(hardship);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);
    QCategoryAxis *x = timeAxis(s);
    QValueAxis *y = countAxis(largest(s.timeline, {&TimelineBucket::stopContact, &TimelineBucket::hardship}));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return {chart, Text::tr("%1 calls with a stop-contact flag and %2 with a hardship flag. %3")
                       .arg(QLocale().toString(stopTotal), QLocale().toString(hardshipTotal), busiest(s, &TimelineBucket::stopContact, Text::tr("stop-contact calls")))};
}

} // namespace CallScope::DashboardCharts
