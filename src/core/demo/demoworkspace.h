// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <atomic>
#include <optional>

namespace CallScope {

// What the demo workspace holds.
struct DemoWorkspaceSummary {
    qint64 calls = 0;
    int reviewed = 0;
    int followUps = 0;
    bool created = false; // made now, rather than found from an earlier time
};

// The demo workspace: a store of its own, apart from the user's, holding about two thousand realistic calls
// over the last 30 days (SyntheticCalls' schedule: business hours, weekdays heavier, several agents and
// organizations) and the review work a team would have done on them: most compliance cases reviewed with
// their dispositions (a few overturned, with the reason), some marked for follow-up, a few left for the
// viewer to open, and a share of ordinary calls reviewed too. A client sees a store in use, and the user's
// own store is never opened.
class DemoWorkspace final
{
public:
    DemoWorkspace() = delete;

    static constexpr int CallCount = 2000;
    static constexpr int Days = 30;

    // Where the window keeps it: "demo-workspace.db" in the application's data folder, beside (never
    // instead of) the user's store.
    static QString defaultPath();

    // Opens the demo store at `path`, filling it first when it holds no call (`now` ends its 30 days). Runs
    // in the calling thread, which it keeps busy for a second or two: a window runs it as a file job. On
    // failure, or when `cancelled` is set, nullopt and one sentence in `error` (empty when cancelled, and the
    // half-made store is removed).
    static std::optional<DemoWorkspaceSummary> open(const QString &path, const QDateTime &now, QString *error,
                                                    const std::atomic<bool> *cancelled = nullptr);

private:
    // open() without the cleaning up of a cancelled fill; the store is closed when it returns.
    static std::optional<DemoWorkspaceSummary> fill(const QString &path, const QDateTime &now, QString *error,
                                                    const std::atomic<bool> *cancelled);
};

} // namespace CallScope
