#pragma once

#include "framework/Framework.h"
#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

namespace strongtrust {

class AssessmentStore;
class FrameworkStore;
class WorkbookDatabase;

// What an edit of an assessment changes: the assessment, as it is now, and
// the framework it is rated on.
struct EditTarget {
    AssessmentInfo info;
    Framework framework;
};

// The one place that decides whether an edit is allowed, for every source of
// an edit (the window, an import, a trustee's device): the workbook can be
// written, the assessment is a draft, the indicator, standard, measure, domain
// and level are the framework's and its scale's, numbers are finite, and no
// text is longer than its limit
// (TextLimits.h). The stores ask it before they write; nothing else decides.
class EditRules
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::EditRules)

public:
    EditRules(const WorkbookDatabase &db, const AssessmentStore &assessments,
        const FrameworkStore &frameworks)
        : m_db(db), m_assessments(assessments), m_frameworks(frameworks)
    {
    }

    // Refused when the workbook is read-only, there is no such assessment,
    // or it is final.
    Result<EditTarget> target(qint64 assessmentId) const;

    Status rating(const EditTarget &target, const Rating &rating) const;
    Status consensus(const EditTarget &target, const Consensus &consensus) const;
    Status evidence(
        const EditTarget &target, const QString &indicator, const Evidence &evidence) const;
    Status action(const EditTarget &target, const Action &action) const;
    Status changeReason(
        const EditTarget &target, const QString &domainId, const QString &reason) const;
    // The board's text for the summary (empty `domainId`) or a domain's paragraph.
    Status narrative(const EditTarget &target, const QString &domainId, const QString &text) const;
    // A baseline standard's result and note (framework format version 2): the
    // standard is one of the framework's.
    Status standard(const EditTarget &target, const QString &standard, const QString &note) const;
    // A measure's record: the measure is one of the framework's, its value
    // and the trust's target finite, the target's min at most its max, the
    // date (when given) one a document can write (years 1 to 9999), and no
    // text over its limit.
    Status measure(const EditTarget &target, const MeasureValue &value) const;

    // `text` is at most `limit` characters; `what` names it in the refusal.
    static Status checkLength(
        const WorkbookDatabase &db, const QString &what, const QString &text, int limit);

private:
    Status indicator(const Framework &fw, const QString &indicator) const;
    // What evidence and actions may be about: an indicator or a standard.
    Status indicatorOrStandard(const Framework &fw, const QString &id) const;
    Status value(const Framework &fw, const RatingValue &value) const;
    Status length(const QString &what, const QString &text, int limit) const
    {
        return checkLength(m_db, what, text, limit);
    }

    const WorkbookDatabase &m_db;
    const AssessmentStore &m_assessments;
    const FrameworkStore &m_frameworks;
};

} // namespace strongtrust
