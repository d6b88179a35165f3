#include "report/MeasureWords.h"

#include <algorithm>
#include <cmath>

namespace strongtrust {

namespace {

enum class UnitPlace { None, Percent, Before, After };

UnitPlace placeOf(const QString &unit)
{
    if (unit.isEmpty())
        return UnitPlace::None;
    if (unit == QLatin1String("%"))
        return UnitPlace::Percent;
    // A currency sign reads before the number: "£1200", not "1200 £".
    if (unit.size() == 1 && unit.front().category() == QChar::Symbol_Currency)
        return UnitPlace::Before;
    return UnitPlace::After;
}

QString number(double value, int decimals)
{
    const int d = std::clamp(decimals, 0, 4);
    QString text = QString::number(value, 'f', d);
    // "-0.0" says a sign the figure does not have.
    if (text.startsWith(u'-') && QString::number(0.0, 'f', d) == text.mid(1))
        text.remove(0, 1);
    return text;
}

QString withUnit(const QString &unit, const QString &figure)
{
    switch (placeOf(unit)) {
    case UnitPlace::None:
        return figure;
    case UnitPlace::Percent:
        return QString(figure + unit);
    case UnitPlace::Before:
        if (figure.startsWith(u'-'))
            return u'-' + unit + figure.mid(1);
        return unit + figure;
    case UnitPlace::After:
        return QString(figure + u' ' + unit);
    }
    return figure;
}

} // namespace

QString measureValueText(const Measure &measure, double value)
{
    return withUnit(measure.unit.trimmed(), number(value, measure.decimals));
}

QString measureTargetText(const Measure &measure, const MeasureTarget &target)
{
    const QString unit = measure.unit.trimmed();
    if (target.min && target.max) {
        const QString low = number(*target.min, measure.decimals);
        const QString high = number(*target.max, measure.decimals);
        // One unit for the pair ("5.0–12.0%"), but a currency sign on each ("£5–£12").
        if (placeOf(unit) == UnitPlace::Before)
            return QStringLiteral("%1–%2").arg(withUnit(unit, low), withUnit(unit, high));
        return withUnit(unit, QStringLiteral("%1–%2").arg(low, high));
    }
    if (target.min)
        return MeasureWords::tr("at least %1").arg(measureValueText(measure, *target.min));
    if (target.max)
        return MeasureWords::tr("at most %1").arg(measureValueText(measure, *target.max));
    return {};
}

QString targetStandingText(const Measure &measure, const MeasureComparison &c)
{
    const bool range = c.target.min && c.target.max;
    const QString target = measureTargetText(measure, c.target);
    switch (c.standing) {
    case TargetStanding::NotRecorded:
        return MeasureWords::tr("not yet recorded");
    case TargetStanding::NoTarget:
        return MeasureWords::tr("no target set");
    case TargetStanding::Within:
        return MeasureWords::tr("within target");
    case TargetStanding::Below:
        return range ? MeasureWords::tr("below the target range %1").arg(target)
                     : MeasureWords::tr("below the target of %1").arg(target);
    case TargetStanding::Above:
        return range ? MeasureWords::tr("above the target range %1").arg(target)
                     : MeasureWords::tr("above the target of %1").arg(target);
    }
    return {};
}

QString measureMoveText(
    const Measure &measure, const MeasureComparison &c, const QString &earlierPeriod)
{
    switch (c.move) {
    case MeasureMove::NotCompared:
        return {};
    case MeasureMove::NoEarlierValue:
        return MeasureWords::tr("not recorded in %1").arg(earlierPeriod);
    case MeasureMove::OtherUnit:
        return MeasureWords::tr("recorded in another unit in %1").arg(earlierPeriod);
    case MeasureMove::NotRecorded:
        return MeasureWords::tr("not yet recorded");
    case MeasureMove::Same:
        return MeasureWords::tr("unchanged");
    case MeasureMove::Up:
    case MeasureMove::Down:
        break;
    }
    const bool up = c.move == MeasureMove::Up;
    const double amount = std::abs(c.change);
    const QString unit = measure.unit.trimmed();
    if (placeOf(unit) == UnitPlace::Percent) {
        // A percentage moves in percentage points: 5% to 6% is up 1 point, not 20 %.
        if (measure.decimals <= 0) {
            const int points = int(std::lround(amount));
            return up ? MeasureWords::tr("up %n point(s)", nullptr, points)
                      : MeasureWords::tr("down %n point(s)", nullptr, points);
        }
        const QString points = number(amount, measure.decimals);
        return up ? MeasureWords::tr("up %1 points").arg(points)
                  : MeasureWords::tr("down %1 points").arg(points);
    }
    const QString figure = measureValueText(measure, amount);
    return up ? MeasureWords::tr("up %1").arg(figure) : MeasureWords::tr("down %1").arg(figure);
}

QString measureVerdictText(const Measure &measure, const MeasureComparison &c)
{
    // A range measure says why: it is better only as it nears its target.
    const bool range = measure.better == MeasureDirection::Range;
    const bool band = c.target.min && c.target.max;
    switch (c.verdict) {
    case MeasureVerdict::Neither:
        return {};
    case MeasureVerdict::Better:
        if (!range)
            return MeasureWords::tr("better");
        return band ? MeasureWords::tr("better: nearer the target range")
                    : MeasureWords::tr("better: nearer the target");
    case MeasureVerdict::Worse:
        if (!range)
            return MeasureWords::tr("worse");
        return band ? MeasureWords::tr("worse: further from the target range")
                    : MeasureWords::tr("worse: further from the target");
    }
    return {};
}

} // namespace strongtrust
