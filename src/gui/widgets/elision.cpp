// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "elision.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QPainter>
#include <QApplication>
#include <QStyle>

namespace CallScope {

QString elideAtWord(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    // The longest run of whole words that fits with the ellipsis.
    for (qsizetype space = text.lastIndexOf(QLatin1Char(' ')); space > 0; space = text.lastIndexOf(QLatin1Char(' '), space - 1)) {
        QString candidate = text.left(space);
        // No dangling separator before the ellipsis ("ok ·…").
        while (!candidate.isEmpty() && (candidate.back().isSpace() || candidate.back().isPunct() || candidate.back() == QChar(0x00B7)))
            candidate.chop(1);
        if (candidate.isEmpty())
            break;
        candidate += ellipsis;
        if (metrics.horizontalAdvance(candidate) <= width)
            return candidate;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

namespace {

// Paints a label's text elided when it does not fit; otherwise QLabel paints it (selection included).
class ElidingPainter final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        auto *label = static_cast<QLabel *>(watched);
        const QRect area = label->contentsRect();
        const QString text = label->text();
        if (text.contains(QLatin1Char('\n')) || label->fontMetrics().horizontalAdvance(text) <= area.width())
            return false;
        QPainter painter(label);
        const QString shown = elideAtWord(text, label->fontMetrics(), area.width());
        label->style()->drawItemText(&painter, area, int(label->alignment()), label->palette(), label->isEnabled(), shown, label->foregroundRole());
        return true;
    }
};

} // namespace

void elideWhenCut(QLabel *label)
{
    static ElidingPainter *painter = nullptr;
    // One filter for every label; it lives as long as the application (a label's parent may go first).
    if (!painter)
        painter = new ElidingPainter(qApp);
    label->installEventFilter(painter);
}

} // namespace CallScope
