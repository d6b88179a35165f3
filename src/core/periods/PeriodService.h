#pragma once

#include "util/Result.h"
#include "workbook/AssessmentData.h"

#include <QCoreApplication>
#include <QHash>

namespace strongtrust {

class Workbook;

// The yearly cycle, above storage and history: starting the next period
// from the last, the reasons for change the board gives before signing off,
// and the sign-off itself. The only part of the workbook that compares
// periods (through history/), so storage never calls up into history.
class PeriodService
{
    Q_DECLARE_TR_FUNCTIONS(strongtrust::PeriodService)

public:
    explicit PeriodService(Workbook &wb) : m_wb(wb) { }

    // The next period, started from `previousAssessmentId`: the same framework
    // (or `frameworkKey`), no ratings, the previous period's open and
    // in-progress actions carried forward (each with carriedFrom set to the
    // action it continues), and the trust's own targets for the measures the
    // framework still has. The period must sort after the previous one.
    Result<qint64> startPeriodFrom(
        qint64 previousAssessmentId, const QString &period, const QString &title);
    Result<qint64> startPeriodFrom(qint64 previousAssessmentId, const QString &period,
        const QString &title, qint64 frameworkKey);
    // A workbook's first assessment, with nothing to carry: on `framework`
    // (stored in the same transaction) or, when that is null, on the
    // workbook's default framework.
    Result<qint64> startFirstPeriod(
        const QString &period, const QString &title, const Framework *framework = nullptr);
    // The same, on another framework (a newer edition, or the built-in
    // framework of this version of strongtrust): stored in the workbook, if it
    // is not there yet, in the same transaction as the new assessment, so a
    // refused start stores nothing. Earlier periods keep their own framework.
    Result<qint64> startPeriodOn(qint64 previousAssessmentId, const QString &period,
        const QString &title, const Framework &framework);

    // Domains whose score moved by a whole level of the scale or more (the
    // nearest levels of the two scores are one or more positions apart) since
    // the previous period, on the same scale (scalesComparable), with no
    // reason recorded.
    QList<QString> domainsNeedingReason(qint64 assessmentId) const;

    // Whether finalise() first asks for the reasons for change. Restoring an
    // archive (import of a signed-off document) restores the record as signed.
    enum class ReasonCheck { Required, NotChecked };
    // Records `reasons` (domain id → text) and signs off, in one transaction:
    // refused (nothing written, the reasons neither) while a domain still
    // needs a reason, or the sign-off lacks the chair or a valid date. The
    // assessment cannot change afterwards (the database itself refuses).
    Status finalise(qint64 assessmentId, const SignOff &signOff,
        const QHash<QString, QString> &reasons = {}, ReasonCheck check = ReasonCheck::Required);

private:
    // The trust's own targets of `previous`, set on the new assessment `nextId`.
    Status carryTargets(const AssessmentData &previous, qint64 nextId);

    Workbook &m_wb;
};

} // namespace strongtrust
