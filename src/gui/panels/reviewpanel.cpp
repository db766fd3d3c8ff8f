// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "reviewpanel.h"
#include "ui_reviewpanel.h"

#include "models/outcomebadges.h"
#include "storage/maskedrecords.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>

namespace CallScope {

namespace {

enum FlagColumn { FlagLabelColumn, FlagValueColumn, FlagDispositionColumn, FlagReasonColumn };

QString auditFieldText(const QString &field)
{
    if (!field.startsWith(QLatin1String("disposition:")))
        return field;
    const int index = OutcomeCatalogue::indexOf(field.mid(int(qstrlen("disposition:"))));
    return index < 0 ? field : ReviewPanel::tr("disposition of %1").arg(OutcomeCatalogue::label(OutcomeCatalogue::at(index)));
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewPanel>())
{
    m_ui->setupUi(this);
    m_ui->stateCaption->setBuddy(m_ui->stateCombo);
    m_ui->noteCaption->setBuddy(m_ui->noteEdit);
    for (const ReviewState s : {ReviewState::Unreviewed, ReviewState::Reviewed, ReviewState::FollowUp})
        m_ui->stateCombo->addItem(reviewStateLabel(s), int(s));
    m_ui->dispositionsView->setHeaderLabels({tr("Flag"), tr("Value"), tr("Disposition"), tr("Reason")});
    m_ui->dispositionsView->header()->setStretchLastSection(true);
    m_ui->auditView->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After"), tr("Reason")});
    m_ui->undoButton->setEnabled(false);
    m_ui->saveStatusLabel->hide();
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &ReviewPanel::onStateChosen);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &ReviewPanel::onFormEdited);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReviewPanel::saveNowRequested);
    connect(m_ui->reviewedNextButton, &QPushButton::clicked, this, &ReviewPanel::reviewedAndNextRequested);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &ReviewPanel::undoRequested);
    // Ctrl+Z anywhere on the tab undoes the last save; in the note, the editor's own undo of typing comes first.
    auto *undo = new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, [this] {
        if (m_ui->undoButton->isEnabled())
            Q_EMIT undoRequested();
    });
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::showCall(const CallDetail &detail, const QString &reviewer, bool presenter, const std::optional<ReviewChange> &draft,
                           const QString &failure)
{
    const bool sameCall = detail.row.id == m_callRow && presenter == m_presenter;
    m_callRow = detail.row.id;
    m_presenter = presenter;
    m_raisedMask = detail.row.raisedMask;
    m_malformedMask = detail.row.malformedMask;
    m_storedState = detail.row.review;
    m_storedNote = detail.reviewNote;
    m_storedDispositions = detail.dispositions;

    const QSignalBlocker block(this);
    m_filling = true;
    setEnabled(m_callRow != 0); // nothing typed may go to no call (presenter mode clears the pane first)
    QStringList keys;
    for (const OutcomeId id : ReviewRules::flagsToJudge(m_raisedMask, m_malformedMask))
        keys.append(QString(OutcomeCatalogue::at(id).key));
    QStringList shownKeys;
    for (const FlagRow &row : std::as_const(m_flags))
        shownKeys.append(row.key);
    const bool rebuilt = !sameCall || keys != shownKeys;
    if (rebuilt)
        buildFlags(detail);
    // In presenter mode the note is hidden (free text), so it must not be edited: saving would replace it.
    m_ui->noteEdit->setReadOnly(presenter);
    m_ui->noteEdit->setToolTip(presenter ? tr("Review notes are hidden and cannot be edited in presenter mode.") : QString());
    if (rebuilt || !draft) {
        // What is stored, with the edits not stored yet over it. The same call read again after its save keeps
        // the form as it is when it has edits of its own (the reviewer may be typing).
        ReviewState state = m_storedState;
        QString note = m_storedNote;
        Dispositions dispositions = m_storedDispositions;
        m_hiddenDraft.reset();
        if (draft) {
            // In presenter mode free text typed before is not shown (only its mask), but it stays in the draft.
            if (presenter)
                m_hiddenDraft = draft;
            const auto shown = [presenter](const QString &text) { return presenter && !text.isEmpty() ? presenterHiddenText() : text; };
            state = draft->state.value_or(state);
            note = draft->note ? shown(*draft->note) : note;
            for (auto it = draft->dispositions.cbegin(); it != draft->dispositions.cend(); ++it) {
                if (it.value())
                    dispositions.insert(it.key(), DispositionEntry{it.value()->disposition, shown(it.value()->reason)});
                else
                    dispositions.remove(it.key());
            }
        }
        fillForm(state, note, dispositions);
    }
    m_filling = false;

    m_ui->reviewerLabel->setText(detail.reviewer.isEmpty() ? tr("(you review as %1)").arg(reviewer)
                                                           : tr("last reviewed by %1; you review as %2").arg(detail.reviewer, reviewer));
    const bool anyFlag = !m_flags.isEmpty();
    m_ui->dispositionsView->setVisible(anyFlag);
    m_ui->dispositionsCaption->setText(anyFlag ? tr("Stop-contact flags of this call: confirm each, or overturn it with a reason, before it can be marked reviewed")
                                               : tr("No stop-contact flag is raised on this call."));
    m_ui->auditView->clear();
    for (const ReviewAuditEntry &e : detail.audit) {
        auto *item = new QTreeWidgetItem(m_ui->auditView, {QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                           e.reviewer, auditFieldText(e.field), e.oldValue, e.newValue, e.reason});
        for (int c = 0; c < item->columnCount(); ++c)
            item->setToolTip(c, item->text(c));
    }
    for (int c = 0; c < 3; ++c) // when, who, what: whole; the values scroll
        m_ui->auditView->resizeColumnToContents(c);
    if (!failure.isEmpty())
        showSaveStatus(tr("Not saved: %1 Your edits are kept here and saved again when you leave this call, or now with Ctrl+S.").arg(failure), true);
    else if (!sameCall)
        showSaveStatus(draft ? tr("Edited; saving…") : QString(), false);
}

