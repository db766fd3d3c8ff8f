// SPDX-FileCopyrightText: 2026 CallScope authors
// SPDX-License-Identifier: MIT
// The review drafts' bookkeeping, against a store that answers when the test says: edits made while a
// save is on its way, saves that fail, and what Undo may write.
#include "models/reviewdrafts.h"

#include <QSignalSpy>
#include <QTest>

using namespace CallScope;

namespace {

ReviewChange note(const QString &text)
{
    ReviewChange c;
    c.note = text;
    return c;
}

} // namespace

class TstReviewDrafts : public QObject
{
    Q_OBJECT

    struct Sent {
        quint64 ticket;
        qint64 call;
        ReviewChange change;
    };
    QList<Sent> m_sent;
    quint64 m_next = 1;

    ReviewDrafts::Saver saver()
    {
        return [this](qint64 call, const ReviewChange &change) {
            m_sent.append({m_next, call, change});
            return m_next++;
        };
    }
    static ReviewResult answer(const Sent &sent, bool ok, const QString &error = {}, const ReviewChange &previous = {})
    {
        return ReviewResult{sent.ticket, sent.call, ok, error, previous};
    }

private Q_SLOTS:
    void init()
    {
        m_sent.clear();
    }

    // Typed on while the first save was on its way: the newer text is saved too, and the draft ends only
    // when what is stored is what the form holds.
    void anEditWhileSavingIsSavedToo()
    {
        ReviewDrafts drafts(saver());
        drafts.setPause(3600 * 1000);
        drafts.edit(7, note(QStringLiteral("a")), true);
        drafts.save(7);
        QCOMPARE(m_sent.size(), 1);
        drafts.edit(7, note(QStringLiteral("ab")), true);
        drafts.save(7); // left the call: the newer text goes as well
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent[1].change.note, std::optional(QStringLiteral("ab")));
        drafts.onReviewed(answer(m_sent[0], true, {}, note(QString())));
        QVERIFY(drafts.draft(7)); // "a" is stored, "ab" not yet
        QVERIFY(drafts.isSaving());
        QSignalSpy settled(&drafts, &ReviewDrafts::settled);
        drafts.onReviewed(answer(m_sent[1], true, {}, note(QStringLiteral("a"))));
        QVERIFY(!drafts.draft(7));
        QCOMPARE(settled.size(), 1);
    }

    // Put back to what was read while a save of it was on its way: the revert is saved after it, not lost.
    void aRevertWhileSavingIsSaved()
    {
        ReviewDrafts drafts(saver());
        drafts.setPause(3600 * 1000);
        ReviewChange followUp;
        followUp.state = ReviewState::FollowUp;
        drafts.edit(2, followUp, true);
        drafts.save(2);
        ReviewChange back;
        back.state = ReviewState::Unreviewed;
        drafts.edit(2, back, false); // the form equals what was read, but the store is about to change
        QCOMPARE(drafts.draft(2), std::optional(back));
        drafts.onReviewed(answer(m_sent[0], true));
        drafts.save(2); // left the call
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent[1].change.state, std::optional(ReviewState::Unreviewed));
    }

    // A failed save keeps the edit and its reason; saving again sends it again; an empty edit (typed back to
    // what is stored) is no draft.
    void aFailedSaveKeepsTheEdit()
    {
        ReviewDrafts drafts(saver());
        drafts.edit(3, note(QStringLiteral("keep me")), true);
        drafts.save(3);
        QSignalSpy failed(&drafts, &ReviewDrafts::saveFailed);
        drafts.onReviewed(answer(m_sent[0], false, QStringLiteral("The database is locked.")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(drafts.draft(3), std::optional(note(QStringLiteral("keep me"))));
        QCOMPARE(drafts.failure(3), QStringLiteral("The database is locked."));
        QCOMPARE(drafts.unsaved(), QList<qint64>{3});
        drafts.saveAll();
        QCOMPARE(m_sent.size(), 2);
        drafts.onReviewed(answer(m_sent[1], true));
        QVERIFY(drafts.unsaved().isEmpty());
        QVERIFY(drafts.failure(3).isEmpty());

        drafts.edit(4, note(QStringLiteral("x")), true);
        drafts.edit(4, note(QString()), false); // typed back to what is stored
        QVERIFY(drafts.unsaved().isEmpty());
        drafts.save(4);
        QCOMPARE(m_sent.size(), 2); // nothing to write
    }

    // Undo writes back what the last save replaced, with its reason, once; never over an edit of that call
    // that is not stored.
    void undoWritesWhatTheLastSaveReplaced()
    {
        ReviewDrafts drafts(saver());
        QVERIFY(!drafts.canUndo());
        ReviewChange before;
        before.state = ReviewState::Unreviewed;
        ReviewChange change;
        change.state = ReviewState::FollowUp;
        drafts.edit(5, change, true);
        drafts.save(5);
        drafts.onReviewed(answer(m_sent[0], true, {}, before));
        QCOMPARE(drafts.undoCall(), 5);
        drafts.edit(5, note(QStringLiteral("typing")), true);
        QVERIFY(!drafts.canUndo()); // it would write under the edit
        drafts.edit(5, note(QString()), false);
        QVERIFY(drafts.canUndo());
        drafts.undo();
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent[1].change.state, std::optional(ReviewState::Unreviewed));
        QVERIFY(m_sent[1].change.reason.startsWith(QLatin1String("Undo of the save at")));
        QSignalSpy saved(&drafts, &ReviewDrafts::saved);
        drafts.onReviewed(answer(m_sent[1], true, {}, change));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QVERIFY(!drafts.canUndo()); // one level
    }

    void aPauseSavesTheEdit()
    {
        ReviewDrafts drafts(saver());
        drafts.setPause(10);
        drafts.edit(9, note(QStringLiteral("paused")), true);
        QCOMPARE(m_sent.size(), 0);
        QTRY_COMPARE(m_sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstReviewDrafts)
#include "tst_reviewdrafts.moc"
