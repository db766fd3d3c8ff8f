// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "outcomebadgedelegate.h"

#include "models/calltablemodel.h"
#include "models/outcomebadges.h"

#include <QApplication>
#include <QPainter>

namespace CallScope {

namespace {
constexpr int kPadding = 4;
constexpr int kGap = 3;

QFont badgeFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.8);
    f.setBold(true);
    return f;
}
} // namespace

void OutcomeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto badges = index.data(CallTableModel::BadgesRole).value<QList<OutcomeBadge>>();
    // The cell's background and selection as any other cell, without its text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (badges.isEmpty())
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = badgeFont(option.font);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int height = fm.height() + 2;
    const QRect cell = option.rect.adjusted(kGap, 0, -kGap, 0);
    int x = cell.left();
    const int y = cell.top() + (cell.height() - height) / 2;
    for (const OutcomeBadge &b : badges) {
        const int width = fm.horizontalAdvance(b.text) + 2 * kPadding;
        if (x + width > cell.right()) {
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(QRect(x, y, cell.right() - x, height), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("…"));
            break;
        }
        const QRect r(x, y, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(SeverityColours::badge(b.severity));
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(r, Qt::AlignCenter, b.text);
        x += width + kGap;
    }
    painter->restore();
}

QSize OutcomeBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto badges = index.data(CallTableModel::BadgesRole).value<QList<OutcomeBadge>>();
    const QFontMetrics fm(badgeFont(option.font));
    int width = kGap;
    for (const OutcomeBadge &b : badges)
        width += fm.horizontalAdvance(b.text) + 2 * kPadding + kGap;
    return {std::max(width, 80), fm.height() + 6};
}

} // namespace CallScope
