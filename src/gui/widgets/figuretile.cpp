// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "figuretile.h"

#include "report/headlinetext.h"

#include <QLabel>
#include <QVBoxLayout>

namespace CallScope {

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_value(new QLabel(this))
    , m_delta(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // a screen reader's user tabs through the figures
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    for (QLabel *label : {m_label, m_value, m_delta}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    m_label->setWordWrap(true); // a long name wraps, never cut
    m_delta->setWordWrap(true);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QPalette muted = m_delta->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_delta->setPalette(muted);
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FigureTile::setFigure(const HeadlineText &figure)
{
    m_label->setText(figure.label);
    m_value->setText(figure.value);
    // ▲ / ▼ beside the words: the direction is read, not only seen in a colour.
    const QString arrow = figure.sign > 0 ? QStringLiteral("▲ ") : figure.sign < 0 ? QStringLiteral("▼ ") : QString();
    m_delta->setText(figure.delta.isEmpty() ? QString() : arrow + figure.delta);
    m_delta->setVisible(!figure.delta.isEmpty());
    setAccessibleName(figure.label);
    setAccessibleDescription(figure.delta.isEmpty() ? figure.value : tr("%1, %2").arg(figure.value, figure.delta));
    setToolTip(figure.delta.isEmpty() ? QString() : figure.delta);
}

void FigureTile::setUpdating(const QString &label)
{
    m_label->setText(label);
    m_value->setText(tr("…"));
    m_delta->clear();
    setAccessibleName(label);
    setAccessibleDescription(tr("Updating"));
}

} // namespace CallScope
