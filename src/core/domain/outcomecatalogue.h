// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace CallScope {

// Every outcome key of the spec, in the spec's order: code names an outcome by this id, never by its key.
enum class OutcomeId : int {
    RefuseToPay,
    Dispute,
    EngagedNegotiations,
    AcknowledgeDebt,
    PayDate,
    SentSms,
    UseLenderAgain,
    SpanishCall,
    ConfirmedName,
    Deceased,
    WantedToTalkHuman,
    StatusTransfer,
    WasTheRightNumber,
    WasTheRightParty,
    WasWrongNumber,
    WasWrongParty,
    CeaseAndDesist,
    ComplaintAboutCollector,
    DoNotCall,
    Fraud,
    LawSuitRisk,
    LegalAction,
    CallbackConsent,
    EmailOnlyPreference,
    WantsCallBack,
    CardDetailsProvided,
    PaymentFailed,
    PaymentMade,
    PlanAccepted,
    PlanType,
    PromiseToPayDays,
    IsEmployed,
    IsUnemployed,
    MultipleJobs,
    AttemptedVerification,
    DebtMentioned,
    MirandaRead,
    OfferedPaymentOptions,
    Bankruptcy,
    BankruptcyAttorneyName,
    BankruptcyAttorneyPhone,
    BankruptcyCaseNumber,
    BankruptcyChapter,
    BankruptcyFilingDate,
    ClaimsPaidDirect,
    CoDebtorRefused,
    DebtConsolidation,
    DebtConsolidationCompany,
    Deployed,
    Hospitalized,
    Jail,
};
inline constexpr int OutcomeCount = 51;

// The groups of the spec's outcome tables, in the spec's order, then Other for keys the spec does not
// list (it makes unknown keys legal). The order is the order of panels, CSV columns and filters.
enum class OutcomeGroup {
    Collection,
    Language,
    Contact,
    Compliance,
    Preference,
    PaymentsAndPlans,
    Employment,
    CallProgress,
    BankruptcyAndHardship,
    Other,
};
inline constexpr int OutcomeGroupCount = int(OutcomeGroup::Other) + 1;

enum class OutcomeType {
    Boolean,
    String,
    Number, // a non-negative whole number (promiseToPayDays, the only number the spec has)
    PlanType, // a string, one of OutcomeCatalogue::planTypes()
};

// How a reported outcome colours a call. It applies when the outcome is true (booleans) or present
// (strings, numbers); a false or absent outcome never raises it. Ordered by precedence: when a call has
// several, the highest wins.
enum class Severity {
    None,
    Positive, // payment made, plan accepted
    Reachability, // wrong number, wrong party
    Caution, // refusal, dispute, failed payment, hardship
    StopContact, // contact must stop or be reviewed before any further call
};

struct OutcomeInfo {
    OutcomeId id;
    QLatin1String key;
    OutcomeGroup group;
    OutcomeType type;
    const char *label; // untranslated; use OutcomeCatalogue::label()
    const char *definition; // the spec's definition, untranslated; use OutcomeCatalogue::definition()
    Severity severity;
    // For a detail (a string such as the attorney's name), the boolean it details: the detail makes sense
    // only while that outcome is true.
    std::optional<OutcomeId> detailOf = std::nullopt;
};

// The one place that spells the outcome keys of the spec. Everything else (panels, CSV columns, filters,
// colours, the generator) reads them from here.
class OutcomeCatalogue final
{
public:
    OutcomeCatalogue() = delete;

    // All 51 keys of the spec, in the spec's order.
    static std::span<const OutcomeInfo> outcomes();
    static int count() { return int(outcomes().size()); }
    static const OutcomeInfo &at(int index) { return outcomes()[size_t(index)]; }
    static const OutcomeInfo &at(OutcomeId id) { return at(int(id)); }
    // The index of a key in outcomes(), or -1 when the spec does not list it. Case-sensitive, as JSON is.
    static int indexOf(QStringView key);
    static const OutcomeInfo *find(QStringView key);

    // The keys of one group, in the spec's order (none for Other).
    static QList<int> indexesOf(OutcomeGroup group);

    static QString label(const OutcomeInfo &info);
    static QString definition(const OutcomeInfo &info);

    // The groups in display order, Other last.
    static std::span<const OutcomeGroup> groups();
    // "Payments & Plans", translated.
    static QString groupName(OutcomeGroup group);
    // A stable, lowercase, space-free name for the filter language and settings: "payments", "callprogress".
    static QString groupId(OutcomeGroup group);
    static std::optional<OutcomeGroup> groupFromId(QStringView id);

    // The values plan_type may take, in the spec's order.
    static std::span<const QLatin1String> planTypes();
    static bool isPlanType(QStringView value);
};

} // namespace CallScope
