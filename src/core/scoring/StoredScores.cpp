#include "scoring/StoredScores.h"

#include "workbook/Workbook.h"

namespace strongtrust {

Result<ScoredAssessment> scoreStoredAssessment(const Workbook &wb, qint64 assessmentId)
{
    auto data = wb.loadAssessment(assessmentId);
    if (!data)
        return data.errors();
    auto fw = wb.framework(data->info.frameworkKey);
    if (!fw)
        return fw.errors();
    ScoredAssessment scored { std::move(data).value(), std::move(fw).value(),
        wb.raters(assessmentId), {} };
    scored.scores = scoreAssessment(scored.framework, scored.data, scored.raters);
    return scored;
}

} // namespace strongtrust
