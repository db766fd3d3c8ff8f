// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "calldetailpanel.h"
#include "domain/durationtext.h"
#include "ui_calldetailpanel.h"

#include "domain/callpattern.h"
#include "domain/masker.h"
#include "listener/webhookanswer.h"
#include "models/calloutcomemodel.h"
#include "models/reviewdrafts.h"
#include "panels/reviewpanel.h"
#include "storage/callqueryservice.h"
#include "widgets/elision.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/plaintooltip.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QUrl>

namespace CallScope {

namespace {

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

// A timestamp in local time when it reads as one, else as sent.
QString timestampText(const QString &sent, qint64 ms)
{
    if (ms < 0)
        return sent.isEmpty() ? CallDetailPanel::tr("—") : sent;
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<QStandardItem *> itemRow(const QStringList &texts)
{
    QList<QStandardItem *> items;
    for (const QString &t : texts) {
        auto *item = new QStandardItem(t);
        item->setEditable(false);
        item->setToolTip(t.size() > 60 ? plainToolTip(t) : QString());
        items.append(item);
    }
    return items;
}

} // namespace

CallDetailPanel::CallDetailPanel(CallQueryService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallDetailPanel>())
    , m_service(service)
    , m_outcomes(new CallOutcomeModel(this))
    , m_problems(new QStandardItemModel(this))
    , m_deliveries(new QStandardItemModel(this))
    , m_headers(new QStandardItemModel(this))
    , m_review(new ReviewPanel(this))
    , m_capNotice(new QWidget(this))
    , m_capLabel(new QLabel(m_capNotice))
    , m_showAllButton(new QPushButton(tr("Show &all"), m_capNotice))
    , m_saveBodyButton(new QPushButton(tr("Save bod&y…"), m_capNotice))
{
    m_ui->setupUi(this);
    m_capNotice->setObjectName(QStringLiteral("capNotice"));
    m_showAllButton->setObjectName(QStringLiteral("showAllButton"));
    m_saveBodyButton->setObjectName(QStringLiteral("saveBodyButton"));
    m_showAllButton->setAccessibleName(tr("Show the whole body"));
    m_saveBodyButton->setAccessibleName(tr("Save the body to a file"));
    auto *capLayout = new QHBoxLayout(m_capNotice);
    capLayout->setContentsMargins(0, 0, 0, 0);
    capLayout->addWidget(m_capLabel, 1);
    capLayout->addWidget(m_showAllButton);
    capLayout->addWidget(m_saveBodyButton);
    m_capLabel->setWordWrap(true);
    m_ui->rawLayout->insertWidget(m_ui->rawLayout->indexOf(m_ui->rawEdit), m_capNotice);
    m_capNotice->hide();
    connect(m_showAllButton, &QPushButton::clicked, this, [this] { showRawText(m_rawDelivery, true); });
    connect(m_saveBodyButton, &QPushButton::clicked, this, [this] {
        if (m_detail && m_rawDelivery >= 0 && m_rawDelivery < m_detail->deliveries.size())
            Q_EMIT saveBodyRequested(m_detail->deliveries.at(m_rawDelivery).body);
    });
    // Long values (and longer captions in Spanish) must not widen the pane past the window: values give
    // way (their tooltips hold the full text), tabs scroll.
    for (int i = 0; i < m_ui->headerGrid->count(); ++i) {
        if (QWidget *w = m_ui->headerGrid->itemAt(i)->widget())
            w->setMinimumWidth(24);
    }
    m_ui->titleLabel->setMinimumWidth(24);
    m_ui->recordingLabel->setMinimumWidth(24);
    m_ui->tabs->setUsesScrollButtons(true);
    m_ui->tabs->tabBar()->setAccessibleName(tr("Call details"));
    // Payload strings are untrusted: no label of this pane ever interprets rich text.
    for (QLabel *label : findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
    m_ui->outcomeView->setModel(m_outcomes);
    m_ui->problemsView->setModel(m_problems);
    m_ui->deliveriesView->setModel(m_deliveries);
    m_ui->headersView->setModel(m_headers);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawEdit->setFont(mono);
    m_ui->diffEdit->setFont(mono);
    m_ui->tabs->insertTab(1, m_review, tr("Re&view"));
    m_rawHighlighter = new JsonHighlighter(m_ui->rawEdit->document());
    m_diffHighlighter = new JsonHighlighter(m_ui->diffEdit->document());
    // Long values (timestamps, names) are clipped rather than widening the pane; the tooltip has them whole.
    for (QLabel *label : {m_ui->titleLabel, m_ui->phoneLabel, m_ui->fileNumberLabel, m_ui->organizationLabel, m_ui->agentLabel, m_ui->createdLabel,
                          m_ui->endedLabel, m_ui->durationLabel, m_ui->statusLabel, m_ui->validationLabel, m_ui->reviewLabel,
                          m_ui->receivedLabel, m_ui->recordingLabel}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(20);
        elideWhenCut(label); // "…" at a word's end where it is cut
    }
    m_ui->outcomeView->header()->setSectionResizeMode(CallOutcomeModel::LabelColumn, QHeaderView::ResizeToContents);
    m_ui->outcomeView->header()->setSectionResizeMode(CallOutcomeModel::ValueColumn, QHeaderView::ResizeToContents);
    m_ui->recordingBar->removeItem(m_ui->recordingSpacer);
    delete m_ui->recordingSpacer;
    m_ui->recordingBar->setStretchFactor(m_ui->recordingLabel, 1);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    connect(m_service, &CallQueryService::detailReady, this, &CallDetailPanel::onDetailReady);
    connect(m_ui->rawDeliveryCombo, &QComboBox::currentIndexChanged, this, &CallDetailPanel::showDelivery);
    connect(m_ui->deliveriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDiff(current.row()); });
    m_lastTab = m_ui->tabs->currentIndex();
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->tabs->widget(m_lastTab) == m_review && index != m_lastTab && m_detail)
            Q_EMIT reviewTabLeft(m_detail->row.id);
        m_lastTab = index;
    });
    connect(m_ui->openRecordingButton, &QPushButton::clicked, this, [this] {
        if (m_detail)
            QDesktopServices::openUrl(QUrl(m_detail->recordingUrl));
    });
}

