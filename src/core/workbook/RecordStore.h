#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>

namespace strongtrust {

class EditRules;
class WorkbookDatabase;

// An evidence item as it was before it was removed: enough to restore the
// same row (same id, same place in its list).
struct RemovedEvidence {
    QString indicator;
    Evidence evidence;
    int position = 0;
};

// An action as it was before it was removed, with the later periods' actions
// that continued it (their carried_from), so that a restore relinks them.
struct RemovedAction {
    Action action;
    int position = 0;
    QList<qint64> continuedBy;
};

// The evidence cited for an indicator and the board's actions (tables
// `evidence`, `action`). Each edit is checked by EditRules, committed with
// its audit entries in one transaction, and returns the row as stored.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::RecordStore)

public:
    RecordStore(WorkbookDatabase &db, const EditRules &rules) : m_db(db), m_rules(rules) { }

    // An indicator's evidence, in its order; an assessment's actions, in theirs.
    Result<QList<Evidence>> evidence(qint64 assessmentId, const QString &indicator) const;
    Result<QList<Action>> actions(qint64 assessmentId) const;

    Result<Evidence> addEvidence(
        qint64 assessmentId, const QString &indicator, const Evidence &evidence);
    Result<Evidence> updateEvidence(qint64 assessmentId, const Evidence &evidence);
    Result<RemovedEvidence> removeEvidence(qint64 assessmentId, qint64 evidenceId);
    // The same row again, under its id and in its place.
    Result<Evidence> restoreEvidence(qint64 assessmentId, const RemovedEvidence &removed);
    // Replaces an indicator's evidence list (used by import).
    Status replaceEvidence(
        qint64 assessmentId, const QString &indicator, const QList<Evidence> &replacement);

    Result<Action> addAction(qint64 assessmentId, const Action &action);
    Result<Action> updateAction(qint64 assessmentId, const Action &action);
    Result<RemovedAction> removeAction(qint64 assessmentId, qint64 actionId);
    // The same row again, under its id, in its place, continued by the same actions.
    Result<Action> restoreAction(qint64 assessmentId, const RemovedAction &removed);

private:
    Result<RemovedEvidence> storedEvidence(qint64 assessmentId, qint64 evidenceId) const;
    Result<RemovedAction> storedAction(qint64 assessmentId, qint64 actionId) const;
    // The id of the inserted row (the row's own, when it has one).
    Result<qint64> insertEvidence(
        qint64 assessmentId, const RemovedEvidence &row, const QString &field);
    Result<qint64> insertAction(
        qint64 assessmentId, const RemovedAction &row, const QString &field);

    WorkbookDatabase &m_db;
    const EditRules &m_rules;
};

} // namespace strongtrust
