// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"
#include "storage/callstatistics.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace CallScope {

class CallQueryService;
class FigureTile;

// The dashboard a client is shown: over a period of the calls' own dates (today, 7 days, 30 days, all, or
// custom) and the table's filter, the headline figures with their change against the period before, calls
// and outcomes over time, the funnel, compliance over time (its calls one click away), and the rates by
// agent and organization. The numbers come from the store on the reader thread; while they are read, it
// says so instead of showing the old ones. Kept live while shown; each chart can be saved as PNG.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)
public:
    enum class Range { Today, Week, Month, All, Custom };
    Q_ENUM(Range)

    explicit DashboardPanel(CallQueryService *service, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    void setFilter(const CallFilter &filter);
    Range range() const;
    void setRange(Range range);
    void setCustomRange(const QDate &first, const QDate &last);
    // The period the range stands for now (none for All).
    std::optional<StatisticsPeriod> period() const;
    // Something changed in the store: refresh soon (at most once a second), keeping the figures shown.
    void storeChanged();
    const std::optional<CallStatistics> &statistics() const { return m_statistics; }
    bool isUpdating() const;

Q_SIGNALS:
    void updated();
    // "Show those calls": a filter expression for the table.
    void showCallsRequested(const QString &filterText);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct ChartBox {
        QChartView *view = nullptr;
        QLabel *title = nullptr;
    };
    ChartBox addChart(QGridLayout *grid, int row, int column, const QString &title, const QString &pngName, QWidget *extra = nullptr);
    void rangeChanged();
    void refresh(bool showUpdating);
    void showFigures(const CallStatistics &s);
    void savePng(QChartView *view, const QString &name);

    CallQueryService *m_service;
    CallFilter m_filter;
    QTimer m_refresh;
    quint64 m_ticket = 0; // the figures being read; 0 when none is
    std::optional<bool> m_again; // asked again meanwhile (true: saying "updating")
    std::optional<CallStatistics> m_statistics;

    QComboBox *m_rangeBox;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLabel *m_headline;
    QLabel *m_updating = nullptr;
    QStackedWidget *m_pages;
    QList<FigureTile *> m_tiles;
    ChartBox m_overTime, m_funnel, m_compliance, m_agents, m_organizations;
    QToolButton *m_showStopContact;
    QToolButton *m_showHardship;
};

} // namespace CallScope
