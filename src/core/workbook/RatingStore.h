#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

#include <optional>

namespace strongtrust {

class EditRules;
class TrustStore;
class WorkbookDatabase;

// Trustees' ratings and the board's consensus (tables `rating`, `consensus`).
// Each edit is checked by EditRules and committed with its audit entries in
// one transaction, and returns the row as stored: what a caller keeps in
// memory is then what the file holds, with no storage rule written twice.
class RatingStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::RatingStore)

public:
    RatingStore(WorkbookDatabase &db, const EditRules &rules, const TrustStore &trust)
        : m_db(db), m_rules(rules), m_trust(trust)
    {
    }

    // The rating as stored; none when the edit leaves no row (an unrated
    // value with an empty note is no rating at all).
    Result<std::optional<Rating>> setRating(qint64 assessmentId, qint64 trusteeId,
        const QString &indicator, const RatingValue &value, const QString &note = {});
    // The consensus as stored (its evidence is not part of this edit and is
    // left empty); none when unrated with no rationale and no confidence.
    Result<std::optional<Consensus>> setConsensus(qint64 assessmentId, const QString &indicator,
        const RatingValue &value, const QString &rationale, Confidence confidence);

    // One trustee's ratings in one assessment, in indicator order of the
    // file (what a trustee's own device is sent).
    QList<Rating> ratingsOf(qint64 assessmentId, qint64 trusteeId) const;

private:
    WorkbookDatabase &m_db;
    const EditRules &m_rules;
    const TrustStore &m_trust;
};

} // namespace strongtrust
