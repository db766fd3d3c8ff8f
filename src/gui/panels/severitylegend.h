// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace CallScope {

// What the row colours of the calls table mean, from the same colours the model uses.
class SeverityLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityLegend)
public:
    explicit SeverityLegend(QWidget *parent = nullptr);
};

} // namespace CallScope
