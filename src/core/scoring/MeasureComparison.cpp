#include "scoring/MeasureComparison.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace strongtrust {

double shownMeasureValue(double value, int decimals)
{
    // Through the text the report prints, so that "as shown" is exactly that.
    return QString::number(value, 'f', std::clamp(decimals, 0, 4)).toDouble();
}

double distanceFromTarget(double value, const MeasureTarget &target)
{
    if (target.min && value < *target.min)
        return *target.min - value;
    if (target.max && value > *target.max)
        return value - *target.max;
    return 0;
}

namespace {

TargetStanding standingOf(double shown, const MeasureTarget &target)
{
    if (!target.isSet())
        return TargetStanding::NoTarget;
    if (target.min && shown < *target.min)
        return TargetStanding::Below;
    if (target.max && shown > *target.max)
        return TargetStanding::Above;
    return TargetStanding::Within;
}

MeasureVerdict verdictOf(
    const Measure &measure, const MeasureTarget &target, double before, double after, int decimals)
{
    switch (measure.better) {
    case MeasureDirection::Higher:
        return after > before ? MeasureVerdict::Better : MeasureVerdict::Worse;
    case MeasureDirection::Lower:
        return after < before ? MeasureVerdict::Better : MeasureVerdict::Worse;
    case MeasureDirection::Range: {
        if (!target.isSet())
            return MeasureVerdict::Neither;
        // Distances as shown too: a move from 0.04 to 0.02 outside the band
        // that shows as no move is none.
        const double was = shownMeasureValue(distanceFromTarget(before, target), decimals);
        const double now = shownMeasureValue(distanceFromTarget(after, target), decimals);
        if (now < was)
            return MeasureVerdict::Better;
        if (now > was)
            return MeasureVerdict::Worse;
        return MeasureVerdict::Neither;
    }
    }
    return MeasureVerdict::Neither;
}

} // namespace

MeasureComparison compareMeasure(
    const Measure &measure, const MeasureValue *value, const EarlierMeasure *earlier)
{
    MeasureComparison out;
    out.ownTarget = value && value->target.isSet();
    out.target = out.ownTarget ? value->target : measure.target;
    const int decimals = measure.decimals;
    std::optional<double> now;
    if (value && value->value && std::isfinite(*value->value)) {
        out.value = value->value;
        now = shownMeasureValue(*value->value, decimals);
        out.standing = standingOf(*now, out.target);
    }

    if (!earlier)
        return out;
    const bool recordedThen = earlier->measure && earlier->value && earlier->value->value
        && std::isfinite(*earlier->value->value);
    if (!recordedThen) {
        out.move = MeasureMove::NoEarlierValue;
        return out;
    }
    // A value in days and one in weeks are not one series, whatever the numbers.
    if (earlier->measure->unit.trimmed() != measure.unit.trimmed()) {
        out.move = MeasureMove::OtherUnit;
        return out;
    }
    out.earlier = earlier->value->value;
    if (!now) {
        out.move = MeasureMove::NotRecorded;
        return out;
    }
    const double before = shownMeasureValue(*out.earlier, decimals);
    if (before == *now) {
        out.move = MeasureMove::Same;
        return out;
    }
    out.move = *now > before ? MeasureMove::Up : MeasureMove::Down;
    out.change = shownMeasureValue(*now - before, decimals);
    out.verdict = verdictOf(measure, out.target, before, *now, decimals);
    return out;
}

} // namespace strongtrust
