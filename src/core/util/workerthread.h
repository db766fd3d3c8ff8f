// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace CallScope {

// A thread with an object living in it, to run functions there: the listener and the reader each own one,
// so that no socket or SQL call runs on the GUI thread. Stopping waits for what is queued to finish.
class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)
public:
    explicit WorkerThread(const QString &name)
        : m_context(new QObject)
    {
        m_thread.setObjectName(name);
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~WorkerThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    // The object in the thread: the context (receiver) of whatever must run there.
    QObject *context() const { return m_context; }

    // Runs f in the thread, after what is already queued.
    template<typename F>
    void post(F &&f)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::QueuedConnection);
    }
    // Runs f in the thread and waits for it (start-up and shut-down only, never on a user's action).
    template<typename F>
    void runAndWait(F &&f)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context;
};

} // namespace CallScope
