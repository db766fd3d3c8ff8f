// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "review.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace CallScope {

QString dispositionName(Disposition d)
{
    return d == Disposition::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("overturned");
}

std::optional<Disposition> dispositionFromName(QStringView name)
{
    if (name == u"confirmed")
        return Disposition::Confirmed;
    if (name == u"overturned")
        return Disposition::Overturned;
    return std::nullopt;
}

Dispositions dispositionsFromJson(const QString &json)
{
    Dispositions result;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString name = it.value().isString() ? it.value().toString() : entry.value(QLatin1String("disposition")).toString();
        if (const std::optional<Disposition> d = dispositionFromName(name))
            result.insert(it.key(), {*d, entry.value(QLatin1String("reason")).toString()});
    }
    return result;
}

QString dispositionsToJson(const Dispositions &dispositions)
{
    if (dispositions.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = dispositions.cbegin(); it != dispositions.cend(); ++it) {
        QJsonObject entry{{QLatin1String("disposition"), dispositionName(it->disposition)}};
        if (!it->reason.isEmpty())
            entry.insert(QLatin1String("reason"), it->reason);
        object.insert(it.key(), entry);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<OutcomeId> ReviewRules::flagsToJudge(qint64 raisedMask, qint64 malformedMask)
{
    QList<OutcomeId> flags;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        const qint64 bit = qint64(1) << int(info.id);
        if (info.severity == Severity::StopContact && info.type == OutcomeType::Boolean && ((raisedMask | malformedMask) & bit))
            flags.append(info.id);
    }
    return flags;
}

QList<OutcomeId> ReviewRules::unjudged(qint64 raisedMask, qint64 malformedMask, const Dispositions &dispositions)
{
    QList<OutcomeId> missing;
    for (const OutcomeId id : flagsToJudge(raisedMask, malformedMask)) {
        const auto it = dispositions.constFind(QString(OutcomeCatalogue::at(id).key));
        if (it == dispositions.cend() || (it->disposition == Disposition::Overturned && it->reason.trimmed().isEmpty()))
            missing.append(id);
    }
    return missing;
}

QString ReviewRules::unjudgedMessage(const QList<OutcomeId> &flags)
{
    QStringList labels;
    for (const OutcomeId id : flags)
        labels.append(OutcomeCatalogue::label(OutcomeCatalogue::at(id)));
    return QCoreApplication::translate("CallScope::ReviewRules", "give each stop-contact flag a disposition first (confirmed, or overturned with a reason): %1.")
        .arg(QLocale().createSeparatedList(labels));
}

} // namespace CallScope
