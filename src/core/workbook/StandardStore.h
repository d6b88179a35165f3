#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

namespace strongtrust {

class EditRules;
class WorkbookDatabase;

// One edit of a standard's judgement: what it was and what it is now, so
// that the caller's memory follows the file and an undo step can put the
// old judgement back with the same call. The evidence is not part of this
// edit (it is RecordStore's) and is left empty in both.
struct StandardEdit {
    StandardJudgement before;
    StandardJudgement after;

    bool changed() const { return before.result != after.result || before.note != after.note; }
};

// The board's judgement of each baseline standard (framework format version
// 2; table `standard_result`): met, not met or not yet judged, with a note.
// A standard's evidence is an evidence row under the standard's full id,
// written through RecordStore like an indicator's. Loaded with the rest of
// an assessment by AssessmentStore::loadAssessment (AssessmentData::standards).
class StandardStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::StandardStore)

public:
    StandardStore(WorkbookDatabase &db, const EditRules &rules) : m_db(db), m_rules(rules) { }

    // Sets a standard's result and note (stored with line breaks as '\n' and
    // the ends trimmed), checked by EditRules and audited (entity "standard",
    // subject the standard's full id, fields "result" — raw "met", "not-met"
    // or empty for not judged — and "note") in one transaction. The same
    // values again change nothing, not even the trail. Not judged with no
    // note removes the row; the standard's evidence stays.
    Result<StandardEdit> setStandard(qint64 assessmentId, const QString &standard,
        StandardResult result, const QString &note = {});

    // A standard's judgement as stored, without its evidence: not judged and
    // no note when nothing is recorded.
    Result<StandardJudgement> judgement(qint64 assessmentId, const QString &standard) const;

private:
    WorkbookDatabase &m_db;
    const EditRules &m_rules;
};

} // namespace strongtrust
