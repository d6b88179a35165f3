#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

#include <optional>

namespace strongtrust {

class EditRules;
class FrameworkStore;
class WorkbookDatabase;

// The assessments, one per period, and loading everything recorded in one
// (tables `assessment`, `change_reason`; the rows of the other stores, the
// board's words of NarrativeStore and the standards and measures of
// StandardStore and MeasureStore, are read here in one go for loadAssessment).
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AssessmentStore)

public:
    AssessmentStore(WorkbookDatabase &db, const FrameworkStore &frameworks, const EditRules &rules)
        : m_db(db), m_frameworks(frameworks), m_rules(rules)
    {
    }

    // Ordered by period.
    QList<AssessmentInfo> assessments() const;
    std::optional<AssessmentInfo> assessment(qint64 id) const;
    std::optional<AssessmentInfo> assessmentForPeriod(const QString &period) const;
    // The assessment before this one in period order, if any.
    std::optional<AssessmentInfo> previousAssessment(qint64 id) const;

    Result<qint64> createAssessment(
        const QString &period, const QString &title, qint64 frameworkKey);
    Status setAssessmentTitle(qint64 assessmentId, const QString &title);
    Status setMeetingDate(qint64 assessmentId, const QDate &date);
    // Empty text removes the reason.
    Status setChangeReason(qint64 assessmentId, const QString &domainId, const QString &reason);
    // Writes the sign-off and the status `final`, with their audit entries;
    // the checks before it are PeriodService's.
    Status writeSignOff(qint64 assessmentId, const SignOff &signOff);

    // Everything recorded for an assessment: ratings (in trustee, then
    // framework order), consensus with evidence, actions (in their order),
    // the board's words, and the standards (with their evidence) and
    // measures recorded, in framework order.
    Result<AssessmentData> loadAssessment(qint64 assessmentId) const;
    // Trustees expected to rate: those not retired, and any who have rated.
    QList<qint64> raters(qint64 assessmentId) const;

private:
    // The parts of loadAssessment for standard_result (taking the standards'
    // rows out of `evidence`) and measure_value.
    Status loadStandards(const Framework &fw, qint64 assessmentId,
        QHash<QString, QList<Evidence>> &evidence, AssessmentData &data) const;
    Status loadMeasures(const Framework &fw, qint64 assessmentId, AssessmentData &data) const;

    WorkbookDatabase &m_db;
    const FrameworkStore &m_frameworks;
    const EditRules &m_rules;
};

} // namespace strongtrust