void ReviewPanel::buildFlags(const CallDetail &detail)
{
    m_flags.clear();
    m_ui->dispositionsView->clear();
    for (const OutcomeId id : ReviewRules::flagsToJudge(m_raisedMask, m_malformedMask)) {
        const OutcomeInfo &info = OutcomeCatalogue::at(id);
        const QString label = OutcomeCatalogue::label(info);
        auto *item = new QTreeWidgetItem(m_ui->dispositionsView, {label, outcomeDisplayText(detail.parsed.event.value(id))});
        auto *combo = new QComboBox(m_ui->dispositionsView);
        combo->addItem(tr("not reviewed"), QString());
        combo->addItem(tr("confirmed"), dispositionName(Disposition::Confirmed));
        combo->addItem(tr("overturned"), dispositionName(Disposition::Overturned));
        combo->setAccessibleName(tr("Disposition of %1").arg(label));
        auto *reason = new QLineEdit(m_ui->dispositionsView);
        reason->setAccessibleName(tr("Reason for the disposition of %1").arg(label));
        reason->setClearButtonEnabled(true);
        m_ui->dispositionsView->setItemWidget(item, FlagDispositionColumn, combo);
        m_ui->dispositionsView->setItemWidget(item, FlagReasonColumn, reason);
        const FlagRow row{QString(info.key), label, combo, reason};
        m_flags.append(row);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] {
            updateReasonEdit(row);
            onFormEdited();
        });
        connect(reason, &QLineEdit::textChanged, this, &ReviewPanel::onFormEdited);
    }
    // The keyboard goes note, then each flag's disposition and reason in turn, then the audit trail (item
    // widgets would otherwise come last in the window's focus chain).
    QWidget *previous = m_ui->noteEdit;
    for (const FlagRow &row : std::as_const(m_flags)) {
        setTabOrder(previous, row.disposition);
        setTabOrder(row.disposition, row.reason);
        previous = row.reason;
    }
    setTabOrder(previous, m_ui->auditView);
    m_ui->dispositionsView->resizeColumnToContents(FlagLabelColumn);
    m_ui->dispositionsView->resizeColumnToContents(FlagValueColumn);
    m_ui->dispositionsView->resizeColumnToContents(FlagDispositionColumn);
}

