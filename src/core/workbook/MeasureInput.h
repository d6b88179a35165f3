#pragma once

// What a person types for a measure's value or target, read into numbers
// before anything is stored: the window's table cells, one rule for every
// surface that takes typed text. (Files have their own, stricter readers:
// the interchange document and the measures CSV.)
#include "framework/Framework.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace strongtrust {

class MeasureInput
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::MeasureInput)

public:
    // A value: a number as `locale` writes one ("8.4", "1,200"), or in the C
    // locale's form ("8.4"), with or without the measure's unit ("8.4%",
    // "£1,200", "12 days"). Empty text is "not yet known" (nullopt). Anything
    // else, including "inf" and "nan", is refused with a message naming the
    // measure, what was typed and an example in its unit.
    static Result<std::optional<double>> value(
        const Measure &measure, const QString &text, const QLocale &locale = QLocale());

    // A target: "5–12" (or "5 - 12", "5 to 12"), "≥ 5" (">= 5", "at least 5"),
    // "≤ 12" ("<= 12", "at most 12"), each number as value() reads it. A bare
    // number is "at least" it for a measure where higher is better and "at
    // most" for one where lower is; a range measure needs the range spelt
    // out. Empty text is no target of the trust's own (the framework's then
    // applies). A minimum above the maximum is refused.
    static Result<MeasureTarget> target(
        const Measure &measure, const QString &text, const QLocale &locale = QLocale());

    // The text to edit, which value() and target() read back unchanged: the
    // numbers exactly as stored (never rounded to the measure's decimals,
    // which would change them when the text is entered again), without the
    // unit; a target as "5–12", "≥ 5" or "≤ 12". Empty when unset.
    static QString valueText(double value, const QLocale &locale = QLocale());
    static QString targetText(const MeasureTarget &target, const QLocale &locale = QLocale());
};

} // namespace strongtrust