CallDetailPanel::~CallDetailPanel() = default;

void CallDetailPanel::showCall(qint64 id)
{
    m_requested = id;
    if (id == 0) {
        m_ticket = 0;
        m_detail.reset();
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ticket = m_service->fetchDetail(id);
}

void CallDetailPanel::onDetailReady(quint64 ticket, const std::optional<CallDetail> &detail)
{
    if (ticket != m_ticket)
        return; // another call was selected since
    m_ticket = 0;
    if (!detail) {
        m_detail.reset();
        m_ui->emptyLabel->setText(tr("This call is no longer in the store."));
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_detail = detail;
    fill(*m_detail);
    m_ui->stack->setCurrentWidget(m_ui->detailsPage);
    Q_EMIT loaded(m_detail->row.id);
}

void CallDetailPanel::fill(const CallDetail &d)
{
    const CallRow &r = d.row;
    const CallEvent &e = d.parsed.event;
    if (r.refusedStatus != 0)
        m_ui->titleLabel->setText(tr("Refused (%1): %2").arg(r.refusedStatus).arg(r.refusal));
    else if (r.validation == Validation::Rejected)
        m_ui->titleLabel->setText(tr("Rejected delivery (not JSON)"));
    else if (!e.isCallCompleted())
        m_ui->titleLabel->setText(tr("%1 event").arg(r.event.isEmpty() ? tr("Unnamed") : r.event));
    else
        m_ui->titleLabel->setText(tr("Call %1").arg(r.callId));
    m_ui->phoneLabel->setText(r.phoneNumber);
    m_ui->fileNumberLabel->setText(r.fileNumber.isEmpty() ? tr("—") : r.fileNumber);
    m_ui->organizationLabel->setText(r.organizationName.isEmpty() ? r.organizationId : r.organizationName);
    // A webhook without an agent is an organization-level one; a body that was not read has neither.
    m_ui->agentLabel->setText(!r.agentId.isEmpty()                    ? r.agentName
                                  : r.validation == Validation::Rejected ? tr("—")
                                                                         : tr("— (organization-only webhook)"));
    m_ui->createdLabel->setText(timestampText(r.createdAt, r.createdMs));
    m_ui->endedLabel->setText(timestampText(r.endedAt, r.endedMs));
    // A body that was not read (not JSON, or refused before it was kept) has no call in it: no duration, no
    // outcomes, rather than 0:00 and nine empty groups.
    const bool noCall = r.refusedStatus != 0 || r.validation == Validation::Rejected;
    if (noCall)
        m_ui->durationLabel->setText(tr("—"));
    else
        m_ui->durationLabel->setText(r.durationMs < 0 ? durationText(r.durationMs) : tr("%1 (%2 ms)").arg(durationText(r.durationMs)).arg(r.durationMs));
    m_ui->statusLabel->setText(r.status);
    QString validation = validationName(r.validation);
    if (r.conflict)
        validation += tr(", conflicting redelivery");
    if (r.keyMismatch)
        validation += tr(", idempotencyKey and webhook-id disagree");
    const QStringList patterns = CallPattern::describe(r.patternWarnings);
    if (!patterns.isEmpty())
        validation += tr(" · ⚠ %1").arg(patterns.join(QLatin1Char(' ')));
    if (r.patternChangedSinceReview())
        validation += tr(" · ⚠ %1").arg(CallPattern::describeChange(r.reviewedPattern, r.patternWarnings));
    m_ui->validationLabel->setText(validation);
    m_ui->reviewLabel->setText(reviewStateLabel(r.review));
    m_ui->receivedLabel->setText(r.deliveries > 1 ? tr("%1, %n deliveries", nullptr, r.deliveries).arg(localTime(r.firstReceivedMs)) : localTime(r.firstReceivedMs));
    for (QLabel *label : findChildren<QLabel *>(QString(), Qt::FindChildrenRecursively)) {
        if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            label->setToolTip(plainToolTip(label->text()));
    }
    m_ui->organizationLabel->setToolTip(plainToolTip(tr("%1\nid %2").arg(r.organizationName, r.organizationId)));
    m_ui->agentLabel->setToolTip(plainToolTip(tr("%1\nid %2").arg(r.agentName, r.agentId)));
    m_ui->createdLabel->setToolTip(plainToolTip(tr("Sent as %1").arg(r.createdAt)));
    m_ui->endedLabel->setToolTip(plainToolTip(tr("Sent as %1").arg(r.endedAt)));
    m_ui->summaryEdit->setPlainText(d.summary);
    // Presenter mode cannot mask names in free text: the summary shown is written from the outcomes.
    m_ui->summaryCaption->setText(m_presenter ? tr("Summary (from the outcomes, presenter mode):") : tr("Summary:"));
    const QUrl recording(d.recordingUrl);
    m_ui->recordingLabel->setText(d.recordingUrl.isEmpty() ? tr("none") : d.recordingUrl);
    m_ui->recordingLabel->setToolTip(plainToolTip(m_ui->recordingLabel->text()));
    m_ui->openRecordingButton->setEnabled(!m_presenter && recording.isValid()
                                          && (recording.scheme() == QLatin1String("https") || recording.scheme() == QLatin1String("http")));

    const qint64 id = d.row.id;
    m_review->showCall(d, m_reviewer, m_presenter, m_drafts ? m_drafts->draft(id) : std::nullopt, m_drafts ? m_drafts->failure(id) : QString());
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_review), d.row.review == ReviewState::Unreviewed ? tr("Re&view") : tr("Re&view (%1)").arg(reviewStateLabel(d.row.review)));
    m_outcomes->setEvent(e);
    m_ui->outcomeView->setVisible(!noCall);
    m_ui->noOutcomesLabel->setVisible(noCall);
    if (r.refusedStatus != 0)
        m_ui->noOutcomesLabel->setText(tr("No outcomes: this attempt was refused (%1) before its body was kept. The Problems tab says why.").arg(r.refusedStatus));
    else if (noCall)
        m_ui->noOutcomesLabel->setText(tr("No outcomes: the body is not JSON, so no call could be read from it. The Problems tab says where "
                                          "reading stopped; the Raw body tab shows the bytes."));
    for (int g = 0; g < m_outcomes->rowCount(); ++g) {
        const QModelIndex group = m_outcomes->index(g, 0);
        m_ui->outcomeView->setExpanded(group, group.data(CallOutcomeModel::ReportedRole).toInt() > 0);
    }

    m_problems->clear();
    m_problems->setHorizontalHeaderLabels({tr("Grade"), tr("Where"), tr("Problem")});
    // A refused attempt's body was never kept: its one problem is the refusal, not an empty body.
    if (r.refusedStatus != 0) {
        m_problems->appendRow(itemRow({tr("error"), QString(), tr("Refused with %1: %2").arg(r.refusedStatus).arg(r.refusal)}));
    } else {
        for (const ValidationProblem &p : d.parsed.problems)
            m_problems->appendRow(itemRow({p.isError() ? tr("error") : tr("warning"), p.path, p.message}));
    }
    const int problems = m_problems->rowCount();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->problemsTab), problems == 0 ? tr("&Problems") : tr("&Problems (%1)").arg(problems));

    m_deliveries->clear();
    m_deliveries->setHorizontalHeaderLabels({tr("#"), tr("Received"), tr("From"), tr("Answer"), tr("Size"), tr("Redelivery"), tr("webhook-id")});
    m_ui->rawDeliveryCombo->blockSignals(true);
    m_ui->rawDeliveryCombo->clear();
    for (int i = 0; i < d.deliveries.size(); ++i) {
        const DeliveryRecord &dr = d.deliveries[i];
        const QString redelivery = i == 0 ? tr("first") : dr.conflict ? tr("conflict: body differs") : tr("same body");
        m_deliveries->appendRow(itemRow({QString::number(i + 1), localTime(dr.receivedMs), dr.remoteAddress,
                                         QStringLiteral("%1 %2").arg(dr.answerStatus).arg(QString::fromUtf8(dr.answer)),
                                         QString::number(dr.bodySize), redelivery, dr.webhookId}));
        m_ui->rawDeliveryCombo->addItem(tr("#%1 · %2").arg(i + 1).arg(localTime(dr.receivedMs)));
    }
    m_ui->rawDeliveryCombo->blockSignals(false);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->deliveriesTab), tr("&Deliveries (%1)").arg(d.deliveries.size()));
    m_ui->deliveriesView->resizeColumnToContents(1);
    // A conflict is what a reviewer looks for: show the first conflicting redelivery's diff.
    int firstConflict = 0;
    for (int i = 0; i < d.deliveries.size(); ++i) {
        if (d.deliveries[i].conflict) {
            firstConflict = i;
            break;
        }
    }
    m_ui->deliveriesView->setCurrentIndex(m_deliveries->index(firstConflict, 0));
    showDiff(firstConflict);
    m_ui->rawDeliveryCombo->setCurrentIndex(0);
    showDelivery(0);
}

