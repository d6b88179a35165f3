// The checks before sign-off, each on a hand-made assessment: present when
// the data calls for it, absent when it does not (the near misses beside each
// case), and on a stored workbook with an earlier period.
#include "periods/SignOffChecks.h"

#include "YearFixture.h"
#include "framework/FrameworkLoader.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

const QDate kMeeting(2026, 3, 10);
const QDate kToday(2026, 3, 1);

// The minimal framework: Low (0), Middle (0.5), High (1); indicators
// alpha.one, alpha.two, beta.one.
Framework minimal()
{
    auto fw = FrameworkLoader::loadBytes(
        test::toBytes(test::minimalFramework()), QStringLiteral("minimal.json"));
    EXPECT_TRUE(fw.ok());
    return fw.value();
}

class SignOffChecksTest : public testing::Test
{
protected:
    SignOffChecksTest() : fw(minimal())
    {
        data.info.period = QStringLiteral("2025/26");
        data.info.meetingDate = kMeeting;
    }

    void agree(const QString &indicator, double level, const QString &rationale = {},
        Confidence confidence = Confidence::Moderate, QList<Evidence> evidence = {})
    {
        data.consensus.append(
            Consensus { indicator, RatingValue::of(level), rationale, confidence, evidence });
    }
    void rate(qint64 trustee, const QString &indicator, RatingValue value)
    {
        data.ratings.append(Rating { trustee, indicator, value, {} });
    }
    // Every trustee rates every indicator, so that only the case under test is found.
    void everyoneRates(RatingValue value = RatingValue::of(0.5))
    {
        for (const Trustee &t : trustees)
            for (const QString &i : indicators)
                rate(t.id, i, value);
    }
    Evidence evidence(const QString &title, const QDate &date)
    {
        return Evidence { ++lastId, title, {}, date, false };
    }
    Action action(const QString &text, ActionStatus status, const QDate &due = {},
        qint64 carriedFrom = 0, const QString &indicator = QStringLiteral("alpha.one"))
    {
        Action a;
        a.id = ++lastId;
        a.text = text;
        a.indicator = indicator;
        a.status = status;
        a.due = due;
        a.carriedFrom = carriedFrom;
        return a;
    }
    SignOffChecks run()
    {
        QList<qint64> raters;
        for (const Trustee &t : trustees)
            if (!t.retired)
                raters.append(t.id);
        return checkBeforeSignOff({ fw, data, trustees, raters, earlier, kToday });
    }

    Framework fw;
    AssessmentData data;
    QList<Trustee> trustees { { 1, QStringLiteral("Jane Smith"), QStringLiteral("Chair"), false },
        { 2, QStringLiteral("Tom Chen"), {}, false },
        { 3, QStringLiteral("Priya Ahmed"), {}, false } };
    const QStringList indicators { QStringLiteral("alpha.one"), QStringLiteral("alpha.two"),
        QStringLiteral("beta.one") };
    QList<EarlierActions> earlier;
    qint64 lastId = 100;
};

TEST_F(SignOffChecksTest, NothingToCheckOnACompleteWellEvidencedAssessment)
{
    everyoneRates();
    for (const QString &i : indicators)
        agree(i, 0.5, {}, Confidence::Strong, { evidence(QStringLiteral("Minutes"), kMeeting) });
    data.actions.append(
        action(QStringLiteral("Open, not yet due"), ActionStatus::Open, kMeeting.addDays(1)));
    const SignOffChecks checks = run();
    EXPECT_TRUE(checks.isEmpty()) << checks.findings.first().detail.toStdString();
    EXPECT_EQ(checks.asOf, kMeeting);
}

