// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportdata.h"
#include "report/reportoptions.h"

class QPdfWriter;

namespace CallScope {

class ReportLayout;

// The report's content, section by section: the cover with the headline figures, the charts, the
// compliance table and the top outcomes. It says what is shown; ReportLayout and ReportCharts draw it.
class ReportDocument final
{
public:
    ReportDocument(const ReportData &data, const ReportOptions &options);

    // Draws every page on `writer`; returns the number of pages. `totalPages` 0 when not known yet.
    int render(QPdfWriter &writer, int totalPages) const;

    QString title() const;

private:
    void cover(ReportLayout &layout) const;
    void headline(ReportLayout &layout) const;
    void overTime(ReportLayout &layout) const;
    void funnel(ReportLayout &layout) const;
    void rates(ReportLayout &layout) const;
    void compliance(ReportLayout &layout) const;
    void topOutcomes(ReportLayout &layout) const;
    QString periodText() const;

    const ReportData &m_data;
    const ReportOptions &m_options;
};

} // namespace CallScope
