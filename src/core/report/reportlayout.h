// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPdfWriter;

namespace CallScope {

// The page machinery of the PDF report: margins, a header and a footer on every page ("Page 3 of 12"),
// a cursor that flows down the page and breaks to a new one, headings, paragraphs, and tables that break
// across pages with their header repeated. Units are points (the writer is set to 72 dpi), so that sizes
// read as a typesetter's. The content (ReportDocument) says what goes where, never how a page breaks.
class ReportLayout final
{
public:
    // `totalPages` 0: not known yet (the first of the two passes, which counts them).
    ReportLayout(QPdfWriter &writer, QPainter &painter, QString header, QString footer, int totalPages);

    QPainter &painter() { return m_painter; }
    int page() const { return m_page; }
    qreal width() const { return m_content.width(); }

    // Starts a new page (its header and footer drawn).
    void newPage();
    // A block of `height` at the cursor, on a new page when it does not fit on this one; the cursor moves below
    // it (plus a gap).
    QRectF take(qreal height, qreal gap = 12);
    void space(qreal height) { m_y += height; }

    void title(const QString &text); // the cover's
    void heading(const QString &text, qreal keepWith = 120); // a section's, kept with `keepWith` points of what follows
    void paragraph(const QString &text, const QFont &font);
    // Rows of cells; `widths` are fractions of the page width. A row never splits; the header is drawn again
    // at the top of each page the table continues on.
    void table(const QStringList &header, const QList<qreal> &widths, const QList<QStringList> &rows);

    static QFont font(qreal points, bool bold = false);

private:
    void decorate();
    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const;
    void drawRow(const QStringList &cells, const QList<qreal> &widths, const QFont &font, qreal height, bool shaded, bool header);

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_header;
    QString m_footer;
    int m_totalPages;
    int m_page = 1;
    QRectF m_content; // the page less margins, header and footer
    qreal m_y = 0;
};

} // namespace CallScope
