// A measure against its target and the comparison period, in each direction,
// with one-sided and two-sided targets, the trust's own target, units of
// each kind, and the words the report gives each case.
#include "report/MeasureWords.h"

#include "scoring/MeasureComparison.h"

#include <gtest/gtest.h>

using namespace strongtrust;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Measure measure(MeasureDirection better, const QString &unit, int decimals, MeasureTarget target)
{
    Measure m;
    m.id = s("m");
    m.fullId = s("money.m");
    m.title = s("A measure");
    m.unit = unit;
    m.better = better;
    m.decimals = decimals;
    m.target = target;
    return m;
}

MeasureValue valueOf(std::optional<double> v, MeasureTarget own = {})
{
    MeasureValue out;
    out.measure = s("money.m");
    out.value = v;
    out.target = own;
    return out;
}

MeasureTarget atLeast(double min)
{
    return { min, std::nullopt };
}
MeasureTarget atMost(double max)
{
    return { std::nullopt, max };
}
MeasureTarget between(double min, double max)
{
    return { min, max };
}

// The words of one comparison: (standing, move, verdict).
struct Words {
    QString standing;
    QString move;
    QString verdict;
};

Words words(const Measure &m, std::optional<double> now, std::optional<double> before,
    bool compared = true, MeasureTarget own = {})
{
    const MeasureValue current = valueOf(now, own);
    const MeasureValue earlier = valueOf(before);
    const EarlierMeasure then { &m, &earlier };
    const MeasureComparison c
        = compared ? compareMeasure(m, &current, &then) : compareMeasure(m, &current);
    return { targetStandingText(m, c), measureMoveText(m, c, s("2024/25")),
        measureVerdictText(m, c) };
}

} // namespace

TEST(MeasureWords, ValuesTakeTheirUnitWhereItReads)
{
    EXPECT_EQ(measureValueText(measure(MeasureDirection::Higher, s("%"), 1, {}), 7.26), s("7.3%"));
    EXPECT_EQ(
        measureValueText(measure(MeasureDirection::Higher, s("days"), 1, {}), 12), s("12.0 days"));
    EXPECT_EQ(measureValueText(measure(MeasureDirection::Higher, s("£"), 0, {}), 1200), s("£1200"));
    EXPECT_EQ(measureValueText(measure(MeasureDirection::Higher, s("£"), 0, {}), -300), s("-£300"));
    EXPECT_EQ(measureValueText(measure(MeasureDirection::Higher, QString(), 2, {}), 3), s("3.00"));
    EXPECT_EQ(measureValueText(measure(MeasureDirection::Higher, s("pupils"), 0, {}), 412),
        s("412 pupils"));
    // A value that rounds to nothing has no sign.
    EXPECT_EQ(measureValueText(measure(MeasureDirection::Higher, s("%"), 1, {}), -0.01), s("0.0%"));
}

TEST(MeasureWords, TargetsReadAsBoundsOrARange)
{
    const Measure pct = measure(MeasureDirection::Range, s("%"), 1, {});
    EXPECT_EQ(measureTargetText(pct, between(5, 12)), s("5.0–12.0%"));
    EXPECT_EQ(measureTargetText(pct, atLeast(5)), s("at least 5.0%"));
    EXPECT_EQ(measureTargetText(pct, atMost(12)), s("at most 12.0%"));
    EXPECT_EQ(measureTargetText(pct, {}), QString());
    const Measure days = measure(MeasureDirection::Lower, s("days"), 0, {});
    EXPECT_EQ(measureTargetText(days, between(5, 10)), s("5–10 days"));
    const Measure money = measure(MeasureDirection::Higher, s("£"), 0, {});
    EXPECT_EQ(measureTargetText(money, between(5, 12)), s("£5–£12"));
}

TEST(MeasureWords, HigherIsBetter)
{
    const Measure m = measure(MeasureDirection::Higher, s("%"), 1, atLeast(5));
    const Words up = words(m, 6.2, 5.0);
    EXPECT_EQ(up.standing, s("within target"));
    EXPECT_EQ(up.move, s("up 1.2 points"));
    EXPECT_EQ(up.verdict, s("better"));
    const Words down = words(m, 3.1, 4.6);
    EXPECT_EQ(down.standing, s("below the target of at least 5.0%"));
    EXPECT_EQ(down.move, s("down 1.5 points"));
    EXPECT_EQ(down.verdict, s("worse"));
}

TEST(MeasureWords, LowerIsBetter)
{
    const Measure m = measure(MeasureDirection::Lower, s("days"), 1, atMost(8));
    const Words down = words(m, 7.5, 9.0);
    EXPECT_EQ(down.standing, s("within target"));
    EXPECT_EQ(down.move, s("down 1.5 days"));
    EXPECT_EQ(down.verdict, s("better"));
    const Words up = words(m, 9.2, 8.0);
    EXPECT_EQ(up.standing, s("above the target of at most 8.0 days"));
    EXPECT_EQ(up.move, s("up 1.2 days"));
    EXPECT_EQ(up.verdict, s("worse"));
}

