#pragma once

#include "util/Result.h"
#include "workbook/AuditEntry.h"

#include <QCoreApplication>

namespace strongtrust {

class AssessmentStore;
class WorkbookDatabase;

// The audit trail (table `audit`): read here; written by every store through
// WorkbookDatabase::audit, in the transaction of the change it records.
class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::AuditStore)

public:
    AuditStore(WorkbookDatabase &db, const AssessmentStore &assessments)
        : m_db(db), m_assessments(assessments)
    {
    }

    // Oldest first; 0 = all assessments.
    QList<AuditEntry> auditLog(qint64 assessmentId = 0) const;

    // A final assessment is never reopened: a correction is an amendment, a
    // note in its audit trail (entity "amendment") that leaves its record as
    // signed. Refused on a draft, which is corrected by editing it.
    Status addAmendment(qint64 assessmentId, const QString &text);
    // The amendments of an assessment, oldest first.
    QList<AuditEntry> amendments(qint64 assessmentId) const;

private:
    WorkbookDatabase &m_db;
    const AssessmentStore &m_assessments;
};

} // namespace strongtrust
