// The edit path as the window uses it: typed undo commands over the session,
// each written through the workbook, checked against what the file holds.
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "workbook/Workbook.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

const QString kIndicator = QStringLiteral("governance.shared-accountability");

class EditPathTest : public testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("trust.strongtrust"));
        auto created = Workbook::create(
            path, QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        std::unique_ptr<Workbook> wb = std::move(created).value();
        wb->setActor(QStringLiteral("Clerk"));
        jane = wb->addTrustee(QStringLiteral("Jane Smith")).value();
        first = wb->createAssessment(QStringLiteral("2024/25"), {}, wb->defaultFrameworkKey())
                    .value();
        Action a;
        a.indicator = kIndicator;
        a.text = QStringLiteral("Refresh the skills audit");
        a.owner = QStringLiteral("Clerk");
        earlierAction = wb->addAction(first, a).value().id;
        second = wb->startPeriodFrom(first, QStringLiteral("2025/26"), {}).value();
        session = std::make_unique<WorkbookSession>(std::move(wb));
        ASSERT_TRUE(session->selectAssessment(second).ok());
    }

    Workbook &wb() { return session->workbook(); }

    // Straight from the file, not from what the session holds.
    std::optional<Evidence> storedEvidence(qint64 id)
    {
        auto list = wb().records().evidence(second, kIndicator);
        for (const Evidence &e : list.value()) {
            if (e.id == id)
                return e;
        }
        return std::nullopt;
    }

    std::optional<Action> storedAction(qint64 assessment, qint64 id)
    {
        const QList<Action> actions = wb().records().actions(assessment).value();
        for (const Action &a : actions) {
            if (a.id == id)
                return a;
        }
        return std::nullopt;
    }

    int auditCount() { return int(wb().auditLog().size()); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<WorkbookSession> session;
    qint64 jane = 0;
    qint64 first = 0;
    qint64 second = 0;
    qint64 earlierAction = 0;
};

} // namespace

TEST_F(EditPathTest, EvidenceEditedRemovedAndBothUndoneIsTheSameRowAsBefore)
{
    session->addEvidence(
        kIndicator, Evidence { 0, QStringLiteral("Board minutes"), QString(), QDate(2025, 9, 1) });
    ASSERT_EQ(session->consensus(kIndicator).evidence.size(), 1);
    const Evidence added = session->consensus(kIndicator).evidence[0];
    ASSERT_GT(added.id, 0);

    Evidence edited = added;
    edited.title = QStringLiteral("Board minutes, September");
    session->updateEvidence(kIndicator, added, edited);
    session->removeEvidence(kIndicator, edited);
    EXPECT_FALSE(storedEvidence(added.id));
    EXPECT_TRUE(session->consensus(kIndicator).evidence.isEmpty());
    ASSERT_EQ(session->undoStack()->count(), 3);

    session->undoStack()->undo(); // the removal: the same row, under its id
    ASSERT_TRUE(storedEvidence(added.id));
    EXPECT_EQ(storedEvidence(added.id)->title, QStringLiteral("Board minutes, September"));
    session->undoStack()->undo(); // the edit of that row still applies to it
    EXPECT_EQ(session->undoStack()->count(), 3) << "no command was dropped";
    ASSERT_TRUE(storedEvidence(added.id));
    EXPECT_EQ(storedEvidence(added.id)->title, QStringLiteral("Board minutes"));
    ASSERT_EQ(session->consensus(kIndicator).evidence.size(), 1);
    EXPECT_EQ(session->consensus(kIndicator).evidence[0].id, added.id);
    EXPECT_EQ(session->consensus(kIndicator).evidence[0].title, QStringLiteral("Board minutes"));

    session->undoStack()->undo(); // the addition
    EXPECT_FALSE(storedEvidence(added.id));
    session->undoStack()->redo(); // added again: the same row
    EXPECT_TRUE(storedEvidence(added.id));
    session->undoStack()->redo();
    session->undoStack()->redo();
    EXPECT_FALSE(storedEvidence(added.id));
    EXPECT_EQ(session->undoStack()->count(), 3);
}

TEST_F(EditPathTest, AnActionRemovedAndRestoredKeepsItsIdAndItsCarriedForwardLinks)
{
    // 2024/25's action continues in 2025/26; edit and remove the earlier one.
    ASSERT_TRUE(session->selectAssessment(first).ok());
    QList<Action> later = wb().records().actions(second).value();
    ASSERT_EQ(later.size(), 1);
    const qint64 continuation = later[0].id;
    ASSERT_EQ(later[0].carriedFrom, earlierAction);

    const Action before = *storedAction(first, earlierAction);
    Action after = before;
    after.text = QStringLiteral("Refresh the skills audit and recruit");
    after.status = ActionStatus::InProgress;
    session->updateAction(before, after);
    session->removeAction(after);
    EXPECT_FALSE(storedAction(first, earlierAction));
    EXPECT_EQ(storedAction(second, continuation)->carriedFrom, 0)
        << "the link goes with the action";

    session->undoStack()->undo();
    ASSERT_TRUE(storedAction(first, earlierAction)) << "restored under its own id";
    EXPECT_EQ(storedAction(first, earlierAction)->text, after.text);
    EXPECT_EQ(storedAction(second, continuation)->carriedFrom, earlierAction) << "and relinked";
    session->undoStack()->undo();
    EXPECT_EQ(storedAction(first, earlierAction)->text, before.text);
    EXPECT_EQ(storedAction(first, earlierAction)->status, ActionStatus::Open);
    ASSERT_EQ(session->data().actions.size(), 1);
    EXPECT_EQ(session->data().actions[0].id, earlierAction);
    EXPECT_EQ(session->undoStack()->count(), 2);

    session->undoStack()->redo();
    session->undoStack()->redo();
    EXPECT_FALSE(storedAction(first, earlierAction));
    EXPECT_EQ(storedAction(second, continuation)->carriedFrom, 0);
    session->undoStack()->undo();
    EXPECT_EQ(storedAction(second, continuation)->carriedFrom, earlierAction);
}