void ReviewPanel::fillForm(ReviewState state, const QString &note, const Dispositions &dispositions)
{
    const int stateIndex = m_ui->stateCombo->findData(int(state));
    if (m_ui->stateCombo->currentIndex() != stateIndex)
        m_ui->stateCombo->setCurrentIndex(stateIndex);
    m_shownState = state;
    if (m_ui->noteEdit->toPlainText() != note)
        m_ui->noteEdit->setPlainText(note);
    for (const FlagRow &row : std::as_const(m_flags)) {
        const auto it = dispositions.constFind(row.key);
        const int index = row.disposition->findData(it == dispositions.cend() ? QString() : dispositionName(it->disposition));
        if (row.disposition->currentIndex() != index)
            row.disposition->setCurrentIndex(index);
        const QString reason = it == dispositions.cend() ? QString() : it->reason;
        if (row.reason->text() != reason)
            row.reason->setText(reason);
        updateReasonEdit(row);
    }
}

void ReviewPanel::updateReasonEdit(const FlagRow &row)
{
    const bool overturned = row.disposition->currentData().toString() == dispositionName(Disposition::Overturned);
    // A reason kept from before is hidden in presenter mode: it can be neither read nor replaced by its mask.
    const bool hidden = m_presenter && row.reason->text() == presenterHiddenText();
    row.reason->setReadOnly(hidden);
    row.reason->setEnabled(!row.disposition->currentData().toString().isEmpty());
    row.reason->setPlaceholderText(overturned ? tr("Why it does not hold (required)") : tr("Optional"));
}

std::optional<DispositionEntry> ReviewPanel::formEntry(const FlagRow &row) const
{
    const std::optional<Disposition> d = dispositionFromName(row.disposition->currentData().toString());
    if (!d)
        return std::nullopt;
    const bool hidden = m_presenter && row.reason->text() == presenterHiddenText();
    if (hidden) {
        // The reason behind the mask stays with its disposition (the draft's, else the stored one); a new
        // disposition starts without it.
        if (m_hiddenDraft) {
            const std::optional<DispositionEntry> drafted = m_hiddenDraft->dispositions.value(row.key);
            if (drafted && drafted->disposition == *d)
                return drafted;
        }
        const auto stored = m_storedDispositions.constFind(row.key);
        return stored != m_storedDispositions.cend() && stored->disposition == *d ? *stored : DispositionEntry{*d};
    }
    return DispositionEntry{*d, row.reason->text().trimmed()};
}

Dispositions ReviewPanel::formDispositions() const
{
    Dispositions result;
    for (const FlagRow &row : m_flags) {
        if (const auto entry = formEntry(row))
            result.insert(row.key, *entry);
    }
    return result;
}

ReviewChange ReviewPanel::form() const
{
    ReviewChange c;
    if (m_callRow == 0)
        return c;
    c.state = ReviewState(m_ui->stateCombo->currentData().toInt());
    if (!m_presenter)
        c.note = m_ui->noteEdit->toPlainText();
    else if (m_hiddenDraft)
        c.note = m_hiddenDraft->note;
    for (const FlagRow &row : m_flags) {
        const std::optional<DispositionEntry> entry = formEntry(row);
        // A reason hidden by presenter mode is not written back (the store would take the mask for it).
        const auto stored = m_storedDispositions.constFind(row.key);
        if (m_presenter && stored != m_storedDispositions.cend() && !stored->reason.isEmpty() && entry == *stored)
            continue;
        c.dispositions.insert(row.key, entry);
    }
    return c;
}