void CallDetailPanel::setPresenterMode(bool on)
{
    m_presenter = on;
    // What is on screen was read unmasked: it goes at once, not when the masked details arrive.
    if (m_detail) {
        m_detail.reset();
        fill(CallDetail());
        m_ui->rawEdit->clear();
        m_ui->diffEdit->clear();
        m_headers->clear();
        m_ui->emptyLabel->setText(tr("Loading…"));
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    }
    if (m_requested != 0)
        showCall(m_requested);
}

QByteArray CallDetailPanel::shownBody() const
{
    if (!m_detail || m_detail->deliveries.isEmpty())
        return {};
    return m_detail->deliveries.constFirst().body;
}

void CallDetailPanel::showReviewTab()
{
    m_ui->tabs->setCurrentWidget(m_review);
}

void CallDetailPanel::focusDetails()
{
    if (QWidget *tab = m_ui->tabs->currentWidget())
        tab->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
}

void CallDetailPanel::showDiff(int index)
{
    if (!m_detail || index < 0 || index >= m_detail->deliveries.size())
        return;
    const DeliveryRecord &dr = m_detail->deliveries[index];
    if (index == 0)
        m_ui->diffEdit->setPlainText(tr("This is the first delivery: later ones are compared with it."));
    else if (!dr.conflict)
        m_ui->diffEdit->setPlainText(tr("Same content as the first delivery."));
    else
        m_ui->diffEdit->setPlainText(dr.diffToFirst);
}

