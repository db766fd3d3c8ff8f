// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace CallScope {

struct HeadlineText;

// One headline figure of the dashboard: its name, its value large, and how it moved against the period
// before (up or down, in words and an arrow, never by colour alone). Read by a screen reader as one
// sentence.
class FigureTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTile)
public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setFigure(const HeadlineText &figure);
    // While the numbers are being read: the name, and no number at all rather than an old one.
    void setUpdating(const QString &label);

private:
    QLabel *m_label;
    QLabel *m_value;
    QLabel *m_delta;
};

} // namespace CallScope