TEST_F(SignOffChecksTest, AgreedRatingsWithoutEvidenceAndThoseMarkedStrong)
{
    everyoneRates();
    agree(QStringLiteral("alpha.one"), 0.5, {}, Confidence::Strong);
    agree(QStringLiteral("alpha.two"), 0.5, {}, Confidence::Limited);
    agree(QStringLiteral("beta.one"), 0.5, {}, Confidence::Strong,
        { evidence(QStringLiteral("Minutes"), kMeeting) });
    const SignOffChecks checks = run();
    const auto found = checks.of(SignOffCheck::NoEvidence);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].indicator, QStringLiteral("alpha.one"));
    EXPECT_EQ(found[0].domain, QStringLiteral("alpha"));
    EXPECT_EQ(found[0].subject, QStringLiteral("Alpha one"));
    EXPECT_TRUE(found[0].strongConfidence);
    EXPECT_EQ(found[0].detail,
        QStringLiteral("Agreed Middle (0.5) with strong confidence, but no evidence is cited."));
    EXPECT_EQ(found[1].indicator, QStringLiteral("alpha.two"));
    EXPECT_FALSE(found[1].strongConfidence);
    EXPECT_EQ(found[1].detail, QStringLiteral("Agreed Middle (0.5), and no evidence is cited."));
    EXPECT_EQ(checks.strongWithoutEvidence(), 1);
    EXPECT_EQ(checks.count(SignOffCheck::NoEvidence), 2);
}

TEST_F(SignOffChecksTest, NotApplicableAndUnagreedNeedNoEvidence)
{
    everyoneRates();
    data.consensus.append(
        Consensus { QStringLiteral("alpha.one"), RatingValue::notApplicable(), {}, {}, {} });
    EXPECT_EQ(run().count(SignOffCheck::NoEvidence), 0);
}

TEST_F(SignOffChecksTest, AgreedRatingAwayFromTheMedianWithoutRationale)
{
    const Evidence minutes = evidence(QStringLiteral("Minutes"), kMeeting);
    everyoneRates(RatingValue::of(0)); // median Low on every indicator
    agree(QStringLiteral("alpha.one"), 1, {}, Confidence::Moderate, { minutes }); // two levels
    agree(QStringLiteral("alpha.two"), 0.5, QStringLiteral("  "), Confidence::Moderate,
        { minutes }); // one level; a blank rationale is none
    agree(QStringLiteral("beta.one"), 1, QStringLiteral("The external review found more."),
        Confidence::Moderate, { minutes });
    const auto found = run().of(SignOffCheck::DepartsFromMedian);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].indicator, QStringLiteral("alpha.one"));
    EXPECT_EQ(found[0].detail,
        QStringLiteral("Agreed High (1); the trustees' median is Low (0), and no rationale says "
                       "why the board departed from it."));
    EXPECT_EQ(found[1].indicator, QStringLiteral("alpha.two"));
}

TEST_F(SignOffChecksTest, MedianBetweenTwoLevelsCountsHalfALevel)
{
    const Evidence minutes = evidence(QStringLiteral("Minutes"), kMeeting);
    trustees.removeLast();
    for (const QString &i : indicators) {
        rate(1, i, RatingValue::of(0));
        rate(2, i, RatingValue::of(0.5));
    }
    agree(QStringLiteral("alpha.one"), 0.5, {}, Confidence::Moderate, { minutes }); // half a level
    agree(QStringLiteral("alpha.two"), 1, {}, Confidence::Moderate, { minutes }); // 1.5 levels
    const auto found = run().of(SignOffCheck::DepartsFromMedian);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].indicator, QStringLiteral("alpha.two"));
    EXPECT_TRUE(found[0].detail.contains(QStringLiteral("between Low and Middle")))
        << found[0].detail.toStdString();
}

TEST_F(SignOffChecksTest, NoTrusteeRatingsNoMedianToDepartFrom)
{
    agree(QStringLiteral("alpha.one"), 1, {}, Confidence::Moderate,
        { evidence(QStringLiteral("Minutes"), kMeeting) });
    EXPECT_EQ(run().count(SignOffCheck::DepartsFromMedian), 0);
}