void CallDetailPanel::showDelivery(int index)
{
    if (!m_detail || index < 0 || index >= m_detail->deliveries.size())
        return;
    const DeliveryRecord &dr = m_detail->deliveries[index];
    m_rawDelivery = index;
    m_capNotice->hide();
    m_rawHighlighter->setEnabled(dr.bodyIsJson);
    if (!dr.bodyKept) {
        m_ui->rawNote->setText(tr("The body (%1 bytes) was not kept: %2.").arg(dr.bodySize).arg(WebhookAnswer::whyBodyNotKept(dr.answerStatus)));
        m_ui->rawEdit->setPlainText(QString());
    } else if (dr.bodyWithheld) {
        m_ui->rawNote->setText(tr("Not shown in presenter mode: the body (%1 bytes) is not JSON, so its personal data cannot be found.").arg(dr.bodySize));
        m_ui->rawEdit->setPlainText(QString());
    } else {
        m_ui->rawNote->setText(m_presenter    ? tr("JSON, masked for presenter mode and written anew (keys sorted)")
                               : dr.bodyIsJson ? tr("JSON, %1 bytes, indented, in the order sent").arg(dr.bodySize)
                                               : tr("Not JSON: hex dump of %1 bytes").arg(dr.bodySize));
        showRawText(index, false);
    }
    m_headers->clear();
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->appendRow(itemRow({tr("(request)"), QStringLiteral("%1 %2%3").arg(dr.method, dr.path, dr.query.isEmpty() ? QString() : QLatin1Char('?') + dr.query)}));
    for (const auto &[name, value] : dr.headers)
        m_headers->appendRow(itemRow({QString::fromLatin1(name), QString::fromLatin1(value)}));
    m_ui->headersView->resizeColumnToContents(0);
}

void CallDetailPanel::showRawText(int index, bool whole)
{
    if (!m_detail || index < 0 || index >= m_detail->deliveries.size())
        return;
    const QString &text = m_detail->deliveries.at(index).bodyText;
    if (whole || text.size() <= kShownChars) {
        // Colouring a whole long body line by line is what made it slow: shown whole, it is plain.
        if (text.size() > kShownChars)
            m_rawHighlighter->setEnabled(false);
        m_ui->rawEdit->setPlainText(text);
        m_capNotice->setVisible(false);
        return;
    }
    m_ui->rawEdit->setPlainText(text.left(kShownChars));
    m_capLabel->setText(tr("Showing the first %1 of %2 characters: the whole text would make this view slow.")
                            .arg(QLocale().toString(qlonglong(kShownChars)), QLocale().toString(qlonglong(text.size()))));
    m_capNotice->setVisible(true);
}

bool CallDetailPanel::rawShownWhole() const
{
    return m_capNotice->isHidden();
}

} // namespace CallScope
