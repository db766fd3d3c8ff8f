// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "dashboardpanel.h"

#include "report/headlinetext.h"
#include "storage/callqueryservice.h"
#include "storage/statisticsscope.h"
#include "widgets/countstext.h"
#include "widgets/dashboardcharts.h"
#include "widgets/figuretile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

namespace CallScope {

namespace {

constexpr int kMostGroups = 8; // agents or organizations in a chart

qint64 localMidnightMs(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch(); // not 00:00, which a change of daylight saving time can skip
}

} // namespace

DashboardPanel::DashboardPanel(CallQueryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_filter(CallFilter::compile(u""))
    , m_rangeBox(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_headline(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_showStopContact(new QToolButton(this))
    , m_showHardship(new QToolButton(this))
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(6, 6, 6, 6);

    // The period: a range, and the two days of a custom one.
    auto *bar = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Period:"), this);
    rangeLabel->setBuddy(m_rangeBox);
    m_rangeBox->addItem(tr("Today"), QVariant::fromValue(Range::Today));
    m_rangeBox->addItem(tr("Last 7 days"), QVariant::fromValue(Range::Week));
    m_rangeBox->addItem(tr("Last 30 days"), QVariant::fromValue(Range::Month));
    m_rangeBox->addItem(tr("All calls"), QVariant::fromValue(Range::All));
    m_rangeBox->addItem(tr("Custom…"), QVariant::fromValue(Range::Custom));
    m_rangeBox->setCurrentIndex(int(Range::All));
    m_rangeBox->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setToolTip(countsToolTip());
    bar->addWidget(rangeLabel);
    bar->addWidget(m_rangeBox);
    bar->addWidget(m_fromEdit);
    bar->addWidget(m_toEdit);
    bar->addWidget(m_headline, 1);
    root->addLayout(bar);

    // Page 0 says the numbers are being read; page 1 holds them.
    m_updating = new QLabel(tr("Updating the figures…"), m_pages);
    m_updating->setAlignment(Qt::AlignCenter);
    m_updating->setWordWrap(true);
    m_pages->addWidget(m_updating);
    auto *content = new QWidget(m_pages);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *tiles = new QGridLayout;
    for (int i = 0; i < HeadlineText::Count; ++i) {
        auto *tile = new FigureTile(content);
        m_tiles.append(tile);
        tiles->addWidget(tile, i / 4, i % 4);
    }
    contentLayout->addLayout(tiles);
    auto *charts = new QGridLayout;
    auto *complianceButtons = new QWidget(content);
    auto *buttonsLayout = new QHBoxLayout(complianceButtons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {m_showStopContact, m_showHardship}) {
        button->setParent(complianceButtons);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttonsLayout->addWidget(button);
    }
    m_showStopContact->setObjectName(QStringLiteral("showStopContact"));
    m_showHardship->setObjectName(QStringLiteral("showHardship"));
    m_showStopContact->setText(tr("Show stop-contact calls"));
    m_showHardship->setText(tr("Show hardship calls"));
    m_overTime = addChart(charts, 0, 0, tr("Calls and outcomes over time"), QStringLiteral("calls-over-time.png"));
    m_funnel = addChart(charts, 0, 1, tr("Funnel"), QStringLiteral("funnel.png"));
    m_compliance = addChart(charts, 1, 0, tr("Compliance over time"), QStringLiteral("compliance-over-time.png"), complianceButtons);
    m_agents = addChart(charts, 1, 1, tr("Rates by agent"), QStringLiteral("rates-by-agent.png"));
    m_organizations = addChart(charts, 2, 0, tr("Rates by organization"), QStringLiteral("rates-by-organization.png"));
    contentLayout->addLayout(charts);
    contentLayout->addStretch(1);
    m_pages->addWidget(content);
    root->addWidget(m_pages, 1);

    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, &DashboardPanel::rangeChanged);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (range() == Range::Custom && isVisible())
                refresh(true);
        });
    }
    connect(m_showStopContact, &QToolButton::clicked, this,
            [this] { Q_EMIT showCallsRequested(StatisticsScope::stopContactFilter(m_filter.text(), period())); });
    connect(m_showHardship, &QToolButton::clicked, this,
            [this] { Q_EMIT showCallsRequested(StatisticsScope::hardshipFilter(m_filter.text(), period())); });

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] { refresh(false); });
    connect(m_service, &CallQueryService::statisticsReady, this,
            [this](quint64 ticket, const std::optional<CallStatistics> &s, const QString &error) {
                if (ticket != m_ticket)
                    return;
                m_ticket = 0;
                // Asked again while this was read: the figures are already old, so ask once more now (one
                // request at a time: a store changing faster than it is counted never queues up reads).
                if (m_again) {
                    const bool showUpdating = *m_again;
                    m_again.reset();
                    refresh(showUpdating);
                    return;
                }
                if (!s) {
                    m_updating->setText(tr("The figures could not be read: %1").arg(error));
                    m_headline->clear();
                    return;
                }
                m_statistics = s;
                showFigures(*s);
                Q_EMIT updated();
            });
}

