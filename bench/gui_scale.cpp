// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The window over a big store: a database of N generated calls (1,000,000 by default, made once and kept
// for later runs), then the real MainWindow on it, timing what a user waits for:
//   first rows  - from constructing the window to the first painted page of rows
//   sort        - from a click on "Duration" to the sorted rows painted
//   filter      - from applying a filter to the matching rows painted (flags; then text: words, field~text)
//   Ctrl+N      - next unreviewed call when there is none: the store walks every id of the list
//   peak memory - the process's maximum resident set
// Usage: bench_gui_scale [CALLS] [DATABASE]   (QT_QPA_PLATFORM=offscreen works without a display)
// With CALLSCOPE_BENCH_COLD=1 (as root) the kernel's page cache is dropped before every step, so that each
// step reads from disk as the first one after a restart would: without it only the first step is cold.
#include "benchsupport.h"
#include "listener/backgroundlistener.h"
#include "mainwindow.h"
#include "models/calltablemodel.h"
#include "panels/filterbar.h"
#include "settings/appsettings.h"
#include "settings/secretstore.h"
#include "storage/callqueryservice.h"
#include "storage/deliverystore.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace CallScope;

namespace {

// Fills the calls and deliveries tables directly, in one transaction: the listener would take minutes
// for a million, and what is measured here is reading, not writing.
bool generate(const QString &path, int calls)
{
    {
        DeliveryStore store(path); // creates and migrates the schema
        QString error;
        if (!store.open(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("generate"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    db.transaction();
    QSqlQuery call(db);
    call.prepare(QStringLiteral(
        "INSERT INTO calls (id, idempotency_key, event, call_id, phone_number, file_number, organization_id, organization_name, "
        "agent_id, agent_name, status, duration_ms, summary, created_at, ended_at, created_ms, ended_ms, outcomes, raised_mask, "
        "severity, validation, first_received_ms, last_received_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery delivery(db);
    delivery.prepare(QStringLiteral(
        "INSERT INTO deliveries (call_ref, received_ms, method, path, query, headers, remote_address, body, body_size, validation, "
        "problems, answer_status, answer) VALUES (?,?,'POST','/webhook','','[]','127.0.0.1',?,?,0,'[]',200,'{}')"));
    QRandomGenerator random(42);
    const qint64 start = 1'767'225'600'000; // 2026-01-01
    const QByteArray body = Bench::typicalBody(0); // what the window reads of it is the detail of one call
    for (int i = 1; i <= calls; ++i) {
        const qint64 received = start + qint64(i) * 30'000;
        const qint64 duration = random.bounded(5'000, 900'000);
        // A plausible spread: 2% do-not-call, 1% bankruptcy, 10% wrong party, 15% payment made.
        const quint32 roll = random.bounded(100);
        QJsonObject outcomes{{QStringLiteral("confirmedName"), roll >= 10}, {QStringLiteral("wasTheRightParty"), roll >= 10}};
        qint64 mask = roll >= 10 ? (qint64(1) << int(OutcomeId::ConfirmedName)) | (qint64(1) << int(OutcomeId::WasTheRightParty)) : 0;
        Severity severity = Severity::None;
        if (roll < 10) {
            outcomes.insert(QStringLiteral("wasWrongParty"), true);
            mask |= qint64(1) << int(OutcomeId::WasWrongParty);
            severity = Severity::Reachability;
        } else if (roll < 25) {
            outcomes.insert(QStringLiteral("paymentMade"), true);
            mask |= qint64(1) << int(OutcomeId::PaymentMade);
            severity = Severity::Positive;
        } else if (roll < 27) {
            outcomes.insert(QStringLiteral("doNotCall"), true);
            mask |= qint64(1) << int(OutcomeId::DoNotCall);
            severity = Severity::StopContact;
        } else if (roll < 28) {
            outcomes.insert(QStringLiteral("bankruptcy"), true);
            mask |= qint64(1) << int(OutcomeId::Bankruptcy);
            severity = Severity::StopContact;
        }
        const QString callId = QStringLiteral("%1").arg(i, 24, 16, QLatin1Char('0'));
        const QVariantList values{i, QString(QStringLiteral("call.completed:org:") + callId), QStringLiteral("call.completed"), callId,
                                  QStringLiteral("+1512555%1").arg(i % 10000, 4, 10, QLatin1Char('0')), QStringLiteral("ACC-%1").arg(i),
                                  QStringLiteral("507f1f77bcf86cd799439011"), QStringLiteral("Acme Corp"),
                                  QStringLiteral("507f191e810c19729de860ea"), QStringLiteral("Outbound Collections"),
                                  QStringLiteral("Completed"), duration, QStringLiteral("Customer agreed to make payment."),
                                  QDateTime::fromMSecsSinceEpoch(received - duration, Qt::UTC).toString(Qt::ISODateWithMs),
                                  QDateTime::fromMSecsSinceEpoch(received, Qt::UTC).toString(Qt::ISODateWithMs), received - duration,
                                  received, QString::fromUtf8(QJsonDocument(outcomes).toJson(QJsonDocument::Compact)), mask, int(severity), 0,
                                  received, received};
        for (const QVariant &v : values)
            call.addBindValue(v);
        if (!call.exec()) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(call.lastError().text()));
            return false;
        }
        delivery.addBindValue(i);
        delivery.addBindValue(received);
        delivery.addBindValue(body);
        delivery.addBindValue(body.size());
        delivery.exec();
        if (i % 100'000 == 0)
            std::fprintf(stderr, "generated %d calls\n", i);
    }
    db.commit();
    q.exec(QStringLiteral("ANALYZE"));
    return true;
}

// Empties the kernel's page cache (written back first) when CALLSCOPE_BENCH_COLD is set; needs root.
void dropPageCacheIfCold()
{
    static const bool cold = qEnvironmentVariableIsSet("CALLSCOPE_BENCH_COLD");
    if (!cold)
        return;
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!drop.open(QIODevice::WriteOnly) || drop.write("3") != 1)
        std::fprintf(stderr, "cannot drop the page cache (CALLSCOPE_BENCH_COLD needs root)\n");
}

long peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Spins the event loop until `done` holds, then once more for the paint; returns the elapsed ms.
template<typename Done>
qint64 waitFor(QElapsedTimer &timer, Done done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents(); // the repaint of the rows that arrived
    return timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int calls = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("scale.db"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer generation;
        generation.start();
        if (!generate(path, calls))
            return 1;
        std::fprintf(stderr, "generated %d calls in %.1f s\n", calls, generation.elapsed() / 1000.0);
    }
    const long memoryBefore = peakMemoryMb();

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setFollowNewest(true); // as a user watching live calls: the newest rows, at the bottom
    ListenerOptions options;
    options.port = 0;
    QElapsedTimer timer;
    dropPageCacheIfCold();
    timer.start();
    SecretStore secrets(&settings, QStringLiteral("CallScope-bench")); // none kept: read, not found, the listener starts
    MainWindow window(&settings, &secrets, options, path);
    window.resize(1400, 820);
    window.show();
    CallTableModel *model = window.callsModel();
    auto *view = window.findChild<QTableView *>(QStringLiteral("callsView"));
    // The rows on screen are loaded (the view asked for them when it painted).
    const auto firstRowsLoaded = [&] {
        const int top = view->rowAt(0);
        const int bottom = view->rowAt(view->viewport()->height() - 1);
        if (model->rowCount() == 0 || top < 0)
            return false;
        for (int r = top; r <= (bottom < 0 ? model->rowCount() - 1 : bottom); ++r) {
            if (!model->data(model->index(r, 0), CallTableModel::LoadedRole).toBool())
                return false;
        }
        return true;
    };
    const qint64 firstRows = waitFor(timer, firstRowsLoaded);
    const int total = model->rowCount();

    int lists = 0;
    QList<qint64> queryMs;
    QObject::connect(model, &CallTableModel::listReady, &app, [&](qint64 ms) {
        ++lists;
        queryMs.append(ms);
    });
    dropPageCacheIfCold();
    timer.restart();
    view->horizontalHeader()->setSortIndicator(CallTableModel::DurationColumn, Qt::DescendingOrder); // as a click does
    const qint64 sort = waitFor(timer, [&] { return lists == 1 && firstRowsLoaded(); });

    dropPageCacheIfCold();
    timer.restart();
    window.filterBar()->apply(QStringLiteral("doNotCall or bankruptcy"));
    const qint64 filter = waitFor(timer, [&] { return lists == 2 && firstRowsLoaded(); });
    const int matching = model->rowCount();

    dropPageCacheIfCold();
    timer.restart();
    window.filterBar()->apply(QStringLiteral("phone~5550042 duration>10m"));
    const qint64 textFilter = waitFor(timer, [&] { return lists == 3 && (model->rowCount() == 0 || firstRowsLoaded()); });
    const int textMatching = model->rowCount();

    // Text searches (issue 17): a bare word, a field that contains a text, and text with a number.
    struct TextStep {
        QString filter;
        qint64 ms = 0;
        qint64 queryMs = 0;
        int matching = 0;
    };
    std::vector<TextStep> textSteps{{QStringLiteral("ACC-4242")}, {QStringLiteral("payment")}, {QStringLiteral("phone~5550042")},
                                    {QStringLiteral("duration>10m agent~x")}, {QStringLiteral("duration>10m agent~collect")}};
    for (TextStep &step : textSteps) {
        const int listsBefore = lists;
        dropPageCacheIfCold();
        timer.restart();
        window.filterBar()->apply(step.filter);
        step.ms = waitFor(timer, [&] { return lists == listsBefore + 1 && (model->rowCount() == 0 || firstRowsLoaded()); });
        step.queryMs = queryMs.constLast();
        step.matching = model->rowCount();
    }

    dropPageCacheIfCold();
    timer.restart();
    window.filterBar()->apply(QString());
    view->horizontalHeader()->setSortIndicator(CallTableModel::PhoneColumn, Qt::AscendingOrder);
    // The two requests overlap: the first list is superseded by the second, as when a user is quick.
    const qint64 textSort = waitFor(timer, [&] {
        return !model->isQuerying() && model->sortOrder().field == CallSort::Field::Phone && model->rowCount() == total && firstRowsLoaded();
    });

    // Every column's sort over the whole store, as a click on its header (an outcome's column too).
    struct SortStep {
        int column;
        Qt::SortOrder order;
        qint64 ms = 0;
        qint64 queryMs = 0;
    };
    model->setOutcomeColumns({int(OutcomeId::PaymentMade)});
    std::vector<SortStep> sortSteps;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != CallTableModel::PhoneColumn)
            sortSteps.push_back({column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder});
    }
    for (SortStep &step : sortSteps) {
        const int listsBefore = lists;
        dropPageCacheIfCold();
        timer.restart();
        view->horizontalHeader()->setSortIndicator(step.column, step.order);
        step.ms = waitFor(timer, [&] { return lists == listsBefore + 1 && !model->isQuerying() && firstRowsLoaded(); });
        step.queryMs = queryMs.constLast();
    }

    // Ctrl+N at its worst: every call is reviewed, so the store is asked about every id of the list, in
    // chunks, before it can say that none is left (the window stays responsive meanwhile: it is the reader
    // thread that walks them).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reviewed"));
        db.setDatabaseName(path);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("UPDATE calls SET review_state = 1 WHERE review_state = 0"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reviewed"));
    bool noneLeft = false;
    QObject::connect(window.findChild<CallQueryService *>(), &CallQueryService::nextFound, &app,
                     [&](quint64, qint64 id) { noneLeft = id == 0; });
    view->selectRow(0);
    dropPageCacheIfCold();
    timer.restart();
    window.findChild<QAction *>(QStringLiteral("actionNextUnreviewed"))->trigger();
    const qint64 nextUnreviewed = waitFor(timer, [&] { return noneLeft; });

    std::printf("%d calls in the store (%lld MB on disk); window %s\n", total, qlonglong(QFileInfo(path).size() >> 20),
                qPrintable(QGuiApplication::platformName()));
    std::printf("| step | ms until painted | of which the query on the reader thread |\n| --- | ---: | ---: |\n");
    std::printf("| start to first painted rows | %lld | |\n", qlonglong(firstRows));
    std::printf("| sort by duration (descending) | %lld | %lld |\n", qlonglong(sort), qlonglong(queryMs.value(0)));
    std::printf("| filter `doNotCall or bankruptcy` (%d match) | %lld | %lld |\n", matching, qlonglong(filter), qlonglong(queryMs.value(1)));
    std::printf("| filter `phone~5550042 duration>10m` (%d match) | %lld | %lld |\n", textMatching, qlonglong(textFilter), qlonglong(queryMs.value(2)));
    for (const TextStep &step : textSteps)
        std::printf("| filter `%s` (%d match) | %lld | %lld |\n", qPrintable(step.filter), step.matching, qlonglong(step.ms), qlonglong(step.queryMs));
    std::printf("| clear the filter, then at once sort by phone (text) | %lld | %lld |\n", qlonglong(textSort),
                qlonglong(queryMs.value(queryMs.size() - 1)));
    for (const SortStep &step : sortSteps)
        std::printf("| sort by %s (%s) | %lld | %lld |\n", qPrintable(model->headerData(step.column, Qt::Horizontal).toString()),
                    step.order == Qt::AscendingOrder ? "ascending" : "descending", qlonglong(step.ms), qlonglong(step.queryMs));
    std::printf("| Ctrl+N with every call reviewed (the store asked about all %d) | %lld | |\n", total, qlonglong(nextUnreviewed));
    std::printf("peak memory: %ld MB (%ld MB before the window; generation, if any, included)\n", peakMemoryMb(), memoryBefore);
    return 0;
}