TEST_F(SignOffChecksTest, EvidenceDatedAfterTheMeeting)
{
    everyoneRates();
    const Evidence late = evidence(QStringLiteral("Ofsted letter"), kMeeting.addDays(2));
    agree(QStringLiteral("alpha.one"), 0.5, {}, Confidence::Moderate,
        { evidence(QStringLiteral("On the day"), kMeeting), late,
            evidence(QStringLiteral("Undated"), {}) });
    auto found = run().of(SignOffCheck::EvidenceAfterMeeting);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].evidenceId, late.id);
    EXPECT_EQ(found[0].indicator, QStringLiteral("alpha.one"));
    EXPECT_EQ(found[0].detail,
        QStringLiteral("“Ofsted letter” is dated 12 March 2026, after the board's meeting on 10 "
                       "March 2026."));

    data.info.meetingDate = {}; // no meeting date: nothing to be after
    EXPECT_EQ(run().count(SignOffCheck::EvidenceAfterMeeting), 0);
}

TEST_F(SignOffChecksTest, ActionsRepeatedAfterBeingMarkedDone)
{
    everyoneRates();
    const Action doneThen = action(
        QStringLiteral("Review the scheme of delegation"), ActionStatus::Done, QDate(2025, 6, 1));
    const Action openThen = action(QStringLiteral("Recruit a finance trustee"), ActionStatus::Open);
    const Action doneText
        = action(QStringLiteral("Publish the  annual report"), ActionStatus::Done);
    earlier.append({ QStringLiteral("2024/25"), { doneThen, openThen, doneText } });

    const Action carried = action(doneThen.text, ActionStatus::Open, {}, doneThen.id);
    const Action continued = action(openThen.text, ActionStatus::Open, {}, openThen.id);
    const Action sameWords
        = action(QStringLiteral("publish the annual report"), ActionStatus::Open);
    const Action fresh = action(QStringLiteral("Visit every school"), ActionStatus::Open);
    data.actions = { carried, continued, sameWords, fresh };

    const auto found = run().of(SignOffCheck::RepeatedDoneAction);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].actionId, carried.id);
    EXPECT_EQ(found[0].subject, QStringLiteral("Review the scheme of delegation"));
    EXPECT_EQ(
        found[0].detail, QStringLiteral("Carried forward from 2024/25, where it was marked done."));
    EXPECT_EQ(found[1].actionId, sameWords.id);
    EXPECT_EQ(found[1].detail, QStringLiteral("The same action was marked done in 2024/25."));
}

TEST_F(SignOffChecksTest, OverdueActionsOnTheLaterOfMeetingAndToday)
{
    everyoneRates();
    const Action open = action(
        QStringLiteral("Open, due before the meeting"), ActionStatus::Open, kMeeting.addDays(-1));
    const Action progress = action(
        QStringLiteral("In progress, due long ago"), ActionStatus::InProgress, QDate(2025, 9, 1));
    data.actions = { open, progress,
        action(QStringLiteral("Done late"), ActionStatus::Done, QDate(2025, 9, 1)),
        action(QStringLiteral("Dropped"), ActionStatus::Dropped, QDate(2025, 9, 1)),
        action(QStringLiteral("Due on the day"), ActionStatus::Open, kMeeting),
        action(QStringLiteral("No due date"), ActionStatus::Open) };
    const auto found = run().of(SignOffCheck::OverdueAction);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].actionId, open.id);
    EXPECT_EQ(found[0].detail, QStringLiteral("Due 9 March 2026 and still open on 10 March 2026."));
    EXPECT_EQ(found[1].actionId, progress.id);
    EXPECT_EQ(found[1].detail,
        QStringLiteral("Due 1 September 2025 and still in progress on 10 March 2026."));

    // With no meeting date, today decides.
    data.info.meetingDate = {};
    EXPECT_EQ(run().count(SignOffCheck::OverdueAction), 1);
    EXPECT_EQ(signOffCheckDate({}, kToday), kToday);
    EXPECT_EQ(signOffCheckDate(kToday.addDays(-5), kToday), kToday);
}

