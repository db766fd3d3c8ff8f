// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "severitylegend.h"

#include "models/outcomebadges.h"

#include <QHBoxLayout>
#include <QLabel>

namespace CallScope {

SeverityLegend::SeverityLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const auto add = [&](const QColor &colour, const QString &text) {
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(12, 12);
        swatch->setAutoFillBackground(true);
        QPalette p = swatch->palette();
        p.setColor(QPalette::Window, colour);
        swatch->setPalette(p);
        swatch->setFrameShape(QFrame::Box);
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(swatch);
        layout->addWidget(label);
        layout->addSpacing(10);
    };
    add(SeverityColours::rowBackground(Severity::StopContact), tr("stop contact"));
    add(SeverityColours::invalidBackground(), tr("invalid or conflicting"));
    add(SeverityColours::rowBackground(Severity::Positive), tr("payment or plan"));
    add(SeverityColours::rowBackground(Severity::Reachability), tr("wrong party or number"));
    layout->addStretch(1);
}

} // namespace CallScope
