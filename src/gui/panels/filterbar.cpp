// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
#include "filterbar.h"
#include "ui_filterbar.h"

#include "widgets/plaintooltip.h"

#include "models/outcomebadges.h"
#include "settings/appsettings.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>
#include <QLocale>
#include <QMenu>
#include <QStringListModel>

namespace CallScope {

namespace {

QStringList keysWhere(const std::function<bool(const OutcomeInfo &)> &predicate)
{
    QStringList keys;
    for (const OutcomeInfo &info : OutcomeCatalogue::outcomes()) {
        if (predicate(info))
            keys.append(info.key);
    }
    return keys;
}

} // namespace

QString FilterBar::complianceExpression()
{
    return keysWhere([](const OutcomeInfo &i) { return i.severity == Severity::StopContact && i.type == OutcomeType::Boolean; }).join(QLatin1String(" or "));
}

QString FilterBar::paymentsExpression()
{
    return keysWhere([](const OutcomeInfo &i) {
               return i.id == OutcomeId::PaymentMade || i.id == OutcomeId::PaymentFailed || i.id == OutcomeId::PlanAccepted;
           }).join(QLatin1String(" or "));
}

QString FilterBar::wrongPartyExpression()
{
    return keysWhere([](const OutcomeInfo &i) { return i.severity == Severity::Reachability; }).join(QLatin1String(" or "));
}

QString FilterBar::invalidExpression()
{
    return QStringLiteral("validation=invalid or validation=rejected or validation=conflict");
}

QString FilterBar::needsAttentionExpression()
{
    const QStringList stop = keysWhere([](const OutcomeInfo &i) { return i.severity == Severity::StopContact; });
    // A stop-contact flag sent with the wrong type is no flag, but a person must look at it.
    QStringList malformed;
    for (const QString &key : keysWhere([](const OutcomeInfo &i) { return i.severity == Severity::StopContact && i.type == OutcomeType::Boolean; }))
        malformed.append(key + QLatin1String("=invalid"));
    return QStringLiteral("review=unreviewed (") + stop.join(QLatin1String(" or ")) + QStringLiteral(" or pattern or ")
        + malformed.join(QLatin1String(" or ")) + QLatin1Char(')');
}

QString FilterBar::followUpExpression()
{
    return QStringLiteral("review=follow-up");
}

bool FilterBar::isQueue(const QString &expression)
{
    return expression == needsAttentionExpression() || expression == followUpExpression();
}

QString FilterBar::unreviewedExpression()
{
    return QStringLiteral("review=unreviewed");
}

FilterBar::FilterBar(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
    , m_settings(settings)
    , m_history(new QStringListModel(settings->filterHistory(), this))
{
    m_ui->setupUi(this);
    // A long message (a query error, a longer language) must not widen the window: it gives way, and its
    // tooltip holds it whole.
    m_ui->statusLabel->setMinimumWidth(60);
    auto *completer = new QCompleter(m_history, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->filterEdit->setCompleter(completer);

    m_quick = {{m_ui->attentionButton, needsAttentionExpression()},
               {m_ui->followUpButton, followUpExpression()},
               {m_ui->complianceButton, complianceExpression()},
               {m_ui->paymentsButton, paymentsExpression()},
               {m_ui->wrongPartyButton, wrongPartyExpression()},
               {m_ui->invalidButton, invalidExpression()},
               {m_ui->unreviewedButton, unreviewedExpression()}};
    for (const auto &[button, expression] : m_quick) {
        // Buttons that look like buttons: framed (raised text read as a label), reached with Tab, their
        // focus frame drawn.
        if (auto *tool = qobject_cast<QToolButton *>(button))
            tool->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(button->text());
        button->setAccessibleDescription(button->toolTip());
        connect(button, &QAbstractButton::clicked, this, [this, button = button, expression = expression] {
            apply(text() == expression ? QString() : expression);
            button->setChecked(text() == expression);
        });
    }

    m_pause.setSingleShot(true);
    m_pause.setInterval(500);
    connect(&m_pause, &QTimer::timeout, this, [this] { applyNow(false); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] {
        check();
        m_pause.start();
    });
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] { applyNow(true); });
    connect(m_ui->applyButton, &QToolButton::clicked, this, [this] { applyNow(true); });

    auto *saved = new QMenu(this);
    m_ui->savedButton->setMenu(saved);
    connect(saved, &QMenu::aboutToShow, this, &FilterBar::rebuildSavedMenu);
    check();
}

FilterBar::~FilterBar() = default;

QString FilterBar::text() const
{
    return m_ui->filterEdit->text();
}

void FilterBar::apply(const QString &text)
{
    m_ui->filterEdit->setText(text);
    applyNow(true);
}

void FilterBar::focusEdit()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void FilterBar::check()
{
    const CallFilter filter = CallFilter::compile(text());
    QPalette p = m_ui->filterEdit->palette();
    p.setColor(QPalette::Base, filter.isValid() ? palette().color(QPalette::Base) : QColor(0xff, 0xdd, 0xdd));
    p.setColor(QPalette::Text, filter.isValid() ? palette().color(QPalette::Text) : QColor(Qt::black));
    m_ui->filterEdit->setPalette(p);
    if (filter.isValid()) {
        m_ui->filterEdit->setToolTip(QString());
        if (text() != m_applied)
            showStatus(tr("Press Enter to apply."));
    } else {
        // The column and what was expected there; the table keeps the last valid filter meanwhile.
        const QString message = tr("Column %1: %2").arg(filter.error().position + 1).arg(filter.error().message);
        showStatus(message);
        m_ui->filterEdit->setToolTip(message);
    }
    m_ui->applyButton->setEnabled(filter.isValid());
}

void FilterBar::applyNow(bool remember)
{
    m_pause.stop();
    const CallFilter filter = CallFilter::compile(text());
    if (!filter.isValid()) {
        check();
        return;
    }
    if (remember && !text().trimmed().isEmpty()) {
        m_settings->addToFilterHistory(text());
        m_history->setStringList(m_settings->filterHistory());
    }
    if (text() == m_applied && !remember)
        return;
    m_applied = text();
    m_settings->setLastFilter(text());
    updateQuickButtons();
    showStatus(tr("Filtering…"));
    Q_EMIT filterApplied(filter);
}

void FilterBar::showResult(int rows, qint64 elapsedMs)
{
    if (!CallFilter::compile(text()).isValid())
        return; // the error stays visible
    const QString count = rows == 1 ? tr("1 call") : tr("%1 calls").arg(QLocale().toString(rows));
    if (m_applied.trimmed().isEmpty())
        showStatus(count);
    else if (elapsedMs < 0)
        showStatus(tr("%1 match").arg(count));
    else
        showStatus(tr("%1 match (%2 ms)").arg(count).arg(elapsedMs));
}

void FilterBar::showQueryError(const QString &error)
{
    showStatus(tr("The store could not filter: %1").arg(error));
}

void FilterBar::updateQuickButtons()
{
    for (const auto &[button, expression] : m_quick)
        button->setChecked(m_applied == expression);
}

void FilterBar::rebuildSavedMenu()
{
    QMenu *menu = m_ui->savedButton->menu();
    menu->clear();
    const auto saved = m_settings->savedFilters();
    for (const auto &[name, expression] : saved) {
        QAction *a = menu->addAction(tr("%1  —  %2").arg(name, expression));
        connect(a, &QAction::triggered, this, [this, expression = expression] { apply(expression); });
    }
    if (saved.isEmpty())
        menu->addAction(tr("No saved filters yet"))->setEnabled(false);
    menu->addSeparator();
    QAction *save = menu->addAction(tr("Save the current filter…"), this, &FilterBar::saveCurrent);
    save->setEnabled(!text().trimmed().isEmpty() && CallFilter::compile(text()).isValid());
    if (!saved.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Remove"));
        for (int i = 0; i < saved.size(); ++i) {
            connect(remove->addAction(saved[i].first), &QAction::triggered, this, [this, i] {
                auto filters = m_settings->savedFilters();
                if (i < filters.size())
                    filters.removeAt(i);
                m_settings->setSavedFilters(filters);
            });
        }
    }
}

void FilterBar::saveCurrent()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name for “%1”:").arg(text()), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    auto filters = m_settings->savedFilters();
    filters.removeIf([&](const auto &f) { return f.first == name; });
    filters.append({name, text()});
    m_settings->setSavedFilters(filters);
}

void FilterBar::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setToolTip(plainToolTip(text));
}

} // namespace CallScope
