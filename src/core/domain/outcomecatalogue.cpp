// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "outcomecatalogue.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace CallScope {

namespace {

using G = OutcomeGroup;
using T = OutcomeType;
using S = Severity;
using O = OutcomeId;

// Transcribed from spec/call-completed-webhook.txt ("Outcomes"), table by table, in its order. The spec's
// last table has no heading; the issue names it "Bankruptcy & hardship".
constexpr std::array kOutcomes{
    // Collection
    OutcomeInfo{O::RefuseToPay, QLatin1String("refuseToPay"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Refused to pay"),
                QT_TRANSLATE_NOOP("Outcome", "Refused to pay."), S::Caution},
    OutcomeInfo{O::Dispute, QLatin1String("dispute"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Disputed the debt"),
                QT_TRANSLATE_NOOP("Outcome", "Debt disputed on the call."), S::Caution},
    OutcomeInfo{O::EngagedNegotiations, QLatin1String("engaged_negotiations"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Negotiated"),
                QT_TRANSLATE_NOOP("Outcome", "Consumer engaged in payment negotiation (e.g. adjusted amounts or explored options)."),
                S::None},
    OutcomeInfo{O::AcknowledgeDebt, QLatin1String("acknowledgeDebt"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Acknowledged the debt"),
                QT_TRANSLATE_NOOP("Outcome", "Consumer acknowledged the debt."), S::None},
    OutcomeInfo{O::PayDate, QLatin1String("payDate"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Pay date discussed"),
                QT_TRANSLATE_NOOP("Outcome", "Pay frequency or pay date was discussed."), S::None},
    OutcomeInfo{O::SentSms, QLatin1String("sentSms"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "SMS sent"),
                QT_TRANSLATE_NOOP("Outcome", "Follow-up SMS was sent."), S::None},
    OutcomeInfo{O::UseLenderAgain, QLatin1String("useLenderAgain"), G::Collection, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Would use lender again"),
                QT_TRANSLATE_NOOP("Outcome", "Whether the consumer would use the lender again (true / false); omitted when not determined."),
                S::None},
    // Language
    OutcomeInfo{O::SpanishCall, QLatin1String("spanishCall"), G::Language, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Spanish call"),
                QT_TRANSLATE_NOOP("Outcome", "Call handled in Spanish."), S::None},
    // Contact
    OutcomeInfo{O::ConfirmedName, QLatin1String("confirmedName"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Name confirmed"),
                QT_TRANSLATE_NOOP("Outcome", "Name was confirmed."), S::None},
    OutcomeInfo{O::Deceased, QLatin1String("deceased"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Deceased"),
                QT_TRANSLATE_NOOP("Outcome", "Subject indicated as deceased."), S::StopContact},
    OutcomeInfo{O::WantedToTalkHuman, QLatin1String("wantedToTalkHuman"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Asked for a human"),
                QT_TRANSLATE_NOOP("Outcome", "Asked for a human agent."), S::None},
    OutcomeInfo{O::StatusTransfer, QLatin1String("statusTransfer"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Transferred"),
                QT_TRANSLATE_NOOP("Outcome", "Call transferred due to status (e.g. to another queue or agent)."),
                S::None},
    OutcomeInfo{O::WasTheRightNumber, QLatin1String("wasTheRightNumber"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Right number"),
                QT_TRANSLATE_NOOP("Outcome", "Reached the intended number."), S::None},
    OutcomeInfo{O::WasTheRightParty, QLatin1String("wasTheRightParty"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Right party"),
                QT_TRANSLATE_NOOP("Outcome", "Reached the correct party or debtor."), S::None},
    OutcomeInfo{O::WasWrongNumber, QLatin1String("wasWrongNumber"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Wrong number"),
                QT_TRANSLATE_NOOP("Outcome", "Wrong number."), S::Reachability},
    OutcomeInfo{O::WasWrongParty, QLatin1String("wasWrongParty"), G::Contact, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Wrong party"),
                QT_TRANSLATE_NOOP("Outcome", "Wrong person."), S::Reachability},
    // Compliance
    OutcomeInfo{O::CeaseAndDesist, QLatin1String("ceaseAndDesist"), G::Compliance, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Cease and desist"),
                QT_TRANSLATE_NOOP("Outcome", "Cease-communication request."), S::StopContact},
    OutcomeInfo{O::ComplaintAboutCollector, QLatin1String("complaintAboutCollector"), G::Compliance, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Complaint about collector"),
                QT_TRANSLATE_NOOP("Outcome", "Complaint about the collector."), S::StopContact},
    OutcomeInfo{O::DoNotCall, QLatin1String("doNotCall"), G::Compliance, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Do not call"),
                QT_TRANSLATE_NOOP("Outcome", "Do-not-call request."), S::StopContact},
    OutcomeInfo{O::Fraud, QLatin1String("fraud"), G::Compliance, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Fraud"),
                QT_TRANSLATE_NOOP("Outcome", "Fraud indicated or suspected."), S::StopContact},
    OutcomeInfo{O::LawSuitRisk, QLatin1String("lawSuitRisk"), G::Compliance, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Lawsuit risk"),
                QT_TRANSLATE_NOOP("Outcome", "Lawsuit or legal risk surfaced."), S::StopContact},
    OutcomeInfo{O::LegalAction, QLatin1String("legalAction"), G::Compliance, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Legal action"),
                QT_TRANSLATE_NOOP("Outcome", "Legal action mentioned or threatened."), S::StopContact},
    // Preference
    OutcomeInfo{O::CallbackConsent, QLatin1String("callbackConsent"), G::Preference, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Consents to callbacks"),
                QT_TRANSLATE_NOOP("Outcome", "Explicit consent to future callbacks."), S::None},
    OutcomeInfo{O::EmailOnlyPreference, QLatin1String("emailOnlyPreference"), G::Preference, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "E-mail only"),
                QT_TRANSLATE_NOOP("Outcome", "Email-only contact preference."), S::None},
    OutcomeInfo{O::WantsCallBack, QLatin1String("wantsCallBack"), G::Preference, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Wants a callback"),
                QT_TRANSLATE_NOOP("Outcome", "Wants a callback."), S::None},
    // Payments & Plans
    OutcomeInfo{O::CardDetailsProvided, QLatin1String("cardDetailsProvided"), G::PaymentsAndPlans, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Card details given"),
                QT_TRANSLATE_NOOP("Outcome", "Card details were given on the call."), S::None},
    OutcomeInfo{O::PaymentFailed, QLatin1String("paymentFailed"), G::PaymentsAndPlans, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Payment failed"),
                QT_TRANSLATE_NOOP("Outcome", "Payment attempt failed."), S::Caution},
    OutcomeInfo{O::PaymentMade, QLatin1String("paymentMade"), G::PaymentsAndPlans, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Payment made"),
                QT_TRANSLATE_NOOP("Outcome", "Payment succeeded."), S::Positive},
    OutcomeInfo{O::PlanAccepted, QLatin1String("plan_accepted"), G::PaymentsAndPlans, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Plan accepted"),
                QT_TRANSLATE_NOOP("Outcome", "Payment plan accepted."), S::Positive},
    OutcomeInfo{O::PlanType, QLatin1String("plan_type"), G::PaymentsAndPlans, T::PlanType,
                QT_TRANSLATE_NOOP("Outcome", "Plan type"),
                QT_TRANSLATE_NOOP("Outcome", "Plan kind: pay_in_full, settle_today, settlement_plan, regular_plan, tailored_plan."),
                S::None},
    OutcomeInfo{O::PromiseToPayDays, QLatin1String("promiseToPayDays"), G::PaymentsAndPlans, T::Number,
                QT_TRANSLATE_NOOP("Outcome", "Promise to pay (days)"),
                QT_TRANSLATE_NOOP("Outcome", "Days until promised payment."), S::None},
    // Employment
    OutcomeInfo{O::IsEmployed, QLatin1String("isEmployed"), G::Employment, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Employed"),
                QT_TRANSLATE_NOOP("Outcome", "Employed."), S::None},
    OutcomeInfo{O::IsUnemployed, QLatin1String("isUnemployed"), G::Employment, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Unemployed"),
                QT_TRANSLATE_NOOP("Outcome", "Unemployed."), S::None},
    OutcomeInfo{O::MultipleJobs, QLatin1String("multipleJobs"), G::Employment, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Multiple jobs"),
                QT_TRANSLATE_NOOP("Outcome", "Multiple jobs indicated."), S::None},
    // Call progress
    OutcomeInfo{O::AttemptedVerification, QLatin1String("attemptedVerification"), G::CallProgress, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Verification attempted"),
                QT_TRANSLATE_NOOP("Outcome", "Identity verification was attempted."), S::None},
    OutcomeInfo{O::DebtMentioned, QLatin1String("debtMentioned"), G::CallProgress, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Debt mentioned"),
                QT_TRANSLATE_NOOP("Outcome", "Debt was mentioned in the flow."), S::None},
    OutcomeInfo{O::MirandaRead, QLatin1String("mirandaRead"), G::CallProgress, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Disclosure read"),
                QT_TRANSLATE_NOOP("Outcome", "Miranda (or equivalent) disclosure read."), S::None},
    OutcomeInfo{O::OfferedPaymentOptions, QLatin1String("offeredPaymentOptions"), G::CallProgress, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Payment options offered"),
                QT_TRANSLATE_NOOP("Outcome", "Payment options were offered."), S::None},
    // Bankruptcy & hardship. An attorney or a case means the consumer is represented: contact stops.
    OutcomeInfo{O::Bankruptcy, QLatin1String("bankruptcy"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy"),
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy mentioned or claimed."), S::StopContact},
    OutcomeInfo{O::BankruptcyAttorneyName, QLatin1String("bankruptcyAttorneyName"), G::BankruptcyAndHardship, T::String,
                QT_TRANSLATE_NOOP("Outcome", "Attorney name"),
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy attorney name, if provided."), S::StopContact, O::Bankruptcy},
    OutcomeInfo{O::BankruptcyAttorneyPhone, QLatin1String("bankruptcyAttorneyPhone"), G::BankruptcyAndHardship, T::String,
                QT_TRANSLATE_NOOP("Outcome", "Attorney phone"),
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy attorney phone, if provided."), S::StopContact, O::Bankruptcy},
    OutcomeInfo{O::BankruptcyCaseNumber, QLatin1String("bankruptcyCaseNumber"), G::BankruptcyAndHardship, T::String,
                QT_TRANSLATE_NOOP("Outcome", "Case number"),
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy case number, if provided."), S::StopContact, O::Bankruptcy},
    OutcomeInfo{O::BankruptcyChapter, QLatin1String("bankruptcyChapter"), G::BankruptcyAndHardship, T::String,
                QT_TRANSLATE_NOOP("Outcome", "Chapter"),
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy chapter, if provided."), S::None, O::Bankruptcy},
    OutcomeInfo{O::BankruptcyFilingDate, QLatin1String("bankruptcyFilingDate"), G::BankruptcyAndHardship, T::String,
                QT_TRANSLATE_NOOP("Outcome", "Filing date"),
                QT_TRANSLATE_NOOP("Outcome", "Bankruptcy filing date, if provided."), S::None, O::Bankruptcy},
    OutcomeInfo{O::ClaimsPaidDirect, QLatin1String("claimsPaidDirect"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Claims paid direct"),
                QT_TRANSLATE_NOOP("Outcome", "Claims payment was made directly to the creditor."), S::Caution},
    OutcomeInfo{O::CoDebtorRefused, QLatin1String("coDebtorRefused"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Co-debtor refused"),
                QT_TRANSLATE_NOOP("Outcome", "Co-debtor refused to pay or engage."), S::Caution},
    OutcomeInfo{O::DebtConsolidation, QLatin1String("debtConsolidation"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Debt consolidation"),
                QT_TRANSLATE_NOOP("Outcome", "Debt consolidation in play or discussed."), S::Caution},
    OutcomeInfo{O::DebtConsolidationCompany, QLatin1String("debtConsolidationCompany"), G::BankruptcyAndHardship, T::String,
                QT_TRANSLATE_NOOP("Outcome", "Consolidation company"),
                QT_TRANSLATE_NOOP("Outcome", "Named debt consolidation company."), S::None, O::DebtConsolidation},
    OutcomeInfo{O::Deployed, QLatin1String("deployed"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Military deployment"),
                QT_TRANSLATE_NOOP("Outcome", "Military deployment indicated."), S::Caution},
    OutcomeInfo{O::Hospitalized, QLatin1String("hospitalized"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Hospitalized"),
                QT_TRANSLATE_NOOP("Outcome", "Hospitalization indicated."), S::Caution},
    OutcomeInfo{O::Jail, QLatin1String("jail"), G::BankruptcyAndHardship, T::Boolean,
                QT_TRANSLATE_NOOP("Outcome", "Incarcerated"),
                QT_TRANSLATE_NOOP("Outcome", "Incarceration indicated."), S::Caution},
};

constexpr std::array kGroups{
    G::Collection, G::Language, G::Contact, G::Compliance, G::Preference,
    G::PaymentsAndPlans, G::Employment, G::CallProgress, G::BankruptcyAndHardship, G::Other,
};
constexpr bool idsFollowTheTable()
{
    for (size_t i = 0; i < kOutcomes.size(); ++i) {
        if (kOutcomes[i].id != OutcomeId(i))
            return false;
    }
    return kOutcomes.size() == size_t(OutcomeCount);
}
static_assert(idsFollowTheTable(), "OutcomeId must list the keys in the table's order");

static_assert(kGroups.size() == size_t(OutcomeGroupCount));

struct GroupNames {
    const char *id;
    const char *name;
};
constexpr std::array<GroupNames, OutcomeGroupCount> kGroupNames{{
    {"collection", QT_TRANSLATE_NOOP("OutcomeGroup", "Collection")},
    {"language", QT_TRANSLATE_NOOP("OutcomeGroup", "Language")},
    {"contact", QT_TRANSLATE_NOOP("OutcomeGroup", "Contact")},
    {"compliance", QT_TRANSLATE_NOOP("OutcomeGroup", "Compliance")},
    {"preference", QT_TRANSLATE_NOOP("OutcomeGroup", "Preference")},
    {"payments", QT_TRANSLATE_NOOP("OutcomeGroup", "Payments & Plans")},
    {"employment", QT_TRANSLATE_NOOP("OutcomeGroup", "Employment")},
    {"callprogress", QT_TRANSLATE_NOOP("OutcomeGroup", "Call progress")},
    {"bankruptcy", QT_TRANSLATE_NOOP("OutcomeGroup", "Bankruptcy & hardship")},
    {"other", QT_TRANSLATE_NOOP("OutcomeGroup", "Other")},
}};

constexpr std::array kPlanTypes{
    QLatin1String("pay_in_full"),     QLatin1String("settle_today"),  QLatin1String("settlement_plan"),
    QLatin1String("regular_plan"),    QLatin1String("tailored_plan"),
};

// Indexes of kOutcomes sorted by key, for an allocation-free binary search: the parser looks up every
// outcome key of every delivery.
const std::array<int, kOutcomes.size()> &sortedByKey()
{
    static const auto sorted = [] {
        std::array<int, kOutcomes.size()> a{};
        for (size_t i = 0; i < a.size(); ++i)
            a[i] = int(i);
        std::sort(a.begin(), a.end(), [](int l, int r) {
            return kOutcomes[size_t(l)].key.compare(kOutcomes[size_t(r)].key) < 0;
        });
        return a;
    }();
    return sorted;
}

} // namespace

std::span<const OutcomeInfo> OutcomeCatalogue::outcomes()
{
    return kOutcomes;
}

int OutcomeCatalogue::indexOf(QStringView key)
{
    const auto &sorted = sortedByKey();
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), key, [](int i, QStringView k) {
        return kOutcomes[size_t(i)].key.compare(k) < 0;
    });
    if (it != sorted.end() && kOutcomes[size_t(*it)].key == key)
        return *it;
    return -1;
}

const OutcomeInfo *OutcomeCatalogue::find(QStringView key)
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &kOutcomes[size_t(i)];
}

QList<int> OutcomeCatalogue::indexesOf(OutcomeGroup group)
{
    QList<int> result;
    for (int i = 0; i < int(kOutcomes.size()); ++i) {
        if (kOutcomes[size_t(i)].group == group)
            result.append(i);
    }
    return result;
}

QString OutcomeCatalogue::label(const OutcomeInfo &info)
{
    return QCoreApplication::translate("Outcome", info.label);
}

QString OutcomeCatalogue::definition(const OutcomeInfo &info)
{
    return QCoreApplication::translate("Outcome", info.definition);
}

std::span<const OutcomeGroup> OutcomeCatalogue::groups()
{
    return kGroups;
}

QString OutcomeCatalogue::groupName(OutcomeGroup group)
{
    return QCoreApplication::translate("OutcomeGroup", kGroupNames[size_t(group)].name);
}

QString OutcomeCatalogue::groupId(OutcomeGroup group)
{
    return QLatin1String(kGroupNames[size_t(group)].id);
}

std::optional<OutcomeGroup> OutcomeCatalogue::groupFromId(QStringView id)
{
    for (size_t i = 0; i < kGroupNames.size(); ++i) {
        if (id.compare(QLatin1String(kGroupNames[i].id), Qt::CaseInsensitive) == 0)
            return OutcomeGroup(i);
    }
    return std::nullopt;
}

std::span<const QLatin1String> OutcomeCatalogue::planTypes()
{
    return kPlanTypes;
}

bool OutcomeCatalogue::isPlanType(QStringView value)
{
    return std::any_of(kPlanTypes.begin(), kPlanTypes.end(),
                       [value](QLatin1String t) { return value == t; });
}

} // namespace CallScope
