#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace strongtrust {

class EditRules;
class WorkbookDatabase;

// The board's own words in the report (table `narrative`): per assessment,
// the text that replaces the generated summary (domain id "") or a domain's
// generated paragraph. Loaded with the rest of an assessment by
// AssessmentStore::loadAssessment (AssessmentData::narrative).
class NarrativeStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::NarrativeStore)

public:
    NarrativeStore(WorkbookDatabase &db, const EditRules &rules) : m_db(db), m_rules(rules) { }

    // Sets the board's text for the summary (empty `domainId`) or a domain's
    // paragraph, audited (entity "narrative", subject "summary" or the
    // domain id) in one transaction. Empty text removes it, so the report
    // goes back to the generated words. Returns the text as stored: trimmed,
    // with line breaks as '\n'; empty when there is none.
    Result<QString> setNarrative(qint64 assessmentId, const QString &domainId, const QString &text);

    // The form in which a text is stored (and compared, so that re-importing
    // the same words changes nothing).
    static QString normalised(const QString &text);
    // The audit trail's subject for a part.
    static QString auditSubject(const QString &domainId);

private:
    WorkbookDatabase &m_db;
    const EditRules &m_rules;
};

} // namespace strongtrust
