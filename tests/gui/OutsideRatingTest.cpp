// Ratings that someone else stored (a trustee on their own device, through
// the live session) reach the window's copy of the assessment without
// joining the clerk's undo history, and the clerk's undo never silently puts
// an older rating back over a trustee's newer one.
#include "app/WorkbookSession.h"
#include "framework/FrameworkLoader.h"
#include "workbook/Workbook.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace strongtrust;
using namespace strongtrust::app;

namespace {

const QString kIndicator = QStringLiteral("governance.shared-accountability");
const QString kOther = QStringLiteral("governance.strategic-direction");

class OutsideRatingTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Workbook::create(dir.filePath(QStringLiteral("trust.strongtrust")),
            QStringLiteral("Oakfield Learning Trust"), FrameworkLoader::builtIn());
        ASSERT_TRUE(created.ok()) << created.errorText().toStdString();
        std::unique_ptr<Workbook> wb = std::move(created).value();
        wb->setActor(QStringLiteral("Clerk"));
        jane = wb->addTrustee(QStringLiteral("Jane Smith")).value();
        sam = wb->addTrustee(QStringLiteral("Sam Patel")).value();
        assessment = wb->createAssessment(QStringLiteral("2025/26"), {}, wb->defaultFrameworkKey())
                         .value();
        session = std::make_unique<WorkbookSession>(std::move(wb));
        ASSERT_TRUE(session->selectAssessment(assessment).ok());
    }

    // What a device's rating does: written through the workbook by the live
    // session, then announced to the window.
    void rateFromDevice(qint64 trustee, const QString &indicator, double level)
    {
        auto stored = session->workbook().setRating(
            assessment, trustee, indicator, RatingValue::of(level), {});
        ASSERT_TRUE(stored.ok()) << stored.errorText().toStdString();
        session->takeStoredRating(trustee, indicator, stored.value());
    }

    RatingValue inFile(qint64 trustee, const QString &indicator)
    {
        const AssessmentData data = session->workbook().loadAssessment(assessment).value();
        for (const Rating &r : data.ratings) {
            if (r.trusteeId == trustee && r.indicator == indicator)
                return r.value;
        }
        return RatingValue::unrated();
    }

    QTemporaryDir dir;
    std::unique_ptr<WorkbookSession> session;
    qint64 jane = 0;
    qint64 sam = 0;
    qint64 assessment = 0;
};

} // namespace

TEST_F(OutsideRatingTest, ADevicesRatingIsTakenInAndScoredButIsNoUndoStep)
{
    QSignalSpy changed(session.get(), &WorkbookSession::dataChanged);
    QSignalSpy saved(session.get(), &WorkbookSession::saved);
    rateFromDevice(jane, kIndicator, 3);
    EXPECT_EQ(session->rating(jane, kIndicator).value, RatingValue::of(3));
    ASSERT_NE(session->scores().find(kIndicator), nullptr);
    EXPECT_EQ(session->scores().find(kIndicator)->levelCount, 1);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), kIndicator);
    EXPECT_EQ(saved.size(), 1);
    EXPECT_EQ(session->undoStack()->count(), 0);

    // Withdrawn from the device: gone from the window's copy too.
    auto withdrawn
        = session->workbook().setRating(assessment, jane, kIndicator, RatingValue::unrated(), {});
    ASSERT_TRUE(withdrawn.ok());
    session->takeStoredRating(jane, kIndicator, withdrawn.value());
    EXPECT_TRUE(session->rating(jane, kIndicator).value.isUnrated());
    EXPECT_EQ(session->scores().find(kIndicator)->levelCount, 0);
}

TEST_F(OutsideRatingTest, UndoOverATrusteesNewerRatingIsRefusedAndTheirRatingStands)
{
    QSignalSpy problems(session.get(), &WorkbookSession::problem);
    session->setRatingValue(jane, kIndicator, RatingValue::of(2)); // the clerk types Jane's vote
    ASSERT_EQ(session->undoStack()->count(), 1);
    rateFromDevice(jane, kIndicator, 4); // then Jane changes it on her phone

    session->undoStack()->undo();
    EXPECT_EQ(session->rating(jane, kIndicator).value, RatingValue::of(4));
    EXPECT_EQ(inFile(jane, kIndicator), RatingValue::of(4));
    ASSERT_EQ(problems.size(), 1);
    const QString why = problems.at(0).at(0).toString();
    EXPECT_TRUE(why.contains(QStringLiteral("Jane Smith"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("own device"))) << why.toStdString();
    // The refused step is gone, so neither undo nor redo can replay it later.
    EXPECT_EQ(session->undoStack()->count(), 0);
    EXPECT_FALSE(session->undoStack()->canRedo());
}

TEST_F(OutsideRatingTest, RedoOverATrusteesNewerRatingIsRefusedToo)
{
    session->setRatingValue(jane, kIndicator, RatingValue::of(2));
    session->undoStack()->undo();
    EXPECT_TRUE(session->rating(jane, kIndicator).value.isUnrated());
    rateFromDevice(jane, kIndicator, 1);
    session->undoStack()->redo();
    EXPECT_EQ(session->rating(jane, kIndicator).value, RatingValue::of(1));
    EXPECT_EQ(inFile(jane, kIndicator), RatingValue::of(1));
}

TEST_F(OutsideRatingTest, OtherRatingsStillUndoAsBefore)
{
    session->setRatingValue(sam, kIndicator, RatingValue::of(2));
    session->setRatingValue(jane, kOther, RatingValue::of(3));
    rateFromDevice(jane, kIndicator, 4); // another indicator, and another trustee
    session->undoStack()->undo();
    EXPECT_TRUE(session->rating(jane, kOther).value.isUnrated());
    session->undoStack()->undo();
    EXPECT_TRUE(session->rating(sam, kIndicator).value.isUnrated());
    EXPECT_EQ(session->rating(jane, kIndicator).value, RatingValue::of(4));
}

TEST_F(OutsideRatingTest, AClerksStepAfterTheDevicesUndoesToTheDevicesRating)
{
    rateFromDevice(jane, kIndicator, 4);
    session->setRatingValue(jane, kIndicator, RatingValue::of(3)); // the board asks the clerk
    session->undoStack()->undo();
    EXPECT_EQ(session->rating(jane, kIndicator).value, RatingValue::of(4));
    EXPECT_EQ(inFile(jane, kIndicator), RatingValue::of(4));
}

TEST_F(OutsideRatingTest, ANoteTypedAcrossADevicesRatingIsTwoSteps)
{
    session->setRating(jane, kIndicator, RatingValue::unrated(), QStringLiteral("Minutes"));
    rateFromDevice(jane, kIndicator, 2);
    const Rating now = session->rating(jane, kIndicator);
    session->setRating(jane, kIndicator, now.value, QStringLiteral("Minutes show challenge"));
    // Not merged into the step before the device's rating: undoing the
    // note restores the device's rating with the shorter note.
    EXPECT_EQ(session->undoStack()->count(), 2);
}
