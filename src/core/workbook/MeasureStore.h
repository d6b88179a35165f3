#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

namespace strongtrust {

class EditRules;
class WorkbookDatabase;

// One edit of a measure's record: what it was and what it is now, so that
// the caller's memory follows the file and an undo step can put the old
// record back with the same call.
struct MeasureEdit {
    MeasureValue before;
    MeasureValue after;

    bool changed() const { return !(before == after); }
};

// Each measure's value in an assessment (framework format version 2; table
// `measure_value`): the value (or none yet), the date it describes, where it
// came from, a note, and the trust's own target where it sets one. Loaded
// with the rest of an assessment by AssessmentStore::loadAssessment
// (AssessmentData::measures).
class MeasureStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::MeasureStore)

public:
    MeasureStore(WorkbookDatabase &db, const EditRules &rules) : m_db(db), m_rules(rules) { }

    // Replaces the whole record of `value.measure` with `value` (as
    // normalised() makes it), checked by EditRules and audited (entity
    // "measure", subject the measure's full id, fields "value", "as of",
    // "source", "note", "target min", "target max", raw: "8.4", an ISO date,
    // a text, or empty for none) in one transaction. The same record again
    // changes nothing, not even the trail. An empty record removes the row.
    Result<MeasureEdit> setMeasure(qint64 assessmentId, const MeasureValue &value);

    // A measure's record as stored; empty (but for its id) when there is none.
    Result<MeasureValue> measure(qint64 assessmentId, const QString &measure) const;

    // A record as the workbook keeps it: the source on one line with runs of
    // spaces made one, the note with line breaks as '\n', both trimmed.
    static MeasureValue normalised(MeasureValue value);

private:
    WorkbookDatabase &m_db;
    const EditRules &m_rules;
};

} // namespace strongtrust
