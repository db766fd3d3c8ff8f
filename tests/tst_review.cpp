// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The review flow as a reviewer meets it, offscreen: nothing typed is lost, Reviewed means reviewed, the
// queues follow the work, Ctrl+N asks the store.
#include "domain/syntheticcalls.h"
#include "models/reviewdrafts.h"
#include "dialogs/settingsdialog.h"
#include "panels/filterbar.h"
#include "panels/reviewpanel.h"
#include "storage/callreader.h"
#include "testsupport.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTreeWidget>

using namespace CallScope;
using TestWindow::select;

namespace {

ReviewPanel *panelOf(const TestWindow::Window &w)
{
    return w.window->detailPanel()->reviewPanel();
}

QPlainTextEdit *noteOf(const TestWindow::Window &w)
{
    return panelOf(w)->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
}

QString saveStatus(const TestWindow::Window &w)
{
    return panelOf(w)->findChild<QLabel *>(QStringLiteral("saveStatusLabel"))->text();
}

void trigger(const TestWindow::Window &w, const char *action)
{
    w.window->findChild<QAction *>(QLatin1String(action))->trigger();
}

std::optional<CallDetail> stored(const QString &database, qint64 call)
{
    CallReader reader(database);
    QString error;
    if (!reader.open(&error))
        return std::nullopt;
    return reader.detail(call);
}

// The disposition combo and reason edit of a flag, by its label.
std::pair<QComboBox *, QLineEdit *> flagRow(const TestWindow::Window &w, const QString &label)
{
    auto *view = panelOf(w)->findChild<QTreeWidget *>(QStringLiteral("dispositionsView"));
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = view->topLevelItem(i);
        if (item->text(0) == label)
            return {qobject_cast<QComboBox *>(view->itemWidget(item, 2)), qobject_cast<QLineEdit *>(view->itemWidget(item, 3))};
    }
    return {nullptr, nullptr};
}

} // namespace

class TstReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A window whose listener got these samples, in this order (the caller waits for them to be listed).
    TestWindow::Window openWith(const QString &name, const QList<const char *> &samples)
    {
        TestWindow::Window w = TestWindow::open(m_dir, name);
        w.settings->setReviewer(QStringLiteral("ana"));
        w.window->detailPanel()->setReviewer(QStringLiteral("ana"));
        // No save on a pause unless a test asks for one: what saves an edit must be what the test does.
        w.window->reviewDrafts()->setPause(3600 * 1000);
        for (const char *sample : samples)
            TestSupport::post(w.port, TestSupport::sample(sample));
        return w;
    }
    QString database(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".db")); }