DashboardPanel::~DashboardPanel() = default;

DashboardPanel::ChartBox DashboardPanel::addChart(QGridLayout *grid, int row, int column, const QString &title, const QString &pngName, QWidget *extra)
{
    ChartBox box;
    auto *frame = new QWidget(grid->parentWidget());
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    box.title = new QLabel(title, frame);
    QFont bold = box.title->font();
    bold.setBold(true);
    box.title->setFont(bold);
    header->addWidget(box.title);
    header->addStretch(1);
    if (extra)
        header->addWidget(extra);
    auto *save = new QToolButton(frame);
    save->setText(tr("Save as PNG…"));
    save->setAccessibleName(tr("Save the chart %1 as PNG").arg(title));
    header->addWidget(save);
    layout->addLayout(header);
    box.view = new QChartView(frame);
    box.view->setRenderHint(QPainter::Antialiasing);
    box.view->setMinimumHeight(240);
    box.view->setAccessibleName(title);
    box.view->setFocusPolicy(Qt::TabFocus); // its summary is read when it takes focus
    layout->addWidget(box.view);
    grid->addWidget(frame, row, column);
    connect(save, &QToolButton::clicked, this, [this, view = box.view, pngName] { savePng(view, pngName); });
    return box;
}

void DashboardPanel::setFilter(const CallFilter &filter)
{
    m_filter = filter;
    if (isVisible())
        refresh(true);
}

DashboardPanel::Range DashboardPanel::range() const
{
    return m_rangeBox->currentData().value<Range>();
}

void DashboardPanel::setRange(Range range)
{
    m_rangeBox->setCurrentIndex(int(range)); // rangeChanged() follows when it changes
}

void DashboardPanel::rangeChanged()
{
    m_fromEdit->setVisible(range() == Range::Custom);
    m_toEdit->setVisible(range() == Range::Custom);
    if (isVisible())
        refresh(true);
}

void DashboardPanel::setCustomRange(const QDate &first, const QDate &last)
{
    {
        // Both days, then one reading of the figures (not one per edit).
        const QSignalBlocker blockFrom(m_fromEdit);
        const QSignalBlocker blockTo(m_toEdit);
        m_fromEdit->setDate(first);
        m_toEdit->setDate(last);
    }
    if (range() == Range::Custom && isVisible())
        refresh(true);
}

