#pragma once

// The words for a measure's value, target and movement: one wording for the
// report, its tables and the window, so that a measure reads the same
// everywhere (docs/report.md, "Measures").
#include "scoring/MeasureComparison.h"

#include <QCoreApplication>
#include <QString>

namespace strongtrust {

struct MeasureWords {
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Measures)
};

// A value with the measure's unit and decimals: "7.5%" (a percentage sign
// follows the number), "£1200" (a currency sign goes before it), "12.0 days"
// (any other unit follows after a space), "3.0" (no unit).
QString measureValueText(const Measure &measure, double value);
// A target: "at least 5.0%", "at most 12.0 days", "5.0–12.0%"; empty when unset.
QString measureTargetText(const Measure &measure, const MeasureTarget &target);
// Where the value stands: "not yet recorded", "no target set", "within
// target", "below the target of at least 5.0%", "above the target of at most
// 12.0%", "below the target range 5.0–12.0%", "above the target range 5.0–12.0%".
QString targetStandingText(const Measure &measure, const MeasureComparison &c);
// How it moved since `earlierPeriod`: "up 1.2 points" (a percentage moves in
// percentage points), "down 0.5 days", "up £300", "unchanged", "not recorded
// in 2024/25", "recorded in another unit in 2024/25", "not yet recorded";
// empty when not compared.
QString measureMoveText(
    const Measure &measure, const MeasureComparison &c, const QString &earlierPeriod);
// Whether the move is for the better: "better" / "worse" for a higher or
// lower measure; "better: nearer the target range" / "worse: further from the
// target range" for a range one ("… the target" where it has one bound);
// empty where the measure says neither.
QString measureVerdictText(const Measure &measure, const MeasureComparison &c);

} // namespace strongtrust
