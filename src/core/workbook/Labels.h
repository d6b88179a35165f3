#pragma once

#include "framework/Framework.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

namespace strongtrust {

// The words for stored values, in the viewer's language: one place for the
// window, the reports and the audit trail.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::Labels)

public:
    static QString actionStatus(ActionStatus status); // "Open", "In progress", "Done", "Dropped"
    static QString confidence(
        Confidence confidence); // "Not stated", "Limited", "Moderate", "Strong"
    // A baseline standard's result: "Met", "Not met", "Not judged".
    static QString standardResult(StandardResult result);
    // A rating value on a scale: "3 Established", "not applicable", "unrated".
    static QString ratingValue(const Scale &scale, const RatingValue &value);
};

} // namespace strongtrust