TEST(MeasureWords, ARangeIsBetterNearerItsBand)
{
    const Measure m = measure(MeasureDirection::Range, s("%"), 1, between(5, 12));
    // From below the band to inside it: better.
    const Words in = words(m, 6.0, 3.0);
    EXPECT_EQ(in.standing, s("within target"));
    EXPECT_EQ(in.move, s("up 3.0 points"));
    EXPECT_EQ(in.verdict, s("better: nearer the target range"));
    // Above it and climbing: worse, though up.
    const Words away = words(m, 15.0, 13.0);
    EXPECT_EQ(away.standing, s("above the target range 5.0–12.0%"));
    EXPECT_EQ(away.verdict, s("worse: further from the target range"));
    // Falling towards it from above: better, though down.
    const Words toward = words(m, 13.0, 15.0);
    EXPECT_EQ(toward.move, s("down 2.0 points"));
    EXPECT_EQ(toward.verdict, s("better: nearer the target range"));
    // Moving about inside it: neither.
    const Words inside = words(m, 9.0, 6.0);
    EXPECT_EQ(inside.verdict, QString());
    EXPECT_EQ(inside.move, s("up 3.0 points"));
    // Below it: the range is named.
    EXPECT_EQ(words(m, 4.0, 4.5).standing, s("below the target range 5.0–12.0%"));
    // From 2 below to 2 above: as far from it as before, so neither.
    EXPECT_EQ(words(m, 14.0, 3.0).verdict, QString());
}

TEST(MeasureWords, ARangeWithOneBoundSaysTarget)
{
    const Measure m = measure(MeasureDirection::Range, s("%"), 1, atLeast(5));
    const Words w = words(m, 4.5, 3.0);
    EXPECT_EQ(w.standing, s("below the target of at least 5.0%"));
    EXPECT_EQ(w.verdict, s("better: nearer the target"));
    // No target at all: a range measure cannot say better or worse.
    const Measure open = measure(MeasureDirection::Range, s("%"), 1, {});
    const Words none = words(open, 4.5, 3.0);
    EXPECT_EQ(none.standing, s("no target set"));
    EXPECT_EQ(none.verdict, QString());
}

TEST(MeasureWords, TheTrustsOwnTargetComesFirst)
{
    const Measure m = measure(MeasureDirection::Higher, s("%"), 1, atLeast(5));
    const MeasureValue v = valueOf(6.0, atLeast(8));
    const MeasureComparison c = compareMeasure(m, &v);
    EXPECT_TRUE(c.ownTarget);
    EXPECT_EQ(c.target, atLeast(8));
    EXPECT_EQ(targetStandingText(m, c), s("below the target of at least 8.0%"));
    // Without one, the framework's.
    const MeasureValue plain = valueOf(6.0);
    const MeasureComparison f = compareMeasure(m, &plain);
    EXPECT_FALSE(f.ownTarget);
    EXPECT_EQ(targetStandingText(m, f), s("within target"));
}

TEST(MeasureWords, EqualAsShownIsUnchanged)
{
    const Measure m = measure(MeasureDirection::Higher, s("%"), 1, atLeast(5));
    const Words same = words(m, 6.04, 5.96); // both 6.0
    EXPECT_EQ(same.move, s("unchanged"));
    EXPECT_EQ(same.verdict, QString());
    // And judged against the target as shown: 4.96 shows as 5.0, at least 5.
    EXPECT_EQ(words(m, 4.96, std::nullopt).standing, s("within target"));
    EXPECT_EQ(words(m, 4.94, std::nullopt).standing, s("below the target of at least 5.0%"));
}

TEST(MeasureWords, MissingValuesSaySo)
{
    const Measure m = measure(MeasureDirection::Higher, s("%"), 1, atLeast(5));
    EXPECT_EQ(words(m, std::nullopt, 5.0).standing, s("not yet recorded"));
    EXPECT_EQ(words(m, std::nullopt, 5.0).move, s("not yet recorded"));
    EXPECT_EQ(words(m, 6.0, std::nullopt).move, s("not recorded in 2024/25"));
    // Not compared at all: no words for a move.
    EXPECT_EQ(words(m, 6.0, 5.0, false).move, QString());
    // Nothing recorded now, nor a value row.
    const MeasureComparison none = compareMeasure(m, nullptr);
    EXPECT_EQ(none.standing, TargetStanding::NotRecorded);
    EXPECT_EQ(targetStandingText(m, none), s("not yet recorded"));
}

TEST(MeasureWords, AnotherUnitThenIsNotCompared)
{
    const Measure now = measure(MeasureDirection::Lower, s("days"), 0, {});
    Measure then = now;
    then.unit = s("weeks");
    const MeasureValue current = valueOf(10);
    const MeasureValue earlier = valueOf(2);
    const EarlierMeasure e { &then, &earlier };
    const MeasureComparison c = compareMeasure(now, &current, &e);
    EXPECT_EQ(c.move, MeasureMove::OtherUnit);
    EXPECT_EQ(measureMoveText(now, c, s("2024/25")), s("recorded in another unit in 2024/25"));
    EXPECT_EQ(measureVerdictText(now, c), QString());
    // The measure missing from the earlier framework: nothing recorded then.
    const EarlierMeasure missing { nullptr, &earlier };
    EXPECT_EQ(compareMeasure(now, &current, &missing).move, MeasureMove::NoEarlierValue);
}

TEST(MeasureWords, WholePointsAndOtherUnitsMove)
{
    // A percentage with no decimals moves in whole points, counted.
    const Measure whole = measure(MeasureDirection::Higher, s("%"), 0, {});
    EXPECT_EQ(words(whole, 6, 5).move, s("up 1 point"));
    EXPECT_EQ(words(whole, 3, 5).move, s("down 2 points"));
    const Measure money = measure(MeasureDirection::Higher, s("£"), 0, {});
    EXPECT_EQ(words(money, 1500, 1200).move, s("up £300"));
    const Measure plain = measure(MeasureDirection::Lower, QString(), 2, {});
    EXPECT_EQ(words(plain, 0.5, 0.75).move, s("down 0.25"));
    EXPECT_EQ(words(plain, 0.5, 0.75).verdict, s("better"));
}
