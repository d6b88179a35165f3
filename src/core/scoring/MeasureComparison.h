#pragma once

#include "framework/Framework.h"
#include "workbook/AssessmentData.h"

#include <optional>

namespace strongtrust {

// How a measure's value stands against the target that applies to it.
enum class TargetStanding {
    NotRecorded, // no value yet
    NoTarget, // neither the trust nor the framework sets one
    Within, // inside the target (at or past a one-sided target's bound)
    Below, // below the target's minimum
    Above, // above the target's maximum
};

// How the value moved since the comparison period's.
enum class MeasureMove {
    NotCompared, // the report compares with no earlier period
    NoEarlierValue, // compared, but nothing was recorded then (or the measure was not there)
    OtherUnit, // recorded then in another unit: not comparable
    NotRecorded, // recorded then, but not now
    Same, // the same as shown
    Up,
    Down,
};

// Whether a move is for the better, as the measure's `better` says.
enum class MeasureVerdict {
    Neither, // no move, or a move the measure does not call better or worse
    Better,
    Worse,
};

// The measure as the comparison period recorded it: its definition in that
// period's framework (for its unit) and its value, either may be missing.
struct EarlierMeasure {
    const Measure *measure = nullptr;
    const MeasureValue *value = nullptr;
};

// One measure of one assessment, compared with its target and with the
// comparison period. Every judgement is made on values as shown (rounded to
// the measure's decimals), so that the words never contradict the figures:
// 4.96 shown as "5.0" is within a target of at least 5.
struct MeasureComparison {
    std::optional<double> value; // as recorded
    MeasureTarget target; // the trust's own where it set one, else the framework's
    bool ownTarget = false; // the target is the trust's own
    TargetStanding standing = TargetStanding::NotRecorded;
    std::optional<double> earlier; // the comparison period's value, in the same unit
    MeasureMove move = MeasureMove::NotCompared;
    double change = 0; // value - earlier as shown; 0 unless Up or Down
    MeasureVerdict verdict = MeasureVerdict::Neither;
};

// A value rounded as it is shown: to the measure's decimals.
double shownMeasureValue(double value, int decimals);
// How far a value is from a target: 0 inside it, else the distance to its nearer bound.
double distanceFromTarget(double value, const MeasureTarget &target);

// Compares `value` (nullptr: nothing recorded) with the target that applies
// and, where `earlier` is given, with the comparison period's value. Higher
// and lower measures are better as they say; a range measure is better as it
// comes nearer its target (or into it) and worse as it moves away; a move
// inside the target is neither.
MeasureComparison compareMeasure(
    const Measure &measure, const MeasureValue *value, const EarlierMeasure *earlier = nullptr);

} // namespace strongtrust
