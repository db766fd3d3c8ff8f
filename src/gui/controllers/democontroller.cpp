// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "democontroller.h"

#include "dialogs/replaydialog.h"
#include "export/filejobs.h"
#include "exportcontroller.h"
#include "listener/backgroundlistener.h"
#include "replay/deliverysender.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

#include <cmath>

namespace CallScope {

namespace {

// "About 50 s", "About 4 min": how long `count` calls take at `rate` a second.
QString playingTime(int count, double rate)
{
    const qint64 seconds = qint64(std::ceil(count / rate));
    if (seconds < 90)
        return DemoController::tr("Sending them takes about %n second(s).", nullptr, int(seconds));
    if (seconds < 90 * 60)
        return DemoController::tr("Sending them takes about %n minute(s).", nullptr, int((seconds + 30) / 60));
    return DemoController::tr("Sending them takes about %n hour(s).", nullptr, int((seconds + 1800) / 3600));
}

} // namespace

DemoController::DemoController(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
{
    FileJobs *files = m_parts.files;
    connect(files, &FileJobs::sessionRead, this, [this](int job, const QList<IncomingDelivery> &read) {
        if (!m_pending.contains(job))
            return;
        ReplayPanel::Session session = m_pending.take(job).session;
        // A HAR's refused attempts kept no body: they are left out (an empty POST would be answered 400), and said.
        qint64 first = -1;
        QStringList skipped;
        session.deliveries = DeliverySender::toSend(read, tr("the session"), &first, &skipped);
        if (!skipped.isEmpty())
            m_parts.statusBar->showMessage(
                tr("%n refused attempt(s) of the session left out: their bodies were not kept.", nullptr, int(skipped.size())), 15000);
        playIntoWindow(std::move(session));
    });
    connect(files, &FileJobs::deliveriesRead, this, [this](int job, const QList<OutgoingDelivery> &deliveries) {
        if (!m_pending.contains(job))
            return;
        PendingJob pending = m_pending.take(job);
        pending.session.deliveries = deliveries;
        if (pending.kind == PendingJob::Kind::Synthetic) {
            playIntoWindow(std::move(pending.session));
            return;
        }
        m_parts.replayDock->show();
        m_parts.replay->start(std::move(pending.session));
    });
    connect(files, &FileJobs::failed, this, [this](int job, const QString &error, bool cancelled) {
        if (!m_pending.contains(job))
            return;
        const PendingJob::Kind kind = m_pending.take(job).kind;
        if (cancelled)
            return; // the user asked for it: the job's own widget says so
        switch (kind) {
        case PendingJob::Kind::Session: m_parts.problem(tr("Cannot play the session: %1").arg(error), false); break;
        case PendingJob::Kind::Replay: m_parts.problem(tr("Replay failed: %1").arg(error), false); break;
        case PendingJob::Kind::Synthetic: m_parts.problem(tr("Cannot generate the synthetic calls: %1").arg(error), false); break;
        case PendingJob::Kind::Workspace: m_parts.problem(tr("Cannot open the demo workspace: %1").arg(error), false); break;
        }
    });
    connect(files, &FileJobs::finished, this, [this](int job) {
        const auto it = m_pending.constFind(job);
        if (it == m_pending.cend() || it->kind != PendingJob::Kind::Workspace)
            return;
        const QString path = it->path;
        m_pending.erase(it);
        Q_EMIT demoWorkspaceReady(path);
    });
}

void DemoController::openDemoWorkspace(const QString &path)
{
    for (const PendingJob &pending : std::as_const(m_pending)) {
        if (pending.kind == PendingJob::Kind::Workspace)
            return; // it is being made: its window opens when it is ready
    }
    const int job = m_parts.files->openDemoWorkspace(path);
    m_pending.insert(job, {PendingJob::Kind::Workspace, {}, path});
    ExportController::Texts texts;
    texts.cancelled = tr("Opening the demo workspace was cancelled.");
    texts.done = [](qint64 calls, const QString &) { return tr("The demo workspace holds %n call(s).", nullptr, int(calls)); };
    m_parts.exports->track(job, tr("Preparing the demo workspace…"), std::move(texts));
}

void DemoController::playSynthetic()
{
    if (!m_parts.listener->isRunning()) {
        m_parts.problem(tr("The listener is not running: start it to play a demo into this window."), true);
        return;
    }
    // One question, with its answer's cost in time: how many, and (rarely changed) how fast.
    QDialog dialog(m_parts.window);
    dialog.setWindowTitle(tr("Play synthetic calls"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Realistic generated calls are sent to this window's listener."), &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *count = new QSpinBox(&dialog);
    count->setRange(1, 100000);
    count->setSingleStep(100);
    count->setGroupSeparatorShown(true);
    count->setValue(2000);
    count->setAccessibleName(tr("Number of calls"));
    form->addRow(tr("&Calls:"), count);
    auto *rate = new QSpinBox(&dialog);
    rate->setRange(1, 1000);
    rate->setValue(int(defaultRate));
    rate->setSuffix(tr(" a second"));
    rate->setAccessibleName(tr("Calls a second"));
    form->addRow(tr("&Rate:"), rate);
    auto *estimate = new QLabel(&dialog);
    estimate->setObjectName(QStringLiteral("estimate"));
    form->addRow(estimate);
    const auto updateEstimate = [estimate, count, rate] { estimate->setText(playingTime(count->value(), rate->value())); };
    connect(count, &QSpinBox::valueChanged, &dialog, updateEstimate);
    connect(rate, &QSpinBox::valueChanged, &dialog, updateEstimate);
    updateEstimate();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Play"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    count->selectAll();
    if (dialog.exec() == QDialog::Accepted)
        startSyntheticDemo(count->value(), rate->value());
}

void DemoController::startSyntheticDemo(int count, double rate)
{
    // 100,000 calls take seconds to generate: on a job thread, with their progress and Cancel shown.
    ReplayPanel::Session session;
    session.title = tr("Demo: %n synthetic call(s)", nullptr, count);
    session.rate = rate;
    const int job = m_parts.files->generateSynthetic(count, quint32(QDateTime::currentMSecsSinceEpoch()));
    m_pending.insert(job, {PendingJob::Kind::Synthetic, std::move(session)});
    ExportController::Texts texts;
    texts.cancelled = tr("The synthetic demo was cancelled.");
    m_parts.exports->track(job, tr("Generating %n synthetic call(s)…", nullptr, count), std::move(texts));
}

void DemoController::sendSampleCalls()
{
    ReplayPanel::Session session;
    session.title = tr("Sample calls");
    session.rate = 5;
    const QDir samples(QStringLiteral(":/samples"));
    for (const QString &name : samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            session.deliveries.append({file.readAll(), DeliverySender::contentHeaders({}), 0, name});
    }
    playIntoWindow(std::move(session));
}

void DemoController::playSession()
{
    if (!m_parts.listener->isRunning()) {
        m_parts.problem(tr("The listener is not running: start it to play a session into this window."), true);
        return;
    }
    const QString file = QFileDialog::getOpenFileName(m_parts.window, tr("Play a session file"), QString(),
                                                      tr("Sessions (*.har *.ndjson *.jsonl *.json);;All files (*)"));
    if (file.isEmpty())
        return;
    bool ok = false;
    const double speed = QInputDialog::getDouble(m_parts.window, tr("Play a session file"), tr("Speed (2 plays the recorded gaps twice as fast):"),
                                                 1, 0.01, 10000, 2, &ok);
    if (ok)
        startSessionDemo(file, speed);
}

void DemoController::startSessionDemo(const QString &file, double speed)
{
    // Read off the GUI thread; the session starts when the file is in, whatever else is being read.
    ReplayPanel::Session session;
    session.title = tr("Demo: %1").arg(QFileInfo(file).fileName());
    session.speed = speed;
    m_pending.insert(m_parts.files->readSession(file), {PendingJob::Kind::Session, std::move(session)});
}

void DemoController::replay(const QList<qint64> &ids, std::optional<OutgoingDelivery> edit)
{
    const bool withEdits = edit.has_value();
    ReplayDialog dialog(m_parts.settings, int(ids.size()), std::move(edit), m_parts.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReplayPanel::Session session;
    session.target = dialog.target();
    session.signingKey = dialog.signingKey();
    if (withEdits) {
        session.title = tr("Replay with edits");
        session.deliveries = {dialog.editedDelivery()};
        m_parts.replayDock->show();
        m_parts.replay->start(std::move(session));
        return;
    }
    // The stored bodies are read off the GUI thread, then sent.
    session.title = tr("Replay of %n call(s)", nullptr, int(ids.size()));
    m_pending.insert(m_parts.files->readForReplay(m_parts.databasePath(), ids), {PendingJob::Kind::Replay, std::move(session)});
}

void DemoController::playIntoWindow(ReplayPanel::Session session)
{
    // Sent as the platform would: to this window's listener, with the token and signature it requires.
    const ListenerOptions options = m_parts.options();
    session.target = QUrl(m_parts.listener->url());
    session.signingKey = options.auth.secretKey;
    if (!options.auth.token.isEmpty()) {
        for (OutgoingDelivery &d : session.deliveries)
            d.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + options.auth.token));
    }
    m_parts.replayDock->show();
    m_parts.replay->start(std::move(session));
}

} // namespace CallScope
