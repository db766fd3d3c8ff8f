// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reportdata.h"

#include "domain/review.h"
#include "storage/callreader.h"
#include "storage/maskedrecords.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace CallScope {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CallScope::Report)
};

// The period the options name; an open end closes on the calls' own dates: from the first call's local day,
// up to the end of the last call's (not up to now, which would draw empty weeks after the last call).
std::optional<StatisticsPeriod> resolvePeriod(const QSqlDatabase &db, const ReportOptions &options, const CallFilter &filter, QString *error)
{
    HeadlineFigures all;
    if ((!options.fromMs || !options.untilMs) && !StatisticsQueries::headline(db, StatisticsScope::of(filter, std::nullopt), &all, error))
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto dayStart = [](qint64 ms, int days) { return QDateTime::fromMSecsSinceEpoch(ms).date().addDays(days).startOfDay().toMSecsSinceEpoch(); };
    StatisticsPeriod period;
    period.toMs = options.untilMs ? *options.untilMs : dayStart(all.calls ? all.lastMs : now, 1);
    period.fromMs = options.fromMs ? *options.fromMs : dayStart(all.calls ? all.firstMs : now, 0);
    period.fromMs = qMin(period.fromMs, period.toMs - 1);
    return period;
}

QString dispositionText(const QString &json, qint64 raisedMask)
{
    QStringList parts;
    const Dispositions dispositions = dispositionsFromJson(json);
    for (auto it = dispositions.cbegin(); it != dispositions.cend(); ++it) {
        const OutcomeInfo *info = OutcomeCatalogue::find(it.key());
        if (!info || !(raisedMask & (qint64(1) << int(info->id))))
            continue;
        // The reason is free text, where a name may stand: the disposition alone is reported.
        parts.append(OutcomeCatalogue::label(*info) + QLatin1String(": ")
                     + (it->disposition == Disposition::Confirmed ? Text::tr("confirmed") : Text::tr("overturned")));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

std::optional<ReportData> ReportData::read(const QString &databasePath, const ReportOptions &options, QString *error)
{
    const CallFilter compiled = CallFilter::compile(options.filter);
    if (!compiled.isValid()) {
        *error = Text::tr("The filter is not valid: %1").arg(compiled.errorText());
        return std::nullopt;
    }
    // CallReader: the same rows, and through maskedRow the same masking, as the window's table.
    CallReader reader(databasePath);
    if (!reader.open(error))
        return std::nullopt;
    const QSqlDatabase &db = reader.database();
    const CallFilter filter = filterForStore(db, compiled);
    ReportData data;
    const std::optional<StatisticsPeriod> period = resolvePeriod(db, options, filter, error);
    if (!period)
        return std::nullopt;
    data.period = *period;
    std::optional<CallStatistics> statistics = CallStatistics::compute(db, filter, data.period, error);
    if (!statistics)
        return std::nullopt;
    data.statistics = std::move(*statistics);
    // A period that starts at the first call has nothing before it: no change to show against an empty span.
    if (!options.fromMs)
        data.statistics.previous.reset();
    for (const GroupRates &org : std::as_const(data.statistics.organizationRates))
        data.organizations.append(org.name);
    data.complianceTotal = data.statistics.headline.complianceEvents;
    data.complianceFilter = StatisticsScope::stopContactFilter(options.filter, data.period);

    const StatisticsScope scope = StatisticsScope::of(filter, data.period);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QLatin1String("SELECT id, dispositions FROM calls") + scope.where + QLatin1String(" AND ")
              + StatisticsScope::raisedSql(StatisticsScope::stopContactBits()) + QLatin1String(" ORDER BY ") + StatisticsScope::callDateSql()
              + QLatin1String(", id LIMIT ") + QString::number(MaxComplianceLines));
    bindAll(q, scope.bindings);
    if (!q.exec()) {
        *error = sqlProblem(q.lastError());
        return std::nullopt;
    }
    QList<qint64> ids;
    QHash<qint64, QString> dispositions;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        dispositions.insert(ids.constLast(), q.value(1).toString());
    }
    q.finish();
    for (CallRow row : reader.rows(ids)) {
        if (options.masker)
            row = maskedRow(*options.masker, std::move(row));
        ComplianceLine line;
        line.dateMs = row.createdMs >= 0 ? row.createdMs : row.endedMs >= 0 ? row.endedMs : row.firstReceivedMs;
        line.callId = row.callId;
        line.phone = row.phoneNumber;
        for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
            if (info.type == OutcomeType::Boolean && info.severity == Severity::StopContact && row.isRaised(info.id))
                line.flags.append(OutcomeCatalogue::label(info));
        }
        line.reviewState = reviewStateLabel(row.review);
        line.dispositions = dispositionText(dispositions.value(row.id), row.raisedMask);
        data.compliance.append(line);
    }
    return data;
}

} // namespace CallScope