ReviewChange ReviewPanel::storedForm() const
{
    ReviewChange c;
    if (m_callRow == 0)
        return c;
    c.state = m_storedState;
    if (!m_presenter)
        c.note = m_storedNote;
    else if (m_hiddenDraft)
        c.note = m_hiddenDraft->note.has_value() ? std::optional(m_storedNote) : std::nullopt;
    for (const FlagRow &row : m_flags) {
        const auto it = m_storedDispositions.constFind(row.key);
        if (m_presenter && it != m_storedDispositions.cend() && !it->reason.isEmpty())
            continue; // as form() leaves it out when unchanged
        c.dispositions.insert(row.key, it == m_storedDispositions.cend() ? std::nullopt : std::optional(*it));
    }
    return c;
}

void ReviewPanel::acceptWritten(qint64 callRow, const ReviewChange &written)
{
    if (callRow != m_callRow)
        return;
    m_storedState = written.state.value_or(m_storedState);
    if (!m_presenter)
        m_storedNote = written.note.value_or(m_storedNote);
    for (auto it = written.dispositions.cbegin(); it != written.dispositions.cend(); ++it) {
        if (it.value())
            m_storedDispositions.insert(it.key(), *it.value());
        else
            m_storedDispositions.remove(it.key());
    }
}

void ReviewPanel::onFormEdited()
{
    if (m_filling)
        return;
    // A reviewed call whose flags no longer all hold a disposition cannot be saved so: said at once here, and
    // the store refuses it (the edit is kept, with that reason, until it is put right).
    const QList<OutcomeId> missing = ReviewRules::unjudged(m_raisedMask, m_malformedMask, formDispositions());
    if (ReviewState(m_ui->stateCombo->currentData().toInt()) == ReviewState::Reviewed && !missing.isEmpty())
        showSaveStatus(tr("Not saved: %1").arg(ReviewRules::unjudgedMessage(missing)), true);
    const ReviewChange now = form();
    Q_EMIT edited(m_callRow, now, now != storedForm());
}

void ReviewPanel::onStateChosen()
{
    if (m_filling)
        return;
    if (ReviewState(m_ui->stateCombo->currentData().toInt()) == ReviewState::Reviewed) {
        m_filling = true;
        m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->findData(int(m_shownState)));
        m_filling = false;
        markReviewed();
        return;
    }
    m_shownState = ReviewState(m_ui->stateCombo->currentData().toInt());
    onFormEdited();
}

bool ReviewPanel::markReviewed()
{
    if (m_callRow == 0)
        return false;
    const QList<OutcomeId> missing = ReviewRules::unjudged(m_raisedMask, m_malformedMask, formDispositions());
    if (!missing.isEmpty()) {
        showSaveStatus(tr("Not marked reviewed: %1").arg(ReviewRules::unjudgedMessage(missing)), true);
        const QString key = QString(OutcomeCatalogue::at(missing.constFirst()).key);
        for (int i = 0; i < m_flags.size(); ++i) {
            const FlagRow &row = m_flags.at(i);
            if (row.key != key)
                continue;
            QWidget *target = row.disposition->currentData().toString().isEmpty() ? static_cast<QWidget *>(row.disposition) : row.reason;
            m_ui->dispositionsView->scrollToItem(m_ui->dispositionsView->topLevelItem(i));
            target->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    setState(ReviewState::Reviewed);
    return true;
}

void ReviewPanel::setState(ReviewState state)
{
    m_filling = true;
    m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->findData(int(state)));
    m_filling = false;
    m_shownState = state;
    onFormEdited();
}

void ReviewPanel::showSaveStatus(const QString &text, bool problem)
{
    m_ui->saveStatusLabel->setText(text);
    m_ui->saveStatusLabel->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->saveStatusLabel->setPalette(p);
    m_ui->saveStatusLabel->setAccessibleName(text);
}

void ReviewPanel::setUndoAvailable(bool available)
{
    m_ui->undoButton->setEnabled(available);
}

} // namespace CallScope
