// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "dashboardpanel.h"
#include "ui_dashboardpanel.h"

#include "storage/callqueryservice.h"
#include "widgets/countstext.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QPieSeries>
#include <QtCharts/QValueAxis>
#include <QFileDialog>
#include <QLocale>

namespace CallScope {

namespace {

// A bar chart of labelled counts, replacing the view's chart.
void setBars(QChartView *view, const QList<QPair<QString, qint64>> &values)
{
    auto *chart = new QChart;
    auto *set = new QBarSet(QString());
    QStringList categories;
    qint64 top = 1;
    for (const auto &[label, count] : values) {
        *set << double(count);
        categories.append(label);
        top = std::max(top, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, double(top));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

DashboardPanel::DashboardPanel(CallQueryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_filter(CallFilter::compile(u""))
    , m_ui(std::make_unique<Ui::DashboardPanel>())
{
    m_ui->setupUi(this);
    for (QChartView *view : {m_ui->byDayView, m_ui->durationsView, m_ui->planTypesView, m_ui->complianceView})
        view->setRenderHint(QPainter::Antialiasing);
    connect(m_ui->byDaySave, &QToolButton::clicked, this, [this] { savePng(m_ui->byDayView, QStringLiteral("calls-by-day.png")); });
    connect(m_ui->durationsSave, &QToolButton::clicked, this, [this] { savePng(m_ui->durationsView, QStringLiteral("durations.png")); });
    connect(m_ui->planTypesSave, &QToolButton::clicked, this, [this] { savePng(m_ui->planTypesView, QStringLiteral("plan-types.png")); });
    connect(m_ui->complianceSave, &QToolButton::clicked, this, [this] { savePng(m_ui->complianceView, QStringLiteral("compliance.png")); });
    m_ui->breakdownView->setHeaderLabels({tr("Organization / agent"), tr("Calls")});
    m_ui->headlineLabel->setToolTip(countsToolTip());
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &DashboardPanel::refresh);
    connect(m_service, &CallQueryService::statisticsReady, this,
            [this](quint64 ticket, const std::optional<CallStatistics> &s, const QString &error) {
                if (ticket != m_ticket)
                    return;
                m_ticket = 0;
                if (!s) {
                    m_ui->headlineLabel->setText(tr("The numbers could not be read: %1").arg(error));
                    return;
                }
                m_statistics = s;
                show(*s);
                Q_EMIT updated();
            });
}

DashboardPanel::~DashboardPanel() = default;

void DashboardPanel::setFilter(const CallFilter &filter)
{
    m_filter = filter;
    if (isVisible())
        refresh();
}

void DashboardPanel::storeChanged()
{
    if (isVisible() && !m_refresh.isActive())
        m_refresh.start();
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPanel::refresh()
{
    m_ticket = m_service->computeStatistics(m_filter);
}

void DashboardPanel::show(const CallStatistics &s)
{
    const QLocale locale;
    // -> QString: with QT_USE_QSTRINGBUILDER, "auto" would return a builder over a destroyed temporary (ASan).
    const auto percent = [&](qint64 part) -> QString { return locale.toString(100.0 * s.rate(part), 'f', 1) + QLatin1Char('%'); };
    const qint64 averageS = s.averageDurationMs() / 1000;
    m_ui->headlineLabel->setText(
        tr("%1%2 · right-party contact %3 · promise to pay %4 · payments made %5, failed %6 · Spanish %7 · average duration %8:%9")
            .arg(countsText(s.counts), m_filter.matchesEverything() ? QString() : tr(" (filtered)"), percent(s.rightParty), percent(s.promiseToPay))
            .arg(locale.toString(s.paymentsMade), locale.toString(s.paymentsFailed), locale.toString(s.spanish))
            .arg(averageS / 60)
            .arg(averageS % 60, 2, 10, QLatin1Char('0')));

    setBars(m_ui->byDayView, s.byDay.size() > 31 ? s.byDay.mid(s.byDay.size() - 31) : s.byDay);
    QList<QPair<QString, qint64>> minutes;
    for (int i = 0; i < s.durationBuckets.size(); ++i)
        minutes.append({i == s.durationBuckets.size() - 1 ? QStringLiteral("%1+").arg(i) : QString::number(i), s.durationBuckets[i]});
    setBars(m_ui->durationsView, minutes);
    QList<QPair<QString, qint64>> flags;
    for (const auto &[key, count] : s.complianceFlags) {
        if (const OutcomeInfo *info = OutcomeCatalogue::find(key))
            flags.append({OutcomeCatalogue::label(*info), count});
    }
    setBars(m_ui->complianceView, flags);

    auto *pie = new QChart;
    auto *series = new QPieSeries;
    for (const auto &[type, count] : s.planTypes)
        series->append(QStringLiteral("%1 (%2)").arg(type).arg(count), double(count));
    pie->addSeries(series);
    pie->legend()->setAlignment(Qt::AlignRight);
    pie->setMargins(QMargins(2, 2, 2, 2));
    QChart *old = m_ui->planTypesView->chart();
    m_ui->planTypesView->setChart(pie);
    delete old;

    m_ui->breakdownView->clear();
    const auto group = [this](const QString &title, const QList<QPair<QString, qint64>> &rows) {
        auto *top = new QTreeWidgetItem(m_ui->breakdownView, {title});
        for (const auto &[name, count] : rows)
            new QTreeWidgetItem(top, {name, QString::number(count)});
        top->setExpanded(true);
    };
    group(tr("By organization"), s.byOrganization);
    group(tr("By agent"), s.byAgent);
    m_ui->breakdownView->resizeColumnToContents(0);
}

void DashboardPanel::savePng(QChartView *view, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), name, tr("PNG image (*.png)"));
    if (!path.isEmpty())
        view->grab().save(path, "PNG");
}

} // namespace CallScope
