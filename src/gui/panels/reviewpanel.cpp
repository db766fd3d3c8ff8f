// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reviewpanel.h"
#include "ui_reviewpanel.h"

#include "models/outcomebadges.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>

namespace CallScope {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewPanel>())
{
    m_ui->setupUi(this);
    m_ui->stateCaption->setBuddy(m_ui->stateCombo);
    m_ui->noteCaption->setBuddy(m_ui->noteEdit);
    for (const ReviewState s : {ReviewState::Unreviewed, ReviewState::Reviewed, ReviewState::FollowUp})
        m_ui->stateCombo->addItem(reviewStateLabel(s), int(s));
    m_ui->dispositionsView->setHeaderLabels({tr("Flag"), tr("Value"), tr("Disposition")});
    m_ui->auditView->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_callRow, change()); });
    connect(m_ui->reviewedNextButton, &QPushButton::clicked, this, [this] {
        ReviewChange c = change();
        c.state = ReviewState::Reviewed;
        Q_EMIT reviewedAndNextRequested(m_callRow, c);
    });
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::showCall(const CallDetail &detail, const QString &reviewer, bool presenter)
{
    m_callRow = detail.row.id;
    m_presenter = presenter;
    m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->findData(int(detail.row.review)));
    m_ui->noteEdit->setPlainText(detail.reviewNote);
    // In presenter mode the note is hidden (free text), so it must not be edited: saving would replace it.
    m_ui->noteEdit->setReadOnly(presenter);
    m_ui->noteEdit->setToolTip(presenter ? tr("Review notes are hidden and cannot be edited in presenter mode.") : QString());
    m_ui->reviewerLabel->setText(detail.reviewer.isEmpty() ? tr("(you review as %1)").arg(reviewer)
                                                           : tr("last reviewed by %1; you review as %2").arg(detail.reviewer, reviewer));
    // One line per raised flag a reviewer must stand behind: every stop-contact outcome of the catalogue.
    m_ui->dispositionsView->clear();
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (info.severity != Severity::StopContact || !detail.parsed.event.isRaised(info.id))
            continue;
        auto *item = new QTreeWidgetItem(m_ui->dispositionsView, {OutcomeCatalogue::label(info), outcomeDisplayText(detail.parsed.event.value(info.id))});
        item->setData(0, Qt::UserRole, QString(info.key));
        auto *combo = new QComboBox(m_ui->dispositionsView);
        combo->addItem(tr("not reviewed"), QString());
        combo->addItem(tr("confirmed"), dispositionName(Disposition::Confirmed));
        combo->addItem(tr("overturned"), dispositionName(Disposition::Overturned));
        const auto it = detail.dispositions.constFind(QString(info.key));
        if (it != detail.dispositions.cend())
            combo->setCurrentIndex(combo->findData(dispositionName(*it)));
        m_ui->dispositionsView->setItemWidget(item, 2, combo);
    }
    const bool anyFlag = m_ui->dispositionsView->topLevelItemCount() > 0;
    m_ui->dispositionsView->setVisible(anyFlag);
    m_ui->dispositionsCaption->setText(anyFlag ? tr("Compliance flags raised on this call: confirm or overturn each")
                                               : tr("No compliance flag is raised on this call."));
    m_ui->dispositionsView->resizeColumnToContents(0);
    m_ui->auditView->clear();
    for (const ReviewAuditEntry &e : detail.audit) {
        new QTreeWidgetItem(m_ui->auditView, {QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.reviewer,
                                               e.field, e.oldValue, e.newValue});
    }
}

ReviewChange ReviewPanel::change() const
{
    ReviewChange c;
    c.state = ReviewState(m_ui->stateCombo->currentData().toInt());
    if (!m_presenter)
        c.note = m_ui->noteEdit->toPlainText();
    for (int i = 0; i < m_ui->dispositionsView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->dispositionsView->topLevelItem(i);
        const auto *combo = qobject_cast<QComboBox *>(m_ui->dispositionsView->itemWidget(item, 2));
        c.dispositions.insert(item->data(0, Qt::UserRole).toString(), dispositionFromName(combo->currentData().toString()));
    }
    return c;
}

} // namespace CallScope
