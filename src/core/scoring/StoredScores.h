#pragma once

#include "framework/Framework.h"
#include "scoring/Scoring.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"

namespace strongtrust {

class Workbook;

// A stored period with what scoring it takes: its data, the framework it was
// rated on, its expected raters, and its scores.
struct ScoredAssessment {
    AssessmentData data;
    Framework framework;
    QList<qint64> raters;
    AssessmentScores scores;
};

// Loads an assessment, its framework and raters, and scores it: the one way
// every view, report and comparison scores a stored period.
Result<ScoredAssessment> scoreStoredAssessment(const Workbook &wb, qint64 assessmentId);

} // namespace strongtrust