TEST_F(EditPathTest, ARedoTheWorkbookRefusesIsDroppedAndWritesNothing)
{
    session->setRatingValue(jane, kIndicator, RatingValue::of(3));
    session->undoStack()->undo();
    ASSERT_TRUE(session->undoStack()->canRedo());
    // Signed off behind the window's back (another program, or the command line).
    ASSERT_TRUE(
        wb().finalise(second, SignOff { QStringLiteral("Jane Smith"), QDate(2026, 3, 1), {} })
            .ok());
    const int entries = auditCount();
    QSignalSpy problems(session.get(), &WorkbookSession::problem);

    session->undoStack()->redo();
    EXPECT_EQ(problems.count(), 1);
    EXPECT_TRUE(problems.at(0).at(0).toString().contains(QStringLiteral("final")))
        << problems.at(0).at(0).toString().toStdString();
    EXPECT_FALSE(session->undoStack()->canRedo()) << "the refused command is dropped";
    EXPECT_EQ(auditCount(), entries);
    EXPECT_TRUE(wb().loadAssessment(second)->ratings.isEmpty());
    EXPECT_TRUE(session->data().ratings.isEmpty());
}

TEST_F(EditPathTest, TypingANoteIsOneUndoStep)
{
    session->setRatingValue(jane, kIndicator, RatingValue::of(2));
    for (const char *note : { "W", "We", "Wel", "Well led" })
        session->setRating(jane, kIndicator, RatingValue::of(2), QString::fromLatin1(note));
    EXPECT_EQ(session->undoStack()->count(), 2) << "the level, then the note as one step";
    EXPECT_EQ(session->rating(jane, kIndicator).note, QStringLiteral("Well led"));

    session->undoStack()->undo();
    EXPECT_EQ(wb().loadAssessment(second)->ratings.value(0).note, QString());
    EXPECT_EQ(session->rating(jane, kIndicator).value, RatingValue::of(2));
    session->undoStack()->redo();
    EXPECT_EQ(wb().loadAssessment(second)->ratings.value(0).note, QStringLiteral("Well led"));

    // A change of level is a step of its own, not merged into the note.
    session->setRatingValue(jane, kIndicator, RatingValue::of(3));
    EXPECT_EQ(session->undoStack()->count(), 3);

    // And the board's rationale likewise.
    for (const char *text : { "A", "Ag", "Agreed" })
        session->setConsensus(
            kIndicator, RatingValue::unrated(), QString::fromLatin1(text), Confidence::Unstated);
    EXPECT_EQ(session->undoStack()->count(), 4);
    session->undoStack()->undo();
    EXPECT_EQ(session->consensus(kIndicator).rationale, QString());
    EXPECT_EQ(wb().loadAssessment(second)->consensus.size(), 0);
}

TEST_F(EditPathTest, TheSessionHoldsWhatTheFileHoldsAfterEveryEdit)
{
    session->setRating(jane, kIndicator, RatingValue::of(2), QStringLiteral("note"));
    session->setRating(jane, kIndicator, RatingValue::unrated(), QString()); // no row at all
    session->setConsensus(
        kIndicator, RatingValue::of(3), QStringLiteral("  spaced "), Confidence::Strong);
    session->addAction(Action { 0, {}, kIndicator, QStringLiteral("  Recruit a trustee  "),
        QStringLiteral(" Chair  of  board "), {}, ActionStatus::Open, 0 });
    const AssessmentData stored = wb().loadAssessment(second).value();
    const AssessmentData &held = session->data();
    EXPECT_EQ(held.ratings.size(), stored.ratings.size());
    ASSERT_EQ(held.actions.size(), stored.actions.size());
    for (int i = 0; i < held.actions.size(); ++i) {
        EXPECT_EQ(held.actions[i].id, stored.actions[i].id);
        EXPECT_EQ(held.actions[i].text, stored.actions[i].text);
        EXPECT_EQ(held.actions[i].owner, stored.actions[i].owner);
    }
    ASSERT_NE(held.consensusFor(kIndicator), nullptr);
    EXPECT_EQ(held.consensusFor(kIndicator)->rationale, stored.consensusFor(kIndicator)->rationale);
    EXPECT_EQ(held.consensusFor(kIndicator)->confidence, Confidence::Strong);
}
