// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "filter/callfilter.h"
#include "storage/callstatistics.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QChartView;

namespace Ui {
class DashboardPanel;
}

namespace CallScope {

class CallQueryService;

// The dashboard over the table's filter, kept live while shown: the headline rates, calls by day, the
// duration distribution, plan types and compliance flags as Qt Charts (each can be saved as PNG), and
// calls by organization and agent. The numbers come from SQLite on the reader thread.
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)
public:
    explicit DashboardPanel(CallQueryService *service, QWidget *parent = nullptr);
    ~DashboardPanel() override;

    void setFilter(const CallFilter &filter);
    // Something changed in the store: refresh soon (at most once a second).
    void storeChanged();
    const std::optional<CallStatistics> &statistics() const { return m_statistics; }

Q_SIGNALS:
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void show(const CallStatistics &s);
    void savePng(QChartView *view, const QString &name);

    CallQueryService *m_service;
    CallFilter m_filter;
    QTimer m_refresh;
    quint64 m_ticket = 0;
    std::optional<CallStatistics> m_statistics;
    std::unique_ptr<Ui::DashboardPanel> m_ui;
};

} // namespace CallScope
