// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "syntheticcalls.h"

#include "domain/outcomecatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace CallScope {

namespace {

struct Party {
    const char *id;
    const char *name;
};
const Party kOrganizations[] = {{"507f1f77bcf86cd799439011", "Acme Corp"},
                                {"64b7f0c2a1d3e4f5a6b7c8d9", "Northwind Recovery"},
                                {"65c8a1b2c3d4e5f6a7b8c9d0", "Globex Credit Services"}};
const Party kAgents[] = {{"507f191e810c19729de860ea", "Outbound Collections"},
                         {"64b7f1d3e5a7c9b1d3f5a7c9", "Early Delinquency"},
                         {"65c8b2c4e6a8c0e2a4c6e8a0", "Payment Reminders"},
                         {"66d9c3d5f7b9d1f3b5d7f9b1", "Recovery Spanish Desk"}};
const char *const kAttorneys[] = {"Jane Doe Law Firm", "Martinez & Cole LLP", "Harper Legal Aid", "R. Okafor, Attorney at Law"};
const char *const kConsolidators[] = {"Freedom Debt Relief", "National Debt Relief", "ClearOne Advantage"};
const int kAreaCodes[] = {212, 305, 312, 408, 415, 512, 602, 713, 818, 917};

// The schedule (see the header): Monday to Sunday; the hours from 8:00 to 17:00 (a call starting then).
const double kDayWeights[] = {1.15, 1.0, 1.0, 0.95, 0.9, 0.3, 0.08};
constexpr int kFirstHour = 8;
const double kHourWeights[] = {0.5, 1.0, 1.3, 1.1, 0.7, 0.9, 1.2, 1.1, 0.9, 0.6};
// The longest call lasts 12 minutes and is sent seconds after: a call that started this long before `end`
// was over and sent by then.
constexpr int kLatestBeforeEnd = 15 * 60;

// Outcome keys come from the catalogue, the one place that spells them.
QString key(OutcomeId id)
{
    return OutcomeCatalogue::at(id).key;
}

// A fictional North American number: +1, an area code, 555, four digits.
QString phoneNumber(int areaCode, int line)
{
    return QLatin1String("+1") + QString::number(areaCode) + QLatin1String("555") + QStringLiteral("%1").arg(line, 4, 10, QLatin1Char('0'));
}

} // namespace

SyntheticCalls::SyntheticCalls(quint32 seed, int count, QDateTime end, int days)
    : m_random(seed)
{
    m_starts = schedule(std::max(count, 0), end, std::max(days, 1));
    m_clock = m_starts.isEmpty() ? end.addSecs(-kLatestBeforeEnd) : QDateTime::fromMSecsSinceEpoch(m_starts.constFirst(), Qt::UTC);
}

