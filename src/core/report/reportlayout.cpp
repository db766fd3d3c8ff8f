// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reportlayout.h"

#include "report/reportstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace CallScope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::Report)
};

constexpr qreal Margin = 48; // two thirds of an inch: room for a printer's unprintable edge
constexpr qreal BandHeight = 22; // header and footer bands
constexpr qreal CellPadding = 4;
constexpr int CellFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

ReportLayout::ReportLayout(QPdfWriter &writer, QPainter &painter, QString header, QString footer, int totalPages)
    : m_writer(writer)
    , m_painter(painter)
    , m_header(std::move(header))
    , m_footer(std::move(footer))
    , m_totalPages(totalPages)
{
    const QRectF page(0, 0, writer.width(), writer.height());
    m_content = page.adjusted(Margin, Margin + BandHeight, -Margin, -Margin - BandHeight);
    decorate();
}

QFont ReportLayout::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Vector text in a PDF: hinting would bend glyphs to a screen's pixel grid that paper does not have.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: with them, "figures" is copied out of the PDF (and found by a search) as "ﬁgures". Qt 6.4
    // has no QFont::setFeature to turn ligatures alone off; a letter spacing does not stop them either.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void ReportLayout::decorate()
{
    m_y = m_content.top();
    const qreal left = m_content.left();
    const qreal right = m_content.right();
    m_painter.save();
    m_painter.setPen(ReportStyle::muted());
    m_painter.setFont(font(8));
    const QRectF header(left, Margin, m_content.width(), BandHeight - 6);
    m_painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_header);
    m_painter.setPen(QPen(ReportStyle::rule(), 0.5));
    m_painter.drawLine(QPointF(left, Margin + BandHeight - 4), QPointF(right, Margin + BandHeight - 4));
    const qreal footerTop = m_content.bottom() + 6;
    m_painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    m_painter.setPen(ReportStyle::muted());
    const QRectF footer(left, footerTop + 2, m_content.width(), BandHeight - 6);
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_footer);
    const QString pageText = m_totalPages ? Text::tr("Page %1 of %2").arg(m_page).arg(m_totalPages) : Text::tr("Page %1").arg(m_page);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
    m_painter.restore();
}

void ReportLayout::newPage()
{
    m_writer.newPage();
    ++m_page;
    decorate();
}

QRectF ReportLayout::take(qreal height, qreal gap)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
    const QRectF block(m_content.left(), m_y, m_content.width(), height);
    m_y += height + gap;
    return block;
}

void ReportLayout::title(const QString &text)
{
    m_painter.setFont(font(24, true));
    m_painter.setPen(ReportStyle::ink());
    const QRectF r = take(m_painter.fontMetrics().height() * 1.3, 6);
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
}

void ReportLayout::heading(const QString &text, qreal keepWith)
{
    // Kept with the start of what follows it: a heading alone at the foot of a page reads as a mistake.
    if (m_y + 30 + keepWith > m_content.bottom())
        newPage();
    m_painter.setFont(font(14, true));
    m_painter.setPen(ReportStyle::ink());
    const QRectF r = take(m_painter.fontMetrics().height() + 4, 6);
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignBottom, text);
    m_painter.setPen(QPen(ReportStyle::accent(), 1));
    m_painter.drawLine(r.bottomLeft() + QPointF(0, 2), r.bottomRight() + QPointF(0, 2));
}

void ReportLayout::paragraph(const QString &text, const QFont &f)
{
    m_painter.setFont(f);
    m_painter.setPen(ReportStyle::ink());
    const QRectF bounds = m_painter.boundingRect(QRectF(0, 0, width(), 10000), Qt::TextWordWrap, text);
    const QRectF r = take(bounds.height(), 6);
    m_painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

qreal ReportLayout::rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &f) const
{
    m_painter.setFont(f);
    qreal height = 0;
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
        const QRectF box(0, 0, widths[i] * width() - 2 * CellPadding, 10000);
        height = qMax(height, m_painter.boundingRect(box, CellFlags, cells[i]).height());
    }
    return height + 2 * CellPadding;
}

void ReportLayout::drawRow(const QStringList &cells, const QList<qreal> &widths, const QFont &f, qreal height, bool shaded, bool header)
{
    const QRectF row = take(height, 0);
    if (shaded || header)
        m_painter.fillRect(row, header ? ReportStyle::headerFill() : ReportStyle::stripe());
    m_painter.setFont(f);
    m_painter.setPen(ReportStyle::ink());
    qreal x = row.left();
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
        const qreal w = widths[i] * width();
        m_painter.drawText(QRectF(x + CellPadding, row.top() + CellPadding, w - 2 * CellPadding, height - 2 * CellPadding), CellFlags, cells[i]);
        x += w;
    }
    m_painter.setPen(QPen(ReportStyle::rule(), 0.5));
    m_painter.drawLine(row.bottomLeft(), row.bottomRight());
}

void ReportLayout::table(const QStringList &header, const QList<qreal> &widths, const QList<QStringList> &rows)
{
    const QFont headerFont = font(8, true);
    const QFont cellFont = font(8);
    const qreal headerHeight = rowHeight(header, widths, headerFont);
    bool first = true;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qreal height = rowHeight(rows[i], widths, cellFont);
        // The header goes with the first row, on the first page and on each page the table continues on.
        if (first || m_y + height > m_content.bottom()) {
            if (m_y + headerHeight + height > m_content.bottom())
                newPage();
            drawRow(header, widths, headerFont, headerHeight, false, true);
            first = false;
        }
        drawRow(rows[i], widths, cellFont, height, i % 2, false);
    }
    if (first)
        drawRow(header, widths, headerFont, headerHeight, false, true);
    m_y += 12;
}

} // namespace CallScope