TEST_F(SignOffChecksTest, TrusteesWhoHaveNotRated)
{
    // Jane rates everything (one "not applicable" counts as rated); Tom one
    // indicator; Priya nothing; a retired trustee nothing.
    for (const QString &i : indicators)
        rate(1, i, i == indicators[2] ? RatingValue::notApplicable() : RatingValue::of(0.5));
    rate(2, QStringLiteral("alpha.one"), RatingValue::of(0.5));
    rate(2, QStringLiteral("alpha.two"), RatingValue::unrated());
    trustees.append({ 4, QStringLiteral("Retired Trustee"), {}, true });
    const auto found = run().of(SignOffCheck::TrusteeNotRated);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].trusteeId, 2);
    EXPECT_EQ(found[0].subject, QStringLiteral("Tom Chen"));
    EXPECT_EQ(found[0].detail, QStringLiteral("Has rated 1 of the 3 indicators."));
    EXPECT_EQ(found[0].indicator, QStringLiteral("alpha.two")); // the first still to rate
    EXPECT_EQ(found[1].trusteeId, 3);
    EXPECT_EQ(found[1].detail, QStringLiteral("Has not rated any of the 3 indicators."));
    EXPECT_EQ(found[1].indicator, QStringLiteral("alpha.one"));
}

TEST_F(SignOffChecksTest, FindingsComeInTheOrderOfTheChecks)
{
    agree(QStringLiteral("alpha.one"), 1);
    data.actions = { action(QStringLiteral("Overdue"), ActionStatus::Open, QDate(2025, 1, 1)) };
    const SignOffChecks checks = run();
    ASSERT_GE(checks.findings.size(), 3);
    EXPECT_EQ(checks.findings.first().check, SignOffCheck::NoEvidence);
    EXPECT_EQ(checks.findings.last().check, SignOffCheck::TrusteeNotRated);
    EXPECT_EQ(
        signOffCheckTitle(SignOffCheck::OverdueAction, 1), QStringLiteral("Overdue actions (1)"));
}

// On a stored workbook: last year's action, carried forward while open and
// marked done afterwards, is found through the earlier period's actions.
class StoredSignOffChecksTest : public test::YearFixture
{
};

TEST_F(StoredSignOffChecksTest, CheckStoredAssessmentReadsEarlierPeriods)
{
    const qint64 first
        = wb->createAssessment(QStringLiteral("2024/25"), {}, wb->defaultFrameworkKey()).value();
    Action a;
    a.text = QStringLiteral("Agree a capital plan");
    a.owner = QStringLiteral("Finance director");
    a.due = QDate(2025, 7, 1);
    auto added = wb->addAction(first, a);
    ASSERT_TRUE(test::succeeded(added));
    const qint64 second
        = wb->startPeriodFrom(first, QStringLiteral("2025/26"), QStringLiteral("Annual")).value();
    ASSERT_TRUE(test::succeeded(wb->setMeetingDate(second, QDate(2026, 3, 10))));

    auto before = checkStoredAssessment(*wb, second, QDate(2026, 3, 1));
    ASSERT_TRUE(test::succeeded(before));
    EXPECT_EQ(before.value().count(SignOffCheck::RepeatedDoneAction), 0);
    EXPECT_EQ(before.value().count(SignOffCheck::OverdueAction), 1); // carried, due last July
    EXPECT_EQ(before.value().count(SignOffCheck::TrusteeNotRated), 2); // Jane and Sam

    Action done = added.value();
    done.status = ActionStatus::Done;
    ASSERT_TRUE(test::succeeded(wb->updateAction(first, done)));
    auto after = checkStoredAssessment(*wb, second, QDate(2026, 3, 1));
    ASSERT_TRUE(test::succeeded(after));
    const auto found = after.value().of(SignOffCheck::RepeatedDoneAction);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].subject, QStringLiteral("Agree a capital plan"));
    EXPECT_EQ(
        found[0].detail, QStringLiteral("Carried forward from 2024/25, where it was marked done."));

    // The earlier period itself has nothing earlier to repeat.
    auto firstChecks = checkStoredAssessment(*wb, first, QDate(2026, 3, 1));
    ASSERT_TRUE(test::succeeded(firstChecks));
    EXPECT_EQ(firstChecks.value().count(SignOffCheck::RepeatedDoneAction), 0);
}

} // namespace