QList<qint64> SyntheticCalls::schedule(int count, const QDateTime &end, int days)
{
    // Each call is drawn on its own from the distribution (a day by its weight, then an hour by its weight,
    // then a minute and second), and the draws are sorted: the calls of a quiet Sunday and a busy Tuesday
    // morning come out in proportion, in order. Local time, as the people who read a dashboard live in it.
    const QDateTime latest = end.addSecs(-kLatestBeforeEnd);
    const QDate lastDay = latest.toLocalTime().date();
    QList<QDate> dayList;
    QList<double> dayWeights;
    double total = 0;
    for (QDate day = lastDay.addDays(1 - days); day <= lastDay; day = day.addDays(1)) {
        const double weight = kDayWeights[day.dayOfWeek() - 1];
        dayList.append(day);
        total += weight;
        dayWeights.append(total);
    }
    double hourTotal = 0;
    double hourCumulative[std::size(kHourWeights)];
    for (size_t h = 0; h < std::size(kHourWeights); ++h)
        hourCumulative[h] = hourTotal += kHourWeights[h];

    QList<qint64> starts;
    starts.reserve(count);
    const qint64 latestMs = latest.toMSecsSinceEpoch();
    while (starts.size() < count) {
        const double d = m_random.generateDouble() * total;
        const QDate day = dayList[std::upper_bound(dayWeights.cbegin(), dayWeights.cend(), d) - dayWeights.cbegin()];
        const double h = m_random.generateDouble() * hourTotal;
        const int hour = kFirstHour + int(std::upper_bound(std::cbegin(hourCumulative), std::cend(hourCumulative), h) - std::cbegin(hourCumulative));
        const QDateTime start(day, QTime(hour, m_random.bounded(60), m_random.bounded(60)));
        // Today's later hours have not happened yet: draw again (they are a small part of the weight).
        if (start.toMSecsSinceEpoch() <= latestMs)
            starts.append(start.toMSecsSinceEpoch());
        else if (day == dayList.constFirst() && dayList.size() == 1)
            starts.append(latestMs - m_random.bounded(3600) * 1000); // a schedule of today alone, before its hours
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

QString SyntheticCalls::objectId()
{
    // 24 hex digits, like the platform's ids; the serial makes each one distinct.
    return QStringLiteral("%1%2").arg(m_clock.toSecsSinceEpoch(), 8, 16, QLatin1Char('0')).arg(++m_serial * 7919 + m_random.bounded(7919), 16, 16, QLatin1Char('0'));
}

QByteArray SyntheticCalls::next()
{
    const auto chance = [this](double p) { return m_random.generateDouble() < p; };
    const auto pick = [this](const auto &array) -> const auto & { return array[size_t(m_random.bounded(int(std::size(array))))]; };

    const bool spanish = chance(0.14);
    const Party &org = pick(kOrganizations);
    const Party &agent = spanish ? kAgents[3] : kAgents[m_random.bounded(3)];
    const QString callId = objectId();
    QJsonObject outcomes;
    QStringList summary;
    const auto say = [&](const char *english, const char *spanishText) { summary.append(QString::fromUtf8(spanish ? spanishText : english)); };
    qint64 durationS = 0;

    const double roll = m_random.generateDouble();
    if (roll < 0.12) {
        // Nobody to talk to about the debt: a wrong number or someone else; short, nothing else to report.
        const bool wrongNumber = chance(0.4);
        outcomes.insert(key(OutcomeId::WasTheRightParty), false);
        outcomes.insert(wrongNumber ? key(OutcomeId::WasWrongNumber) : key(OutcomeId::WasWrongParty), true);
        outcomes.insert(key(OutcomeId::ConfirmedName), false);
        if (!wrongNumber && chance(0.08)) {
            outcomes.insert(key(OutcomeId::Deceased), true);
            say("A relative answered and said the debtor passed away.", "Un familiar contestó e informó que el deudor falleció.");
        } else {
            say(wrongNumber ? "The number belongs to someone who does not know the debtor." : "Third party answered; debtor not available.",
                wrongNumber ? "El número pertenece a alguien que no conoce al deudor." : "Contestó un tercero; el deudor no está disponible.");
        }
        durationS = m_random.bounded(20, 90);
    } else {
        outcomes.insert(key(OutcomeId::ConfirmedName), true);
        outcomes.insert(key(OutcomeId::WasTheRightParty), true);
        outcomes.insert(key(OutcomeId::WasTheRightNumber), true);
        outcomes.insert(key(OutcomeId::DebtMentioned), true);
        outcomes.insert(key(OutcomeId::MirandaRead), true);
        durationS = m_random.bounded(120, 720);
        const double r = m_random.generateDouble();
        if (r < 0.30) {
            outcomes.insert(key(OutcomeId::CardDetailsProvided), true);
            outcomes.insert(key(OutcomeId::PaymentMade), true);
            if (chance(0.5)) {
                outcomes.insert(key(OutcomeId::PlanAccepted), true);
                outcomes.insert(key(OutcomeId::PlanType), pick(OutcomeCatalogue::planTypes()));
            }
            say("Customer paid by card and confirmed the plan.", "El cliente pagó con tarjeta y confirmó el plan.");
        } else if (r < 0.35) {
            outcomes.insert(key(OutcomeId::CardDetailsProvided), true);
            outcomes.insert(key(OutcomeId::PaymentFailed), true);
            outcomes.insert(key(OutcomeId::PaymentMade), false);
            outcomes.insert(key(OutcomeId::WantsCallBack), true);
            say("Card declined; customer will call back with another card.", "Tarjeta rechazada; el cliente llamará con otra tarjeta.");
        } else if (r < 0.52) {
            outcomes.insert(key(OutcomeId::PromiseToPayDays), qint64(m_random.bounded(1, 31)));
            outcomes.insert(key(OutcomeId::AcknowledgeDebt), true);
            if (chance(0.4)) {
                outcomes.insert(key(OutcomeId::PlanAccepted), true);
                outcomes.insert(key(OutcomeId::PlanType), pick(OutcomeCatalogue::planTypes()));
            }
            say("Customer promised to pay on the agreed date.", "El cliente prometió pagar en la fecha acordada.");
        } else if (r < 0.64) {
            outcomes.insert(key(OutcomeId::RefuseToPay), true);
            if (chance(0.4))
                outcomes.insert(key(OutcomeId::Dispute), true);
            say("Customer refused to pay and disputes the balance.", "El cliente se negó a pagar y disputa el saldo.");
        } else if (r < 0.68) {
            outcomes.insert(key(OutcomeId::CeaseAndDesist), true);
            outcomes.insert(key(OutcomeId::DoNotCall), chance(0.6));
            outcomes.insert(key(OutcomeId::EmailOnlyPreference), true);
            say("Consumer requested written communications only and no further calls.",
                "El consumidor pidió comunicaciones solo por escrito y ninguna llamada más.");
        } else if (r < 0.70) {
            outcomes.insert(key(OutcomeId::DoNotCall), true);
            say("Consumer asked not to be called again.", "El consumidor pidió que no lo llamen más.");
        } else if (r < 0.725) {
            // Bankruptcy, with the details the platform reports alongside it.
            outcomes.insert(key(OutcomeId::Bankruptcy), true);
            outcomes.insert(key(OutcomeId::BankruptcyChapter), chance(0.6) ? QStringLiteral("7") : QStringLiteral("13"));
            outcomes.insert(key(OutcomeId::BankruptcyCaseNumber), QStringLiteral("%1-%2-%3").arg(m_random.bounded(20, 27)).arg(m_random.bounded(10000, 99999)).arg(QStringLiteral("ABC")));
            outcomes.insert(key(OutcomeId::BankruptcyFilingDate), m_clock.date().addDays(-m_random.bounded(10, 400)).toString(Qt::ISODate));
            outcomes.insert(key(OutcomeId::BankruptcyAttorneyName), QString::fromUtf8(pick(kAttorneys)));
            outcomes.insert(key(OutcomeId::BankruptcyAttorneyPhone), phoneNumber(pick(kAreaCodes), m_random.bounded(10000)));
            say("Debtor stated an active bankruptcy; case and attorney details provided.",
                "El deudor declaró una bancarrota activa; dio los datos del caso y del abogado.");
        } else if (r < 0.735) {
            outcomes.insert(key(OutcomeId::Fraud), true);
            outcomes.insert(key(OutcomeId::Dispute), true);
            say("Consumer says the account was opened fraudulently.", "El consumidor dice que la cuenta se abrió de forma fraudulenta.");
        } else if (r < 0.745) {
            outcomes.insert(chance(0.5) ? key(OutcomeId::LawSuitRisk) : key(OutcomeId::LegalAction), true);
            say("Consumer threatened legal action over the collection.", "El consumidor amenazó con acciones legales.");
        } else if (r < 0.755) {
            outcomes.insert(key(OutcomeId::ComplaintAboutCollector), true);
            say("Consumer complained about previous collection calls.", "El consumidor se quejó de llamadas de cobranza anteriores.");
        } else if (r < 0.77) {
            outcomes.insert(key(OutcomeId::DebtConsolidation), true);
            outcomes.insert(key(OutcomeId::DebtConsolidationCompany), QString::fromUtf8(pick(kConsolidators)));
            say("Consumer is in a debt consolidation program.", "El consumidor está en un programa de consolidación de deudas.");
        } else if (r < 0.79) {
            outcomes.insert(key(OutcomeId::Hospitalized), true);
            outcomes.insert(key(OutcomeId::WantsCallBack), true);
            say("Consumer is in hospital and asked for a call next month.", "El consumidor está hospitalizado y pidió una llamada el mes próximo.");
        } else {
            outcomes.insert(key(OutcomeId::EngagedNegotiations), true);
            outcomes.insert(key(OutcomeId::OfferedPaymentOptions), true);
            outcomes.insert(key(OutcomeId::WantsCallBack), chance(0.5));
            outcomes.insert(key(OutcomeId::CallbackConsent), chance(0.6));
            say("Discussed payment options; customer will think it over.", "Se hablaron opciones de pago; el cliente lo pensará.");
        }
        if (chance(0.5)) {
            const bool employed = chance(0.7);
            outcomes.insert(key(OutcomeId::IsEmployed), employed);
            outcomes.insert(key(OutcomeId::IsUnemployed), !employed);
        }
    }
    if (spanish)
        outcomes.insert(key(OutcomeId::SpanishCall), true);
    if (chance(0.2))
        outcomes.insert(key(OutcomeId::SentSms), true);

    // The schedule's next start; past its end, calls follow each other a few seconds to minutes apart.
    if (m_nextStart < m_starts.size())
        m_clock = QDateTime::fromMSecsSinceEpoch(m_starts[m_nextStart++], Qt::UTC);
    else
        m_clock = m_clock.addSecs(m_random.bounded(5, 240));
    const QDateTime created = m_clock;
    const QDateTime ended = created.addSecs(durationS);
    m_lastSentAt = ended.addSecs(m_random.bounded(1, 4));
    const QString phone = phoneNumber(pick(kAreaCodes), m_random.bounded(10000));
    const QJsonObject payload{
        {QStringLiteral("callId"), callId},
        {QStringLiteral("phoneNumber"), phone},
        {QStringLiteral("fileNumber"), QStringLiteral("ACC-%1").arg(m_random.bounded(100000, 999999))},
        {QStringLiteral("status"), QStringLiteral("Completed")},
        {QStringLiteral("duration"), durationS * 1000},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("summary"), summary.join(QLatin1Char(' '))},
        {QStringLiteral("recordingUrl"), QStringLiteral("https://recordings.example.com/%1.mp3").arg(callId)},
        {QStringLiteral("createdAt"), created.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endedAt"), ended.toString(Qt::ISODateWithMs)},
    };
    const QJsonObject body{
        {QStringLiteral("event"), QStringLiteral("call.completed")},
        {QStringLiteral("eventCategory"), QStringLiteral("calls")},
        {QStringLiteral("idempotencyKey"), QStringLiteral("call.completed:%1:%2").arg(QLatin1String(org.id), callId)},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), QLatin1String(org.id)}, {QStringLiteral("name"), QLatin1String(org.name)}}},
        {QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), QLatin1String(agent.id)}, {QStringLiteral("name"), QLatin1String(agent.name)}}},
        {QStringLiteral("timestamp"), m_lastSentAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("payload"), payload},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace CallScope