private Q_SLOTS:
    void initTestCase()
    {
        // Follow newest call would move the selection as calls arrive.
        QVERIFY(m_dir.isValid());
    }

    // Type, click another call, come back: the note is there, and in the store.
    void anEditIsSavedWhenTheReviewerLeavesTheCall()
    {
        TestWindow::Window w = openWith(QStringLiteral("leave"), {"01-minimal.json", "04-wrong-party.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 2);
        select(*w.window, 0);
        const qint64 first = w.window->detailPanel()->shownCall();
        QSignalSpy reviewed(w.window->reviewDrafts(), &ReviewDrafts::saved); // in the window's thread
        const QString text = QStringLiteral("Called back, left a voicemail.");
        noteOf(w)->setFocus();
        QTest::keyClicks(noteOf(w), text);
        select(*w.window, 1); // long before the pause is over
        QTRY_COMPARE(reviewed.size(), 1);
        QVERIFY(noteOf(w)->toPlainText().isEmpty()); // the other call's note
        select(*w.window, 0);
        QTRY_COMPARE(noteOf(w)->toPlainText(), text);
        QCOMPARE(stored(database(QStringLiteral("leave")), first)->reviewNote, text);
        QCOMPARE(reviewed.size(), 1); // once: the pause did not save it again
    }

    void anEditIsSavedAfterAPauseAndWhenTheTabChanges()
    {
        TestWindow::Window w = openWith(QStringLiteral("pause"), {"01-minimal.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        select(*w.window, 0);
        const qint64 call = w.window->detailPanel()->shownCall();
        w.window->detailPanel()->showReviewTab();
        w.window->reviewDrafts()->setPause(ReviewDrafts::PauseMs);
        QSignalSpy reviewed(w.window->reviewDrafts(), &ReviewDrafts::saved); // in the window's thread
        QTest::keyClicks(noteOf(w), QStringLiteral("Paused"));
        QTRY_COMPARE(reviewed.size(), 1); // nothing else happened: the pause saved it
        QCOMPARE(stored(database(QStringLiteral("pause")), call)->reviewNote, QStringLiteral("Paused"));
        QTRY_VERIFY(saveStatus(w).startsWith(QLatin1String("Saved at")));

        w.window->reviewDrafts()->setPause(3600 * 1000);
        QTest::keyClicks(noteOf(w), QStringLiteral(", then tabbed away"));
        w.window->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
        QTRY_COMPARE(reviewed.size(), 2);
        QCOMPARE(stored(database(QStringLiteral("pause")), call)->reviewNote, QStringLiteral("Paused, then tabbed away"));
    }

    // Close the window with an edit: it is saved first; the store opened again has it.
    void closingTheWindowSavesTheEdit()
    {
        qint64 call = 0;
        {
            TestWindow::Window w = openWith(QStringLiteral("close"), {"01-minimal.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
            select(*w.window, 0);
            call = w.window->detailPanel()->shownCall();
            QTest::keyClicks(noteOf(w), QStringLiteral("Typed just before closing"));
            QVERIFY(!w.window->close()); // not yet: the review is being saved
            QTRY_VERIFY(!w.window->isVisible());
        }
        QCOMPARE(stored(database(QStringLiteral("close")), call)->reviewNote, QStringLiteral("Typed just before closing"));
    }

    // A save the store refuses (another program holds its lock) keeps the text and says why; it is kept
    // across leaving the call, and saved once the store can be written.
    void aFailedSaveKeepsTheTextAndSaysWhy()
    {
        TestWindow::Window w = openWith(QStringLiteral("failed"), {"01-minimal.json", "04-wrong-party.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 2);
        select(*w.window, 0);
        const qint64 call = w.window->detailPanel()->shownCall();
        QSignalSpy reviewed(w.window->reviewDrafts(), &ReviewDrafts::saved); // in the window's thread
        QSignalSpy failed(w.window->reviewDrafts(), &ReviewDrafts::saveFailed);
        auto lock = std::make_unique<TestSupport::WriteLock>(database(QStringLiteral("failed")));
        QVERIFY(lock->isLocked());
        const QString text = QStringLiteral("Must not be lost");
        QTest::keyClicks(noteOf(w), text);
        trigger(w, "actionSaveReview");
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY2(saveStatus(w).startsWith(QLatin1String("Not saved:")) && saveStatus(w).contains(QLatin1String("locked")), qPrintable(saveStatus(w)));
        QCOMPARE(noteOf(w)->toPlainText(), text);

        select(*w.window, 1); // leaving tries again, fails again, and says so in the banner
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 15000);
        auto *banner = w.window->findChild<QFrame *>(QStringLiteral("banner"));
        QTRY_VERIFY(banner->isVisible());
        const QString said = w.window->findChild<QLabel *>(QStringLiteral("bannerLabel"))->text();
        QVERIFY2(said.contains(QLatin1String("was not saved")) && said.contains(QLatin1String("edits are kept")), qPrintable(said));
        select(*w.window, 0);
        QTRY_COMPARE(noteOf(w)->toPlainText(), text); // the edit, not the empty stored note
        QVERIFY(saveStatus(w).startsWith(QLatin1String("Not saved:")));

        lock.reset();
        select(*w.window, 1);
        QTRY_COMPARE(reviewed.size(), 1);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(stored(database(QStringLiteral("failed")), call)->reviewNote, text);
    }

    // Presenter mode with an edit not saved yet: it is saved first, and its text never shows.
    void presenterModeSavesAndHidesATypedNote()
    {
        TestWindow::Window w = openWith(QStringLiteral("presenter"), {"01-minimal.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        select(*w.window, 0);
        const qint64 call = w.window->detailPanel()->shownCall();
        const QString text = QStringLiteral("Spoke with Jane Roe at +15551234567");
        QTest::keyClicks(noteOf(w), text);
        QSignalSpy reviewed(w.window->reviewDrafts(), &ReviewDrafts::saved); // in the window's thread
        trigger(w, "actionPresenterMode");
        QTRY_COMPARE(reviewed.size(), 1);
        QCOMPARE(stored(database(QStringLiteral("presenter")), call)->reviewNote, text);
        QTRY_COMPARE(w.window->detailPanel()->shownCall(), call);
        QTRY_VERIFY(!noteOf(w)->toPlainText().isEmpty());
        QVERIFY2(!noteOf(w)->toPlainText().contains(QLatin1String("Jane")), qPrintable(noteOf(w)->toPlainText()));
        QVERIFY(noteOf(w)->isReadOnly());
    }

    // Another store chosen in Settings with an edit not saved: it is saved in the store it belongs to first.
    void changingTheStoreSavesTheEditFirst()
    {
        TestWindow::Window w = openWith(QStringLiteral("switch"), {"01-minimal.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        select(*w.window, 0);
        const qint64 call = w.window->detailPanel()->shownCall();
        QTest::keyClicks(noteOf(w), QStringLiteral("Belongs to the first store"));
        SettingsDialog::Values values;
        values.options.port = 0;
        values.databasePath = database(QStringLiteral("switch-other"));
        values.reviewer = QStringLiteral("ana");
        QSignalSpy started(w.window->listener(), &BackgroundListener::started);
        w.window->applySettings(values);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QCOMPARE(w.window->listener()->databasePath(), database(QStringLiteral("switch-other")));
        QCOMPARE(stored(database(QStringLiteral("switch")), call)->reviewNote, QStringLiteral("Belongs to the first store"));
        QVERIFY(w.window->reviewDrafts()->unsaved().isEmpty());
        QVERIFY(!w.window->reviewDrafts()->canUndo()); // an undo must not write into the other store
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 0);
    }

    // Ctrl+Z on the Review tab puts back what the last save replaced; the undo is audited with its reason.
    void undoPutsBackTheLastSave()
    {
        TestWindow::Window w = openWith(QStringLiteral("undo"), {"01-minimal.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        select(*w.window, 0);
        const qint64 call = w.window->detailPanel()->shownCall();
        w.window->detailPanel()->showReviewTab();
        QSignalSpy reviewed(w.window->reviewDrafts(), &ReviewDrafts::saved); // in the window's thread
        auto *state = panelOf(w)->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        state->setFocus();
        state->setCurrentIndex(state->findData(int(ReviewState::FollowUp)));
        trigger(w, "actionSaveReview");
        QTRY_COMPARE(reviewed.size(), 1);
        QCOMPARE(stored(database(QStringLiteral("undo")), call)->row.review, ReviewState::FollowUp);
        auto *undo = panelOf(w)->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isEnabled());

        QTest::keyClick(state, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(reviewed.size(), 2);
        const auto detail = stored(database(QStringLiteral("undo")), call);
        QCOMPARE(detail->row.review, ReviewState::Unreviewed);
        QCOMPARE(detail->audit.size(), 2);
        QCOMPARE(detail->audit[1].newValue, QStringLiteral("unreviewed"));
        QVERIFY2(detail->audit[1].reason.startsWith(QLatin1String("Undo of the save at")), qPrintable(detail->audit[1].reason));
        QTRY_COMPARE(state->currentData().toInt(), int(ReviewState::Unreviewed)); // the form shows it
        QVERIFY(!undo->isEnabled());
    }

    // Ctrl+Return marks reviewed only when each raised stop-contact flag has its disposition: the tab says
    // which are missing and puts the keyboard there; an overturned flag needs a reason.
    void reviewedMeansEveryStopFlagWasJudged()
    {
        TestWindow::Window w = openWith(QStringLiteral("judged"), {"03-compliance-and-preferences.json", "04-wrong-party.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 2);
        select(*w.window, 0);
        const qint64 call = w.window->detailPanel()->shownCall();
        auto *view = w.window->findChild<QTableView *>(QStringLiteral("callsView"));
        view->setFocus();
        QSignalSpy reviewed(w.window->reviewDrafts(), &ReviewDrafts::saved); // in the window's thread
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(w.window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget() == panelOf(w));
        QVERIFY2(saveStatus(w).contains(QLatin1String("Cease and desist")) && saveStatus(w).contains(QLatin1String("Do not call")), qPrintable(saveStatus(w)));
        const auto [ceaseCombo, ceaseReason] = flagRow(w, QStringLiteral("Cease and desist"));
        const auto [dncCombo, dncReason] = flagRow(w, QStringLiteral("Do not call"));
        QVERIFY(ceaseCombo && dncCombo);
        // The keyboard is on the first missing one, as the message lists them (catalogue order).
        const bool ceaseFirst = saveStatus(w).indexOf(QLatin1String("Cease and desist")) < saveStatus(w).indexOf(QLatin1String("Do not call"));
        QTRY_VERIFY((ceaseFirst ? ceaseCombo : dncCombo)->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0); // not moved on

        dncCombo->setCurrentIndex(dncCombo->findData(QStringLiteral("confirmed")));
        ceaseCombo->setCurrentIndex(ceaseCombo->findData(QStringLiteral("overturned")));
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(saveStatus(w).contains(QLatin1String("Cease and desist")) && !saveStatus(w).contains(QLatin1String("Do not call")), qPrintable(saveStatus(w)));
        QTRY_VERIFY(ceaseReason->hasFocus()); // overturned: the reason is what is missing
        QTest::keyClicks(ceaseReason, QStringLiteral("Asked for email, not to stop"));
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(w.window->detailPanel()->shownCall(), w.window->callsModel()->idAt(1)); // saved, then on
        const auto detail = stored(database(QStringLiteral("judged")), call);
        QCOMPARE(detail->row.review, ReviewState::Reviewed);
        QCOMPARE(detail->dispositions.value(QStringLiteral("ceaseAndDesist")).reason, QStringLiteral("Asked for email, not to stop"));
        // Back on it, its audit trail says who did what, and why.
        select(*w.window, 0);
        auto *audit = panelOf(w)->findChild<QTreeWidget *>(QStringLiteral("auditView"));
        QTRY_COMPARE(audit->topLevelItemCount(), 3);
        QStringList lines;
        for (int i = 0; i < audit->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = audit->topLevelItem(i);
            lines.append(QStringList{item->text(1), item->text(2), item->text(3), item->text(4), item->text(5)}.join(QLatin1Char('|')));
        }
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("ana|disposition of Cease and desist||overturned|Asked for email, not to stop"),
                                     QStringLiteral("ana|disposition of Do not call||confirmed|"), QStringLiteral("ana|state|unreviewed|reviewed|")}));
        QCOMPARE(reviewed.size(), 1);
    }

    // Dispositions apply to flags: the bankruptcy call asks about the bankruptcy, and shows the attorney and
    // the case number without asking anyone to judge them.
    void detailsAreShownNotJudged()
    {
        TestWindow::Window w = openWith(QStringLiteral("details"), {"05-bankruptcy-strings.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 1);
        select(*w.window, 0);
        auto *view = panelOf(w)->findChild<QTreeWidget *>(QStringLiteral("dispositionsView"));
        QStringList flags;
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            flags.append(view->topLevelItem(i)->text(0));
        QCOMPARE(flags, QStringList{QStringLiteral("Bankruptcy")});
        QCOMPARE(flagRow(w, QStringLiteral("Bankruptcy")).first->accessibleName(), QStringLiteral("Disposition of Bankruptcy"));
    }

    // Needs attention shrinks as calls are reviewed, with no re-apply, oldest first whatever the table's
    // order was; a call set to follow-up leaves it for the Follow-up queue.
    void theQueuesFollowTheWork()
    {
        TestWindow::Window w = openWith(QStringLiteral("queue"), {"03-compliance-and-preferences.json", "05-bankruptcy-strings.json", "01-minimal.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 3);
        CallTableModel *calls = w.window->callsModel();
        auto *header = w.window->findChild<QTableView *>(QStringLiteral("callsView"))->horizontalHeader();
        header->setSortIndicator(CallTableModel::PhoneColumn, Qt::DescendingOrder);
        FilterBar *bar = w.window->filterBar();
        bar->findChild<QAbstractButton *>(QStringLiteral("attentionButton"))->click();
        QTRY_COMPARE(calls->rowCount(), 2);
        QCOMPARE(header->sortIndicatorSection(), int(CallTableModel::ReceivedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_VERIFY(calls->data(calls->index(0, CallTableModel::PhoneColumn)).toString() == QStringLiteral("+13105550199")); // 03 came first

        select(*w.window, 0);
        const qint64 first = w.window->detailPanel()->shownCall();
        trigger(w, "actionFollowUp");
        QTRY_COMPARE(calls->rowCount(), 1); // left the queue on save
        QCOMPARE(calls->rowOf(first), -1);
        QTRY_VERIFY(w.window->detailPanel()->shownCall() == calls->idAt(0)); // the selection went to the next call

        // The bankruptcy: judged and reviewed, the queue is empty.
        const auto [combo, reason] = flagRow(w, QStringLiteral("Bankruptcy"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("confirmed")));
        trigger(w, "actionReviewedNext");
        QTRY_COMPARE(calls->rowCount(), 0);

        bar->findChild<QAbstractButton *>(QStringLiteral("followUpButton"))->click();
        QTRY_COMPARE(calls->rowCount(), 1);
        QCOMPARE(calls->idAt(0), first);
    }

    // A save on a pause takes the call out of the queue only when the reviewer leaves it: the call being
    // edited is never pulled away from under the keyboard.
    void aQueueKeepsTheCallBeingEdited()
    {
        TestWindow::Window w = openWith(QStringLiteral("held"), {"03-compliance-and-preferences.json", "05-bankruptcy-strings.json"});
        QTRY_COMPARE(w.window->callsModel()->rowCount(), 2);
        CallTableModel *calls = w.window->callsModel();
        trigger(w, "actionQueueAttention");
        QTRY_COMPARE(w.window->detailPanel()->shownCall(), calls->idAt(0)); // the queue starts at its oldest
        const qint64 call = calls->idAt(0);
        w.window->detailPanel()->showReviewTab();
        w.window->reviewDrafts()->setPause(50);
        QSignalSpy saved(w.window->reviewDrafts(), &ReviewDrafts::saved);
        auto *state = panelOf(w)->findChild<QComboBox *>(QStringLiteral("stateCombo"));
        state->setCurrentIndex(state->findData(int(ReviewState::FollowUp)));
        QTRY_COMPARE(saved.size(), 1);
        QTest::keyClicks(noteOf(w), QStringLiteral("still typing"));
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(calls->rowCount(), 2); // out of the queue in the store, still here
        QCOMPARE(w.window->detailPanel()->requestedCall(), call);
        QCOMPARE(noteOf(w)->toPlainText(), QStringLiteral("still typing"));
        const qint64 next = calls->idAt(1);
        w.window->findChild<QTableView *>(QStringLiteral("callsView"))->selectRow(1); // left: now it goes
        QTRY_COMPARE(calls->rowCount(), 1);
        QCOMPARE(calls->rowOf(call), -1);
        QTRY_COMPARE(w.window->detailPanel()->shownCall(), next);
        QCOMPARE(w.window->findChild<QTableView *>(QStringLiteral("callsView"))->currentIndex().row(), 0); // still on it
    }

    // A call that arrives late revises the pattern of a stored call: the queue takes that call too, live.
    void aRevisedPatternJoinsTheQueue()
    {
        TestWindow::Window w = openWith(QStringLiteral("revised"), {});
        const auto call = TestSupport::callOnDay;
        CallTableModel *calls = w.window->callsModel();
        trigger(w, "actionQueueAttention");
        QCOMPARE(TestSupport::post(w.port, call(QStringLiteral("dddddddddddddddddddddd10"), 10, false)), 200);
        QCOMPARE(TestSupport::post(w.port, call(QStringLiteral("dddddddddddddddddddddd11"), 11, false)), 200);
        QTRY_COMPARE(w.window->listener()->callCount(), 2);
        QCOMPARE(calls->rowCount(), 0); // nothing to look at yet
        QCOMPARE(TestSupport::post(w.port, call(QStringLiteral("dddddddddddddddddddddd09"), 9, true)), 200); // the do-not-call, late
        QTRY_COMPARE(calls->rowCount(), 3); // it, and the two calls after it, now called after a do-not-call
    }

    // Ctrl+N asks the store: rows not loaded are not taken for unreviewed, and a row loaded before the
    // store changed is not trusted either.
    void nextUnreviewedAsksTheStore()
    {
        TestWindow::Window w = TestWindow::open(m_dir, QStringLiteral("next"));
        QTemporaryFile file(m_dir.filePath(QStringLiteral("XXXXXX.ndjson")));
        QVERIFY(file.open());
        SyntheticCalls generator(7, 700);
        for (int i = 0; i < 700; ++i)
            file.write(QJsonDocument::fromJson(generator.next()).toJson(QJsonDocument::Compact) + '\n');
        file.close();
        w.window->findChild<QAction *>(QStringLiteral("actionFollowNewest"))->setChecked(false);
        w.window->importFiles(QStringList{file.fileName()});
        CallTableModel *calls = w.window->callsModel();
        QTRY_COMPARE_WITH_TIMEOUT(calls->rowCount(), 700, 20000);
        select(*w.window, 0);
        QTRY_VERIFY(calls->cachedRow(1) != nullptr);
        QVERIFY(calls->cachedRow(650) == nullptr); // far below: never read
        // Another desk reviewed rows 1 to 649 meanwhile.
        {
            const QString name = QStringLiteral("other-desk");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(database(QStringLiteral("next")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QStringList ids;
            for (int row = 1; row < 650; ++row)
                ids.append(QString::number(calls->idAt(row)));
            QVERIFY(q.exec(QStringLiteral("UPDATE calls SET review_state = 1 WHERE id IN (%1)").arg(ids.join(QLatin1Char(',')))));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-desk"));
        trigger(w, "actionNextUnreviewed");
        QTRY_COMPARE(w.window->findChild<QTableView *>(QStringLiteral("callsView"))->currentIndex().row(), 650);
    }
};

QTEST_MAIN(TstReview)
#include "tst_review.moc"
