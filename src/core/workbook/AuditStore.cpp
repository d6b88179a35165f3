#include "workbook/AuditStore.h"

#include "workbook/AssessmentStore.h"
#include "workbook/EditRules.h"
#include "workbook/Sql.h"
#include "workbook/TextLimits.h"
#include "workbook/WorkbookDatabase.h"

#include <QSqlQuery>

namespace strongtrust {

QList<AuditEntry> AuditStore::auditLog(qint64 assessmentId) const
{
    QList<AuditEntry> entries;
    const QString base = QStringLiteral(
        "SELECT a.id, a.at, a.actor, COALESCE(a.assessment, 0), COALESCE(s.period, ''), a.entity,"
        " a.key, COALESCE(a.trustee, 0), a.subject, COALESCE(a.record, 0), a.field,"
        " COALESCE(a.old_value, ''), COALESCE(a.new_value, ''), a.via"
        " FROM audit a LEFT JOIN assessment s ON s.id = a.assessment");
    auto q = assessmentId ? sql::run(m_db.connection(),
                 base + QStringLiteral(" WHERE a.assessment = ? ORDER BY a.id"), { assessmentId })
                          : sql::run(m_db.connection(), base + QStringLiteral(" ORDER BY a.id"));
    if (!q)
        return entries;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.at = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
        e.actor = r.value(2).toString();
        e.assessmentId = r.value(3).toLongLong();
        e.period = r.value(4).toString();
        e.entity = r.value(5).toString();
        e.label = r.value(6).toString();
        e.trusteeId = r.value(7).toLongLong();
        e.subject = r.value(8).toString();
        e.recordId = r.value(9).toLongLong();
        e.field = r.value(10).toString();
        e.oldValue = r.value(11).toString();
        e.newValue = r.value(12).toString();
        e.via = r.value(13).toString();
        entries.append(e);
    }
    return entries;
}

Status AuditStore::addAmendment(qint64 assessmentId, const QString &text)
{
    if (auto s = m_db.refuseIfReadOnly(); !s)
        return s;
    const auto a = m_assessments.assessment(assessmentId);
    if (!a)
        return m_db.problem(tr("assessment %1").arg(assessmentId), tr("no such assessment"));
    if (!a->isFinal())
        return m_db.problem(tr("the assessment for %1").arg(a->period),
            tr("it is a draft: correct it by editing it; amendments are for final "
               "assessments"));
    const QString clean = text.trimmed();
    if (clean.isEmpty())
        return m_db.problem(tr("amendment"), tr("the amendment needs a text"));
    if (auto s = EditRules::checkLength(m_db, tr("the amendment"), clean, limits::kAmendment); !s)
        return s;
    return m_db.transaction([&] {
        AuditEntry e;
        e.assessmentId = assessmentId;
        e.entity = QStringLiteral("amendment");
        e.subject = a->period;
        e.field = QStringLiteral("amendment");
        e.newValue = clean;
        return m_db.audit(e);
    });
}

QList<AuditEntry> AuditStore::amendments(qint64 assessmentId) const
{
    QList<AuditEntry> out;
    for (const AuditEntry &e : auditLog(assessmentId)) {
        if (e.entity == QLatin1String("amendment"))
            out.append(e);
    }
    return out;
}

} // namespace strongtrust
