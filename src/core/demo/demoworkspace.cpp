// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "demoworkspace.h"

#include "domain/syntheticcalls.h"
#include "export/callimport.h"
#include "export/chunkedimport.h"
#include "storage/deliverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace CallScope {

namespace {

// The same workspace every time, dated to the day it is made: a demo the presenter knows by heart.
constexpr quint32 kSeed = 20261201;
const char *const kReviewers[] = {"Dana Whitfield", "Marcus Lee", "Priya Raman"};
constexpr qint64 kHourMs = 3600 * 1000;

QString text(const char *source)
{
    return QCoreApplication::translate("CallScope::DemoWorkspace", source);
}

// The review a team would have given one call by `now`: most compliance cases settled (a few flags
// overturned, with the reason), some waiting on a follow-up, the newest ones still open; one ordinary call
// in eight looked at too. Nothing for a call that is left unreviewed.
std::optional<ReviewChange> reviewFor(const StoreReceipt &receipt, qint64 ageMs, QRandomGenerator &random)
{
    const QList<OutcomeId> flags = ReviewRules::flagsToJudge(receipt.raisedMask, 0);
    const double roll = random.generateDouble();
    const bool recent = ageMs < 20 * kHourMs;
    ReviewChange change;
    if (flags.isEmpty()) {
        if (recent || roll >= 0.125)
            return std::nullopt;
        change.state = ReviewState::Reviewed;
        return change;
    }
    if (recent || roll >= 0.88)
        return std::nullopt; // the compliance cases a viewer opens in the demo
    if (roll >= 0.72) {
        change.state = ReviewState::FollowUp;
        change.note = text(QT_TRANSLATE_NOOP("CallScope::DemoWorkspace", "Waiting for the consumer's letter before the account is closed to calls."));
        return change;
    }
    change.state = ReviewState::Reviewed;
    bool overturned = false;
    for (const OutcomeId id : flags) {
        const QString key(OutcomeCatalogue::at(id).key);
        if (random.generateDouble() < 0.1) {
            overturned = true;
            change.dispositions.insert(key, DispositionEntry(Disposition::Overturned, text(QT_TRANSLATE_NOOP("CallScope::DemoWorkspace", "On the recording the consumer asks for no calls this week only."))));
        } else {
            change.dispositions.insert(key, DispositionEntry(Disposition::Confirmed));
        }
    }
    change.note = overturned ? text(QT_TRANSLATE_NOOP("CallScope::DemoWorkspace", "Listened to the recording: the request was for this week only."))
                             : text(QT_TRANSLATE_NOOP("CallScope::DemoWorkspace", "Confirmed on the recording; the account is marked for letters only."));
    return change;
}

} // namespace

QString DemoWorkspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo-workspace.db"));
}

std::optional<DemoWorkspaceSummary> DemoWorkspace::open(const QString &path, const QDateTime &now, QString *error,
                                                        const std::atomic<bool> *cancelled)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::optional<DemoWorkspaceSummary> summary = fill(path, now, error, cancelled);
    if (!summary && error->isEmpty()) {
        // Cancelled while it was being made: no half-made workspace is left to be taken for a whole one.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return summary;
}

std::optional<DemoWorkspaceSummary> DemoWorkspace::fill(const QString &path, const QDateTime &now, QString *error,
                                                        const std::atomic<bool> *cancelled)
{
    const auto stop = [&] {
        if (!cancelled || !cancelled->load())
            return false;
        error->clear();
        return true;
    };
    DeliveryStore store(path);
    if (!store.open(error))
        return std::nullopt;
    DemoWorkspaceSummary summary;
    summary.calls = store.callCount();
    if (summary.calls > 0)
        return summary; // made before: opened as it is, the reviews done in it since kept

    SyntheticCalls generator(kSeed, CallCount, now, Days);
    QList<IncomingDelivery> deliveries;
    QList<qint64> receivedMs;
    deliveries.reserve(CallCount);
    const QString origin = text(QT_TRANSLATE_NOOP("CallScope::DemoWorkspace", "demo workspace"));
    for (int i = 0; i < CallCount; ++i) {
        QByteArray body = generator.next();
        receivedMs.append(generator.lastSentAt().toMSecsSinceEpoch());
        deliveries.append(CallImport::delivery(std::move(body), receivedMs.constLast(), origin));
    }
    if (stop())
        return std::nullopt;
    QList<StoreReceipt> receipts;
    QObject::connect(&store, &DeliveryStore::stored, &store, [&receipts](const QList<StoreReceipt> &written) { receipts += written; });
    for (qsizetype from = 0; from < deliveries.size(); from += ChunkedImport::ChunkSize) {
        if (!store.importChunk(deliveries.mid(from, ChunkedImport::ChunkSize), error))
            return std::nullopt;
    }
    deliveries.clear();

    QRandomGenerator random(kSeed);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        if (stop())
            return std::nullopt;
        const StoreReceipt &r = receipts[i];
        if (!r.newCall())
            continue;
        const qint64 ageMs = nowMs - receivedMs[i];
        const std::optional<ReviewChange> change = reviewFor(r, ageMs, random);
        if (!change)
            continue;
        // Reviewed within a working day or so of the call, never later than now.
        const qint64 atMs = std::min(nowMs - 60'000, receivedMs[i] + 20 * 60'000 + qint64(random.bounded(26 * 60)) * 60'000);
        const QString reviewer = QString::fromUtf8(kReviewers[random.bounded(int(std::size(kReviewers)))]);
        if (!store.review(r.callRowId, *change, reviewer, atMs, error))
            return std::nullopt;
        (*change->state == ReviewState::FollowUp ? summary.followUps : summary.reviewed) += 1;
    }
    store.flush();
    summary.calls = store.callCount();
    summary.created = true;
    return summary;
}

} // namespace CallScope
