// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace CallScope {

// One running file job in the status bar: what it does, how far it is, and a Cancel of its own, so that two
// exports at once never share one progress dialog (issue 15, item 8).
class JobProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgress)
public:
    JobProgress(int job, const QString &label, QWidget *parent = nullptr);

    int job() const { return m_job; }
    QString label() const;
    void setLabel(const QString &text);
    // A busy bar until the total is known.
    void setProgress(qint64 done, qint64 total);
    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested(int job);

private:
    int m_job;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace CallScope