std::optional<StatisticsPeriod> DashboardPanel::period() const
{
    const QDate today = QDate::currentDate();
    const auto days = [](const QDate &first, const QDate &last) {
        return StatisticsPeriod{localMidnightMs(first), localMidnightMs(last.addDays(1))};
    };
    // A range that ends today ends now: "today so far" is compared with yesterday up to the same hour.
    const auto untilNow = [&](const QDate &first) { return StatisticsPeriod{localMidnightMs(first), QDateTime::currentMSecsSinceEpoch() + 1}; };
    const QDate first = std::min(m_fromEdit->date(), m_toEdit->date());
    const QDate last = std::max(m_fromEdit->date(), m_toEdit->date());
    switch (range()) {
    case Range::Today:
        return untilNow(today);
    case Range::Week:
        return untilNow(today.addDays(-6));
    case Range::Month:
        return untilNow(today.addDays(-29));
    case Range::Custom:
        return days(first, last);
    case Range::All:
        break;
    }
    return std::nullopt;
}

bool DashboardPanel::isUpdating() const
{
    return m_pages->currentIndex() == 0;
}

void DashboardPanel::storeChanged()
{
    if (isVisible() && !m_refresh.isActive())
        m_refresh.start();
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(true);
}

void DashboardPanel::refresh(bool showUpdating)
{
    // A new period or filter: no figure of the old one stays on screen while the new ones are read.
    if (showUpdating) {
        m_pages->setCurrentIndex(0);
        m_updating->setText(tr("Updating the figures…"));
        m_headline->setText(tr("Updating…"));
    }
    if (m_ticket) {
        m_again = m_again.value_or(false) || showUpdating;
        return;
    }
    m_ticket = m_service->computeStatistics(m_filter, period());
}

void DashboardPanel::showFigures(const CallStatistics &s)
{
    const QLocale locale;
    QString scope = m_rangeBox->currentText();
    if (const std::optional<StatisticsPeriod> shown = s.period; shown && range() == Range::Custom)
        scope = tr("%1 to %2").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(shown->fromMs).date(), QLocale::ShortFormat),
                                   locale.toString(QDateTime::fromMSecsSinceEpoch(shown->toMs - 1).date(), QLocale::ShortFormat));
    // Without a period, the store's counts (as the status bar gives them); with one, the period's calls, the
    // number the Calls tile shows: never two different call counts side by side.
    const QString calls = !s.period               ? countsText(s.counts)
                          : s.headline.calls == 1 ? tr("1 call")
                                                  : tr("%1 calls").arg(locale.toString(s.headline.calls));
    m_headline->setText(tr("%1%2 · %3 · by %4")
                            .arg(calls, m_filter.matchesEverything() ? QString() : tr(" (filtered)"), scope, TimeBuckets::name(s.bucket)));
    const QList<HeadlineText> figures = HeadlineText::of(s.headline, s.previous);
    for (qsizetype i = 0; i < m_tiles.size() && i < figures.size(); ++i)
        m_tiles[i]->setFigure(figures[i]);

    const auto place = [](ChartBox &box, const DashboardCharts::Chart &chart) {
        QChart *old = box.view->chart();
        box.view->setChart(chart.chart);
        delete old;
        box.view->setAccessibleDescription(chart.summary);
        box.view->setToolTip(chart.summary);
    };
    place(m_overTime, DashboardCharts::outcomesOverTime(s));
    place(m_funnel, DashboardCharts::funnel(s.headline));
    place(m_compliance, DashboardCharts::complianceOverTime(s));
    place(m_agents, DashboardCharts::rates(s.agentRates, kMostGroups));
    place(m_organizations, DashboardCharts::rates(s.organizationRates, kMostGroups));
    // Each rate chart grows with its groups, so that no name is squeezed.
    m_agents.view->setMinimumHeight(std::max<int>(240, 90 + 34 * int(std::min<qsizetype>(s.agentRates.size(), kMostGroups))));
    m_organizations.view->setMinimumHeight(std::max<int>(240, 90 + 34 * int(std::min<qsizetype>(s.organizationRates.size(), kMostGroups))));
    m_pages->setCurrentIndex(1);
}

void DashboardPanel::savePng(QChartView *view, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), name, tr("PNG image (*.png)"));
    if (!path.isEmpty())
        view->grab().save(path, "PNG");
}

} // namespace CallScope
