// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "outcomebadges.h"

#include "domain/callpattern.h"

#include <QCoreApplication>

#include <algorithm>

namespace CallScope {

namespace {

struct BadgeRule {
    OutcomeId id;
    const char *text;
};

// Short, translatable names for the outcomes a reviewer scans for; the catalogue gives their severity.
const BadgeRule kBadges[] = {
    {OutcomeId::CeaseAndDesist, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "C&D")},
    {OutcomeId::DoNotCall, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "DNC")},
    {OutcomeId::Bankruptcy, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "BANKRUPT")},
    {OutcomeId::Deceased, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "DECEASED")},
    {OutcomeId::Fraud, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "FRAUD")},
    {OutcomeId::LegalAction, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "LEGAL")},
    {OutcomeId::LawSuitRisk, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "LAWSUIT")},
    {OutcomeId::ComplaintAboutCollector, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "COMPLAINT")},
    {OutcomeId::PaymentMade, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "PAID")},
    {OutcomeId::PlanAccepted, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "PLAN")},
    {OutcomeId::PaymentFailed, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "PAY FAILED")},
    {OutcomeId::RefuseToPay, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "REFUSED")},
    {OutcomeId::Dispute, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "DISPUTE")},
    {OutcomeId::WasWrongNumber, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "WRONG #")},
    {OutcomeId::WasWrongParty, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "WRONG PARTY")},
    {OutcomeId::SpanishCall, QT_TRANSLATE_NOOP("CallScope::OutcomeBadge", "ES")},
};

} // namespace

QList<OutcomeBadge> outcomeBadges(const CallRow &row)
{
    QList<OutcomeBadge> badges;
    // An attempt refused before its body was kept has no outcomes: what it got is the point.
    if (row.refusedStatus == 401)
        badges.append({QCoreApplication::translate("CallScope::OutcomeBadge", "401 NOT AUTHORIZED"), row.refusal, Severity::Caution});
    else if (row.refusedStatus == 413)
        badges.append({QCoreApplication::translate("CallScope::OutcomeBadge", "413 TOO LARGE"), row.refusal, Severity::Caution});
    for (const BadgeRule &rule : kBadges) {
        const OutcomeInfo &info = OutcomeCatalogue::at(rule.id);
        const QString text = QCoreApplication::translate("CallScope::OutcomeBadge", rule.text);
        if (row.isRaised(rule.id)) {
            badges.append({text, OutcomeCatalogue::label(info), info.severity});
        } else if (row.isMalformed(rule.id) && info.severity == Severity::StopContact) {
            // Never shown as the flag: a question for a person, below every raised stop-contact flag.
            badges.append({QCoreApplication::translate("CallScope::OutcomeBadge", "%1?").arg(text),
                           QCoreApplication::translate("CallScope::OutcomeBadge", "%1: sent with the wrong type, so it is not read as a flag. "
                                                                               "Malformed compliance flag: a person must look at it.")
                               .arg(OutcomeCatalogue::label(info)),
                           Severity::Caution});
        }
    }
    const OutcomeValue days = row.value(OutcomeId::PromiseToPayDays);
    if (days.isValue()) {
        badges.append({QCoreApplication::translate("CallScope::OutcomeBadge", "PTP %1d").arg(days.json().toInteger()),
                       OutcomeCatalogue::label(OutcomeCatalogue::at(OutcomeId::PromiseToPayDays)), Severity::Positive});
    }
    if (row.patternWarnings != 0) {
        badges.append({QCoreApplication::translate("CallScope::OutcomeBadge", "PATTERN"), CallPattern::describe(row.patternWarnings).join(QLatin1Char('\n')),
                       Severity::StopContact});
    }
    std::stable_sort(badges.begin(), badges.end(), [](const OutcomeBadge &a, const OutcomeBadge &b) { return a.severity > b.severity; });
    return badges;
}

QString outcomeDisplayText(const OutcomeValue &value)
{
    if (value.isMalformed())
        return QCoreApplication::translate("CallScope::OutcomeBadge", "%1 (wrong type)").arg(value.text());
    if (const std::optional<bool> flag = value.flag())
        return *flag ? QCoreApplication::translate("CallScope::OutcomeBadge", "yes") : QCoreApplication::translate("CallScope::OutcomeBadge", "no");
    return value.text();
}

QColor SeverityColours::rowBackground(Severity severity)
{
    switch (severity) {
    case Severity::StopContact: return QColor(0xf8, 0xd2, 0xd2);
    case Severity::Positive: return QColor(0xd5, 0xef, 0xd8);
    case Severity::Reachability: return QColor(0xe4, 0xe4, 0xe4);
    case Severity::Caution:
    case Severity::None: break;
    }
    return {};
}

QColor SeverityColours::invalidBackground()
{
    return QColor(0xff, 0xf0, 0xb3);
}

QColor SeverityColours::badge(Severity severity)
{
    switch (severity) {
    case Severity::StopContact: return QColor(0xc6, 0x28, 0x28);
    case Severity::Positive: return QColor(0x2e, 0x7d, 0x32);
    case Severity::Reachability: return QColor(0x61, 0x61, 0x61);
    case Severity::Caution: return QColor(0xe6, 0x7e, 0x00);
    case Severity::None: break;
    }
    return QColor(0x45, 0x5a, 0x64);
}

} // namespace CallScope
