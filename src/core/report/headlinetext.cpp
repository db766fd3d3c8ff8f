// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "headlinetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace CallScope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::HeadlineText)
};

HeadlineText countFigure(const QString &label, const HeadlineFigures &now, const std::optional<HeadlineFigures> &before, qint64 HeadlineFigures::*field)
{
    const qint64 value = now.*field;
    HeadlineText f{label, HeadlineText::count(value), {}, 0};
    if (before && before->calls > 0) { // against a span without calls, a change means nothing
        const qint64 then = (*before).*field;
        f.sign = value < then ? -1 : value > then ? 1 : 0;
        f.delta = Text::tr("%1 vs previous period (%2)").arg(HeadlineText::signedText(HeadlineText::count(qAbs(value - then)), f.sign), HeadlineText::count(then));
    }
    return f;
}

HeadlineText rateFigure(const QString &label, const HeadlineFigures &now, const std::optional<HeadlineFigures> &before, qint64 HeadlineFigures::*field)
{
    const double rate = now.rate(now.*field);
    // No calls, no rate: "—", never a "0.0 %" that reads as a measured failure.
    HeadlineText f{label, now.calls ? HeadlineText::percent(rate) : QStringLiteral("—"), {}, 0};
    if (before && before->calls > 0 && now.calls > 0) {
        const double then = before->rate((*before).*field);
        const double points = (rate - then) * 100.0;
        f.sign = points < -0.05 ? -1 : points > 0.05 ? 1 : 0;
        f.delta = Text::tr("%1 pts vs previous period (%2)").arg(HeadlineText::signedText(QLocale().toString(qAbs(points), 'f', 1), f.sign), HeadlineText::percent(then));
    }
    return f;
}

} // namespace

QList<HeadlineText> HeadlineText::of(const HeadlineFigures &now, const std::optional<HeadlineFigures> &before)
{
    return {countFigure(Text::tr("Calls"), now, before, &HeadlineFigures::calls),
            rateFigure(Text::tr("Right-party contact rate"), now, before, &HeadlineFigures::rightParty),
            rateFigure(Text::tr("Promise-to-pay rate"), now, before, &HeadlineFigures::promiseToPay),
            countFigure(Text::tr("Plans accepted"), now, before, &HeadlineFigures::plansAccepted),
            countFigure(Text::tr("Payments made"), now, before, &HeadlineFigures::paymentsMade),
            countFigure(Text::tr("Payments failed"), now, before, &HeadlineFigures::paymentsFailed),
            countFigure(Text::tr("Compliance events"), now, before, &HeadlineFigures::complianceEvents)};
}

QString HeadlineText::percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + QLatin1String(" %");
}

QString HeadlineText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString HeadlineText::signedText(const QString &magnitude, int sign)
{
    return QString(sign < 0 ? QChar(0x2212) : sign > 0 ? QChar(u'+') : QChar(0x00b1)) + magnitude;
}

} // namespace CallScope
